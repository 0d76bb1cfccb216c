"""The window's settings, typed and declared in one place, stored with QSettings.

Each `Option` names its key, type and default; `Settings` reads and writes them. The file lives in
the user's config directory (`$XDG_CONFIG_HOME/cluster-atlas/cluster-atlas.ini` on Linux), or in
the data folder when one was chosen (`--data-dir`, CLUSTER_ATLAS_DATA_DIR); options marked
`private` (the user's own words: the last search text also searches notes) are always kept in the
data folder (`paths.settings_files`). Located when the settings are opened rather than once per
process, so tests isolate them per test. Only the window's state lives here; the user's domain
data stays in SQLite.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from desktop_app import paths


class Option(NamedTuple):  # not a dataclass: ~1 ms less at start-up
    key: str
    kind: type
    default: Any
    doc: str
    private: bool = False  # the user's words: kept in the data folder only


OPTIONS = {option.key: option for option in (
    Option("window/geometry", QByteArray, QByteArray(), "the main window's size and place"),
    Option("window/state", QByteArray, QByteArray(), "toolbars and docks"),
    Option("window/splitter", QByteArray, QByteArray(), "widths of facets, table and profile"),
    Option("table/header", QByteArray, QByteArray(), "the table's column widths"),
    Option("table/sort_key", str, "name", "the column the table is sorted by"),
    Option("table/sort_descending", bool, False, "descending sort"),
    Option("filter/text", str, "", "the last search text", private=True),
    Option("filter/sectors", list, [], "the last selected sectors"),
    Option("filter/states", list, [], "the last selected states"),
    Option("filter/labels", list, [], "the last selected ECEI labels"),
    Option("filter/user_lists", list, [], "the last ticked values of \"Your lists\"",
           private=True),
    Option("filter/selected", str, "", "the id of the last selected cluster"),
    Option("search/delay_ms", int, 0, "wait this long after a keystroke before searching"),
)}


def settings_file() -> Path:
    """Where the settings are kept (read now, not cached): see `paths.settings_files`."""
    return paths.settings_files()[0]


class Settings:
    """Typed access to `OPTIONS`: `settings.get("filter/text")`, `settings.set(...)`."""

    def __init__(self, path: Path | None = None, private_path: Path | None = None) -> None:
        general, private = paths.settings_files()
        self.path = path or general
        self.private_path = private_path or private
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._private = self._qsettings
        if self.private_path != self.path:
            with suppress(OSError):  # a data folder that cannot be made: said by the data
                self.private_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._private = QSettings(str(self.private_path), QSettings.Format.IniFormat)
            self._move_private_options()

    def _move_private_options(self) -> None:
        """An older version kept the private options with the others: move them."""
        for option in OPTIONS.values():
            if option.private and self._qsettings.contains(option.key):
                if not self._private.contains(option.key):
                    self._private.setValue(option.key, self._qsettings.value(option.key))
                self._qsettings.remove(option.key)

    def _store(self, option: Option) -> QSettings:
        return self._private if option.private else self._qsettings

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        value = self._store(option).value(key, None)
        if value is None:
            return _copy(option.default)
        return _coerce(value, option)

    def set(self, key: str, value: Any) -> None:
        option = OPTIONS[key]
        if option.kind is list:
            value = [str(v) for v in value]
        self._store(option).setValue(key, value)

    def sync(self) -> None:
        self._qsettings.sync()
        if self._private is not self._qsettings:
            self._private.sync()
        if self.private_path.exists():
            self.private_path.chmod(0o600)


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
