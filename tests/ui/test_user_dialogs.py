"""The small questions of the user-data actions: a list name typed in is kept from slips."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from desktop_app.ui.common.editor_dialog import Unsaved
from desktop_app.ui.library.user_dialogs import ListNameDialog
from tests.ui.accessibility import unnamed_controls


def open_dialog(qtbot, names, suggestion=""):
    dialog = ListNameDialog(names, suggestion)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_escape_after_typing_a_new_list_name_asks(qtbot):
    dialog = open_dialog(qtbot, ["Hannover"], "Hannover")
    asked = []
    dialog.ask_discard = lambda parent, save_text: asked.append(save_text) or Unsaved.CANCEL
    line = dialog.names.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "Monterrey, March")
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert asked == ["Add"] and dialog.isVisible() and dialog.name() == "Monterrey, March"
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.name() == "Monterrey, March"


def test_an_untouched_question_closes_without_asking(qtbot):
    dialog = open_dialog(qtbot, ["Hannover", "Monterrey"], "Monterrey")
    dialog.ask_discard = lambda *args: pytest.fail("nothing typed: no question")
    assert dialog.name() == "Monterrey"
    qtbot.keyClick(dialog.names, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_control_has_an_accessible_name(qtbot):
    assert unnamed_controls(open_dialog(qtbot, [], "")) == []
