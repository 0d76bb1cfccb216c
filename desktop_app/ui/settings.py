"""The window's settings, typed and declared in one place, stored with QSettings.

Each `Option` names its key, type and default; `Settings` reads and writes only those (an
undeclared key fails loudly). Every part of the window that remembers something (the filters, the
table, the fact sheet dialog's paper and folder) declares its key here.

Where: `window.ini` in the user's data directory, next to the data it describes, owner-only
(0600): the last search text also searches the user's notes, and the ticked lists are the user's,
so they never go to a world-readable file outside the data dir; with `--data-dir` (or
`CLUSTER_ATLAS_DATA_DIR`) the window's settings move with the data. Earlier versions kept the file
in the config directory (`cluster-atlas.ini`, 0644, with the search text): `open_settings`
carries its layout over (never its filters or text) and deletes it.
Only the window's state lives here; the user's domain data stays in SQLite.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from desktop_app import APP_ID, paths

log = logging.getLogger(__name__)
SETTINGS_NAME = "window.ini"
FILE_MODE = 0o600


class Option(NamedTuple):
    key: str
    kind: type
    default: Any
    doc: str


OPTIONS = {option.key: option for option in (
    Option("window/geometry", QByteArray, QByteArray(), "the main window's size and place"),
    Option("window/splitter", QByteArray, QByteArray(), "widths of facets, table and profile"),
    Option("table/header", QByteArray, QByteArray(), "the table's column order"),
    Option("table/sort_key", str, "name", "the column the table is sorted by"),
    Option("table/sort_descending", bool, False, "descending sort"),
    Option("filter/text", str, "", "the last search text (it also searches the notes)"),
    Option("filter/sectors", list, [], "the last selected sectors"),
    Option("filter/states", list, [], "the last selected states"),
    Option("filter/labels", list, [], "the last selected ECEI labels"),
    Option("filter/user_lists", list, [], "the last ticked values of \"Your lists\""),
    Option("filter/selected", str, "", "the id of the last selected cluster"),
    Option("search/delay_ms", int, 0, "wait this long after a keystroke before searching"),
    Option("view/language", str, "", "the window's language: '' the system's, 'en' or 'es' "
                                     "(from the next start)"),
    Option("sheets/paper", str, "", "the fact sheets' paper ('' for the system's)"),
    Option("sheets/folder", str, "", "the folder fact sheets were last saved in"),
    # Never an option: whether a sheet is internal. Every export starts public (issue 11).
)}
# What an older settings file in the config directory may hand over: the layout, nothing typed.
LEGACY_KEYS = ("window/geometry", "window/splitter", "table/header", "table/sort_key",
               "table/sort_descending")


def settings_file(data_dir: Path | None = None) -> Path:
    """The settings file of a data directory (default: the user's, honouring the overrides)."""
    return (data_dir or paths.user_data_dir()) / SETTINGS_NAME


def legacy_settings_file() -> Path:
    """Where versions before the settings moved into the data dir kept them."""
    return paths.user_config_dir() / f"{APP_ID}.ini"


class Settings:
    """Typed access to `OPTIONS`: `settings.get("filter/text")`, `settings.set(...)`."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        _create_private(self.path)
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


def open_settings(data_dir: Path) -> Settings:
    """The settings of `data_dir`, with the layout of an older settings file carried over once
    (when this data dir has none yet) and that file deleted: it may hold a search text."""
    path = settings_file(data_dir)
    legacy = legacy_settings_file()
    fresh = not path.exists()
    settings = Settings(path)
    if legacy.is_file():
        if fresh:
            old = QSettings(str(legacy), QSettings.Format.IniFormat)
            for key in LEGACY_KEYS:
                value = old.value(key, None)
                if value is not None:
                    settings.set(key, _coerce(value, OPTIONS[key]))
            del old
            settings.sync()
        try:
            legacy.unlink()
        except OSError as exc:
            log.warning("cannot delete the old settings file %s: %s", legacy, exc)
    return settings


def _create_private(path: Path) -> None:
    """Create the file owner-only before QSettings writes it (QSettings keeps an existing file's
    mode when it saves), and narrow the mode of one that is wider."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, FILE_MODE))
        if path.stat().st_mode & 0o777 != FILE_MODE:
            path.chmod(FILE_MODE)
    except OSError as exc:  # a read-only data dir: the window still opens, nothing is kept
        log.warning("cannot create the settings file %s: %s", path, exc)


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
