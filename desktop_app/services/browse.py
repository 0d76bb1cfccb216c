"""Browse and search the catalogue: what the cluster table, the facets and `clusters` show."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

from desktop_app.catalogue import queries, records
from desktop_app.catalogue.models import (
    FACETS,
    CatalogueInfo,
    ClusterFilter,
    ClusterSummary,
    FacetValue,
)
from desktop_app.catalogue.filter_index import FilterIndex, Selection
from desktop_app.services.context import AppContext

if TYPE_CHECKING:  # loaded on first use (catalogue.models)
    from desktop_app.catalogue.models import ClusterDetail

SELECTION_CACHE = 64  # filters remembered: the catalogue is read-only, so results never go stale


class BrowseService:
    """Search, facet counts and cluster records, over the read-only catalogue."""

    def __init__(self, context: AppContext) -> None:
        self._context = context
        self._index: FilterIndex | None = None
        self._warming: tuple[threading.Thread, threading.Event] | None = None
        self._selections: OrderedDict[tuple, Selection] = OrderedDict()

    @property
    def _conn(self):
        return self._context.catalogue

    def make_filter(self, text: str = "", sectors: list[str] | tuple[str, ...] = (),
                    states: list[str] | tuple[str, ...] = (),
                    labels: list[str] | tuple[str, ...] = ()) -> ClusterFilter:
        """A filter from what a person types: names, accents or codes; NotFound when unknown."""
        return ClusterFilter(
            text=text or "",
            sectors=tuple(dict.fromkeys(records.resolve_sector(self._conn, s) for s in sectors)),
            states=tuple(dict.fromkeys(records.resolve_state(self._conn, s) for s in states)),
            labels=tuple(dict.fromkeys(self.resolve_label(label) for label in labels)))

    @staticmethod
    def resolve_label(text: str) -> str:
        from desktop_app.errors import NotFound

        wanted = text.strip().lower().removesuffix(" label")
        if wanted in {"gold", "silver", "bronze"}:
            return wanted
        if wanted in {"none", "no", ""}:
            return ""
        raise NotFound(f"Unknown label {text!r}: gold, silver, bronze or none.")

    def search(self, flt: ClusterFilter, *, sort: str = "name", descending: bool = False,
               offset: int = 0, limit: int | None = None) -> list[ClusterSummary]:
        return queries.search(self._conn, flt, sort=sort, descending=descending, offset=offset,
                              limit=limit)

    def count(self, flt: ClusterFilter) -> int:
        return queries.count(self._conn, flt)

    def total(self) -> int:
        return queries.count(self._conn, ClusterFilter())

    def facets(self, flt: ClusterFilter, facet: str) -> list[FacetValue]:
        return queries.facet_counts(self._conn, flt, facet)

    def all_facets(self, flt: ClusterFilter) -> dict[str, list[FacetValue]]:
        return {facet: self.facets(flt, facet) for facet in FACETS}

    def select(self, flt: ClusterFilter, *, sort: str = "name",
               descending: bool = False) -> Selection:
        """Count, facet counts and the ordered result of `flt` in one go (the window's search).

        Equal to `count` + `all_facets` + `search`, computed with one full-text query over an
        in-memory index of the facet columns; page through the result with `page`.
        """
        key = (flt, sort, descending)
        cached = self._selections.get(key)
        if cached is not None:
            self._selections.move_to_end(key)
            return cached
        selection = self._filter_index().select(self._conn, flt, sort, descending)
        self._selections[key] = selection
        if len(self._selections) > SELECTION_CACHE:
            self._selections.popitem(last=False)
        return selection

    def _filter_index(self) -> FilterIndex:
        if self._index is None:
            self._index = FilterIndex(self._conn)
        return self._index

    def warm_up(self) -> None:
        """Precompute one-letter searches in a background thread (a large catalogue's first
        keystroke then costs what later ones do); `stop_warm_up` ends it early."""
        if self._warming is not None:
            return
        index, stop = self._filter_index(), threading.Event()
        thread = threading.Thread(target=index.warm_prefixes,
                                  args=(self._context.catalogue_path, stop),
                                  name="catalogue-warm-up", daemon=True)
        self._warming = (thread, stop)
        thread.start()

    def stop_warm_up(self, wait: bool = True) -> None:
        if self._warming is not None:
            thread, stop = self._warming
            stop.set()
            if wait:
                thread.join()

    def page(self, selection: Selection, offset: int, limit: int) -> list[ClusterSummary]:
        """Rows `offset` to `offset + limit` of a selection (without match reasons)."""
        return queries.summaries_by_rowid(self._conn, selection.rowids(offset, limit))

    def match_reasons(self, text: str, ids: list[str]) -> dict[str, str]:
        """Why each of `ids` matched `text`, e.g. 'state: [Querétaro]' (empty: by its name)."""
        return queries.match_reasons(self._conn, text, ids)

    def cluster(self, cluster_id: str) -> ClusterDetail:
        return records.cluster(self._conn, cluster_id)

    def restrict(self, flt: ClusterFilter, ids: set[str] | frozenset[str] | None) -> ClusterFilter:
        """The filter limited to a set of ids (a bookmark list), or unchanged for None."""
        if ids is None:
            return flt
        if flt.ids is not None:
            ids = set(ids) & set(flt.ids)
        return flt._replace(ids=frozenset(ids))

    def cluster_ids(self) -> set[str]:
        return records.all_ids(self._conn)

    def info(self) -> CatalogueInfo:
        return records.info(self._conn)

    def states(self) -> list[dict]:
        return records.states(self._conn)

    def sectors(self) -> list[dict]:
        return records.sectors(self._conn)
