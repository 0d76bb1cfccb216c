"""Dates typed the way a hurried user types them, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.services.date_words import normalise_date, parse_date

WEDNESDAY = dt.date(2025, 1, 29)  # near a month's end, a Wednesday


@pytest.mark.parametrize(("typed", "expected"), [
    ("today", "2025-01-29"), ("Hoy", "2025-01-29"),
    ("tomorrow", "2025-01-30"), ("mañana", "2025-01-30"), ("MANANA", "2025-01-30"),
    (" Pasado  Mañana ", "2025-01-31"), ("day after tomorrow", "2025-01-31"),
    ("yesterday", "2025-01-28"), ("ayer", "2025-01-28"),
    ("+3d", "2025-02-01"), ("+3", "2025-02-01"), ("+ 10 days", "2025-02-08"),
    ("in 2 days", "2025-01-31"), ("en 3 días", "2025-02-01"),
    ("+2w", "2025-02-12"), ("+1 semana", "2025-02-05"),
    ("+1m", "2025-02-28"),  # the 29th of a 28-day month: its last day
    ("+13 meses", "2026-02-28"),
    ("next week", "2025-02-05"), ("la próxima semana", "2025-02-05"),
    ("friday", "2025-01-31"), ("viernes", "2025-01-31"), ("el lunes", "2025-02-03"),
    ("wednesday", "2025-02-05"),  # today's weekday: the next one
    ("miércoles", "2025-02-05"), ("next mon", "2025-02-03"),
    ("2025-03-12", "2025-03-12"), ("2025-3-5", "2025-03-05"), ("2025/03/05", "2025-03-05"),
    ("2024-02-29", "2024-02-29"),
])
def test_words_and_iso_dates_are_understood(typed, expected):
    assert parse_date(typed, WEDNESDAY) == dt.date.fromisoformat(expected)
    assert normalise_date(typed, WEDNESDAY) == expected


@pytest.mark.parametrize("typed", ["", "   ", "soon", "2025-02-30", "2025-13-01", "12/03/2025",
                                   "+3x", "next", "+", "the 5th"])
def test_what_is_not_a_date_is_none_and_kept_as_typed(typed):
    assert parse_date(typed, WEDNESDAY) is None
    assert normalise_date(typed, WEDNESDAY) == typed.strip()


def test_today_defaults_to_the_real_today():
    assert parse_date("today") == dt.date.today()
    assert parse_date("+1d") == dt.date.today() + dt.timedelta(days=1)
