"""Reading a calendar file (.ics) received from a matchmaking platform or a colleague.

Real files are messy, and each kind is read the way its writer meant it:

- Outlook and Exchange name zones the Windows way ("Pacific Standard Time (Mexico)", "W. Europe
  Standard Time") and add their own VTIMEZONE blocks, which are often stale (Mexico's before
  2022 still observe daylight saving time). The time written in DTSTART is what the organiser
  typed, so it is kept as written and read on the clock of the IANA zone that Windows name
  stands for (CLDR's mapping, shipped by `icalendar`): a 10:00 meeting stays at 10:00, never
  shifted by an hour by an outdated rule. Only a zone no mapping knows is read through the
  file's own VTIMEZONE.
- Google sends every time in UTC with the calendar's zone in X-WR-TIMEZONE (`x-wr-timezone`
  turns them back into that zone's times).
- Whole-day events are dates; floating times (no zone) are the place's clock, to be decided by
  the caller; recurring series (RRULE, RDATE, EXDATE, moved or cancelled occurrences) are
  expanded over a window of dates (`recurring-ical-events`).

`read_ics` returns one `Occurrence` per event occurrence: its wall time, its IANA zone when one
is known, and who the ORGANIZER and ATTENDEEs are. ParseError (with the reason) for a file that
is not a calendar. No Qt, no storage.
"""

from __future__ import annotations

import datetime as dt
import itertools
import warnings
from dataclasses import dataclass, field, replace
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop_app.errors import FileProblem, ParseError

MAX_OCCURRENCES = 500  # of one file, whatever its series say (an unbounded RRULE stops here)
UTC = dt.UTC


@dataclass(frozen=True)
class Person:
    """An ORGANIZER or ATTENDEE: the name (CN) and e-mail, either may be empty."""

    name: str
    email: str


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of an event, as the file means it.

    `wall` is the start on the clock of `zone` (naive), a `dt.date` for a whole-day event, or a
    naive time with `zone` None for a floating one. `instant` is the start in UTC when the file
    fixes it (None for floating and whole-day ones). `zone_note` says when the zone was guessed.
    """

    uid: str  # the event's UID, with the occurrence's date for a recurring one
    summary: str
    wall: dt.datetime | dt.date
    duration: dt.timedelta
    zone: str | None
    instant: dt.datetime | None
    location: str = ""
    description: str = ""
    status: str = ""  # TENTATIVE, CONFIRMED, CANCELLED or ""
    organizer: Person | None = None
    attendees: tuple[Person, ...] = ()
    zone_note: str = ""
    recurring: bool = False

    @property
    def all_day(self) -> bool:
        return not isinstance(self.wall, dt.datetime)

    @property
    def floating(self) -> bool:
        return isinstance(self.wall, dt.datetime) and self.zone is None and self.instant is None


@dataclass
class CalendarRead:
    occurrences: list[Occurrence] = field(default_factory=list)
    name: str = ""  # X-WR-CALNAME
    default_zone: str | None = None  # X-WR-TIMEZONE, when it names a known zone
    truncated: bool = False  # more occurrences than MAX_OCCURRENCES


def iana_zone(tzid: str | None) -> str | None:
    """The IANA name for a TZID: an IANA name itself, a Windows name ("Central Standard Time
    (Mexico)"), or a globally unique one ("/mozilla.org/20070129_1/Europe/Berlin"); else None."""
    # icalendar (~50 ms) and the libraries on it: not before a calendar is read
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    text = (tzid or "").strip().strip('"')
    candidates = [text, WINDOWS_TO_OLSON.get(text, "")]
    if text.startswith("/"):
        parts = text.strip("/").split("/")
        candidates += ["/".join(parts[i:]) for i in range(1, len(parts))]
    for name in candidates:
        if not name or name.startswith("/") or ".." in name:
            continue
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
        return name
    return None


def _tzid_of(value: dt.datetime) -> str | None:
    tz = value.tzinfo
    if tz is None:
        return None
    key = getattr(tz, "key", None)  # zoneinfo
    if key:
        return key
    return getattr(tz, "_tzid", None) or str(tz)  # dateutil's zone built from a VTIMEZONE


def _person(prop) -> Person:
    email = str(prop)
    if email.lower().startswith("mailto:"):
        email = email[7:]
    name = str(prop.params.get("CN", "")).strip().strip('"')
    if name.lower() == email.lower():
        name = ""
    return Person(name, email.strip())


def _text(event, key: str) -> str:
    value = event.get(key)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value).strip()


def _occurrence(event, series: set[str]) -> Occurrence | None:
    start = event.get("DTSTART")
    if start is None:
        return None
    value = start.dt
    end_prop = event.get("DTEND")
    duration = None
    if end_prop is not None:
        end = end_prop.dt
        if isinstance(value, dt.datetime) and isinstance(end, dt.datetime):
            if (value.tzinfo is None) == (end.tzinfo is None):
                duration = end - value
        elif not isinstance(value, dt.datetime) and not isinstance(end, dt.datetime):
            duration = dt.timedelta(days=(end - value).days)
    elif event.get("DURATION") is not None:
        duration = event.get("DURATION").dt
    if duration is None or duration <= dt.timedelta(0):
        duration = dt.timedelta(days=1) if not isinstance(value, dt.datetime) else \
            dt.timedelta(hours=1)
    zone = instant = None
    note = ""
    wall: dt.datetime | dt.date = value
    if isinstance(value, dt.datetime):
        wall = value.replace(tzinfo=None)
        if value.tzinfo is not None:
            tzid = _tzid_of(value)
            if value.utcoffset() == dt.timedelta(0) and tzid in ("UTC", "Etc/UTC", "UTC+00:00",
                                                                  None):
                zone = "UTC"
            else:
                zone = iana_zone(tzid)
            if zone is not None:
                aware = wall.replace(tzinfo=ZoneInfo(zone))
                instant = aware.astimezone(UTC)
            else:  # a zone no mapping knows: its own VTIMEZONE is all there is
                instant = value.astimezone(UTC)
                wall = instant.replace(tzinfo=None)
                zone = "UTC"
                note = f"time zone {tzid!r} is unknown: read with the file's own rules"
    uid = _text(event, "UID")
    recurring = uid in series
    if recurring:  # each occurrence is known by the series and its original start
        recurrence = event.get("RECURRENCE-ID")
        stamp = recurrence.dt if recurrence is not None else value
        uid = f"{uid}/{stamp.isoformat()}"
    organizer = event.get("ORGANIZER")
    attendees = event.get("ATTENDEE") or []
    if not isinstance(attendees, list):
        attendees = [attendees]
    return Occurrence(
        uid=uid, summary=_text(event, "SUMMARY"), wall=wall, duration=duration, zone=zone,
        instant=instant, location=_text(event, "LOCATION"),
        description=_text(event, "DESCRIPTION"), status=_text(event, "STATUS").upper(),
        organizer=_person(organizer) if organizer is not None else None,
        attendees=tuple(_person(a) for a in attendees), zone_note=note, recurring=recurring)


def read_ics(data: bytes, source: str = "", *, first: dt.date | None = None,
             last: dt.date | None = None) -> CalendarRead:
    """Every occurrence of every event, expanded between `first` and `last` (inclusive; without
    them, from the earliest event on, at most MAX_OCCURRENCES). ParseError when unreadable."""
    import icalendar  # as in iana_zone

    if not data.strip():
        raise ParseError("the file is empty", None, source, FileProblem.EMPTY)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if "BEGIN:VCALENDAR" not in text.upper():
        raise ParseError("not an iCalendar file (no BEGIN:VCALENDAR)", None, source,
                         FileProblem.NOT_CALENDAR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # icalendar warns about guessed zones: we say it
        try:
            calendars = icalendar.Calendar.from_ical(text, multiple=True)
            if not calendars:
                raise ParseError("not a readable calendar (it ends before END:VCALENDAR)", None,
                                 source)
            result = CalendarRead()
            for cal in calendars:
                _read_one(cal, result, first, last)
        except ParseError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ParseError(f"not a readable calendar ({exc})", None, source) from None
    result.occurrences.sort(key=lambda o: (o.instant or _as_utc(o.wall), o.uid))
    return result


def _as_utc(wall: dt.datetime | dt.date) -> dt.datetime:
    if isinstance(wall, dt.datetime):
        return wall.replace(tzinfo=UTC)
    return dt.datetime.combine(wall, dt.time(0), UTC)


def _read_one(cal, result: CalendarRead, first: dt.date | None, last: dt.date | None) -> None:
    # as icalendar in iana_zone
    import recurring_ical_events
    import x_wr_timezone

    name = _text(cal, "X-WR-CALNAME")
    result.name = result.name or name
    declared = _text(cal, "X-WR-TIMEZONE")
    zone = iana_zone(declared) if declared else None
    result.default_zone = result.default_zone or zone
    if zone:
        cal = x_wr_timezone.to_standard(cal)
    series = _series(cal)
    query = recurring_ical_events.of(cal, components=["VEVENT"])
    if first is None or last is None:
        # from the first event to a year after the last one begins (a series that never ends
        # stops at MAX_OCCURRENCES)
        starts = _starts(cal)
        first, last = min(starts), max(starts) + dt.timedelta(days=366)
    found = query.between(first, last + dt.timedelta(days=1))
    seen = {o.uid for o in result.occurrences}
    for event in itertools.islice(found, MAX_OCCURRENCES + 1):
        if len(result.occurrences) >= MAX_OCCURRENCES:
            result.truncated = True
            break
        occurrence = _occurrence(event, series)
        if occurrence is None:
            continue
        if occurrence.uid in seen:  # occurrences moved together (RANGE=THISANDFUTURE)
            wall = occurrence.wall.isoformat()
            occurrence = replace(occurrence, uid=f"{occurrence.uid}+{wall}")
        seen.add(occurrence.uid)
        result.occurrences.append(occurrence)


def _series(cal) -> set[str]:
    """The UIDs of recurring events (a rule, extra dates, or changed occurrences)."""
    counts: dict[str, int] = {}
    recurring = set()
    for event in cal.walk("VEVENT"):
        uid = _text(event, "UID")
        counts[uid] = counts.get(uid, 0) + 1
        if event.get("RRULE") or event.get("RDATE") or event.get("RECURRENCE-ID") is not None:
            recurring.add(uid)
    return recurring | {uid for uid, n in counts.items() if n > 1}


def _starts(cal) -> list[dt.date]:
    days = []
    for event in cal.walk("VEVENT"):
        start = event.get("DTSTART")
        if start is not None:
            value = start.dt
            days.append(value.date() if isinstance(value, dt.datetime) else value)
    return days or [dt.date(1970, 1, 1)]
