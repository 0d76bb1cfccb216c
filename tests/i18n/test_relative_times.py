"""Stored times in words near today, in English and Spanish (`local_time.relative_when_text`,
which the deleted contacts show in the window's language)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.local_time import relative_when_text

NOW = dt.datetime(2025, 3, 5, 12, 0).astimezone()


@pytest.mark.parametrize("days, english, spanish", [
    (0, "today 09:30", "hoy 09:30"),
    (1, "yesterday 09:30", "ayer 09:30"),
    (2, "3 Mar 2025 09:30", "3 mar 2025 09:30"),
])
def test_near_days_in_words(days, english, spanish):
    moment = NOW.replace(hour=9, minute=30) - dt.timedelta(days=days)
    text = moment.astimezone(dt.UTC).isoformat()
    assert relative_when_text(text, NOW) == english
    assert relative_when_text(text, NOW, lang="es") == spanish


def test_nothing_and_nonsense_stay_as_they_are():
    assert relative_when_text("", NOW, lang="es") == ""
    assert relative_when_text("some day", NOW, lang="es") == "some day"
