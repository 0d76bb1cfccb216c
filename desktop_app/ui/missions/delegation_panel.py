"""The delegation of the mission shown: who travels (name, organisation, role, mobile, e-mail),
with Add, Edit (Enter or a double click) and Remove (Delete). The panel shows and asks; what
happens is the tab's (`add_requested`, `edit_requested(name)`, `remove_requested(name)`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.common.record_table import record_table
from desktop_app.ui.missions.members_model import MEMBER_ROLE, MembersTableModel
from desktop_app.userdata.mission_models import Member


class DelegationPanel(QWidget):
    """The members table and its buttons."""

    add_requested = Signal()
    edit_requested = Signal(str)  # the member's name
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MembersTableModel(self)
        self.table = record_table(self.model, self.tr("Delegation members"),
                                  lambda: self._emit(self.remove_requested))
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self._emit(self.edit_requested))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self.tr("&Add member…"))
        self.add_button.setAccessibleName(self.tr("Add a delegation member"))
        self.edit_button = QPushButton(self.tr("Edit member…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected member"))
        self.remove_button = QPushButton(self.tr("Remove member"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected member"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def set_members(self, members: list[Member]) -> None:
        self.model.set_members(members)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        member = rows[0].data(MEMBER_ROLE) if rows else None
        return member.name if member else None

    def _emit(self, signal) -> None:
        name = self.selected_name()
        if name:
            signal.emit(name)

    def _update_buttons(self) -> None:
        selected = self.selected_name() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
