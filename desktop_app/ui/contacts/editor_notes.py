"""The contact editor's Notes tab: the dated notes kept so far, and a new one (dated when saved)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.ui.contacts.editor_sections import Section
from desktop_app.userdata.models import Contact, DatedNote

_NOTE = Qt.ItemDataRole.UserRole + 1


class NotesSection(Section):
    """The notes (newest last); "Remove" takes the selected ones out when the contact is saved."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.remove_button = QPushButton(self.tr("Remove the selected note"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.new_note = QPlainTextEdit()
        self.new_note.setAccessibleName(self.tr("New note"))
        self.new_note.setPlaceholderText(self.tr("What was said, what to do next… (Ctrl+Enter "
                                                 "saves)"))
        self.new_note.setTabChangesFocus(True)
        self.new_note.setFixedHeight(self.new_note.fontMetrics().lineSpacing() * 4 + 12)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Notes (newest last)")))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.remove_button)
        layout.addWidget(QLabel(self.tr("Add a note (dated when saved)")))
        layout.addWidget(self.new_note)

    def load(self, contact: Contact) -> None:
        for note in contact.notes:
            item = QListWidgetItem(f"{note.created_at[:10]}  {note.text}")
            item.setData(_NOTE, note)
            self.notes.addItem(item)

    def read(self, contact: Contact) -> Contact:
        notes = [self.notes.item(i).data(_NOTE) for i in range(self.notes.count())]
        typed = self.new_note.toPlainText().strip()
        if typed:
            notes.append(DatedNote(typed))
        return replace(contact, notes=notes)

    def _remove_selected(self) -> None:
        for item in self.notes.selectedItems():
            self.notes.takeItem(self.notes.row(item))
