"""The editable table of the contact and meeting editors (emails, phones, promised actions): a few
rows always in view, whole rows selected, an open cell edit committable before saving; "Add" puts
the cursor into the new row. A date column takes words or a day from the calendar.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QWidget,
)

from desktop_app.ui.contacts.date_field import DateDelegate

VISIBLE_ROWS = 4


class EditorTable(QTableWidget):
    """A table of the editor: rows tall enough to see a few, an open cell edit committable."""

    def __init__(self, columns: list[str], name: str, parent=None) -> None:
        super().__init__(0, len(columns), parent)
        self.setHorizontalHeaderLabels(columns)
        self.setAccessibleName(name)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMinimumHeight(self.horizontalHeader().sizeHint().height()
                              + VISIBLE_ROWS * self.verticalHeader().defaultSectionSize()
                              + 2 * self.frameWidth())

    def commit_edit(self) -> None:
        """Keep what is typed in an open cell editor (before saving with Ctrl+Enter)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def edit_row(self, row: int, column: int = 0) -> None:
        """Put the cursor into a cell, ready for typing."""
        self.setCurrentCell(row, column)
        self.setFocus()
        self.editItem(self.item(row, column))

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)

    def set_date_column(self, column: int) -> None:
        """A column of dates, typed ("+3d", "mañana", an ISO date) or picked from the calendar
        (`DateDelegate`), as wide as a date and the calendar button; the user may widen it."""
        self.setItemDelegateForColumn(column, DateDelegate(self))
        self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(column, self.fontMetrics().horizontalAdvance("2025-12-31") + 48)


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """A table's buttons (Add, Remove, ...), side by side under it, on the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
