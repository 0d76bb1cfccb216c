"""A cluster's whole record: `ClusterDetail` with its sector's context and programmes.

Imported where a profile is shown or printed; the window's start shows none and does not load
this module (creating these dataclasses costs a few milliseconds).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.catalogue.models import ClusterSummary


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
    kind_name: str = ""  # `kind` as the profile words it, in the record's language

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
    """Everything the catalogue holds on one cluster, its texts in one language (`lang`)."""

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
    label_name: str | None = None  # "Gold label" / "Sello de Oro", in the record's language
    sector_name_en: str = ""  # the sector's English name, to tell the briefing's wording from it
    lang: str = "en"  # the language of every text of the record ("en" or "es")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
