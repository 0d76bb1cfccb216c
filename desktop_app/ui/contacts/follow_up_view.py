"""The "To follow up" tab: what was promised and is overdue or due in the next 7 days, grouped
(Overdue, Today, This week), each row with the person's phone and email so that the user can act
from the list: write the email, copy the number, mark it done.

"Show every open action" adds the later and undated ones. Double-click (or Enter) opens the
contact. Writing an email goes through `open_url` (QDesktopServices by default; tests replace it).
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.contacts import ContactsService
from desktop_app.services.follow_up_agenda import DAYS_AHEAD, AgendaItem, follow_up_agenda
from desktop_app.ui.contacts.column_fit import ColumnFitter, ColumnRule
from desktop_app.ui.contacts.contacts_table_model import FollowUpTableModel

COLUMN_RULES = (ColumnRule(keep=True), ColumnRule(stretch=True, keep=True),  # due, name
                ColumnRule(stretch=True, minimum=100, maximum=260),  # organisation
                ColumnRule(stretch=True, minimum=160),  # action
                ColumnRule(keep=True, maximum=360), ColumnRule(keep=True, maximum=360))


class FollowUpView(QWidget):
    """The agenda of open follow-ups; mark done or drop, email, copy the contact's details."""

    contact_activated = Signal(str)
    changed = Signal()

    def __init__(self, contacts: ContactsService, parent=None) -> None:
        super().__init__(parent)
        self._service = contacts
        self.open_url = QDesktopServices.openUrl
        self.model = FollowUpTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Promised actions to follow up"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.activated.connect(lambda index: self._open(index.row()))  # click or Enter
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._fitter = ColumnFitter(self.table, COLUMN_RULES)
        self.show_all = QCheckBox(self.tr("Show every open action, also later and undated ones"))
        self.show_all.toggled.connect(self.refresh)
        self.email_button = QPushButton(self.tr("Email…"))
        self.email_button.setToolTip(self.tr("Write to the selected people with your mail "
                                             "program"))
        self.email_button.setAccessibleName(self.tr("Email the selected people"))
        self.email_button.clicked.connect(self.email_selected)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setToolTip(self.tr("Name, phone, email and action of the selected rows "
                                            "({keys})").format(
            keys=QKeySequence(QKeySequence.StandardKey.Copy).toString()))
        self.copy_button.setAccessibleName(self.tr("Copy the details of the selected rows"))
        self.copy_button.clicked.connect(self.copy_selected)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setAccessibleName(self.tr("Mark the selected actions done"))
        self.done_button.clicked.connect(lambda: self.mark_selected("done"))
        self.drop_button = QPushButton(self.tr("Drop"))
        self.drop_button.setAccessibleName(self.tr("Drop the selected actions"))
        self.drop_button.clicked.connect(lambda: self.mark_selected("dropped"))
        QShortcut(QKeySequence.StandardKey.Copy, self.table, activated=self.copy_selected)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("Nothing to follow up"))
        row = QHBoxLayout()
        row.addWidget(self.show_all)
        row.addStretch(1)
        for button in (self.email_button, self.copy_button, self.done_button, self.drop_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def refresh(self) -> None:
        everything = self.show_all.isChecked()
        items = follow_up_agenda(self._service, everything_open=everything)
        self.model.set_agenda(items)
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.is_heading(row):
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        self.empty.setText(self.tr("No open promised actions.") if everything else self.tr(
            "Nothing overdue or due in the next %n day(s).", "", DAYS_AHEAD))
        self.empty.setVisible(not items)
        self._update_buttons()

    def count(self) -> int:
        """How many actions are listed."""
        return len(self.model.items())

    def selected(self) -> list[AgendaItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [item for item in map(self.model.item_at, rows) if item is not None]

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.copy_button, self.done_button, self.drop_button):
            button.setEnabled(bool(chosen))
        self.email_button.setEnabled(any(item.email for item in chosen))

    def mark_selected(self, state: str) -> None:
        chosen = self.selected()
        for item in chosen:
            self._service.set_follow_up_state(item.due.contact_uid, item.due.follow_up.uid,
                                              state)
        if chosen:
            self.refresh()
            self.changed.emit()

    def email_selected(self) -> bool:
        """Open the mail program on a message to the selected people, about the actions."""
        chosen = [item for item in self.selected() if item.email]
        if not chosen:
            return False
        to = ",".join(dict.fromkeys(item.email for item in chosen))
        subject = chosen[0].due.follow_up.action if len(chosen) == 1 else ""
        url = f"mailto:{quote(to, safe='@,')}" + (f"?subject={quote(subject)}" if subject else "")
        return bool(self.open_url(QUrl(url)))

    def copy_selected(self) -> str:
        """The selected rows as text on the clipboard (one line each)."""
        lines = ["\t".join(filter(None, (item.due.follow_up.due, item.due.contact_name,
                                         item.phone, item.email, item.due.follow_up.action)))
                 for item in self.selected()]
        text = "\n".join(lines)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def _open(self, row: int) -> None:
        item = self.model.item_at(row)
        if item is not None:
            self.contact_activated.emit(item.due.contact_uid)
