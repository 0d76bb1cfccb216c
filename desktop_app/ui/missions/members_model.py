"""The delegation of a mission: one row per member (name, organisation, role, mobile, e-mail).

Fed by `set_members` with the mission's `members`; nothing is ever cut (the view wraps and the
tooltip has the whole value).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_app.ui.common.rows_table_model import TEXT_ROLES, RowsTableModel
from desktop_app.userdata.mission_models import Member

COLUMN_COUNT = 5  # name, organisation, role, mobile, e-mail
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1  # the Member of a row


class MembersTableModel(RowsTableModel):
    """The members in the delegation's order."""

    column_count = COLUMN_COUNT

    def set_members(self, members: list[Member]) -> None:
        self._set_rows(members)

    def member_at(self, row: int) -> Member | None:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Organisation"), self.tr("Role"), self.tr("Mobile"),
                self.tr("E-mail"))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        member = self._row_of(index)
        if member is None:
            return None
        if int(role) in TEXT_ROLES:
            return (member.name, member.organisation, member.role, member.phone,
                    member.email)[index.column()]
        if int(role) == int(MEMBER_ROLE):
            return member
        return None
