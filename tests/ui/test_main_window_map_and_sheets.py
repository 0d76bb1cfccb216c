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
