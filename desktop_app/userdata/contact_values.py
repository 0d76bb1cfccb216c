"""Contacts as they are stored, and how two of them are compared: rules without SQL.

`normalised` is what every write stores: trimmed text, no empty or repeated emails, phones, tags
or links. Two phone entries are the same entry only when both their kind and their value are
(`phone_identity`: digits and letters, with spacing and punctuation ignored); the same number as
"work" and as "fax", or "555 1234 (Ana)" and "555 1234 (Bea)", stay two entries. `match_key`
(folded name and organisation) is what the duplicate check compares; `MatchReason` says which
of uid, email or name made two contacts look like one person.
"""

from __future__ import annotations

import re
from dataclasses import replace
from enum import Enum

from desktop_app.userdata.db import fold
from desktop_app.userdata.models import Address, Contact, Email, Phone

_PHONE_NOISE = re.compile(r"[^\w+]")


def clean(text: str | None) -> str:
    return (text or "").strip()


def phone_key(number: str) -> str:
    """The digits of a phone number (with a leading + kept), for spotting the same number."""
    digits = re.sub(r"[^\d+]", "", number or "")
    return digits[:1] + digits[1:].replace("+", "")


def phone_identity(number: str) -> str:
    """The value of a phone entry without spacing and punctuation: digits and any words kept
    ("+52 81 1234-5678" and "+528112345678" are one value; "123 (Ana)" and "123 (Bea)" two)."""
    value = _PHONE_NOISE.sub("", number or "").casefold()
    return value[:1] + value[1:].replace("+", "")


def split_tags(values: list[str]) -> list[str]:
    """Tags without surrounding space, split at commas, without repeats (ignoring case)."""
    seen: dict[str, str] = {}
    for value in values:
        for part in (value or "").split(","):
            part = " ".join(part.split())
            if part and part.casefold() not in seen:
                seen[part.casefold()] = part
    return list(seen.values())


def composed_name(contact: Contact) -> str:
    """Prefix, given, middle, family and suffix joined ('' when there are none)."""
    return " ".join(p for p in (clean(contact.name_prefix), clean(contact.given_name),
                                clean(contact.middle_name), clean(contact.family_name),
                                clean(contact.name_suffix)) if p)


def normalised(contact: Contact) -> Contact:
    """The contact as stored: trimmed text, no empty or repeated emails, phones, tags, links."""
    emails: dict[str, Email] = {}
    for e in contact.emails:
        address = clean(e.address)
        if address and address.casefold() not in emails:
            emails[address.casefold()] = Email(address, clean(e.kind))
    phones: dict[tuple[str, str], Phone] = {}
    for p in contact.phones:
        number = clean(p.number)
        key = (clean(p.kind).casefold(), phone_identity(number) or number)
        if number and key not in phones:
            phones[key] = Phone(number, clean(p.kind))
    follow_ups = [replace(f, action=clean(f.action), due=clean(f.due))
                  for f in contact.follow_ups if clean(f.action)]
    notes = [replace(n, text=n.text.strip()) for n in contact.notes if n.text and n.text.strip()]
    address = Address(**{k: clean(getattr(contact.address, k))
                         for k in Address.__dataclass_fields__})
    return replace(
        contact,
        full_name=clean(contact.full_name) or composed_name(contact),
        given_name=clean(contact.given_name), family_name=clean(contact.family_name),
        name_prefix=clean(contact.name_prefix), middle_name=clean(contact.middle_name),
        name_suffix=clean(contact.name_suffix), organisation=clean(contact.organisation),
        role=clean(contact.role), website=clean(contact.website),
        met_where=clean(contact.met_where), met_when=clean(contact.met_when),
        met_by=clean(contact.met_by), emails=list(emails.values()),
        phones=list(phones.values()),
        cluster_ids=list(dict.fromkeys(clean(c) for c in contact.cluster_ids if clean(c))),
        tags=split_tags(contact.tags), follow_ups=follow_ups, notes=notes, address=address,
        priority=min(max(int(contact.priority or 0), 0), 3))


class MatchReason(Enum):
    """Why two contacts are likely the same person, best reason first."""

    SAME_UID = "same uid"
    SAME_EMAIL = "same email"
    SAME_NAME = "same name and organisation"

    @property
    def text(self) -> str:
        return self.value


def name_key(contact: Contact) -> str:
    """The folded name the duplicate check compares ('' when the contact has no name)."""
    return fold(contact.full_name or composed_name(contact))


def match_key(contact: Contact) -> str:
    """Folded name and organisation ('' without a name): equal keys mean a likely duplicate."""
    name = name_key(contact)
    return f"{name}\x1f{fold(contact.organisation)}" if name else ""
