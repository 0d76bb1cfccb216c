"""An in-memory index of the catalogue's facet columns, for the window's as-you-type search.

The catalogue is read-only (no temporary tables), and at 100,000 clusters the plain SQL route
(`queries.count` + three `facet_counts` + a sorted page) joins the wide `clusters` table once per
query. Here the full-text match runs once per keystroke (FTS5 returns the matching rowids) and the
count, the three facets (each without its own selection) and the sort order are computed from one
small code per row (sector, state, label) and precomputed sort orders. One-letter searches, which
match nearly every row and are the first keystroke of every search, can be precomputed in a
background thread (`warm_prefixes`). Results equal those of `queries` (tested).
"""

from __future__ import annotations

import json
import sqlite3
import string
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import compress, islice
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from desktop_app.catalogue.connection import open_catalogue
from desktop_app.catalogue.fts import match_expression, words
from desktop_app.catalogue.models import NO_STATE, SORT_KEYS, ClusterFilter, FacetValue
from desktop_app.catalogue.queries import (
    _FROM,
    NO_STATE_NAMES,
    fold_word,
    label_names,
    order_sql,
    sorts_by_language,
)
from desktop_app.i18n import LANGUAGES

_LABELS = ("gold", "silver", "bronze", "")
PREFIX_CHARS = string.ascii_lowercase + string.digits
FTS_CACHE = 8


class Selection:
    """What a filter selects: the count, the facet values with counts, the rowids in order, and
    the language its names are in (its pages are read in it too).

    The ordered rowids are produced lazily: the first page of a large result costs a few hundred
    steps of a scan along the precomputed sort order, the rest only when it is asked for.
    """

    def __init__(self, count: int, facets: dict[str, list[FacetValue]],
                 rowids: Iterable[int], lang: str = "en") -> None:
        self.count = count
        self.facets = facets
        self.lang = lang
        self._source: Iterator[int] | None = iter(rowids)
        self._rowids: list[int] = []

    def rowids(self, offset: int = 0, limit: int | None = None) -> list[int]:
        """The rowids from `offset`, at most `limit` of them (None: to the end)."""
        end = None if limit is None else offset + limit
        if self._source is not None and (end is None or end > len(self._rowids)):
            more = self._source if end is None else islice(self._source, end - len(self._rowids))
            before = len(self._rowids)
            self._rowids.extend(more)
            if end is None or len(self._rowids) - before < end - before:
                self._source = None
        return self._rowids[offset:end]


class _Hits(NamedTuple):
    """Rows matching a search text: a set of rowids or a bytearray flag per rowid."""

    members: set[int] | bytearray
    codes: Counter  # how many of them per combined (sector, state, label) code
    size: int


class FilterIndex:
    """A code per row for its sector, state and label, and the sort orders (built lazily)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        cur = conn.cursor()
        cur.row_factory = None
        sectors = cur.execute("SELECT id, name, name_es FROM sectors ORDER BY name").fetchall()
        self.sectors = [(sid, name) for sid, name, _ in sectors]
        by_lang = {"en": [(i, sid, name) for i, (sid, name, _) in enumerate(sectors)],
                   "es": [(i, sid, name_es) for i, (sid, _, name_es) in enumerate(sectors)]}
        # per language: (code, id, name) of each sector, sorted as `queries.facet_counts` sorts
        self._sector_names = {lang: sorted(items, key=lambda item: fold_word(item[2]))
                              for lang, items in by_lang.items()}
        self._label_names = {lang: label_names(conn, lang) for lang in LANGUAGES}
        self.states = cur.execute("SELECT code, name FROM states ORDER BY name").fetchall()
        sector_code = {sid: i for i, (sid, _) in enumerate(self.sectors)}
        state_code = {code: i for i, (code, _) in enumerate(self.states)}
        rows = cur.execute(
            "SELECT rowid, sector, state, label FROM clusters ORDER BY sort_name").fetchall()
        size = max((r[0] for r in rows), default=0) + 1
        self.code_of = [-1] * size  # (sector * (states + 1) + state) * labels + label
        no_state = len(self.states)
        label_code = {label: i for i, label in enumerate(_LABELS)}
        for rowid, sector, state, label in rows:
            state_index = state_code.get(state, no_state) if state else no_state
            self.code_of[rowid] = ((sector_code[sector] * (no_state + 1) + state_index)
                                   * len(_LABELS) + label_code[label or ""])
        self._all_codes = Counter(self.code_of[r[0]] for r in rows)
        self._prefix_hits: dict[str, _Hits] = {}
        self._fts_cache: dict[tuple[str, ...], set[int]] = {}
        self.all_rowids = [r[0] for r in rows]  # in name order
        self.missing_state = sum(1 for r in rows if not r[2])
        self._orders: dict[tuple[str, bool, str], list[int]] = {
            ("name", False, "en"): self.all_rowids}
        self._ranks: dict[tuple[str, bool, str], list[int]] = {}
        self._sector_code, self._state_code, self._label_code = sector_code, state_code, label_code

    # --- ordering --------------------------------------------------------------------------------

    def order(self, conn: sqlite3.Connection, sort: str, descending: bool,
              lang: str = "en") -> list[int]:
        """Every rowid in the given sort order (the same ORDER BY as `queries.search`)."""
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {sort!r}")
        key = (sort, descending, lang if sorts_by_language(sort) else "en")
        if key not in self._orders:
            sql = f"SELECT c.rowid {_FROM} ORDER BY {order_sql(sort, descending, lang)}"
            cur = conn.cursor()
            cur.row_factory = None
            self._orders[key] = [r[0] for r in cur.execute(sql)]
        return self._orders[key]

    def _rank(self, conn: sqlite3.Connection, sort: str, descending: bool,
              lang: str) -> list[int]:
        key = (sort, descending, lang if sorts_by_language(sort) else "en")
        if key not in self._ranks:
            rank = [0] * len(self.code_of)
            for position, rowid in enumerate(self.order(conn, sort, descending, lang)):
                rank[rowid] = position
            self._ranks[key] = rank
        return self._ranks[key]

    # --- filtering -------------------------------------------------------------------------------

    def _text_hits(self, conn: sqlite3.Connection, flt: ClusterFilter) -> _Hits | None:
        expression = match_expression(flt.text)
        if not expression:
            return None
        terms = [fold_word(term) for term in words(flt.text)]
        last = self._prefix_hits.get(terms[-1]) if len(terms[-1]) == 1 else None
        if last is not None and not flt.also_ids:
            if len(terms) == 1:
                return last
            # "cluster a": the rows of "cluster" (usually the previous keystroke's) that have
            # a word starting with "a", without asking FTS5 for every word beginning with "a".
            flags = last.members
            return self._hits({r for r in self._cached_fts(conn, terms[:-1]) if flags[r]})
        hits = self._cached_fts(conn, terms)
        if flt.also_ids:
            hits = hits | self._rowids_of(conn, flt.also_ids)
        return self._hits(hits)

    def _cached_fts(self, conn: sqlite3.Connection, terms: list[str]) -> set[int]:
        """The rowids matching every term as a prefix; the last few results are remembered
        (typing a space, or going back a letter, asks nothing new)."""
        key = tuple(terms)
        hits = self._fts_cache.pop(key, None)
        if hits is None:
            hits = self._fts_rowids(conn, match_expression(" ".join(terms)))
        self._fts_cache[key] = hits  # most recent last
        while len(self._fts_cache) > FTS_CACHE:
            self._fts_cache.pop(next(iter(self._fts_cache)))
        return hits

    @staticmethod
    def _fts_rowids(conn: sqlite3.Connection, expression: str) -> set[int]:
        cur = conn.cursor()
        cur.row_factory = None
        joined = cur.execute("SELECT group_concat(rowid) FROM clusters_fts WHERE clusters_fts "
                             "MATCH ?", (expression,)).fetchone()[0]
        # parsed as JSON: C speed, 4 ms less than int() per item at 100,000 rows
        return set(json.loads(f"[{joined}]")) if joined else set()

    def _hits(self, members: set[int]) -> _Hits:
        # itemgetter looks up every code in C: 5 ms less than a map at 100,000 rows
        codes = (Counter(itemgetter(*members)(self.code_of)) if len(members) > 1
                 else Counter(self.code_of[r] for r in members))
        return _Hits(members, codes, len(members))

    def warm_prefixes(self, path: Path, stop: threading.Event | None = None) -> None:
        """Compute the rows matching each one-letter search (the first keystroke of every search,
        and the costliest: almost every row matches). Meant for a background thread: it uses its
        own connection and only adds finished entries to a dict."""
        conn = open_catalogue(path)
        try:
            for char in PREFIX_CHARS:
                if stop is not None and stop.is_set():
                    return
                members = bytearray(len(self.code_of))
                for rowid in self._fts_rowids(conn, f'"{char}"*'):
                    members[rowid] = 1
                codes = Counter(compress(self.code_of, members))
                self._prefix_hits[char] = _Hits(members, codes, sum(codes.values()))
        finally:
            conn.close()

    @staticmethod
    def _rowids_of(conn: sqlite3.Connection, ids: frozenset[str]) -> set[int]:
        cur = conn.cursor()
        cur.row_factory = None
        return {r[0] for r in cur.execute(
            "SELECT rowid FROM clusters WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(ids)),))}

    def _wanted(self, flt: ClusterFilter) -> tuple[set[int] | None, ...]:
        no_state = len(self.states)
        return (
            {self._sector_code.get(s, -2) for s in flt.sectors} or None,
            {no_state if s == NO_STATE else self._state_code.get(s, -2)
             for s in flt.states} or None,
            {self._label_code.get(label, -2) for label in flt.labels} or None,
        )

    def select(self, conn: sqlite3.Connection, flt: ClusterFilter, sort: str = "name",
               descending: bool = False, lang: str = "en") -> Selection:
        """Count, facet counts (named in `lang`) and ordered rowids of `flt` (one FTS query at
        most).

        Each row's sector, state and label are one combined code, so the rows are counted once
        (per code) and every facet's counts, each without its own selection, come from those few
        hundred codes.
        """
        hits = self._text_hits(conn, flt)
        if flt.ids is not None:
            restricted = self._rowids_of(conn, flt.ids)
            if hits is not None:
                members = hits.members
                restricted = {r for r in restricted if (members[r] if isinstance(members, bytearray)
                                                        else r in members)}
            hits = self._hits(restricted)
        codes = self._all_codes if hits is None else hits.codes
        want_sector, want_state, want_label = self._wanted(flt)
        by_sector = [0] * len(self.sectors)
        by_state = [0] * (len(self.states) + 1)
        by_label = [0] * len(_LABELS)
        accepted: set[int] = set()
        total = 0
        n_labels, n_states = len(_LABELS), len(self.states) + 1
        for code, n in codes.items():
            rest, label = divmod(code, n_labels)
            sector, state = divmod(rest, n_states)
            off_sector = want_sector is not None and sector not in want_sector
            off_state = want_state is not None and state not in want_state
            off_label = want_label is not None and label not in want_label
            failing = off_sector + off_state + off_label
            if not failing:
                accepted.add(code)
                total += n
                by_sector[sector] += n
                by_state[state] += n
                by_label[label] += n
            elif failing == 1:
                if off_sector:
                    by_sector[sector] += n
                elif off_state:
                    by_state[state] += n
                else:
                    by_label[label] += n
        facets = self._facet_values(by_sector, by_state, by_label, lang)
        return Selection(total, facets, self._ordered(conn, hits, codes, accepted, sort,
                                                      descending, lang), lang)

    def _ordered(self, conn: sqlite3.Connection, hits: _Hits | None, codes: Counter,
                 accepted: set[int], sort: str, descending: bool, lang: str) -> Iterable[int]:
        """The selected rowids in order, as a lazy scan of the sort order for large results."""
        order = self.order(conn, sort, descending, lang)
        code_of = self.code_of
        if hits is None:
            if len(accepted) == len(codes):
                return order
            return (r for r in order if code_of[r] in accepted)
        members = hits.members
        if hits.size * 8 > len(order):
            if isinstance(members, bytearray):
                return (r for r in order if members[r] and code_of[r] in accepted)
            return (r for r in order if r in members and code_of[r] in accepted)
        rows = (compress(range(len(members)), members) if isinstance(members, bytearray)
                else members)
        return sorted((r for r in rows if code_of[r] in accepted),
                      key=self._rank(conn, sort, descending, lang).__getitem__)

    def _facet_values(self, by_sector: list[int], by_state: list[int],
                      by_label: list[int], lang: str) -> dict[str, list[FacetValue]]:
        sectors = [FacetValue(sid, name, by_sector[i])
                   for i, sid, name in self._sector_names[lang]]
        states = [FacetValue(code, name, by_state[i]) for i, (code, name) in enumerate(self.states)]
        if self.missing_state:
            states.append(FacetValue(NO_STATE, NO_STATE_NAMES[lang], by_state[len(self.states)]))
        labels = [FacetValue(label, self._label_names[lang][label], by_label[i])
                  for i, label in enumerate(_LABELS)]
        return {"sector": sectors, "state": states, "label": labels}
