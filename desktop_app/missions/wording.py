"""How a mission's dates are written for people (booklet, report, window)."""

from __future__ import annotations

import datetime as dt

from desktop_app.i18n.formatting import format_date, format_interval


def date_range(start: str, end: str, lang: str = "en") -> str:
    """'9–13 March 2026', '28 February – 3 March 2026', '9 March 2026', or ''; in Spanish
    Babel's '9–13 de marzo de 2026'."""
    first = dt.date.fromisoformat(start) if start else None
    last = dt.date.fromisoformat(end) if end else None
    if lang != "en":
        if first and last and first != last:
            return format_interval(first, last, lang)
        day = first or last
        return format_date(day, lang) if day else ""
    if first and last and first != last:
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{last.day} {last:%B %Y}"
        if first.year == last.year:
            return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"
        return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"
    day = first or last
    return f"{day.day} {day:%B %Y}" if day else ""
