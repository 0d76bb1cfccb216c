"""Mexico's time zones: each state's default IANA zone and local wall times with their zone.

Since October 2022 Mexico keeps no daylight saving time, except along the US border, where the
clocks follow the US dates (Baja California, and the border strips of Chihuahua, Coahuila, Nuevo
León and Tamaulipas). The tz database names a zone for each of these regions; its `zone.tab`
comments say which states each covers, and `tests/missions/test_zones.py` checks this table
against them:

    America/Mexico_City     Central Mexico (UTC-6)
    America/Monterrey       Durango; Coahuila, Nuevo León, Tamaulipas (most areas) (UTC-6)
    America/Matamoros       Coahuila, Nuevo León, Tamaulipas (US border) (UTC-6, US DST)
    America/Chihuahua       Chihuahua (most areas) (UTC-6)
    America/Ciudad_Juarez   Chihuahua (US border, west) (UTC-7, US DST)
    America/Ojinaga         Chihuahua (US border, east) (UTC-6, US DST)
    America/Hermosillo      Sonora (UTC-7)
    America/Mazatlan        Baja California Sur, Nayarit (most areas), Sinaloa (UTC-7)
    America/Bahia_Banderas  Bahía de Banderas, Nayarit (UTC-6)
    America/Tijuana         Baja California (UTC-8, US DST)
    America/Merida          Campeche, Yucatán (UTC-6)
    America/Cancun          Quintana Roo (UTC-5)

A state's default zone is the one of most of its area (and of its capital). The border cities
that differ from their state's default are named in `CITY_ZONES`, so a meeting in Ciudad Juárez
or Reynosa gets the right clock from its city alone; any meeting can name its zone outright.

Zones come from the standard `zoneinfo`, which reads the system's tz database and otherwise the
`tzdata` package (a dependency, so Windows, which has no tz database, gets the same answers).
A local time is stored as written ("2025-07-15T10:00") together with its zone's name, never as a
UTC instant, so that the agreed wall time survives any change of the rules.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from desktop_app.errors import InvalidInput, NotFound
from desktop_app.userdata.db import fold

UTC = dt.UTC
MEXICO_CITY = "America/Mexico_City"

STATE_ZONES: dict[str, str] = {
    "AGU": MEXICO_CITY, "BCN": "America/Tijuana", "BCS": "America/Mazatlan",
    "CAM": "America/Merida", "CHP": MEXICO_CITY, "CHH": "America/Chihuahua",
    "CMX": MEXICO_CITY, "COA": "America/Monterrey", "COL": MEXICO_CITY,
    "DUR": "America/Monterrey", "GUA": MEXICO_CITY, "GRO": MEXICO_CITY, "HID": MEXICO_CITY,
    "JAL": MEXICO_CITY, "MEX": MEXICO_CITY, "MIC": MEXICO_CITY, "MOR": MEXICO_CITY,
    "NAY": "America/Mazatlan", "NLE": "America/Monterrey", "OAX": MEXICO_CITY,
    "PUE": MEXICO_CITY, "QUE": MEXICO_CITY, "ROO": "America/Cancun", "SLP": MEXICO_CITY,
    "SIN": "America/Mazatlan", "SON": "America/Hermosillo", "TAB": MEXICO_CITY,
    "TAM": "America/Monterrey", "TLA": MEXICO_CITY, "VER": MEXICO_CITY,
    "YUC": "America/Merida", "ZAC": MEXICO_CITY,
}

# Cities whose clock differs from their state's default (folded names: no accents, lower case).
CITY_ZONES: dict[str, str] = {
    "ciudad juarez": "America/Ciudad_Juarez", "juarez": "America/Ciudad_Juarez",
    "ojinaga": "America/Ojinaga",
    "matamoros": "America/Matamoros", "reynosa": "America/Matamoros",
    "nuevo laredo": "America/Matamoros", "rio bravo": "America/Matamoros",
    "piedras negras": "America/Matamoros", "ciudad acuna": "America/Matamoros",
    "acuna": "America/Matamoros", "anahuac": "America/Matamoros",
    "bahia de banderas": "America/Bahia_Banderas", "nuevo vallarta": "America/Bahia_Banderas",
}

# Every zone a place in Mexico keeps, with the places it covers in words (for a list to choose from;
# `tests/missions/test_zones.py` checks that it holds each state's and border city's zone).
MEXICO_ZONES: tuple[tuple[str, str], ...] = (
    (MEXICO_CITY, "Central Mexico"),
    ("America/Monterrey", "Nuevo León, Coahuila, Tamaulipas, Durango"),
    ("America/Matamoros", "US border of Coahuila, Nuevo León and Tamaulipas"),
    ("America/Chihuahua", "Chihuahua"),
    ("America/Ciudad_Juarez", "Ciudad Juárez (Chihuahua, US border)"),
    ("America/Ojinaga", "Ojinaga (Chihuahua, US border)"),
    ("America/Hermosillo", "Sonora"),
    ("America/Mazatlan", "Sinaloa, Baja California Sur, Nayarit"),
    ("America/Bahia_Banderas", "Bahía de Banderas (Nayarit)"),
    ("America/Tijuana", "Baja California"),
    ("America/Merida", "Yucatán, Campeche"),
    ("America/Cancun", "Quintana Roo"),
)

_STAMP = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2}))?\s*$")


@cache
def zone(name: str) -> ZoneInfo:
    """The zone of an IANA name ("America/Monterrey"); NotFound for a name the tz database
    does not know (Windows names such as "Central Standard Time (Mexico)" included)."""
    cleaned = (name or "").strip()
    try:
        if not cleaned or cleaned.startswith(("/", ".")) or ".." in cleaned:
            raise ValueError(cleaned)
        return ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise NotFound(f"Unknown time zone {name!r}: give an IANA name such as "
                       f"America/Monterrey or Europe/Madrid.") from None


def check_zone(name: str) -> str:
    """The IANA name, stripped, when the tz database knows it; NotFound otherwise."""
    zone(name)
    return name.strip()


def state_zone(state_code: str | None) -> str | None:
    """The default zone of a state (catalogue code such as "NLE"), None for no or another state."""
    return STATE_ZONES.get((state_code or "").upper())


def city_zone(city: str) -> str | None:
    """The zone of a border city whose clock differs from its state's, else None."""
    return CITY_ZONES.get(fold(city))


def default_zone(state_code: str | None, city: str = "") -> str | None:
    """Where a meeting's clock runs: its city's when that differs from the state's, else its
    state's; None when neither is known."""
    return city_zone(city) or state_zone(state_code)


def parse_local(text: str) -> tuple[dt.datetime | dt.date, bool]:
    """A local wall time "YYYY-MM-DD HH:MM" (or "...THH:MM"), or a date alone for a whole day:
    (naive datetime or date, all_day). InvalidInput for anything else."""
    match = _STAMP.match(text or "")
    try:
        if match is None:
            raise ValueError
        day = dt.date.fromisoformat(match.group(1))
        if match.group(2) is None:
            return day, True
        return dt.datetime.combine(day, dt.time(int(match.group(2)), int(match.group(3)))), False
    except ValueError:
        raise InvalidInput(f"Bad date and time {text!r}: YYYY-MM-DD HH:MM expected "
                           "(24-hour clock, the place's local time).") from None


def parse_date(text: str, what: str = "date") -> dt.date:
    """An ISO date; InvalidInput naming `what` otherwise."""
    try:
        return dt.date.fromisoformat((text or "").strip())
    except ValueError:
        raise InvalidInput(f"Bad {what} {text!r}: YYYY-MM-DD expected.") from None


def local_text(local: dt.datetime | dt.date) -> str:
    """How a local wall time is stored: "2025-07-15T10:00", or "2025-07-15" for a whole day."""
    if isinstance(local, dt.datetime):
        return local.strftime("%Y-%m-%dT%H:%M")
    return local.isoformat()


def localize(local: dt.datetime, zone_name: str) -> dt.datetime:
    """The aware time of a wall time in a zone. A wall time that the clocks skip (the hour
    lost when daylight saving time starts) is InvalidInput; one that happens twice (the hour
    repeated when it ends) is the first of the two."""
    tz = zone(zone_name)
    aware = local.replace(tzinfo=tz, fold=0)
    back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if back != local.replace(tzinfo=None):
        raise InvalidInput(f"{local:%Y-%m-%d %H:%M} does not exist in {zone_name}: the clocks "
                           "go forward an hour that night; give another time.")
    return aware


def in_zone(instant: dt.datetime, zone_name: str) -> dt.datetime:
    """The same instant on another zone's clock (aware in, aware out)."""
    return instant.astimezone(zone(zone_name))


def offset_text(aware: dt.datetime) -> str:
    """'UTC-7', 'UTC+5:30', 'UTC' for an aware time."""
    offset = aware.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def observes_dst(zone_name: str, year: int) -> bool:
    """True when the zone's offset changes during the year (daylight saving time)."""
    tz = zone(zone_name)
    offsets = {dt.datetime(year, month, 15, 12, tzinfo=tz).utcoffset() for month in (1, 7)}
    return len(offsets) > 1


def known_zones() -> list[str]:
    """Every IANA zone name the tz database knows, sorted (for a home zone to choose from)."""
    return sorted(n for n in available_timezones() if "/" in n and not n.startswith(
        ("Etc/", "SystemV/", "US/", "posix/", "right/")))


def city_name(zone_name: str) -> str:
    """'America/Ciudad_Juarez' -> 'Ciudad Juarez': how a zone is named in a line of text."""
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")
