"""What a sheet needs besides the catalogue record: paper, provenance and the user's own part."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

# Paper sizes in PDF points (1/72 inch): ISO A4 210 x 297 mm and US Letter 8.5 x 11 in.
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "a4": (595.2756, 841.8898),
    "letter": (612.0, 792.0),
}


class NoteEntry(NamedTuple):
    """One of the user's notes on a cluster: when it was written and its text."""

    date: dt.date | dt.datetime | str | None
    text: str


class ContactEntry(NamedTuple):
    """A contact the user linked to a cluster."""

    name: str
    role: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""


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
    """The same for every page of one export: provenance and the page's version."""

    source_title: str = ""
    source_version: str = ""
    source_date: str = ""
    catalogue_version: str = ""
    generated: dt.date = field(default_factory=dt.date.today)
    internal: bool = False

    @property
    def version_text(self) -> str:
        return "Internal — contains private notes" if self.internal else "Public sheet"
