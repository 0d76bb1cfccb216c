"""Table models of the contacts views: the contact list and the "to follow up" agenda.

Both are fed by a method that resets them (`set_contacts`, `set_follow_ups`) with what the
ContactsService returned; they hold no SQL and ask nothing themselves. Named roles give views and
tests the record rather than its text.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop_app.services.follow_up_agenda import DAYS_AHEAD, AgendaItem, Group
from desktop_app.ui.common.locale_words import day_text
from desktop_app.userdata.models import PRIORITIES, Contact

OVERDUE = QColor("#b3261e")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_SIZE = int(Qt.ItemDataRole.SizeHintRole)
_ROOT = QModelIndex()


class ContactRole(IntEnum):
    Uid = Qt.ItemDataRole.UserRole + 1
    Contact = Qt.ItemDataRole.UserRole + 2
    Due = Qt.ItemDataRole.UserRole + 3  # ISO date of the next open follow-up, or ""


class FollowUpRole(IntEnum):
    ContactUid = Qt.ItemDataRole.UserRole + 1
    FollowUpUid = Qt.ItemDataRole.UserRole + 2
    Item = Qt.ItemDataRole.UserRole + 3


CONTACT_COLUMNS = ("name", "organisation", "role", "emails", "phones", "clusters", "tags",
                   "priority", "next")  # the columns' keys, in order
FOLLOW_UP_COLUMN_COUNT = 6  # due, name, organisation, action, phone, email


def _today() -> str:
    return dt.date.today().isoformat()


def priority_text(priority: int) -> str:
    """'High', 'Medium', 'Low', or '' for none (`PRIORITIES`)."""
    words = {1: QCoreApplication.translate("contacts_table_model", "Low"),
             2: QCoreApplication.translate("contacts_table_model", "Medium"),
             3: QCoreApplication.translate("contacts_table_model", "High")}
    return words.get(priority, PRIORITIES.get(priority, "").capitalize())


class ContactsTableModel(QAbstractTableModel):
    """One row per contact, in the order given."""

    def __init__(self, parent=None, *, cluster_names: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._contacts: list[Contact] = []
        self._cluster_names = cluster_names or {}

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self.endResetModel()

    def set_cluster_names(self, names: dict[str, str]) -> None:
        self.beginResetModel()
        self._cluster_names = dict(names)
        self.endResetModel()

    def contacts(self) -> list[Contact]:
        return list(self._contacts)

    def contact_at(self, row: int) -> Contact | None:
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    def row_of(self, uid: str) -> int:
        for row, contact in enumerate(self._contacts):
            if contact.uid == uid:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(CONTACT_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and int(role) == _DISPLAY
                and 0 <= section < len(CONTACT_COLUMNS)):
            return (self.tr("Name"), self.tr("Organisation"), self.tr("Role"), self.tr("Emails"),
                    self.tr("Phones"), self.tr("Clusters"), self.tr("Tags"), self.tr("Priority"),
                    self.tr("Next follow-up"))[section]
        return None

    def _cell(self, c: Contact, column: int) -> str:
        if column == 0:
            return c.display_name
        if column == 1:
            return c.organisation
        if column == 2:
            return c.role
        if column == 3:
            return ", ".join(e.address for e in c.emails)
        if column == 4:
            return ", ".join(p.number for p in c.phones)
        if column == 5:
            return ", ".join(self._cluster_names.get(i, i) for i in c.cluster_ids)
        if column == 6:
            return ", ".join(c.tags)
        if column == 7:
            return priority_text(c.priority)
        nxt = c.next_follow_up()
        if nxt is None:
            return ""
        return f"{nxt.due}  {nxt.action}".strip() if nxt.due else nxt.action

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        c = self._contacts[index.row()]
        role = int(role)
        if role == _DISPLAY:
            return self._cell(c, index.column())
        if role == _TOOLTIP:
            if index.column() == 5 and c.cluster_ids:
                return "\n".join(self._cluster_names.get(i) or self.tr(
                    "{id} (not in the catalogue)").format(id=i) for i in c.cluster_ids)
            text = self._cell(c, index.column())
            return text or None
        if role == _FOREGROUND and index.column() == 8:
            nxt = c.next_follow_up()
            if nxt and nxt.due and nxt.due <= _today():
                return OVERDUE
            return None
        if role == int(ContactRole.Uid):
            return c.uid
        if role == int(ContactRole.Contact):
            return c
        if role == int(ContactRole.Due):
            nxt = c.next_follow_up()
            return nxt.due if nxt else ""
        return None


class FollowUpTableModel(QAbstractTableModel):
    """The "to follow up" agenda: a heading row per group (Overdue, Today, This week, ...), then
    one row per open follow-up with the person's phone and email. Headings are not selectable;
    `is_heading(row)` tells the view to span them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[str | AgendaItem] = []

    def set_agenda(self, items: list[AgendaItem], today: dt.date | None = None,
                   days: int = DAYS_AHEAD) -> None:
        """The items, with a heading for each group ('This week (to Tue 9 Dec) · 3')."""
        self.beginResetModel()
        self._rows = []
        group = None
        for item in items:
            if item.group is not group:
                group = item.group
                count = sum(1 for i in items if i.group is group)
                self._rows.append(f"{self.group_title(group, today, days)} · {count}")
            self._rows.append(item)
        self.endResetModel()

    def group_title(self, group: Group, today: dt.date | None = None,
                    days: int = DAYS_AHEAD) -> str:
        """A group's heading: 'This week (to Tue 9 Dec)' says where the week ends."""
        if group is Group.THIS_WEEK:
            end = (today or dt.date.today()) + dt.timedelta(days=days)
            return self.tr("This week (to {day})").format(day=day_text(end, short=True,
                                                                       year=False))
        return {Group.OVERDUE: self.tr("Overdue"), Group.TODAY: self.tr("Today"),
                Group.LATER: self.tr("Later"), Group.UNDATED: self.tr("No date")}[group]

    def item_at(self, row: int) -> AgendaItem | None:
        if 0 <= row < len(self._rows) and isinstance(self._rows[row], AgendaItem):
            return self._rows[row]
        return None

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], str)

    def items(self) -> list[AgendaItem]:
        return [r for r in self._rows if isinstance(r, AgendaItem)]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else FOLLOW_UP_COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and int(role) == _DISPLAY
                and 0 <= section < FOLLOW_UP_COLUMN_COUNT):
            return (self.tr("Due"), self.tr("Name"), self.tr("Organisation"), self.tr("Action"),
                    self.tr("Phone"), self.tr("Email"))[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if self.is_heading(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        role = int(role)
        if isinstance(row, str):  # a group's heading
            if role == _DISPLAY and index.column() == 0:
                return row
            if role == _SIZE:  # spans the row: it must not widen the Due column
                return QSize(0, 0)
            if role == _FONT:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == _DISPLAY:
            return self._cell(row, index.column())
        if role == _TOOLTIP:
            if index.column() == 4 and len(row.phones) > 1:
                return "\n".join(row.phones)
            if index.column() == 5 and len(row.emails) > 1:
                return "\n".join(row.emails)
            return self._cell(row, index.column()) or None
        if role == _FOREGROUND and row.group is Group.OVERDUE:
            return OVERDUE
        if role == int(FollowUpRole.ContactUid):
            return row.due.contact_uid
        if role == int(FollowUpRole.FollowUpUid):
            return row.due.follow_up.uid
        if role == int(FollowUpRole.Item):
            return row
        return None

    @staticmethod
    def _cell(item: AgendaItem, column: int) -> str:
        due = item.due
        return (due.follow_up.due or "—", due.contact_name, due.organisation,
                due.follow_up.action, item.phone, item.email)[column]
