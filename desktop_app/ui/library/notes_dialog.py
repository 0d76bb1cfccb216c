"""The dialog for writing or editing a note on a cluster: a multi-line editor, Save and Cancel.

Ctrl+Enter saves; closing it with typed, unsaved text asks first (Save / Discard / Cancel,
`EditorDialog`), so that Escape pressed by habit never throws a note away.

`ask_note_text(parent, title, text)` returns the text, or None when cancelled; the window calls it
through an attribute so that tests replace it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.editor_dialog import EditorDialog


class NoteDialog(EditorDialog):
    """A titled multi-line editor; Save only once there is some text."""

    def __init__(self, title: str, text: str = "", subject: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._original = text.strip()
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setPlaceholderText(self.tr("Who you met, what was said, what to do next…"))
        self.editor.setPlainText(text)
        self.editor.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save the note (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update_save)
        layout = QVBoxLayout(self)
        if subject:
            label = QLabel(subject)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        hint = QLabel(self.tr("The note is dated and kept with your data; the search field finds "
                              "it. Ctrl+Enter saves."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(460, 280)
        self._update_save()
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def has_changes(self) -> bool:
        """Typed text that differs from the note as it was (emptying a note changes nothing:
        the note stays as it was)."""
        return bool(self.text()) and self.text() != self._original

    def accept(self) -> None:
        if self.text():  # an empty note is never saved (Ctrl+Enter on nothing does nothing)
            super().accept()

    def _update_save(self) -> None:
        self.save_button.setEnabled(bool(self.text()))


def ask_note_text(parent: QWidget | None, title: str, text: str = "",
                  subject: str = "") -> str | None:
    dialog = NoteDialog(title, text, subject, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text():
        return dialog.text()
    return None
