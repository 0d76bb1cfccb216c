"""Dialogs where the user types: a slip never costs what was typed.

`EditorDialog` is a QDialog that asks before it closes with unsaved changes (Escape, Cancel, the
window's close button): "Discard changes?" with Save / Discard / Cancel, Save being the default
and Cancel (or Escape) going back to the dialog. An unchanged dialog closes without asking.
Ctrl+Enter saves, from any field. Subclasses say what changed (`has_changes`) and how to save
(`accept`, which may keep the dialog open when saving fails); `_lay_out` puts the fields above
the line that says why saving failed (`show_error`) and Save / Cancel. `FieldsDialog` is the
editor whose fields one call saves (`on_save(fields)`: a mission, a delegation member).

The question is asked through the `ask_discard` attribute, so tests answer it without a person.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AtlasError
from desktop_app.ui.common.error_text import error_text

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # Enter: the keypad's
ERROR_STYLE = "color: #b3261e"


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

    def _lay_out(self, fields: QLayout | QWidget, error_name: str) -> QDialogButtonBox:
        """The fields (a form, or tabs that take the room), under them the line that says why
        the dialog was not saved (`error_label`, hidden until then, named `error_name` for screen
        readers), then Save and Cancel (returned, to name or explain the Save button)."""
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(error_name)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if isinstance(fields, QLayout):
            layout.addLayout(fields)
        else:
            layout.addWidget(fields, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        return buttons

    def show_error(self, text: str) -> None:
        """Say why the dialog was not saved (it stays open with what was typed)."""
        self.error_label.setText(text)
        self.error_label.show()

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


class FieldsDialog(EditorDialog):
    """An editor saved by one call, `on_save(fields())` (the caller's service call); `saved` is
    what it returned. An error the user can cause keeps the dialog open and says why. Subclasses
    build their fields, call `_lay_out`, then `_loaded_now()`."""

    def __init__(self, on_save: Callable[[dict], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_save = on_save
        self.saved: Any = None
        self._loaded: dict = {}

    def fields(self) -> dict:
        """What the fields say (the keywords of the service call)."""
        raise NotImplementedError

    def _loaded_now(self) -> None:
        """The fields as loaded: nothing changed yet."""
        self._loaded = self.fields()

    def has_changes(self) -> bool:
        return self.fields() != self._loaded

    def accept(self) -> None:
        """Save; on an error stay open and say why."""
        try:
            self.saved = self._on_save(self.fields())
        except AtlasError as exc:
            self.show_error(error_text(exc))
            return
        super().accept()
