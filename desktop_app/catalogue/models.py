"""The catalogue's records as plain dataclasses (what the services hand to the CLI and the UI)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SORT_KEYS = ("name", "acronym", "sector", "state", "label", "members")
FACETS = ("sector", "state", "label")
NO_STATE = ""  # the facet value of clusters whose state the briefing does not give


@dataclass(frozen=True)
class ClusterFilter:
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

    def without(self, facet: str) -> "ClusterFilter":
        """The same filter with one facet's selection cleared (for that facet's counts)."""
        from dataclasses import replace

        return replace(self, **{f"{facet}s": ()})

    @property
    def is_empty(self) -> bool:
        return not (self.text.strip() or self.sectors or self.states or self.labels
                    or self.ids is not None)


@dataclass(frozen=True)
class ClusterSummary:
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
        return asdict(self)


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet with its count for the current filter."""

    value: str
    name: str
    count: int


@dataclass(frozen=True)
class SectorFigure:
    label: str
    value: str
    unit: str
    year: str
    note: str
    sources: list[str]


@dataclass(frozen=True)
class Programme:
    id: str
    name: str
    sector: str
    kind: str
    gist: str
    start_year: int | None
    end_year: int | None
    sources: list[str]
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def years(self) -> str:
        if self.start_year and self.end_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year or self.end_year or "")


@dataclass(frozen=True)
class SectorContext:
    id: str
    name: str
    focus: bool
    focus_name: str | None
    description: str
    figures: list[SectorFigure]
    programmes: list[Programme]
    partnerships: list[dict[str, Any]]


@dataclass(frozen=True)
class ClusterDetail:
    """Everything the catalogue holds on one cluster."""

    id: str
    name: str
    acronym: str | None
    aliases: list[str]
    state: str | None
    state_name: str | None
    sector: str
    sector_name: str
    sector_label: str
    founded: int | None
    members: int | None
    members_note: str | None
    members_breakdown: list[dict[str, Any]]
    committees: list[str]
    committees_note: str | None
    focus_areas: list[str]
    partners: list[str]
    jobs: int | None
    jobs_note: str | None
    exports: str | None
    offices: list[str]
    label: str | None
    label_valid_until: str | None
    website: str | None
    description: str
    sources: list[str]
    appears_in: list[str]
    table6_state: str | None
    notes: list[str]
    sector_context: SectorContext | None = None
    same_sector_same_state: list[ClusterSummary] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CatalogueInfo:
    """Provenance: what the catalogue was built from and when."""

    source_title: str
    source_version: str
    source_date: str
    catalogue_version: str
    built_at: str
    record_counts: dict[str, int]
    raw: dict[str, str]
