"""Writing an agenda as an iCalendar file (RFC 5545) with the `icalendar` library.

One VEVENT per meeting, with a stable UID (the meeting's own uid, so that a calendar app updates
the event when the agenda is exported again instead of adding a copy), SUMMARY, LOCATION,
DESCRIPTION, STATUS, DTSTART/DTEND with the place's TZID and, for each zone used, its VTIMEZONE
block generated from the tz database (Outlook, Google Calendar and Apple Calendar all need it to
place the event at the right hour). Whole-day entries are DATE values. No Qt, no storage.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app import APP_NAME, __version__

UID_DOMAIN = "cluster-atlas"
STATUS = {"planned": "TENTATIVE", "confirmed": "CONFIRMED", "done": "CONFIRMED",
          "cancelled": "CANCELLED"}


@dataclass(frozen=True)
class IcsEvent:
    """One event to write: `start`/`end` aware on the place's clock, or dates for a whole day."""

    uid: str
    summary: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    location: str = ""
    description: str = ""
    status: str = "planned"  # a meeting status (planned, confirmed, done, cancelled)
    stamp: dt.datetime | None = None  # when it last changed (UTC)
    categories: tuple[str, ...] = ()


def event_uid(uid: str) -> str:
    """The UID an exported meeting carries (stable across exports)."""
    return f"{uid}@{UID_DOMAIN}"


def meeting_uid_of(event_uid_text: str) -> str | None:
    """The meeting uid inside a UID this program wrote, else None."""
    head, sep, domain = (event_uid_text or "").rpartition("@")
    return head if sep and domain == UID_DOMAIN and head else None


def write_ics(events: list[IcsEvent], name: str = "") -> bytes:
    """The calendar as bytes (CRLF lines, folded at 75 octets, UTF-8)."""
    from icalendar import Calendar, Event  # ~50 ms: not before a calendar is written

    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("x-wr-calname", name)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    days: list[dt.date] = []
    for item in events:
        event = Event()
        event.add("uid", event_uid(item.uid))
        event.add("dtstamp", (item.stamp or now).astimezone(dt.UTC))
        event.add("summary", item.summary)
        event.add("dtstart", item.start)
        event.add("dtend", item.end)
        if item.location:
            event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        event.add("status", STATUS.get(item.status, "TENTATIVE"))
        if item.categories:
            event.add("categories", list(item.categories))
        event.add("transp", "TRANSPARENT" if not isinstance(item.start, dt.datetime)
                  else "OPAQUE")
        cal.add_component(event)
        days.append(item.start.date() if isinstance(item.start, dt.datetime) else item.start)
    if days:
        # the zones' rules for the years of the agenda (a whole history would be 10 KB a zone)
        cal.add_missing_timezones(first_date=dt.date(min(days).year - 1, 1, 1),
                                  last_date=dt.date(max(days).year + 2, 1, 1))
    return cal.to_ical()
