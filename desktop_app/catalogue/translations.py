"""The catalogue's text in the language asked for.

A column `x` that has a Spanish twin `x_es` in the catalogue holds English text we wrote; names
(of clusters, bodies, states) have no twin and read the same in both languages. `in_lang` turns a
record read with `SELECT *` into the record of one language: for Spanish, each `x` takes the value
of `x_es` (kept in English where a Spanish value is missing, e.g. a programme with no Spanish
name); the `_es` columns themselves are dropped, so both languages give records of the same shape.
"""

from __future__ import annotations

from typing import Any

from desktop_app.i18n import check_lang

SUFFIX = "_es"


def column(name: str, lang: str, alias: str = "") -> str:
    """The SQL for column `name` (of table alias `alias`) in `lang`: the Spanish twin, falling
    back to the English where it is empty."""
    prefix = f"{alias}." if alias else ""
    if check_lang(lang) == "en":
        return f"{prefix}{name}"
    return f"coalesce(nullif({prefix}{name}{SUFFIX}, ''), {prefix}{name})"


def in_lang(row: dict[str, Any], lang: str) -> dict[str, Any]:
    """The record of one language from a record with both (see the module's docstring)."""
    spanish = check_lang(lang) == "es"
    out = {}
    for key, value in row.items():
        if key.endswith(SUFFIX) and key[:-len(SUFFIX)] in row:
            continue
        if spanish and row.get(key + SUFFIX) not in (None, "", "[]"):
            value = row[key + SUFFIX]
        out[key] = value
    return out
