"""How the window writes days, date ranges and the cities of time zones: in the
interface's language.

English keeps the forms the window always showed ('9–13 March 2026', 'Monday 14 July 2025', 'Tue
15 Jul 2025', 'Mexico City'); Spanish takes CLDR's through Babel ('9–13 de marzo de 2026',
'lunes, 14 de julio de 2025', 'mar, 15 jul 2025', 'Ciudad de México', 'Londres'). The language
is the interface's (`language.current()`).
"""

from __future__ import annotations

import datetime as dt

from desktop_app.i18n.formatting import LOCALES, format_date, format_day, format_interval
from desktop_app.missions.wording import date_range
from desktop_app.missions.zones import city_name
from desktop_app.ui.common.language import current


def range_text(start: str, end: str) -> str:
    """A mission's dates (ISO strings, either may be empty) as one range; '' for none."""
    lang = current()
    if lang == "en":
        return date_range(start, end)
    first = dt.date.fromisoformat(start) if start else None
    last = dt.date.fromisoformat(end) if end else None
    if first and last and first != last:
        return format_interval(first, last, lang)
    day = first or last
    return format_date(day, lang) if day else ""


def day_text(day: dt.date, *, short: bool = False, year: bool = True) -> str:
    """'Monday 14 July 2025' / 'lunes, 14 de julio de 2025'; `short` 'Tue 15 Jul 2025' /
    'mar, 15 jul 2025' (without `year`: 'Tue 15 Jul')."""
    return format_day(day, current(), short=short, year=year)


def zone_city(zone_name: str) -> str:
    """The city a zone is named after: 'Mexico City' / 'Ciudad de México', 'London' / 'Londres'."""
    lang = current()
    if lang == "en":
        return city_name(zone_name)
    from babel.dates import get_timezone, get_timezone_location

    return get_timezone_location(get_timezone(zone_name), locale=LOCALES[lang],
                                  return_city=True)
