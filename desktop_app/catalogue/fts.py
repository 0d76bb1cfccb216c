"""Turning whatever the user types into a safe FTS5 query.

Every word becomes a quoted prefix term (`"quer"*`), so quotes, `AND`, `*`, brackets and unbalanced
input are searched literally and never reach FTS5's own syntax. Accents and case are folded by the
index's tokenizer (`unicode61 remove_diacritics 2`), so "queretaro" finds "Querétaro".
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


def words(text: str) -> list[str]:
    """The searchable words of `text` (letters and digits; everything else separates words)."""
    return _WORD.findall(text or "")[:MAX_TERMS]


def match_expression(text: str) -> str | None:
    """An FTS5 MATCH expression: every word as a prefix, all required; None when nothing to match."""
    terms = words(text)
    if not terms:
        return None
    return " AND ".join(f'"{term}"*' for term in terms)
