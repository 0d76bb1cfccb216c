"""The dialog for writing or editing a note on a cluster: a multi-line editor, OK and Cancel.

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


class NoteDialog(QDialog):
    """A titled multi-line editor; OK only once there is some text."""

    def __init__(self, title: str, text: str = "", subject: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText("Who you met, what was said, what to do next…")
        self.editor.setPlainText(text)
        self.editor.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        if subject:
            label = QLabel(subject)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        hint = QLabel("The note is dated and kept with your data; the search field finds it.")
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(460, 280)
        self._update_ok()
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))


def ask_note_text(parent: QWidget | None, title: str, text: str = "",
                  subject: str = "") -> str | None:
    dialog = NoteDialog(title, text, subject, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text():
        return dialog.text()
    return None
