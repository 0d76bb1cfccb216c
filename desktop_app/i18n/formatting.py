"""Numbers, quantities, money, percentages and dates written the way each language writes them,
with Babel (no Qt): "3,47 millones de vehículos", "1,1 mil millones de euros", "3 de marzo de 2019".

Spanish follows the Spanish-language convention of CLDR's `es` locale (a decimal comma, a full
stop between thousands), as issue 16 asks; CLDR's `es_MX` would write "3.47" and "35,000", the
way many Mexican publications do. `LOCALES` is the one place to change that. English is British
English, as the catalogue's text is ("3 March 2019", "€1.1 billion").

Values may be numbers or the strings the catalogue's source files hold ("35,000", "3.47"): the
decimals a value is given with are kept (a figure stated as 531.9 stays 531,9). Big numbers are
written in words: 3,470,000 → "3,47 millones"; a Spanish *billón* is a million millions, so 10⁹ is
"mil millones", never "billón".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date as _babel_date
from babel.dates import format_interval as _babel_interval
from babel.dates import format_skeleton, get_timezone_location
from babel.numbers import format_decimal, get_currency_name, get_currency_symbol

from desktop_app.i18n import check_lang

LOCALES = {"en": "en_GB", "es": "es"}
Number = int | float | Decimal | str

# scale: (factor, English word, Spanish singular, Spanish plural)
_SCALES = {
    "million": (Decimal(10) ** 6, "million", "millón", "millones"),
    "billion": (Decimal(10) ** 9, "billion", "mil millones", "mil millones"),
}
_NBSP = "\u00a0"


def to_decimal(value: Number) -> Decimal:
    """A number from a number or from a string as the source files write it ('35,000')."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):  # a float carries no intended decimals: 1.0 is 1
        return Decimal(repr(value)).normalize()
    if isinstance(value, int):
        return Decimal(value)
    text = str(value).strip().replace(",", "").replace("\u202f", "").replace(_NBSP, "")
    try:
        return Decimal(text)
    except ArithmeticError:
        raise ValueError(f"not a number: {value!r}") from None


def format_number(value: Number, lang: str = "en") -> str:
    """'3,47' / '3.47'; '35.000' / '35,000'; the decimals the value was given with are kept."""
    number = to_decimal(value)
    exponent = number.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(number, format=pattern, locale=LOCALES[check_lang(lang)])


def _scaled(value: Number, scale: str | None) -> tuple[Decimal, str | None]:
    """The value and its scale: as given, or chosen for numbers of a million and more (then
    rounded to two decimals)."""
    number = to_decimal(value)
    if scale is not None:
        if scale not in _SCALES:
            raise ValueError(f"unknown scale {scale!r}: one of {', '.join(_SCALES)}")
        return number, scale
    for name in ("billion", "million"):
        factor = _SCALES[name][0]
        if abs(number) >= factor:
            return (number / factor).quantize(Decimal("0.01")).normalize(), name
    return number, None


def _scale_words(number: Decimal, scale: str, lang: str) -> str:
    _, english, singular, plural = _SCALES[scale]
    if lang == "en":
        return english
    return singular if number == 1 else plural


def format_quantity(value: Number, noun: str = "", lang: str = "en", *,
                    scale: str | None = None) -> str:
    """A count of things: '3,47 millones de vehículos', '330 empresas', '3.47 million vehicles'.

    `scale` ('million' or 'billion') says that `value` is already in millions or billions (as
    the catalogue's figures are: '3.47' 'million vehicles'); without it, numbers of a million and
    more are written in words. `noun` is in the language asked for, plural or not as the number
    wants (the caller knows its noun)."""
    lang = check_lang(lang)
    number, scale = _scaled(value, scale)
    text = format_number(number, lang)
    if scale is not None:
        text += " " + _scale_words(number, scale, lang)
        if noun and lang == "es":
            return f"{text} de {noun}"
    return f"{text} {noun}".strip()


def format_money(value: Number, lang: str = "en", *, currency: str = "EUR",
                 scale: str | None = None) -> str:
    """An amount: '1,1 mil millones de euros', '711 millones de euros', '€1.1 billion',
    '€711 million'. `scale` as for `format_quantity`."""
    lang = check_lang(lang)
    number, scale = _scaled(value, scale)
    locale = LOCALES[lang]
    if lang == "en":
        words = f" {_scale_words(number, scale, lang)}" if scale else ""
        return f"{get_currency_symbol(currency, locale)}{format_number(number, lang)}{words}"
    if scale is not None:
        name = get_currency_name(currency, count=2, locale=locale)
        return f"{format_number(number, lang)} {_scale_words(number, scale, lang)} de {name}"
    name = get_currency_name(currency, count=float(number), locale=locale)
    return f"{format_number(number, lang)} {name}"


def format_percent(value: Number, lang: str = "en") -> str:
    """A percentage given in points: 54 → '54 %' (Spanish, with a no-break space) / '54%'."""
    lang = check_lang(lang)
    return format_number(value, lang) + (f"{_NBSP}%" if lang == "es" else "%")


def format_date(value: dt.date | str, lang: str = "en") -> str:
    """'3 de marzo de 2019' / '3 March 2019', from a date or an ISO 'YYYY-MM-DD' string."""
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return _babel_date(day, format="long", locale=LOCALES[check_lang(lang)])


def _as_date(value: dt.date | str) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def format_record_date(value: dt.date | str, lang: str = "en", *, short: bool = False) -> str:
    """A stated date as the profile and the fact sheets print it: ISO in English ('2019-06-23',
    as the briefing's tables write it); in Spanish '23 de junio de 2019', or `short`
    '23 jun 2019'."""
    if check_lang(lang) == "en":
        return value if isinstance(value, str) else value.isoformat()
    return _babel_date(_as_date(value), format="medium" if short else "long",
                       locale=LOCALES[lang])


def format_month_year(value: dt.date | str, lang: str = "en") -> str:
    """'March 2019' / 'marzo de 2019', from a date or an ISO 'YYYY-MM' or 'YYYY-MM-DD'; a
    string that is neither is returned as it is."""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:7] + "-01")
        except ValueError:
            return value
    return format_skeleton("yMMMM", value, locale=LOCALES[check_lang(lang)])


# A day with its weekday: (long, short with the year, short without), per language; the names
# of days and months are CLDR's. English keeps the form the booklet always printed ('Monday 14
# July 2025', 'Tue 10 Mar 2026'); Spanish takes CLDR's full date ('lunes, 14 de julio de 2025')
# and, short, the same order without commas ('jue 10 mar 2026'), so that a list of days reads.
_DAY_PATTERNS = {"en": ("EEEE d MMMM y", "EEE d MMM y", "EEE d MMM"),
                 "es": ("full", "EEE d MMM y", "EEE d MMM")}


def format_day(value: dt.date | str, lang: str = "en", *, short: bool = False,
               year: bool = True) -> str:
    """'Monday 14 July 2025' / 'lunes, 14 de julio de 2025'; `short`: 'Tue 10 Mar 2026' /
    'mar 10 mar 2026', without `year`: 'Tue 10 Mar' / 'mar 10 mar'."""
    day = _as_date(value)
    long_form, short_year, short_only = _DAY_PATTERNS[check_lang(lang)]
    pattern = (short_year if year else short_only) if short else long_form
    return _babel_date(day, format=pattern, locale=LOCALES[lang])


def format_interval(first: dt.date, last: dt.date, lang: str = "es") -> str:
    """Two days as one range, Babel's way: '9–13 de marzo de 2026', '28 de febrero – 13 de
    marzo de 2026'."""
    return _babel_interval(first, last, "yMMMMd", locale=LOCALES[check_lang(lang)])


def format_zone_city(zone_name: str, lang: str = "en") -> str:
    """The city a time zone is named after, as the language writes it (CLDR's exemplar city):
    'America/Mexico_City' → 'Mexico City' / 'Ciudad de México', 'America/Cancun' → 'Cancún';
    a zone CLDR does not know by its last part ('Etc/GMT+6' → 'GMT+6')."""
    try:
        return get_timezone_location(zone_name, locale=LOCALES[check_lang(lang)],
                                     return_city=True)
    except LookupError:
        return zone_name.split("/")[-1].replace("_", " ")
