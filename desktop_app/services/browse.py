"""Browse and search the catalogue: what the cluster table, the facets and `clusters` show."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.catalogue import queries, records
from desktop_app.catalogue.models import (
    FACETS,
    CatalogueInfo,
    ClusterDetail,
    ClusterFilter,
    ClusterSummary,
    FacetValue,
)
from desktop_app.services.context import AppContext


class BrowseService:
    """Search, facet counts and cluster records, over the read-only catalogue."""

    def __init__(self, context: AppContext) -> None:
        self._context = context

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

    def cluster(self, cluster_id: str) -> ClusterDetail:
        return records.cluster(self._conn, cluster_id)

    def restrict(self, flt: ClusterFilter, ids: set[str] | frozenset[str] | None) -> ClusterFilter:
        """The filter limited to a set of ids (a bookmark list), or unchanged for None."""
        if ids is None:
            return flt
        if flt.ids is not None:
            ids = set(ids) & set(flt.ids)
        return replace(flt, ids=frozenset(ids))

    def cluster_ids(self) -> set[str]:
        return records.all_ids(self._conn)

    def info(self) -> CatalogueInfo:
        return records.info(self._conn)

    def states(self) -> list[dict]:
        return records.states(self._conn)

    def sectors(self) -> list[dict]:
        return records.sectors(self._conn)
