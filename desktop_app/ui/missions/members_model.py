"""The delegation of a mission: one row per member (name, organisation, role, mobile, e-mail).

Fed by `set_members` with the mission's `members`; nothing is ever cut (the view wraps and the
tooltip has the whole value).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.userdata.mission_models import Member

_ROOT = QModelIndex()  # the default parent: the model's root

COLUMN_COUNT = 5  # name, organisation, role, mobile, e-mail
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1  # the Member of a row

_TEXT_ROLES = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
               int(Qt.ItemDataRole.AccessibleTextRole))


class MembersTableModel(QAbstractTableModel):
    """The members in the delegation's order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []

    def set_members(self, members: list[Member]) -> None:
        self.beginResetModel()
        self._members = list(members)
        self.endResetModel()

    def member_at(self, row: int) -> Member | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and int(role) == _TEXT_ROLES[0]
                and 0 <= section < COLUMN_COUNT):
            return (self.tr("Name"), self.tr("Organisation"), self.tr("Role"), self.tr("Mobile"),
                    self.tr("E-mail"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        member = self.member_at(index.row()) if index.isValid() else None
        if member is None:
            return None
        if int(role) in _TEXT_ROLES:
            return (member.name, member.organisation, member.role, member.phone,
                    member.email)[index.column()]
        if int(role) == int(MEMBER_ROLE):
            return member
        return None
