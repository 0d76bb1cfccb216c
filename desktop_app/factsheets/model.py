"""What a sheet is made of: the catalogue record worded for print (`SheetData`), the paper, the
provenance of an export (`SheetMeta`) and the user's own part of an internal sheet (`UserPart`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from desktop_app.errors import InvalidInput
from desktop_app.factsheets.strings import SheetStrings, record_date, sheet_strings

if TYPE_CHECKING:  # annotations only: the records come from the services
    from desktop_app.catalogue.detail_models import ClusterDetail, Programme
    from desktop_app.catalogue.models import ClusterSummary

# Paper sizes in PDF points (1/72 inch): ISO A4 210 x 297 mm and US Letter 8.5 x 11 in.
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "a4": (595.2756, 841.8898),
    "letter": (612.0, 792.0),
}


def check_paper(paper: str) -> str:
    """The paper's key ("a4", "letter"), or InvalidInput."""
    key = (paper or "").strip().lower()
    if key not in PAPER_SIZES:
        raise InvalidInput(f"Unknown paper size {paper!r}: a4 or letter.")
    return key


class NoteEntry(NamedTuple):
    """One of the user's notes on a cluster: when it was written and its text."""

    date: dt.date | dt.datetime | str | None
    text: str


class FollowUpEntry(NamedTuple):
    """Something promised to a contact: its due date (ISO, or "") and the action."""

    due: str
    action: str


class ContactEntry(NamedTuple):
    """A contact the user linked to a cluster, with the open follow-ups, soonest first."""

    name: str
    role: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    follow_ups: tuple[FollowUpEntry, ...] = ()


@dataclass(frozen=True)
class UserPart:
    """The private part of an internal sheet: never printed on a public one."""

    bookmarked: bool = False
    lists: list[str] = field(default_factory=list)
    notes: list[NoteEntry] = field(default_factory=list)
    contacts: list[ContactEntry] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.bookmarked or self.lists or self.notes or self.contacts)


@dataclass(frozen=True)
class SheetMeta:
    """The same for every page of one export: provenance, the date it is made on (labels and
    follow-ups are compared with it), public or internal, and the language."""

    source_title: str = ""
    source_version: str = ""
    source_date: str = ""
    catalogue_version: str = ""
    generated: dt.date = field(default_factory=dt.date.today)
    internal: bool = False
    lang: str = "en"

    @property
    def strings(self) -> SheetStrings:
        """The words of the sheet's language."""
        return sheet_strings(self.lang)

    def has_passed(self, iso_date: str | None) -> bool:
        """True when an ISO date ("2024-03-20") is before the day the sheet is made: an
        overdue follow-up. (Whether a label has expired is the services' rule: `SheetData`.)"""
        return bool(iso_date) and iso_date < self.generated.isoformat()

    def date(self, value: dt.date | str, short: bool = False) -> str:
        """A date as the sheet's language prints it (`strings.record_date`)."""
        return record_date(self.lang, value, short)


class FactLine(NamedTuple):
    """One worded fact: its stable key (services.profile: "founded", "members", ...), then
    its label and value in the sheet's language ("Members", "119 (70 Tier 1 members, ...)")
    and its kind ("text" | "list" | "url"). The sheet picks facts by key, never by label."""

    key: str
    label: str
    value: str
    kind: str = "text"


class FigureLine(NamedTuple):
    """One sector figure, worded: value with unit, what it measures, its year."""

    value: str
    label: str
    year: str = ""


@dataclass
class SheetData:
    """Everything one page shows. The wording of facts, figures and provenance comes from the
    services (the same words as the window and `show`); the sheet only lays them out."""

    detail: ClusterDetail
    meta: SheetMeta
    facts: list[FactLine] = field(default_factory=list)
    figures: list[FigureLine] = field(default_factory=list)
    provenance: str = ""
    user: UserPart | None = None
    state_others: list[ClusterSummary] = field(default_factory=list)
    sector_others: list[ClusterSummary] = field(default_factory=list)
    general_programmes: list[Programme] = field(default_factory=list)
    label_expired: bool = False  # the cluster's own label (services.profile.label_expired)
    expired_ids: frozenset[str] = frozenset()  # the clusters listed whose label has expired
    label_names: dict[str, str] = field(default_factory=dict)  # label id -> "Bronze label"
