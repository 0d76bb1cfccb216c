"""The map tab follows the filter and filters by click; the sheet actions reach the dialogs."""

from __future__ import annotations

import pytest

from desktop_app.services.context import AppContext
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    context = AppContext.default()
    win = MainWindow(context, settings=None, restore=False)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    yield win
    win.close()
    context.close()


def test_the_map_tab_is_shaded_by_the_filter_and_a_click_filters(window, qtbot):
    window.actions["show_map"].trigger()
    assert window.map_view is not None
    window.controller.set_filter(window.browse.make_filter(sectors=["aerospace"]))
    assert window.map_view.counts()["QUE"] == 1
    assert window.map_view.counts()["JAL"] == 0
    assert window.map_view.fill_for("QUE") != window.map_view.fill_for("JAL")
    with qtbot.waitSignal(window.map_view.stateClicked):
        window.map_view.stateClicked.emit("QUE")
    assert window.controller.filter.states == ("QUE",)
    assert window.model.rowCount() == 1
    assert window.map_view.selected() == {"QUE"}
    window.map_view.stateClicked.emit("QUE")  # a second click removes it
    assert window.controller.filter.states == ()


def test_sheet_actions_export_the_selection(window, monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr("desktop_app.ui.sheets.sheet_export.export_sheets",
                        lambda parent, service, ids, settings: calls.append(list(ids)))
    window.controller.set_filter(window.browse.make_filter(sectors=["aerospace"]))
    window.table.selectAll()
    window.actions["export_sheets"].trigger()
    window.actions["export_shown"].trigger()
    assert len(calls[0]) == 6 and calls[1] == calls[0]


def test_print_has_the_standard_shortcut(window):
    from PySide6.QtGui import QKeySequence

    assert window.actions["print"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_after_an_export_the_window_says_where_the_file_went(window, monkeypatch, tmp_path):
    from desktop_app.ui.common import saved_notice
    from desktop_app.ui.sheets import sheet_export, sheet_options

    target = tmp_path / "trip.pdf"
    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda *a: sheet_options.SheetChoice(False, "a4"))
    monkeypatch.setattr(sheet_export, "choose_path", lambda parent, suggested: target)
    opened = []
    monkeypatch.setattr(saved_notice.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    window.controller.set_filter(window.browse.make_filter(sectors=["aerospace"]))
    window.table.selectAll()
    window.actions["export_sheets"].trigger()
    notice = window.sheets.notice
    assert notice.isVisible()
    assert notice.label.text().startswith("Saved 6 pages to ") and "trip.pdf" in \
        notice.label.text()
    assert notice.label.toolTip() == str(target)
    notice.open_button.click()
    notice.folder_button.click()
    assert opened == [str(target), str(tmp_path)]


def test_a_long_path_is_shortened_but_keeps_the_file_name():
    from pathlib import Path

    from desktop_app.ui.common.saved_notice import short_path

    home = Path("/home/ana")
    assert short_path(home / "Documents" / "trip.pdf", home) == "~/Documents/trip.pdf"
    deep = home.joinpath(*["a-rather-long-folder-name"] * 5, "fact-sheets-12-clusters.pdf")
    shown = short_path(deep, home)
    assert shown.startswith("…/") and shown.endswith("fact-sheets-12-clusters.pdf")
    assert len(shown) <= 60
