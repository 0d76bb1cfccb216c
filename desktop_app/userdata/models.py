"""The user's own records as plain dataclasses: bookmarks, lists, cluster notes and contacts.

Every record the user can move to another laptop has a stable `uid` (a UUID), so that importing the
same export twice merges instead of duplicating. Times are ISO 8601 in UTC (`2024-03-12T10:15:00Z`);
dates (due dates, when a contact was met) are ISO dates (`2024-03-12`).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

PRIORITIES = {0: "", 1: "low", 2: "medium", 3: "high"}
FOLLOW_UP_STATES = ("open", "done", "dropped")


def now_iso() -> str:
    """The current time in UTC, to the second, as stored."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace(
        "+00:00", "Z")


def today_iso() -> str:
    return dt.date.today().isoformat()


def new_uid() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class NamedList:
    """A named list of clusters ("Monterrey, March"), with how many clusters it holds."""

    uid: str
    name: str
    created_at: str
    count: int = 0


@dataclass(frozen=True)
class ClusterNote:
    """A dated free-text note on a cluster. `orphaned` when the cluster left the catalogue."""

    uid: str
    cluster_id: str
    text: str
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    orphaned: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("orphaned")
        data.pop("deleted_at")
        return data


@dataclass(slots=True)
class Email:
    address: str
    kind: str = ""  # "work", "home", "other" or a label of the user's own


@dataclass(slots=True)
class Phone:
    number: str
    kind: str = ""  # "mobile", "work", "home", "fax", "work fax", "pager", "main", ... or a label


@dataclass(slots=True)
class Address:
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    po_box: str = ""
    extended: str = ""
    kind: str = ""

    def is_empty(self) -> bool:
        return not any((self.street, self.city, self.region, self.postal_code, self.country,
                        self.po_box, self.extended))

    def formatted(self) -> str:
        """The address as it is written on an envelope (lines joined with newlines)."""
        place = " ".join(p for p in (self.postal_code, self.city) if p)
        lines = [self.po_box, self.extended, self.street,
                 ", ".join(p for p in (place, self.region) if p), self.country]
        return "\n".join(line for line in lines if line)


@dataclass(slots=True)
class FollowUp:
    """Something promised to a contact, with its due date and state (open, done or dropped)."""

    action: str
    due: str = ""
    state: str = "open"
    uid: str = ""
    created_at: str = ""

    @property
    def is_open(self) -> bool:
        return self.state == "open"


@dataclass(slots=True)
class DatedNote:
    text: str
    created_at: str = ""
    uid: str = ""


@dataclass(slots=True)
class Contact:
    """A person met, with everything the user knows about them."""

    full_name: str = ""
    given_name: str = ""
    family_name: str = ""
    name_prefix: str = ""  # "Dr.", "Lic.", "Sra."
    middle_name: str = ""  # vCard's additional names, Outlook's Middle Name
    name_suffix: str = ""  # "Jr.", "III", "PhD"
    organisation: str = ""
    role: str = ""
    emails: list[Email] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    website: str = ""
    address: Address = field(default_factory=Address)
    cluster_ids: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    met_where: str = ""
    met_when: str = ""
    met_by: str = ""
    priority: int = 0
    follow_ups: list[FollowUp] = field(default_factory=list)
    notes: list[DatedNote] = field(default_factory=list)
    photo: bytes | None = None
    photo_type: str = ""  # "jpeg", "png", ...
    uid: str = ""
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def display_name(self) -> str:
        """The best name to show: the full name, else its parts (prefix, given, middle, family,
        suffix), else organisation, email or phone."""
        if self.full_name.strip():
            return self.full_name.strip()
        composed = " ".join(p for p in (self.name_prefix.strip(), self.given_name.strip(),
                                        self.middle_name.strip(), self.family_name.strip(),
                                        self.name_suffix.strip()) if p)
        if composed:
            return composed
        if self.organisation.strip():
            return self.organisation.strip()
        if self.emails:
            return self.emails[0].address
        if self.phones:
            return self.phones[0].number
        return ""

    def is_empty(self) -> bool:
        """True when there is nothing to identify the person by."""
        return not (self.display_name or self.notes)

    def next_follow_up(self) -> FollowUp | None:
        """The open follow-up due first (undated ones last)."""
        open_ones = [f for f in self.follow_ups if f.is_open]
        if not open_ones:
            return None
        return min(open_ones, key=lambda f: (f.due == "", f.due))

    def to_dict(self, *, with_photo: bool = True) -> dict[str, Any]:
        """A JSON-ready dictionary (the photo as base64)."""
        data = asdict(self)
        data["display_name"] = self.display_name
        data.pop("deleted_at")
        if self.photo and with_photo:
            data["photo"] = base64.b64encode(self.photo).decode("ascii")
        else:
            data["photo"] = None
            if not with_photo:
                data.pop("photo_type")
                data.pop("photo")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Contact:
        """The inverse of `to_dict`; unknown keys are ignored, wrong types raise ValueError."""
        def text(key: str) -> str:
            value = data.get(key)
            if value is None:
                return ""
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                raise ValueError(f"{key}: text expected")
            return str(value)

        def items(key: str) -> list:
            value = data.get(key) or []
            if not isinstance(value, list):
                raise ValueError(f"{key}: a list expected")
            return value

        def record(value: Any, key: str) -> dict:
            if not isinstance(value, dict):
                raise ValueError(f"{key}: an object expected")
            return value

        def strings(key: str) -> list[str]:
            out = []
            for value in items(key):
                if not isinstance(value, str):
                    raise ValueError(f"{key}: a list of strings expected")
                out.append(value)
            return out

        def sub_text(d: dict, key: str, where: str) -> str:
            value = d.get(key)
            if value is None:
                return ""
            if not isinstance(value, str):
                raise ValueError(f"{where}.{key}: text expected")
            return value

        emails = []
        for i, e in enumerate(items("emails")):
            if isinstance(e, str):
                emails.append(Email(e))
                continue
            e = record(e, f"emails[{i}]")
            emails.append(Email(sub_text(e, "address", f"emails[{i}]"),
                                sub_text(e, "kind", f"emails[{i}]")))
        phones = []
        for i, p in enumerate(items("phones")):
            if isinstance(p, str):
                phones.append(Phone(p))
                continue
            p = record(p, f"phones[{i}]")
            phones.append(Phone(sub_text(p, "number", f"phones[{i}]"),
                                sub_text(p, "kind", f"phones[{i}]")))
        address_data = data.get("address") or {}
        if isinstance(address_data, str):
            address = Address(street=address_data)
        else:
            address_data = record(address_data, "address")
            address = Address(**{k: sub_text(address_data, k, "address")
                                 for k in Address.__dataclass_fields__})
        follow_ups = []
        for i, f in enumerate(items("follow_ups")):
            f = record(f, f"follow_ups[{i}]")
            where = f"follow_ups[{i}]"
            state = sub_text(f, "state", where) or "open"
            if state not in FOLLOW_UP_STATES:
                raise ValueError(f"{where}.state: one of {', '.join(FOLLOW_UP_STATES)} expected")
            follow_ups.append(FollowUp(
                action=sub_text(f, "action", where), due=sub_text(f, "due", where), state=state,
                uid=sub_text(f, "uid", where), created_at=sub_text(f, "created_at", where)))
        notes = []
        for i, n in enumerate(items("notes")):
            if isinstance(n, str):
                notes.append(DatedNote(n))
                continue
            n = record(n, f"notes[{i}]")
            notes.append(DatedNote(text=sub_text(n, "text", f"notes[{i}]"),
                                   created_at=sub_text(n, "created_at", f"notes[{i}]"),
                                   uid=sub_text(n, "uid", f"notes[{i}]")))
        priority = data.get("priority") or 0
        if isinstance(priority, bool) or not isinstance(priority, int) or priority not in PRIORITIES:
            raise ValueError("priority: 0, 1, 2 or 3 expected")
        photo = None
        if data.get("photo"):
            try:
                photo = base64.b64decode(text("photo"), validate=True)
            except (binascii.Error, ValueError):
                raise ValueError("photo: base64 expected") from None
        return cls(
            full_name=text("full_name"), given_name=text("given_name"),
            family_name=text("family_name"), name_prefix=text("name_prefix"),
            middle_name=text("middle_name"), name_suffix=text("name_suffix"),
            organisation=text("organisation"), role=text("role"),
            emails=emails, phones=phones, website=text("website"), address=address,
            cluster_ids=strings("cluster_ids"), tags=strings("tags"), met_where=text("met_where"),
            met_when=text("met_when"), met_by=text("met_by"), priority=priority,
            follow_ups=follow_ups, notes=notes, photo=photo, photo_type=text("photo_type"),
            uid=text("uid"), created_at=text("created_at"), updated_at=text("updated_at"))


@dataclass(frozen=True)
class ContactTag:
    tag: str
    count: int


@dataclass(frozen=True)
class DueFollowUp:
    """One open follow-up with the contact it belongs to (a row of the "to follow up" view)."""

    contact_uid: str
    contact_name: str
    organisation: str
    follow_up: FollowUp


@dataclass(frozen=True)
class NameParts:
    """A person's name in parts (vCard N order: prefix, given, middle, family, suffix)."""

    prefix: str = ""
    given: str = ""
    middle: str = ""
    family: str = ""
    suffix: str = ""

    def is_empty(self) -> bool:
        return not any((self.prefix, self.given, self.middle, self.family, self.suffix))

    def joined(self) -> str:
        """The parts as a name is written: "Dr. María Fernanda Garza Treviño Jr."."""
        return " ".join(p for p in (self.prefix, self.given, self.middle, self.family,
                                    self.suffix) if p)
