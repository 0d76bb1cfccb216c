"""An in-memory index of the catalogue's facet columns, for the window's as-you-type search.

The catalogue is read-only (no temporary tables), and at 100,000 clusters the plain SQL route
(`queries.count` + three `facet_counts` + a sorted page) joins the wide `clusters` table once per
query. Here the full-text match runs once per keystroke (FTS5 returns the matching rowids) and the
count, the three facets (each without its own selection) and the sort order are computed from small
per-row arrays loaded once from the covering indexes. Results equal those of `queries` (tested).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from itertools import islice
from typing import Iterable, Iterator

from desktop_app.catalogue.fts import match_expression
from desktop_app.catalogue.models import NO_STATE, SORT_KEYS, ClusterFilter, FacetValue
from desktop_app.catalogue.queries import _FROM, _ORDER, LABEL_NAMES

_LABELS = ("gold", "silver", "bronze", "")


class Selection:
    """What a filter selects: the count, the facet values with counts, the rowids in order.

    The ordered rowids are produced lazily: the first page of a large result costs a few hundred
    steps of a scan along the precomputed sort order, the rest only when it is asked for.
    """

    def __init__(self, count: int, facets: dict[str, list[FacetValue]],
                 rowids: Iterable[int]) -> None:
        self.count = count
        self.facets = facets
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


class FilterIndex:
    """A code per row for its sector, state and label, and the sort orders (built lazily)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        cur = conn.cursor()
        cur.row_factory = None
        self.sectors = cur.execute("SELECT id, name FROM sectors ORDER BY name").fetchall()
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
        self.all_rowids = [r[0] for r in rows]  # in name order
        self.missing_state = sum(1 for r in rows if not r[2])
        self._orders: dict[tuple[str, bool], list[int]] = {("name", False): self.all_rowids}
        self._ranks: dict[tuple[str, bool], list[int]] = {}
        self._sector_code, self._state_code, self._label_code = sector_code, state_code, label_code

    # --- ordering --------------------------------------------------------------------------------

    def order(self, conn: sqlite3.Connection, sort: str, descending: bool) -> list[int]:
        """Every rowid in the given sort order (the same ORDER BY as `queries.search`)."""
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {sort!r}")
        key = (sort, descending)
        if key not in self._orders:
            sql = (f"SELECT c.rowid {_FROM} ORDER BY "
                   + _ORDER[sort].format(dir="DESC" if descending else "ASC"))
            cur = conn.cursor()
            cur.row_factory = None
            self._orders[key] = [r[0] for r in cur.execute(sql)]
        return self._orders[key]

    def _rank(self, conn: sqlite3.Connection, sort: str, descending: bool) -> list[int]:
        key = (sort, descending)
        if key not in self._ranks:
            rank = [0] * len(self.code_of)
            for position, rowid in enumerate(self.order(conn, sort, descending)):
                rank[rowid] = position
            self._ranks[key] = rank
        return self._ranks[key]

    # --- filtering -------------------------------------------------------------------------------

    def _text_rowids(self, conn: sqlite3.Connection, flt: ClusterFilter) -> set[int] | None:
        expression = match_expression(flt.text)
        if not expression:
            return None
        cur = conn.cursor()
        cur.row_factory = None
        joined = cur.execute("SELECT group_concat(rowid) FROM clusters_fts WHERE clusters_fts "
                             "MATCH ?", (expression,)).fetchone()[0]
        hits = set(map(int, joined.split(","))) if joined else set()
        if flt.also_ids:
            hits |= self._rowids_of(conn, flt.also_ids)
        return hits

    @staticmethod
    def _rowids_of(conn: sqlite3.Connection, ids: frozenset[str]) -> set[int]:
        cur = conn.cursor()
        cur.row_factory = None
        return {r[0] for r in cur.execute(
            "SELECT rowid FROM clusters WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(ids)),))}

    def _wanted(self, flt: ClusterFilter) -> dict[str, set[int] | None]:
        no_state = len(self.states)
        return {
            "sector": {self._sector_code.get(s, -2) for s in flt.sectors} or None,
            "state": {no_state if s == NO_STATE else self._state_code.get(s, -2)
                      for s in flt.states} or None,
            "label": {self._label_code.get(label, -2) for label in flt.labels} or None,
        }

    def _decode(self, code: int) -> tuple[int, int, int]:
        rest, label = divmod(code, len(_LABELS))
        sector, state = divmod(rest, len(self.states) + 1)
        return sector, state, label

    def select(self, conn: sqlite3.Connection, flt: ClusterFilter, sort: str = "name",
               descending: bool = False) -> Selection:
        """Count, facet counts and ordered rowids of `flt` (one FTS query at most).

        Each row's sector, state and label are one combined code, so the rows are counted once
        (per code) and every facet's counts, each without its own selection, come from those few
        hundred codes.
        """
        base = self._text_rowids(conn, flt)
        if flt.ids is not None:
            restricted = self._rowids_of(conn, flt.ids)
            base = restricted if base is None else base & restricted
        codes = self._all_codes if base is None else Counter(map(self.code_of.__getitem__, base))
        wanted = self._wanted(flt)
        counted: dict[str, Counter] = {"sector": Counter(), "state": Counter(), "label": Counter()}
        accepted: set[int] = set()
        total = 0
        for code, n in codes.items():
            values = dict(zip(("sector", "state", "label"), self._decode(code)))
            failing = [f for f, v in values.items() if wanted[f] is not None and v not in wanted[f]]
            if not failing:
                accepted.add(code)
                total += n
                for facet, value in values.items():
                    counted[facet][value] += n
            elif len(failing) == 1:
                counted[failing[0]][values[failing[0]]] += n
        order = self.order(conn, sort, descending)
        code_of = self.code_of
        if base is None:
            if len(accepted) == len(codes):
                ordered: Iterable[int] = order
            else:
                ordered = (r for r in order if code_of[r] in accepted)
        elif len(base) * 8 > len(order):
            ordered = (r for r in order if r in base and code_of[r] in accepted)
        else:
            ordered = sorted((r for r in base if code_of[r] in accepted),
                             key=self._rank(conn, sort, descending).__getitem__)
        return Selection(total, self._facet_values(counted), ordered)

    def _facet_values(self, counted: dict[str, Counter]) -> dict[str, list[FacetValue]]:
        sectors = [FacetValue(sid, name, counted["sector"].get(i, 0))
                   for i, (sid, name) in enumerate(self.sectors)]
        states = [FacetValue(code, name, counted["state"].get(i, 0))
                  for i, (code, name) in enumerate(self.states)]
        if self.missing_state:
            states.append(FacetValue(NO_STATE, "State not given",
                                     counted["state"].get(len(self.states), 0)))
        labels = [FacetValue(label, LABEL_NAMES[label], counted["label"].get(i, 0))
                  for i, label in enumerate(_LABELS)]
        return {"sector": sectors, "state": states, "label": labels}
