"""Stored UTC times (ISO 8601) as the local times a person reads, in one place (the window and
the command line)."""

from __future__ import annotations

import datetime as dt


def local_moment(stamp: str) -> dt.datetime:
    """The stored time in local time (ValueError when it is not ISO 8601)."""
    moment = dt.datetime.fromisoformat(stamp)
    return moment.astimezone() if moment.tzinfo is not None else moment


def when_text(stamp: str | None) -> str:
    """'2024-03-12 10:15' in local time ('' stays '', anything unreadable as it is)."""
    if not stamp:
        return ""
    try:
        return local_moment(stamp).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp

