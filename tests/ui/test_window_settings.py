"""The window's settings: declared in one registry, kept owner-only in the data dir, never a
search text outside it (issue 11 item 9, issue 14)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_app import paths
from desktop_app.ui import settings as window_settings
from desktop_app.ui.settings import OPTIONS, Settings, open_settings, settings_file


def _files_holding(root: Path, text: str) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and text.encode() in path.read_bytes():
            found.append(path)
    return found


def test_the_search_text_stays_in_the_data_dir_owner_only(make_window, qtbot, tmp_path):
    window = make_window()
    qtbot.keyClicks(window.search_field, "secretnote")
    window.close()
    data_dir = paths.user_data_dir()
    stored = settings_file(data_dir)
    assert stored.parent == data_dir
    assert _files_holding(tmp_path, "secretnote") == [stored]
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600


def test_with_another_data_dir_the_settings_move_with_it(tmp_path, monkeypatch):
    elsewhere = tmp_path / "mission"
    settings = open_settings(paths.user_data_dir(str(elsewhere)))
    settings.set("filter/text", "monterrey")
    settings.set("sheets/folder", str(tmp_path))
    settings.sync()
    assert settings.path == elsewhere / window_settings.SETTINGS_NAME
    assert stat.S_IMODE(settings.path.stat().st_mode) == 0o600
    assert not paths.user_config_dir().exists() or not any(paths.user_config_dir().iterdir())
    assert open_settings(elsewhere).get("filter/text") == "monterrey"
    assert open_settings(paths.user_data_dir()).get("filter/text") == ""


def test_a_wider_mode_is_narrowed(tmp_path):
    path = tmp_path / "window.ini"
    path.write_text("[filter]\ntext=x\n", encoding="utf-8")
    os.chmod(path, 0o644)
    assert Settings(path).get("filter/text") == "x"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_old_settings_file_gives_its_layout_not_its_text_and_is_deleted(tmp_path):
    legacy = window_settings.legacy_settings_file()
    legacy.parent.mkdir(parents=True)
    old = QSettings(str(legacy), QSettings.Format.IniFormat)
    old.setValue("filter/text", "private words")
    old.setValue("sheets/with_notes", True)
    old.setValue("table/sort_key", "state")
    old.setValue("table/sort_descending", True)
    old.sync()
    del old
    settings = open_settings(paths.user_data_dir())
    assert not legacy.exists()
    assert settings.get("table/sort_key") == "state" and settings.get("table/sort_descending")
    assert settings.get("filter/text") == ""
    assert _files_holding(tmp_path, "private words") == []


def test_every_key_is_declared(tmp_path):
    settings = Settings(tmp_path / "window.ini")
    with pytest.raises(KeyError):
        settings.get("sheets/with_notes")  # never an option: every export starts public
    with pytest.raises(KeyError):
        settings.set("anything/else", 1)
    assert all(option.doc for option in OPTIONS.values())
