"""Spanish and English numbers, quantities, money, percentages and dates (Babel), and the
language names the command line and the services accept."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_app.i18n import check_lang, language_of, system_language
from desktop_app.i18n.formatting import (
    format_date,
    format_money,
    format_number,
    format_percent,
    format_quantity,
    to_decimal,
)

NBSP = "\u00a0"


@pytest.mark.parametrize("value, noun, scale, spanish, english", [
    (3_470_000, "vehículos", None, "3,47 millones de vehículos", "3.47 million vehículos"),
    ("3.47", "vehículos", "million", "3,47 millones de vehículos", "3.47 million vehículos"),
    (1_000_000, "vehículos", None, "1 millón de vehículos", "1 million vehículos"),
    (330, "empresas", None, "330 empresas", "330 empresas"),
    ("35,000", "empleos", None, "35.000 empleos", "35,000 empleos"),
    (2_500_000_000, "", None, "2,5 mil millones", "2.5 billion"),
])
def test_quantities_in_words(value, noun, scale, spanish, english):
    assert format_quantity(value, noun, "es", scale=scale) == spanish
    assert format_quantity(value, noun, "en", scale=scale) == english


@pytest.mark.parametrize("value, scale, spanish, english", [
    (1.1e9, None, "1,1 mil millones de euros", "€1.1 billion"),
    ("1.1", "billion", "1,1 mil millones de euros", "€1.1 billion"),
    ("711", "million", "711 millones de euros", "€711 million"),
    ("1,374.46", "million", "1.374,46 millones de euros", "€1,374.46 million"),
    (1, None, "1 euro", "€1"),
])
def test_money(value, scale, spanish, english):
    assert format_money(value, "es", scale=scale) == spanish
    assert format_money(value, "en", scale=scale) == english


def test_a_spanish_billion_is_never_a_billon():
    assert "billón" not in format_money(5e9, "es") and "mil millones" in format_money(5e9, "es")


def test_numbers_keep_the_decimals_they_were_given():
    assert format_number("531.9", "es") == "531,9"
    assert format_number("0.10", "es") == "0,10"
    assert format_number(Decimal("3.47"), "en") == "3.47"
    assert format_number(1.0, "es") == "1"
    assert format_number("35,000", "es") == "35.000"


def test_percentages():
    assert format_percent(54, "es") == f"54{NBSP}%"
    assert format_percent("0.3", "es") == f"0,3{NBSP}%"
    assert format_percent("0.3", "en") == "0.3%"


def test_dates():
    assert format_date(dt.date(2019, 3, 3), "es") == "3 de marzo de 2019"
    assert format_date("2019-06-23", "es") == "23 de junio de 2019"
    assert format_date("2019-03-03", "en") == "3 March 2019"


def test_bad_values_and_languages_are_programming_errors():
    with pytest.raises(ValueError):
        to_decimal("many")
    with pytest.raises(ValueError):
        format_number(3, "fr")
    with pytest.raises(ValueError):
        format_quantity(3, "x", "es", scale="gazillion")


def test_language_names():
    assert check_lang("es") == "es"
    assert [language_of(n) for n in ("es_MX.UTF-8", "es-MX", "Spanish_Mexico", "C.UTF-8",
                                     "fr_FR", "", None, "en_GB")] == [
        "es", "es", "es", "en", "en", "en", "en", "en"]


def test_the_system_language_follows_posix_order(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert system_language() == "es"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert system_language() == "en"
