"""The window's settings, typed and declared in one place, stored with QSettings.

Each `Option` names its key, type and default; `Settings` reads and writes them. The file lives in
the user's config directory (`$XDG_CONFIG_HOME/cluster-atlas/cluster-atlas.ini` on Linux), located
when the settings are opened rather than once per process, so tests isolate it per test.
Only the window's state lives here; the user's domain data stays in SQLite.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from desktop_app import APP_ID, paths


class Option(NamedTuple):  # not a dataclass: ~1 ms less at start-up
    key: str
    kind: type
    default: Any
    doc: str


OPTIONS = {option.key: option for option in (
    Option("window/geometry", QByteArray, QByteArray(), "the main window's size and place"),
    Option("window/state", QByteArray, QByteArray(), "toolbars and docks"),
    Option("window/splitter", QByteArray, QByteArray(), "widths of facets, table and profile"),
    Option("table/header", QByteArray, QByteArray(), "the table's column widths"),
    Option("table/sort_key", str, "name", "the column the table is sorted by"),
    Option("table/sort_descending", bool, False, "descending sort"),
    Option("filter/text", str, "", "the last search text"),
    Option("filter/sectors", list, [], "the last selected sectors"),
    Option("filter/states", list, [], "the last selected states"),
    Option("filter/labels", list, [], "the last selected ECEI labels"),
    Option("filter/user_lists", list, [], "the last ticked values of \"Your lists\""),
    Option("filter/selected", str, "", "the id of the last selected cluster"),
    Option("search/delay_ms", int, 0, "wait this long after a keystroke before searching"),
)}


def settings_file() -> Path:
    """Where the settings are kept (honours XDG_CONFIG_HOME, read now, not cached)."""
    return paths.user_config_dir() / f"{APP_ID}.ini"


class Settings:
    """Typed access to `OPTIONS`: `settings.get("filter/text")`, `settings.set(...)`."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        value = self._qsettings.value(key, None)
        if value is None:
            return _copy(option.default)
        return _coerce(value, option)

    def set(self, key: str, value: Any) -> None:
        option = OPTIONS[key]
        if option.kind is list:
            value = [str(v) for v in value]
        self._qsettings.setValue(key, value)

    def sync(self) -> None:
        self._qsettings.sync()


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _coerce(value: Any, option: Option) -> Any:
    """QSettings' INI backend returns strings for most types: turn them back."""
    try:
        if option.kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
        if option.kind is int:
            return int(value)
        if option.kind is list:
            if isinstance(value, str):
                return [value] if value else []
            return [str(v) for v in value]
        if option.kind is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value)
        return option.kind(value)
    except (TypeError, ValueError):
        return _copy(option.default)
