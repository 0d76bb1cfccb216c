"""The catalogue in two languages: every English text we wrote has its Spanish beside it.

A translated field `f` has its Spanish in `f_es`, in the same record (TOML key or CSV column), so a
reviewer reads both side by side. `TRANSLATED` lists the fields, per source file, that are our own
English and shown to a user (descriptions, gists, roles, notes, figure labels, committee and focus
wordings, ...). Names are not translated: clusters, bodies and programmes keep the names they go by;
programmes and actors may give their Spanish name in `name_es`. A record whose English field holds
text (a letter) and whose Spanish twin is missing or empty fails the build; so does a Spanish list
whose length differs from the English one, or a Spanish text without its English.
"""

from __future__ import annotations

from typing import Any

from database.reading import Record

TRANSLATED: dict[str, tuple[str, ...]] = {
    "sectors.toml": ("name", "focus_name", "description"),
    "labels.toml": ("name", "title"),
    "clusters.toml": ("description", "members_note", "jobs_note", "committees_note", "exports",
                      "focus_areas", "committees", "notes"),
    "sector_figures.csv": ("label", "unit", "note"),
    "programmes.toml": ("gist", "figures", "notes"),
    "programmes.toml [[kind]]": ("name",),
    "actors.toml": ("role", "years", "figures"),
    "partnerships.toml": ("notes",),
}
# Units the application writes itself in each language ("No. 7" / "7.º"; "top 10")
CODED_UNITS = frozenset({"rank", "top-N rank"})
SUFFIX = "_es"


def has_text(value: Any) -> bool:
    """Whether a value holds words to translate (a letter somewhere): "2014" and "%" do not."""
    if isinstance(value, str):
        return any(c.isalpha() for c in value)
    if isinstance(value, list):
        return any(has_text(v) for v in value)
    return False


def check(rec: Record, fields: tuple[str, ...]) -> None:
    """Fail unless each of `fields` that holds English text has its Spanish twin."""
    for field in fields:
        english = rec.data.get(field)
        spanish = rec.data.get(field + SUFFIX)
        if field == "unit" and english in CODED_UNITS:
            continue
        if not has_text(english):
            if spanish not in (None, "", []) and english in (None, "", []):
                raise rec.fail(f"{field}{SUFFIX} without {field}: Spanish of no English text")
            continue
        if spanish in (None, "", []):
            raise rec.fail(f"{field} has English text and no Spanish: add {field}{SUFFIX}")
        if isinstance(english, list):
            if (not isinstance(spanish, list) or len(spanish) != len(english)
                    or not all(isinstance(s, str) and s.strip() for s in spanish)):
                raise rec.fail(f"{field}{SUFFIX} must hold {len(english)} Spanish texts, one per "
                               f"item of {field}")
        elif not isinstance(spanish, str) or not spanish.strip():
            raise rec.fail(f"{field}{SUFFIX} must be a non-empty Spanish text")
