"""Searching the catalogue: filtered, sorted, paged cluster lists and facet counts, with the
sector and label names and the reasons for a match in the language asked for (`lang`)."""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from typing import Any

from desktop_app.catalogue.fts import match_expression, words
from desktop_app.catalogue.models import (
    FACETS,
    NO_STATE,
    SORT_KEYS,
    ClusterFilter,
    ClusterSummary,
    FacetValue,
)
from desktop_app.catalogue.translations import column
from desktop_app.i18n import check_lang

_SUMMARY_COLUMNS = """
    c.id, c.name, c.acronym, c.state, st.name AS state_name, c.sector, {sector_name} AS sector_name,
    c.sector_label, c.label, c.label_valid_until, c.members, c.website, c.sources
"""
_FROM = """
    FROM clusters c
    JOIN sectors se ON se.id = c.sector
    LEFT JOIN states st ON st.code = c.state
"""
_ORDER = {
    "name": "c.sort_name {dir}",
    "acronym": "c.acronym IS NULL, lower(c.acronym) {dir}, c.sort_name",
    "sector": "{sector_name} {dir}, c.sort_name",
    "state": "st.name IS NULL, st.name {dir}, c.sort_name",
    "label": "c.label_rank {dir}, c.sort_name",
    "members": "c.members IS NULL, c.members {dir}, c.sort_name",
}
NO_STATE_NAMES = {"en": "State not given", "es": "Estado no indicado"}


def summary_columns(lang: str = "en") -> str:
    """The columns of a table row (`ClusterSummary`), its sector's name in `lang`."""
    return _SUMMARY_COLUMNS.format(sector_name=column("name", lang, "se"))


def order_sql(sort: str, descending: bool = False, lang: str = "en") -> str:
    """The ORDER BY of a sort key (sectors sort by their name in `lang`)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    return _ORDER[sort].format(dir="DESC" if descending else "ASC",
                               sector_name=column("name", lang, "se"))


def sorts_by_language(sort: str) -> bool:
    """Whether the order of `sort` depends on the language (only the sector's name does)."""
    return "{sector_name}" in _ORDER[sort]


def label_names(conn: sqlite3.Connection, lang: str = "en") -> dict[str, str]:
    """Each label value ('gold', ..., '' for none) with its name in `lang` ('Gold label')."""
    return {row[0]: row[1] for row in conn.execute(
        f"SELECT id, {column('name', lang)} FROM labels ORDER BY rank DESC")}


def _where(flt: ClusterFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    expression = match_expression(flt.text)
    if expression:
        text_clause = "c.rowid IN (SELECT rowid FROM clusters_fts WHERE clusters_fts MATCH ?)"
        params.append(expression)
        if flt.also_ids:
            text_clause = f"({text_clause} OR c.id IN (SELECT value FROM json_each(?)))"
            params.append(json.dumps(sorted(flt.also_ids)))
        clauses.append(text_clause)
    if flt.sectors:
        clauses.append(f"c.sector IN ({','.join('?' * len(flt.sectors))})")
        params.extend(flt.sectors)
    if flt.states:
        named = [s for s in flt.states if s != NO_STATE]
        parts = []
        if named:
            parts.append(f"c.state IN ({','.join('?' * len(named))})")
            params.extend(named)
        if NO_STATE in flt.states:
            parts.append("c.state IS NULL")
        clauses.append("(" + " OR ".join(parts) + ")")
    if flt.labels:
        named = [label for label in flt.labels if label]
        parts = []
        if named:
            parts.append(f"c.label IN ({','.join('?' * len(named))})")
            params.extend(named)
        if "" in flt.labels:
            parts.append("c.label IS NULL")
        clauses.append("(" + " OR ".join(parts) + ")")
    if flt.ids is not None:
        clauses.append("c.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(flt.ids)))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _summary(row: sqlite3.Row, match: str = "") -> ClusterSummary:
    return ClusterSummary(
        id=row["id"], name=row["name"], acronym=row["acronym"], state=row["state"],
        state_name=row["state_name"], sector=row["sector"], sector_name=row["sector_name"],
        sector_label=row["sector_label"], label=row["label"],
        label_valid_until=row["label_valid_until"], members=row["members"],
        website=row["website"], sources=tuple(json.loads(row["sources"] or "[]")), match=match)


def search(conn: sqlite3.Connection, flt: ClusterFilter, *, sort: str = "name",
           descending: bool = False, offset: int = 0, limit: int | None = None,
           lang: str = "en") -> list[ClusterSummary]:
    """The clusters matching `flt`, sorted, one page at a time (`limit=None`: all)."""
    order = order_sql(sort, descending, lang)
    where, params = _where(flt)
    sql = f"SELECT {summary_columns(lang)} {_FROM} {where} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    rows = conn.execute(sql, params).fetchall()
    summaries = [_summary(row) for row in rows]
    if flt.text.strip() and summaries:
        reasons = match_reasons(conn, flt.text, [s.id for s in summaries], lang)
        summaries = [_with_match(s, reasons.get(s.id, "")) for s in summaries]
    return summaries


def _with_match(summary: ClusterSummary, match: str) -> ClusterSummary:
    return summary._replace(match=match)


# Where a match can be, as the "Matched in" column says it: each reason with its search columns,
# the first of which in the language asked for is shown (a profile matched in both languages is
# one reason). A city of the gazetteer matched is said "state (Monterrey)".
_REASONS = (("aliases", ("aliases",)), ("place", ("place",)), ("city", ("city",)),
            ("sector", ("sector",)), ("description", ("description", "description_es")),
            ("details", ("details", "details_es")))
_REASON_NAMES = {
    "en": {"aliases": "also known as", "place": "state", "city": "state", "sector": "sector",
           "description": "profile", "details": "committees and focus"},
    "es": {"aliases": "también conocido como", "place": "estado", "city": "estado",
           "sector": "sector", "description": "perfil", "details": "comités y enfoque"},
}


def match_reasons(conn: sqlite3.Connection, text: str, ids: list[str], lang: str = "en",
                  ) -> dict[str, str]:
    """For each id, where the text matched: 'state: [Querétaro]', 'state (Monterrey)' (a city
    of the state), 'also known as: ...'; '' when only the name or the acronym matched.

    The searched columns are read by rowid and the matching words bracketed here, as FTS5's
    `highlight()` would (same folding), which costs microseconds per row where `highlight()`
    re-runs the whole MATCH.
    """
    terms = [fold_word(term) for term in words(text)]
    if not terms or not ids:
        return {}
    names = _REASON_NAMES[check_lang(lang)]
    columns = [col for _, cols in _REASONS for col in cols]
    rows = conn.execute(
        "SELECT c.id, " + ", ".join(f"f.{col}" for col in columns)
        + " FROM clusters c JOIN clusters_fts f ON f.rowid = c.rowid"
        " WHERE c.id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)).fetchall()
    reasons = {}
    for row in rows:
        parts = []
        found: set[str] = set()
        for reason, cols in _REASONS:
            if reason == "city" and "place" in found:  # the state's own name said it already
                continue
            for col in (reversed(cols) if lang == "es" else cols):
                value = highlight_terms(row[col] or "", terms)
                if "[" not in value:
                    continue
                found.add(reason)
                if reason == "city":
                    city = _excerpt(value, width=10_000).replace("[", "").replace("]", "")
                    parts.append(f"{names[reason]} ({city})")
                else:
                    parts.append(f"{names[reason]}: {_excerpt(value)}")
                break
        reasons[row["id"]] = "; ".join(parts)
    return reasons


def fold_word(word: str) -> str:
    """A word as the FTS tokenizer indexes it: lower case, accents removed."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def highlight_terms(value: str, terms: list[str]) -> str:
    """`value` with every word that starts with one of the folded `terms` put in [brackets]."""
    def mark(match: re.Match) -> str:
        word = match.group(0)
        folded = fold_word(word)
        return f"[{word}]" if any(folded.startswith(t) for t in terms) else word

    return _WORD_RE.sub(mark, value)


_WORD_RE = re.compile(r"\w+", re.UNICODE)


def summaries_by_rowid(conn: sqlite3.Connection, rowids: list[int], lang: str = "en",
                       ) -> list[ClusterSummary]:
    """The table rows of the given rowids, in the given order (one page of a `FilterIndex`)."""
    if not rowids:
        return []
    rows = conn.execute(
        f"SELECT c.rowid AS rowid_, {summary_columns(lang)} {_FROM} "
        "WHERE c.rowid IN (SELECT value FROM json_each(?))", (json.dumps(rowids),)).fetchall()
    by_rowid = {row["rowid_"]: row for row in rows}
    return [_summary(by_rowid[r]) for r in rowids if r in by_rowid]


def _excerpt(highlighted: str, width: int = 60) -> str:
    """The part of a highlighted text around its first [match]."""
    for separator in (" · ",):
        pieces = [p for p in highlighted.split(separator) if "[" in p]
        if pieces:
            highlighted = pieces[0]
    start = highlighted.find("[")
    if len(highlighted) <= width:
        return highlighted
    left = max(0, start - width // 3)
    snippet = highlighted[left:left + width]
    return ("…" if left else "") + snippet + ("…" if left + width < len(highlighted) else "")


def count(conn: sqlite3.Connection, flt: ClusterFilter) -> int:
    """How many clusters match `flt`."""
    where, params = _where(flt)
    return conn.execute(f"SELECT count(*) FROM clusters c {where}", params).fetchone()[0]


def facet_counts(conn: sqlite3.Connection, flt: ClusterFilter, facet: str, lang: str = "en",
                 ) -> list[FacetValue]:
    """Every value of `facet` with its count under `flt` minus that facet's own selection, named
    in `lang` (sectors sorted by that name).

    So several values of one facet can be combined (OR) while seeing what each adds. Values with a
    zero count are listed too (sorted last by the caller if it wishes), so a facet never jumps.
    """
    if facet not in FACETS:
        raise ValueError(f"unknown facet {facet!r}")
    where, params = _where(flt.without(facet))
    if facet == "sector":
        name = column("name", lang, "se")
        sql = (f"SELECT se.id AS value, {name} AS name, coalesce(n, 0) AS count FROM sectors se "
               f"LEFT JOIN (SELECT c.sector AS sector, count(*) AS n FROM clusters c {where} "
               f"GROUP BY c.sector) ON sector = se.id ORDER BY {name}")
    elif facet == "state":
        sql = (f"SELECT st.code AS value, st.name AS name, coalesce(n, 0) AS count FROM states st "
               f"LEFT JOIN (SELECT c.state AS state, count(*) AS n FROM clusters c {where} "
               f"GROUP BY c.state) ON state = st.code ORDER BY st.name")
    else:
        sql = (f"SELECT coalesce(c.label, '') AS value, count(*) AS count FROM clusters c {where} "
               f"GROUP BY c.label")
    rows = conn.execute(sql, params).fetchall()
    if facet == "label":
        counts = {row["value"]: row["count"] for row in rows}
        return [FacetValue(value, name, counts.get(value, 0))
                for value, name in label_names(conn, lang).items()]
    values = [FacetValue(row["value"], row["name"], row["count"]) for row in rows]
    if facet == "sector":  # by name without accents, in either language
        values.sort(key=lambda v: fold_word(v.name))
    if facet == "state":
        missing = conn.execute(
            f"SELECT count(*) FROM clusters c {where}{' AND' if where else ' WHERE'} "
            "c.state IS NULL", params).fetchone()[0]
        total_missing = conn.execute(
            "SELECT count(*) FROM clusters WHERE state IS NULL").fetchone()[0]
        if total_missing:
            values.append(FacetValue(NO_STATE, NO_STATE_NAMES[lang], missing))
    return values
