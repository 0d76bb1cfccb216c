"""The "To follow up" agenda: the open promised actions that are overdue or due in the next days,
grouped (Overdue, Today, This week; with everything open: Later and No date too), each with the
person's phone and email so that the user can act from the list.

Built on ContactsService's public calls (`follow_ups_due`, `get`); Qt-free, so that the window
and any command share the grouping.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from desktop_app.errors import NotFound
from desktop_app.services.contacts import ContactsService
from desktop_app.userdata.models import Contact, DueFollowUp

DAYS_AHEAD = 7
PREFERRED_PHONE_KINDS = ("mobile", "cell", "work", "main")


class Group(Enum):
    """The agenda's groups, in the order shown."""

    OVERDUE = "Overdue"
    TODAY = "Today"
    THIS_WEEK = "This week"
    LATER = "Later"
    UNDATED = "No date"


@dataclass(frozen=True)
class AgendaItem:
    """One open follow-up, its group, and how to reach the person."""

    due: DueFollowUp
    group: Group
    phone: str = ""  # the one to call first (a mobile if there is one)
    email: str = ""
    phones: tuple[str, ...] = ()  # every one, for a tooltip or a copy
    emails: tuple[str, ...] = ()


def group_of(due: str, today: dt.date, days: int = DAYS_AHEAD) -> Group:
    """The group of a due date (ISO; anything else counts as no date)."""
    try:
        day = dt.date.fromisoformat(due)
    except ValueError:
        return Group.UNDATED
    if day < today:
        return Group.OVERDUE
    if day == today:
        return Group.TODAY
    if day <= today + dt.timedelta(days=days):
        return Group.THIS_WEEK
    return Group.LATER


def best_phone(contact: Contact) -> str:
    """The number to call first: a mobile, else a work or main number, else the first."""
    for kind in PREFERRED_PHONE_KINDS:
        for phone in contact.phones:
            if phone.kind.casefold() == kind:
                return phone.number
    return contact.phones[0].number if contact.phones else ""


def follow_up_agenda(contacts: ContactsService, *, today: dt.date | None = None,
                     days: int = DAYS_AHEAD, everything_open: bool = False) -> list[AgendaItem]:
    """The open follow-ups overdue or due within `days` days (every open one with
    `everything_open`), in group order, soonest first within a group."""
    today = today or dt.date.today()
    if everything_open:
        due = contacts.follow_ups_due(everything_open=True)
    else:
        due = contacts.follow_ups_due((today + dt.timedelta(days=days)).isoformat())
    people: dict[str, Contact | None] = {}
    items = []
    for item in due:
        if item.contact_uid not in people:
            try:
                people[item.contact_uid] = contacts.get(item.contact_uid)
            except NotFound:  # deleted in another window meanwhile
                people[item.contact_uid] = None
        person = people[item.contact_uid]
        phones = tuple(p.number for p in person.phones) if person else ()
        emails = tuple(e.address for e in person.emails) if person else ()
        items.append(AgendaItem(item, group_of(item.follow_up.due, today, days),
                                best_phone(person) if person else "",
                                emails[0] if emails else "", phones, emails))
    order = list(Group)
    return sorted(items, key=lambda i: order.index(i.group))  # stable: soonest first kept


def group_title(group: Group, today: dt.date | None = None, days: int = DAYS_AHEAD) -> str:
    """The heading of a group: "This week (to Tue 9 Dec)" says where the week ends."""
    if group is Group.THIS_WEEK:
        end = (today or dt.date.today()) + dt.timedelta(days=days)
        return f"{group.value} (to {end:%a} {end.day} {end:%b})"
    return group.value
