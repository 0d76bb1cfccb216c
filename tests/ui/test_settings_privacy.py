"""The window's settings keep no note or contact text outside the data folder (issue 11, item 9):
the last search text (which also searches notes) and the ticked lists live in the data folder;
with `--data-dir` (or CLUSTER_ATLAS_DATA_DIR) every setting of the window lives there."""

from __future__ import annotations

from pathlib import Path

import pytest

SECRET = "ana ruiz wants the brochure"


def _texts(folder: Path) -> str:
    if not folder.exists():
        return ""
    return "".join(p.read_text("utf-8", errors="replace") for p in folder.rglob("*")
                   if p.is_file())


@pytest.fixture
def default_data_dir(monkeypatch, tmp_path) -> Path:
    """No data folder chosen: the platform's (under XDG_DATA_HOME here)."""
    monkeypatch.delenv("CLUSTER_ATLAS_DATA_DIR")
    return tmp_path / "data" / "cluster-atlas"


def test_the_search_text_is_kept_in_the_data_folder_not_the_config_folder(default_data_dir,
                                                                         tmp_path):
    from desktop_app.ui.settings import Settings

    settings = Settings()
    settings.set("filter/text", SECRET)
    settings.set("filter/user_lists", ["list:Private trip"])
    settings.set("filter/sectors", ["aerospace"])
    settings.sync()
    config = tmp_path / "config"
    assert "aerospace" in _texts(config)  # the window's other choices stay there
    assert SECRET not in _texts(config) and "Private trip" not in _texts(config)
    assert SECRET in _texts(default_data_dir)
    again = Settings()
    assert again.get("filter/text") == SECRET
    assert again.get("filter/user_lists") == ["list:Private trip"]


def test_a_search_text_an_older_version_kept_in_the_config_folder_is_moved(default_data_dir,
                                                                          tmp_path):
    from desktop_app.ui.settings import Settings, settings_file

    old = settings_file()
    old.parent.mkdir(parents=True)
    old.write_text(f"[filter]\ntext={SECRET}\nsectors=aerospace\n", encoding="utf-8")
    settings = Settings()
    assert settings.get("filter/text") == SECRET
    settings.sync()
    assert SECRET not in _texts(tmp_path / "config")
    assert Settings().get("filter/sectors") == ["aerospace"]


def test_with_a_chosen_data_folder_every_setting_lives_there(tmp_path):
    from desktop_app.ui.settings import Settings

    data_dir = tmp_path / "userdata"  # CLUSTER_ATLAS_DATA_DIR of tests/conftest.py
    settings = Settings()
    settings.set("filter/text", SECRET)
    settings.set("filter/sectors", ["aerospace"])
    settings.sync()
    assert _texts(tmp_path / "config") == ""
    assert SECRET in _texts(data_dir) and "aerospace" in _texts(data_dir)


def test_the_data_dir_option_takes_the_settings_along(tmp_path, monkeypatch, default_data_dir):
    from desktop_app import cli
    from desktop_app.ui import app, settings

    chosen = tmp_path / "stick"
    seen = []
    monkeypatch.setattr(app, "run", lambda context: seen.append(settings.settings_file()) or 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert cli.main(["--data-dir", str(chosen)]) == 0
    assert seen == [chosen / "settings.ini"]


def test_the_window_saves_no_search_text_outside_the_data_folder(default_data_dir, tmp_path,
                                                                 qtbot):
    from desktop_app.services.context import AppContext
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings

    context = AppContext.default()
    try:
        window = MainWindow(context, Settings())
        qtbot.addWidget(window)
        window.search_field.setText(SECRET)
        qtbot.waitUntil(lambda: window.controller.filter.text == SECRET)
        window.save_settings()
        window.close()
    finally:
        context.close()
    assert SECRET not in _texts(tmp_path / "config")
