"""Dialogs where the user types: a slip never costs what was typed.

`EditorDialog` is a QDialog that asks before it closes with unsaved changes (Escape, Cancel, the
window's close button): "Discard changes?" with Save / Discard / Cancel, Save being the default
and Cancel (or Escape) going back to the dialog. An unchanged dialog closes without asking.
Ctrl+Enter saves, from any field. Subclasses say what changed (`has_changes`) and how to save
(`accept`, which may keep the dialog open when saving fails).

The question is asked through the `ask_discard` attribute, so tests answer it without a person.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # Enter: the keypad's


class Unsaved(Enum):
    """The answers to "Discard changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_discard_changes(parent: QWidget | None, save_text: str = "Save") -> Unsaved:
    """Ask what to do with unsaved changes; Enter saves, Escape goes back (Cancel)."""
    box = QMessageBox(QMessageBox.Icon.Question, "Unsaved changes", "Discard changes?",
                      parent=parent)
    box.setInformativeText(f"What you typed is not saved yet. {save_text} keeps it, Discard "
                           "throws it away, Cancel goes back to it.")
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Save).setText(save_text)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


class EditorDialog(QDialog):
    """A dialog that keeps typed text from being lost by a slip."""

    save_text = "Save"  # the Save button of the question ("Import" for the import preview)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ask_discard = ask_discard_changes
        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), self, activated=self.save)

    def has_changes(self) -> bool:
        """True when closing now would lose something the user typed or chose."""
        return False

    def save(self) -> None:
        """Ctrl+Enter and the question's Save: `accept()` (which may refuse and stay open)."""
        self.accept()

    def reject(self) -> None:
        """Escape, Cancel, the close button: ask first when something would be lost."""
        if self.has_changes():
            answer = self.ask_discard(self, self.save_text)
            if answer is Unsaved.SAVE:
                self.save()
                return
            if answer is Unsaved.CANCEL:
                return
        super().reject()
