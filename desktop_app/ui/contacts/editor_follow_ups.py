"""The contact editor's "Promised actions" tab: what was promised, by when, and its state.

"Add" puts the cursor into the new row's Action cell, so that what is typed next (spaces too)
goes into it. The Due cell takes "tomorrow", "+3d", "mañana", an ISO date, or a day picked from
its calendar (DateDelegate); Escape in a cell closes the cell editor only.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.ui.contacts.editor_sections import Section, hint_label, label_lines
from desktop_app.ui.contacts.editor_table import EditorTable, button_row
from desktop_app.userdata.models import FOLLOW_UP_STATES, Contact, FollowUp

ACTION, DUE, STATE = 0, 1, 2
_FOLLOW_UP = Qt.ItemDataRole.UserRole + 1


def state_text(state: str) -> str:
    """A promised action's state in words ('open', 'done', 'dropped': `FOLLOW_UP_STATES`)."""
    words = {"open": QCoreApplication.translate("editor_follow_ups", "open"),
             "done": QCoreApplication.translate("editor_follow_ups", "done"),
             "dropped": QCoreApplication.translate("editor_follow_ups", "dropped")}
    return words.get(state, state)


class FollowUpSection(Section):
    """The promised actions of a contact (open, done or dropped)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = EditorTable([self.tr("Action"), self.tr("Due"), self.tr("State")],
                                 self.tr("Promised actions"))
        self.table.set_date_column(DUE)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.setAccessibleName(self.tr("Add a promised action"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected promised actions"))
        self.add_button.clicked.connect(self.add_and_edit)
        self.remove_button.clicked.connect(self._remove_selected)
        self.hints = hint_label()
        self.hints.setAccessibleName(self.tr("Promised action hints"))
        intro = QLabel(self.tr("What you promised, and by when: the Contacts tab's “To follow "
                               "up” lists what is due."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.add_button, self.remove_button))
        layout.addWidget(self.hints)

    def add_follow_up(self, follow_up: FollowUp | None = None) -> int:
        """A row for a follow-up (a new, empty one by default); its row number."""
        follow_up = follow_up or FollowUp("")
        row = self.table.rowCount()
        with QSignalBlocker(self.table):
            self.table.insertRow(row)
            action = QTableWidgetItem(follow_up.action)
            action.setData(_FOLLOW_UP, follow_up)
            self.table.setItem(row, ACTION, action)
            self.table.setItem(row, DUE, QTableWidgetItem(follow_up.due))
        state = QComboBox()
        for key in FOLLOW_UP_STATES:
            state.addItem(state_text(key), key)
        state.setCurrentIndex(max(state.findData(follow_up.state), 0))
        state.setAccessibleName(self.tr("State of promised action {number}").format(
            number=row + 1))
        self.table.setCellWidget(row, STATE, state)
        return row

    def add_and_edit(self) -> int:
        """"Add": a new row, the cursor in its Action cell."""
        row = self.add_follow_up()
        self.table.edit_row(row, ACTION)
        return row

    def _remove_selected(self) -> None:
        self.table.remove_selected()
        self.changed.emit()

    def load(self, contact: Contact) -> None:
        for follow_up in contact.follow_ups:
            self.add_follow_up(follow_up)

    def read(self, contact: Contact) -> Contact:
        follow_ups = []
        for row in range(self.table.rowCount()):
            action_item = self.table.item(row, ACTION)
            due_item = self.table.item(row, DUE)
            state = self.table.cellWidget(row, STATE)
            action = action_item.text().strip() if action_item else ""
            if not action:
                continue
            before = action_item.data(_FOLLOW_UP) or FollowUp(action)
            follow_ups.append(replace(
                before, action=action, due=due_item.text().strip() if due_item else "",
                state=state.currentData() if state else "open"))
        return replace(contact, follow_ups=follow_ups)

    def commit_edits(self) -> None:
        self.table.commit_edit()

    def show_hints(self, hints: dict[str, list[str]]) -> None:
        self.hints.setText("\n".join(hints.get("follow_ups", [])))

    def hint_texts(self) -> list[str]:
        return label_lines(self.hints)
