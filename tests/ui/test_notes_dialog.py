"""The note editor: Ctrl+Enter saves, and Escape pressed by habit never throws a note away."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from desktop_app.ui.common.editor_dialog import Unsaved
from desktop_app.ui.library.notes_dialog import NoteDialog
from tests.ui.accessibility import unnamed_controls


class Answers:
    def __init__(self, dialog, *answers: Unsaved) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []
        dialog.ask_discard = self

    def __call__(self, parent, save_text="Save") -> Unsaved:
        assert self.answers, "the dialog asked about unsaved changes unexpectedly"
        self.asked.append(save_text)
        return self.answers.pop(0)


def open_note(qtbot, text: str = "") -> NoteDialog:
    dialog = NoteDialog("Add Note", text, "On CLAUT")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_escape_with_typed_text_asks_and_cancel_goes_back(qtbot):
    dialog = open_note(qtbot)
    qtbot.keyClicks(dialog.editor, "Met the director")
    answers = Answers(dialog, Unsaved.CANCEL, Unsaved.DISCARD)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert answers.asked == ["Save"] and dialog.isVisible()
    assert dialog.text() == "Met the director"
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected


def test_save_in_the_question_keeps_the_note(qtbot):
    dialog = open_note(qtbot)
    qtbot.keyClicks(dialog.editor, "Send samples")
    Answers(dialog, Unsaved.SAVE)
    dialog.close()  # the window's close button
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert dialog.text() == "Send samples"


def test_ctrl_enter_saves(qtbot):
    dialog = open_note(qtbot, "first visit")
    Answers(dialog)  # no question
    dialog.editor.moveCursor(dialog.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.editor, ", with the director")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.text() == "first visit, with the director"


def test_ctrl_enter_on_nothing_does_nothing(qtbot):
    dialog = open_note(qtbot)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and not dialog.save_button.isEnabled()


def test_an_unchanged_or_emptied_note_closes_without_asking(qtbot):
    dialog = open_note(qtbot, "first visit")
    Answers(dialog)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    emptied = open_note(qtbot, "first visit")
    Answers(emptied)
    emptied.editor.clear()  # nothing to save: the note stays as it was
    qtbot.keyClick(emptied.editor, Qt.Key.Key_Escape)
    assert not emptied.isVisible()


def test_every_control_has_an_accessible_name(qtbot):
    assert unnamed_controls(open_note(qtbot)) == []
