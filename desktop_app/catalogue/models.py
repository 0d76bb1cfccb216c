"""The catalogue's records as plain named tuples (what the services hand to the CLI and the UI).

A cluster's whole record (`ClusterDetail`, `SectorContext`, `Programme`, `SectorFigure`) is in
`detail_models`, which imports nothing from here at run time (the window's start needs none of
it)."""

from __future__ import annotations

from typing import Any, NamedTuple

SORT_KEYS = ("name", "acronym", "sector", "state", "label", "members")
FACETS = ("sector", "state", "label")
NO_STATE = ""  # the facet value of clusters whose state the briefing does not give


class ClusterFilter(NamedTuple):
    """What the user asked for: OR within one facet, AND across facets and the text.

    `ids` restricts to a set of cluster ids (bookmarks, a list); `also_ids` are ids that match the
    text by another route (the user's notes) and are OR-ed with the full-text match.
    """

    text: str = ""
    sectors: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    ids: frozenset[str] | None = None
    also_ids: frozenset[str] = frozenset()

    def without(self, facet: str) -> ClusterFilter:
        """The same filter with one facet's selection cleared (for that facet's counts)."""
        return self._replace(**{f"{facet}s": ()})

    @property
    def is_empty(self) -> bool:
        return not (self.text.strip() or self.sectors or self.states or self.labels
                    or self.ids is not None)


class ClusterSummary(NamedTuple):
    """One row of the cluster table."""

    id: str
    name: str
    acronym: str | None
    state: str | None
    state_name: str | None
    sector: str
    sector_name: str
    sector_label: str
    label: str | None
    label_valid_until: str | None
    members: int | None
    website: str | None
    sources: tuple[str, ...] = ()
    match: str = ""  # why the row matched the search text: a snippet with [brackets]

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class FacetValue(NamedTuple):
    """One value of a facet with its count for the current filter."""

    value: str
    name: str
    count: int


class CatalogueInfo(NamedTuple):
    """Provenance: what the catalogue was built from and when."""

    source_title: str
    source_version: str
    source_date: str
    catalogue_version: str
    built_at: str
    record_counts: dict[str, int]
    raw: dict[str, str]

