"""Stored UTC times (ISO 8601) as the local times a person reads, in one place (the window and
the command line)."""

from __future__ import annotations

import datetime as dt


def local_moment(stamp: str) -> dt.datetime:
    """The stored time in local time (ValueError when it is not ISO 8601)."""
    moment = dt.datetime.fromisoformat(stamp)  # reads "Z" since Python 3.11
    return moment.astimezone() if moment.tzinfo is not None else moment


def when_text(stamp: str | None) -> str:
    """'2024-03-12 10:15' in local time ('' stays '', anything unreadable as it is)."""
    if not stamp:
        return ""
    try:
        return local_moment(stamp).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


_NEAR_DAYS = {"en": ("today", "yesterday"), "es": ("hoy", "ayer")}


def relative_when_text(stamp: str | None, now: dt.datetime | None = None,
                       lang: str = "en") -> str:
    """Local time with the day in words when near: "today 14:05", "yesterday 09:30",
    "3 Mar 2025 18:00"; in Spanish "hoy 14:05", "ayer 09:30", "3 mar 2025 18:00" ('' stays '',
    anything unreadable as it is)."""
    if not stamp:
        return ""
    try:
        moment = local_moment(stamp).astimezone()
    except ValueError:
        return stamp
    today = (now or dt.datetime.now().astimezone()).date()
    clock = moment.strftime("%H:%M")
    today_word, yesterday_word = _NEAR_DAYS[lang]
    if moment.date() == today:
        return f"{today_word} {clock}"
    if moment.date() == today - dt.timedelta(days=1):
        return f"{yesterday_word} {clock}"
    if lang == "en":
        return f"{moment.day} {moment.strftime('%b %Y')} {clock}"
    from desktop_app.i18n.formatting import format_record_date

    return f"{format_record_date(moment.date(), lang, short=True)} {clock}"
