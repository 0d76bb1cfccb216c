"""The base of the small read-only table models: a list of records, one per row, with the
column titles the subclass gives (`headers`, translated in the subclass's context) and its cells
(`data`). A cell's text is also its tooltip and what a screen reader says (`TEXT_ROLES`), so
nothing the view wraps or cuts is lost.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ROOT = QModelIndex()  # the default parent: the model's root
TEXT_ROLES = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
              int(Qt.ItemDataRole.AccessibleTextRole))


class RowsTableModel(QAbstractTableModel):
    """`column_count` columns titled by `headers()`; the records in `_rows`."""

    column_count = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> tuple[str, ...]:
        """The column titles, in the interface's language."""
        raise NotImplementedError

    def _set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _row_of(self, index: QModelIndex | QPersistentModelIndex) -> Any | None:
        """The record of a cell; None for an invalid index or one past the rows."""
        return self.row_at(index.row()) if index.isValid() else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else self.column_count

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and int(role) == TEXT_ROLES[0]
                and 0 <= section < self.column_count):
            return self.headers()[section]
        return None
