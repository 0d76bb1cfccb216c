"""The meeting editor's third tab: after the meeting, its outcome and the actions promised.

The actions promised at a meeting are the contacts' own follow-ups (the Contacts tab's "To
follow up" lists them): each new row says what, by when (typed as "+3d", "viernes" or picked
from the calendar), to which of the meeting's contacts, and who of the delegation owns it.
Those already recorded are listed above the table. Escape in a cell closes the cell editor only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from desktop_app.ui.contacts.editor_follow_ups import state_text
from desktop_app.ui.contacts.editor_table import EditorTable, button_row
from desktop_app.userdata.mission_models import MeetingAction

ACTION, DUE, TO, OWNER = range(4)
NOBODY = "—"


def action_line(a: MeetingAction) -> str:
    """'• Send the catalogue — to Ana López, due 2025-07-20, owner Ben (open)'."""
    state = state_text(a.state)
    if a.due and a.owner_name:
        text = QCoreApplication.translate(
            "meeting_after", "• {action} — to {contact}, due {due}, owner {owner} ({state})")
    elif a.due:
        text = QCoreApplication.translate("meeting_after",
                                          "• {action} — to {contact}, due {due} ({state})")
    elif a.owner_name:
        text = QCoreApplication.translate("meeting_after",
                                          "• {action} — to {contact}, owner {owner} ({state})")
    else:
        text = QCoreApplication.translate("meeting_after", "• {action} — to {contact} ({state})")
    return text.format(action=a.action, contact=a.contact_name, due=a.due, owner=a.owner_name,
                       state=state)


def done_actions_text(actions: list[MeetingAction]) -> str:
    """'Already promised:' and one line per action ('' for none)."""
    if not actions:
        return ""
    return "\n".join([QCoreApplication.translate("meeting_after", "Already promised:")]
                     + [action_line(a) for a in actions])


class AfterSection(QWidget):
    """The outcome and the actions promised at the meeting."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = QPlainTextEdit()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(self.tr("What came of it"))
        self.outcome.textChanged.connect(self.changed)
        self.recorded = QLabel()
        self.recorded.setWordWrap(True)
        self.recorded.setAccessibleName(self.tr("Actions already promised"))
        self.table = EditorTable([self.tr("Action"), self.tr("Due"), self.tr("Promised to"),
                                  self.tr("Owner")], self.tr("New promised actions"))
        self.table.set_date_column(DUE)
        for column in (TO, OWNER):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("A&dd action"))
        self.add_button.setAccessibleName(self.tr("Add a promised action"))
        self.add_button.clicked.connect(self.add_and_edit)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected new actions"))
        self.remove_button.clicked.connect(self._remove_selected)
        self._contacts: list[tuple[str, str]] = []
        self._members: list[str] = []
        outcome_label = QLabel(self.tr("O&utcome:"))
        outcome_label.setBuddy(self.outcome)
        intro = QLabel(self.tr("Actions promised: each is a follow-up of the person it was "
                               "promised to, listed in the Contacts tab's “To follow up”."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(outcome_label)
        layout.addWidget(self.outcome, 1)
        layout.addWidget(intro)
        layout.addWidget(self.recorded)
        layout.addWidget(self.table, 2)
        layout.addLayout(button_row(self.add_button, self.remove_button))

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
        to.setAccessibleName(self.tr("Action {number} promised to").format(number=row + 1))
        to.setPlaceholderText(self.tr("Tick the contacts met (People)"))
        self._fill(to, [n for _, n in self._contacts], [u for u, _ in self._contacts])
        owner = QComboBox()
        owner.setAccessibleName(self.tr("Owner of action {number}").format(number=row + 1))
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
                problems.append(self.tr("Action {number}: due “{due}” is not a date "
                                        "(YYYY-MM-DD, tomorrow, +3d…).").format(
                                            number=row + 1, due=due))
            contact = self.table.cellWidget(row, TO).currentData()
            if not contact:
                problems.append(self.tr("Action {number}: tick the contact it was promised "
                                        "to (People tab).").format(number=row + 1))
            owner = self.table.cellWidget(row, OWNER).currentData() or ""
            drafts.append(ActionDraft(action, normalise_date(due) if due else "", contact,
                                      owner))
        return drafts, problems
