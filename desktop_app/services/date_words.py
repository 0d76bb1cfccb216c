"""Dates as a hurried user types them: "today", "tomorrow", "+3d", "mañana", "pasado mañana",
"viernes", or an ISO date ("2025-03-12", "2025-3-5").

Qt-free, so that the window's date fields and the services (so the command line too) share it.
`parse_date` gives the date or None when the text is not one it knows; `normalise_date` gives the
ISO form, or the text unchanged when it is not understood (nothing the user typed is ever dropped:
the editor shows a hint instead); `iso_date` is for a service that must have a date: the ISO form,
'' for no text, BadDate otherwise. Words are read without regard to case or accents, in English
and Spanish.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

from desktop_app.errors import BadDate

# each phrase -> days from today
_DAY_WORDS = {
    "today": 0, "hoy": 0, "now": 0,
    "tomorrow": 1, "manana": 1,
    "day after tomorrow": 2, "pasado manana": 2,
    "yesterday": -1, "ayer": -1, "anteayer": -2,
    "next week": 7, "proxima semana": 7, "la proxima semana": 7, "la semana que viene": 7,
    "semana que viene": 7,
}
_WEEKDAYS = {
    "monday": 0, "mon": 0, "lunes": 0,
    "tuesday": 1, "tue": 1, "martes": 1,
    "wednesday": 2, "wed": 2, "miercoles": 2,
    "thursday": 3, "thu": 3, "jueves": 3,
    "friday": 4, "fri": 4, "viernes": 4,
    "saturday": 5, "sat": 5, "sabado": 5,
    "sunday": 6, "sun": 6, "domingo": 6,
}
_UNITS = {
    "d": "days", "day": "days", "days": "days", "dia": "days", "dias": "days",
    "w": "weeks", "wk": "weeks", "week": "weeks", "weeks": "weeks", "semana": "weeks",
    "semanas": "weeks", "s": "weeks",
    "m": "months", "month": "months", "months": "months", "mes": "months", "meses": "months",
}
_RELATIVE = re.compile(r"(?:\+|in |en |dentro de )\s*(\d{1,4})\s*([a-z]*)")
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NEXT_WEEKDAY = re.compile(r"(?:next |el proximo |proximo |el )?([a-z]+)")


def _fold(text: str) -> str:
    """Lower case, no accents, single spaces: 'Pasado  Mañana' -> 'pasado manana'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split())


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date the text means, or None when it is empty or not a date this module knows.

    Weekday names mean the next such day after today ("friday" on a Friday is a week later).
    """
    words = _fold(text or "")
    if not words:
        return None
    today = today or dt.date.today()
    if words in _DAY_WORDS:
        return today + dt.timedelta(days=_DAY_WORDS[words])
    match = _ISO.fullmatch(words)
    if match:
        try:
            return dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            return None
    match = _RELATIVE.fullmatch(words)
    if match:
        count, unit = int(match.group(1)), _UNITS.get(match.group(2) or "d")
        if unit == "days":
            return today + dt.timedelta(days=count)
        if unit == "weeks":
            return today + dt.timedelta(weeks=count)
        if unit == "months":
            return _add_months(today, count)
        return None
    match = _NEXT_WEEKDAY.fullmatch(words)
    if match and match.group(1) in _WEEKDAYS:
        ahead = (_WEEKDAYS[match.group(1)] - today.weekday() - 1) % 7 + 1
        return today + dt.timedelta(days=ahead)
    return None


def normalise_date(text: str, today: dt.date | None = None) -> str:
    """The ISO date the text means; the text (stripped) unchanged when it is not understood."""
    day = parse_date(text, today)
    return day.isoformat() if day else (text or "").strip()


def iso_date(text: str, what: str, today: dt.date | None = None) -> str:
    """The ISO date the text means ("mañana", "+3d", "2025-3-5"), '' when it is empty; BadDate
    (naming `what`, "due date") when it is not a date."""
    if not (text or "").strip():
        return ""
    day = parse_date(text, today)
    if day is None:
        raise BadDate(what, text.strip())
    return day.isoformat()
