"""The meeting editor's third tab: after the meeting, its outcome and the actions promised.

The actions promised at a meeting are the contacts' own follow-ups (the Contacts tab's "To
follow up" lists them): each new row says what, by when (typed as "+3d", "viernes" or picked
from the calendar), to which of the meeting's contacts, and who of the delegation owns it.
Those already recorded are listed above the table. Escape in a cell closes the cell editor only.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.date_words import normalise_date, parse_date
from desktop_app.services.meeting_actions import ActionDraft
from desktop_app.ui.contacts.date_field import DateDelegate
from desktop_app.ui.contacts.editor_reach import EditorTable
from desktop_app.userdata.mission_models import MeetingAction

ACTION, DUE, TO, OWNER = range(4)
NOBODY = "—"


def done_actions_text(actions: list[MeetingAction]) -> str:
    """'Already promised:' and one line per action ('' for none)."""
    if not actions:
        return ""
    lines = [f"• {a.action} — to {a.contact_name}" + (f", due {a.due}" if a.due else "")
             + (f", owner {a.owner_name}" if a.owner_name else "") + f" ({a.state})"
             for a in actions]
    return "Already promised:\n" + "\n".join(lines)


class AfterSection(QWidget):
    """The outcome and the actions promised at the meeting."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = QPlainTextEdit()
        self.outcome.setAccessibleName("Outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText("What came of it")
        self.outcome.textChanged.connect(self.changed)
        self.recorded = QLabel()
        self.recorded.setWordWrap(True)
        self.recorded.setAccessibleName("Actions already promised")
        self.table = EditorTable(["Action", "Due", "Promised to", "Owner"],
                                 "New promised actions")
        self.table.setItemDelegateForColumn(DUE, DateDelegate(self.table))
        header = self.table.horizontalHeader()
        for column in (TO, OWNER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(DUE, self.table.fontMetrics().horizontalAdvance(
            "2026-12-31") + 48)  # a date and the calendar button
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton("A&dd action")
        self.add_button.setAccessibleName("Add a promised action")
        self.add_button.clicked.connect(self.add_and_edit)
        self.remove_button = QPushButton("Remove")
        self.remove_button.setAccessibleName("Remove the selected new actions")
        self.remove_button.clicked.connect(self._remove_selected)
        self._contacts: list[tuple[str, str]] = []
        self._members: list[str] = []
        outcome_label = QLabel("O&utcome:")
        outcome_label.setBuddy(self.outcome)
        intro = QLabel("Actions promised: each is a follow-up of the person it was promised "
                       "to, listed in the Contacts tab's \"To follow up\".")
        intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(outcome_label)
        layout.addWidget(self.outcome, 1)
        layout.addWidget(intro)
        layout.addWidget(self.recorded)
        layout.addWidget(self.table, 2)
        layout.addLayout(row)

    def load(self, outcome: str, recorded: list[MeetingAction], members: list[str]) -> None:
        self.outcome.setPlainText(outcome)
        self.recorded.setText(done_actions_text(recorded))
        self.recorded.setVisible(bool(recorded))
        self._members = list(members)

    def set_contacts(self, contacts: list[tuple[str, str]]) -> None:
        """The meeting's contacts (uid, name): whom an action can be promised to."""
        self._contacts = list(contacts)
        for row in range(self.table.rowCount()):
            self._fill(self.table.cellWidget(row, TO), [n for _, n in self._contacts],
                       [u for u, _ in self._contacts])

    @staticmethod
    def _fill(combo: QComboBox, texts: list[str], keys: list[str]) -> None:
        chosen = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            for text, key in zip(texts, keys):
                combo.addItem(text, key)
            at = combo.findData(chosen)
            combo.setCurrentIndex(max(at, 0))

    def add_row(self, action: str = "", due: str = "") -> int:
        row = self.table.rowCount()
        with QSignalBlocker(self.table):
            self.table.insertRow(row)
            self.table.setItem(row, ACTION, QTableWidgetItem(action))
            self.table.setItem(row, DUE, QTableWidgetItem(due))
        to = QComboBox()
        to.setAccessibleName(f"Action {row + 1} promised to")
        to.setPlaceholderText("Tick the contacts met (People)")
        self._fill(to, [n for _, n in self._contacts], [u for u, _ in self._contacts])
        owner = QComboBox()
        owner.setAccessibleName(f"Owner of action {row + 1}")
        self._fill(owner, [NOBODY] + self._members, [""] + self._members)
        self.table.setCellWidget(row, TO, to)
        self.table.setCellWidget(row, OWNER, owner)
        self.changed.emit()
        return row

    def add_and_edit(self) -> int:
        """"Add action": a new row, the cursor in its Action cell."""
        row = self.add_row()
        self.table.edit_row(row, ACTION)
        return row

    def _remove_selected(self) -> None:
        self.table.remove_selected()
        self.changed.emit()

    def commit_edits(self) -> None:
        self.table.commit_edit()

    def values(self) -> dict:
        return {"outcome": self.outcome.toPlainText()}

    def drafts(self) -> tuple[list[ActionDraft], list[str]]:
        """The new actions typed (rows without an action are left out), and what is wrong
        with them (each problem one line; none: they can be saved)."""
        drafts, problems = [], []
        for row in range(self.table.rowCount()):
            action = (self.table.item(row, ACTION).text() or "").strip()
            due = (self.table.item(row, DUE).text() or "").strip()
            if not action:
                continue
            if due and parse_date(due) is None:
                problems.append(f"Action {row + 1}: due {due!r} is not a date "
                                "(YYYY-MM-DD, tomorrow, +3d…).")
            contact = self.table.cellWidget(row, TO).currentData()
            if not contact:
                problems.append(f"Action {row + 1}: tick the contact it was promised to "
                                "(People tab).")
            owner = self.table.cellWidget(row, OWNER).currentData() or ""
            drafts.append(ActionDraft(action, normalise_date(due) if due else "", contact,
                                      owner))
        return drafts, problems
