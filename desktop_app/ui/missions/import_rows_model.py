"""The rows of a calendar import's preview: each event of the file and what importing it does.

One row per planned meeting (`CalendarService.preview_import(...).rows`): ticked to import (the
user unticks what to skip), new or an update of a meeting imported before, when on which clock,
and what it was matched to (clusters, contacts, delegation members) or left for the user to
link. The first column's check box is the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop_app.services.calendar_files import ADD, ImportRow
from desktop_app.ui.common.rows_table_model import TEXT_ROLES, RowsTableModel

COLUMN_COUNT = 9
IMPORT, WHEN, CLOCK, TITLE, CLUSTERS, CONTACTS, DELEGATION, UNMATCHED, NOTES = range(COLUMN_COUNT)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)


class ImportRowsModel(RowsTableModel):
    """The planned meetings, each ticked to import until the user unticks it."""

    ticks_changed = Signal()
    column_count = COLUMN_COUNT

    def __init__(self, rows: list[ImportRow], parent=None) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._skipped: set[int] = set()

    def skipped(self) -> set[int]:
        """The indexes of the rows not to import."""
        return set(self._skipped)

    def ticked_count(self) -> int:
        return len(self._rows) - len(self._skipped)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Import"), self.tr("When"), self.tr("Clock"), self.tr("Title"),
                self.tr("Clusters"), self.tr("Contacts"), self.tr("Delegation"),
                self.tr("To link by hand"), self.tr("Notes"))

    def row_texts(self, row: ImportRow) -> tuple[str, ...]:
        m = row.meeting
        return (self.tr("New") if row.action == ADD else self.tr("Update"),
                m.start_local.replace("T", " "), "" if m.all_day else m.tz, m.title,
                ", ".join(row.clusters), ", ".join(row.contacts), ", ".join(row.members),
                ", ".join(row.unmatched), "; ".join(row.notes))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        row = self._row_of(index)
        if row is None:
            return None
        role = int(role)
        if role == _CHECK and index.column() == 0:
            return (Qt.CheckState.Unchecked if index.row() in self._skipped
                    else Qt.CheckState.Checked)
        if role in TEXT_ROLES:
            text = self.row_texts(row)[index.column()]
            return text or (None if role != TEXT_ROLES[0] else "")
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or int(role) != _CHECK:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._skipped.discard(index.row())
        else:
            self._skipped.add(index.row())
        self.dataChanged.emit(index, index, [_CHECK])
        self.ticks_changed.emit()
        return True

    def set_all(self, ticked: bool) -> None:
        self._skipped = set() if ticked else set(range(len(self._rows)))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.ticks_changed.emit()
