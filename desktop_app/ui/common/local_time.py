"""Stored UTC times as the local times a person reads: the window's name for the Qt-free
`desktop_app.local_time`, which the command line shares."""

from __future__ import annotations

from desktop_app.local_time import local_moment, relative_when_text, when_text

__all__ = ["local_moment", "relative_when_text", "when_text"]
