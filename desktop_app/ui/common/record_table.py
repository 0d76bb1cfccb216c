"""The read-only table of records the Missions tab shows (clusters to visit, delegation, agenda):
whole rows, one at a time, nothing edited in place (Enter or a double click asks the panel), long
text wrapped rather than cut, no row numbers, and Tab leaves the table (the arrows, Page and Home
move in it). Delete on the table (only while it has the focus) calls the panel's own removal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QTableView


def record_table(model: QAbstractItemModel, name: str, on_delete: Callable[[], None]) -> QTableView:
    """A table over `model`, named `name` for screen readers; Delete calls `on_delete`."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    QShortcut(QKeySequence.StandardKey.Delete, table, activated=on_delete,
              context=Qt.ShortcutContext.WidgetShortcut)
    return table
