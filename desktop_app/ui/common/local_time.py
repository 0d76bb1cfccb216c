"""Stored UTC times as the local times a person reads in the window: `when_text` (ISO, the same
as the command line's, from the Qt-free `desktop_app.local_time`) and `relative_when_text`, the
day in words when near ("today 14:05", "hoy 14:05"), in the interface's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop_app.local_time import local_moment, when_text

__all__ = ["local_moment", "relative_when_text", "when_text"]


def relative_when_text(stamp: str | None, now: dt.datetime | None = None) -> str:
    """Local time with the day in words when near: "today 14:05", "yesterday 09:30",
    "3 Mar 2025 18:00" ('' stays '', anything unreadable as it is)."""
    if not stamp:
        return ""
    try:
        moment = local_moment(stamp).astimezone()
    except ValueError:
        return stamp
    today = (now or dt.datetime.now().astimezone()).date()
    clock = moment.strftime("%H:%M")
    translate = QCoreApplication.translate
    if moment.date() == today:
        return translate("LocalTime", "today {time}").format(time=clock)
    if moment.date() == today - dt.timedelta(days=1):
        return translate("LocalTime", "yesterday {time}").format(time=clock)
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")
    return f"{day} {clock}"
