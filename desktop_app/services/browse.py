"""Browse and search the catalogue: what the cluster table, the facets and `clusters` show.

Every method that returns text a person reads takes `lang` ("en", the default, or "es"): sector
and label names, facet names, the reasons for a match and whole records come in that language.
The search itself finds both languages' words whatever `lang` is ("energía" and "energy"), and
names of places: a city finds the clusters of its state.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

from desktop_app.catalogue import queries, records, resolve
from desktop_app.catalogue.filter_index import FilterIndex, Selection
from desktop_app.catalogue.models import (
    FACETS,
    CatalogueInfo,
    ClusterFilter,
    ClusterSummary,
    FacetValue,
)
from desktop_app.services.context import AppContext

if TYPE_CHECKING:  # loaded on first use (catalogue.models)
    from desktop_app.catalogue.detail_models import ClusterDetail

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
        """A filter from what a person types: names in either language, accents or not, codes
        and abbreviations (`catalogue.resolve`); NotResolved, with suggestions, when unknown."""
        return ClusterFilter(
            text=text or "",
            sectors=tuple(dict.fromkeys(self.resolve_sector(s) for s in sectors)),
            states=tuple(dict.fromkeys(self.resolve_state(s) for s in states)),
            labels=tuple(dict.fromkeys(self.resolve_label(label) for label in labels)))

    def resolve_state(self, text: str) -> str:
        """The state code for a name, code or abbreviation ('Nuevo León', 'NLE', 'NL')."""
        return resolve.state(self._conn, text)

    def resolve_sector(self, text: str) -> str:
        """The sector id for an id, name, wording or keyword ('aerospace', 'Aeroespacial')."""
        return resolve.sector(self._conn, text)

    def resolve_label(self, text: str) -> str:
        """'gold', 'silver', 'bronze' or '' (none) for a label typed in either language."""
        return resolve.label(self._conn, text)

    def resolve_cluster(self, text: str) -> str:
        """The id of the cluster `text` names: an id, or a name or acronym only it has
        ('CLAUGTO'); NotResolved listing every cluster when several share it ('CLAUT')."""
        return resolve.cluster(self._conn, text)

    def search(self, flt: ClusterFilter, *, sort: str = "name", descending: bool = False,
               offset: int = 0, limit: int | None = None, lang: str = "en",
               ) -> list[ClusterSummary]:
        return queries.search(self._conn, flt, sort=sort, descending=descending, offset=offset,
                              limit=limit, lang=lang)

    def count(self, flt: ClusterFilter) -> int:
        return queries.count(self._conn, flt)

    def total(self) -> int:
        return queries.count(self._conn, ClusterFilter())

    def facets(self, flt: ClusterFilter, facet: str, lang: str = "en") -> list[FacetValue]:
        return queries.facet_counts(self._conn, flt, facet, lang)

    def all_facets(self, flt: ClusterFilter, lang: str = "en") -> dict[str, list[FacetValue]]:
        return {facet: self.facets(flt, facet, lang) for facet in FACETS}

    def select(self, flt: ClusterFilter, *, sort: str = "name", descending: bool = False,
               lang: str = "en") -> Selection:
        """Count, facet counts and the ordered result of `flt` in one go (the window's search).

        Equal to `count` + `all_facets` + `search`, computed with one full-text query over an
        in-memory index of the facet columns; page through the result with `page`.
        """
        key = (flt, sort, descending, lang)
        cached = self._selections.get(key)
        if cached is not None:
            self._selections.move_to_end(key)
            return cached
        selection = self._filter_index().select(self._conn, flt, sort, descending, lang)
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
        """Rows `offset` to `offset + limit` of a selection (without match reasons), in the
        selection's language."""
        return queries.summaries_by_rowid(self._conn, selection.rowids(offset, limit),
                                          selection.lang)

    def match_reasons(self, text: str, ids: list[str], lang: str = "en") -> dict[str, str]:
        """Why each of `ids` matched `text`, e.g. 'state: [Querétaro]', 'state (Monterrey)'
        (a city of its state; 'estado (Monterrey)' in Spanish); empty: by its name."""
        return queries.match_reasons(self._conn, text, ids, lang)

    def cluster(self, cluster_id: str, lang: str = "en") -> ClusterDetail:
        """A cluster's whole record with its texts in `lang`; NotFound for an unknown id."""
        from desktop_app.catalogue import details  # on first use: see desktop_app.startup

        return details.cluster(self._conn, cluster_id, lang=lang)

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

    def sectors(self, lang: str = "en") -> list[dict]:
        """Every sector with its name and description in `lang`, sorted by that name."""
        return records.sectors(self._conn, lang=lang)

    def labels(self, lang: str = "en") -> list[dict]:
        """The ECEI labels (gold first, '' last: no label) with their names in `lang`:
        `name` ('Gold label' / 'Sello de Oro') and `title` ('Gold' / 'Oro')."""
        return records.labels(self._conn, lang=lang)

    def places(self) -> list[dict]:
        """The gazetteer's cities and metro areas, each with its state's code."""
        return records.places(self._conn)
