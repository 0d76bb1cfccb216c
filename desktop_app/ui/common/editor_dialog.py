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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # Enter: the keypad's


class Unsaved(Enum):
    """The answers to "Discard changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_discard_changes(parent: QWidget | None, save_text: str = "") -> Unsaved:
    """Ask what to do with unsaved changes; Enter saves, Escape goes back (Cancel). `save_text`
    names the Save button ("Import" for the import preview; default: Qt's "Save")."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("EditorDialog", "Unsaved changes"),
                      translate("EditorDialog", "Discard changes?"), parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    save, discard, cancel = (box.button(button).text().replace("&", "") for button in (
        QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Cancel))  # Qt's words, in the interface's language
    if save_text:
        box.button(QMessageBox.StandardButton.Save).setText(save_text)
    box.setInformativeText(translate(
        "EditorDialog", "What you typed is not saved yet. {save} keeps it, {discard} throws it "
                        "away, {cancel} goes back to it.").format(
        save=save_text.replace("&", "") or save, discard=discard, cancel=cancel))
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

    # The Save button of the question, marked for translation in the subclass's context
    # (`QT_TRANSLATE_NOOP("ImportPreviewDialog", "Import")`) and translated when asked.
    save_text = QT_TRANSLATE_NOOP("EditorDialog", "Save")

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
            answer = self.ask_discard(self, self.tr(self.save_text))
            if answer is Unsaved.SAVE:
                self.save()
                return
            if answer is Unsaved.CANCEL:
                return
        super().reject()
