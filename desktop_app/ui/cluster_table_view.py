"""The cluster table: sortable by clicking a header, keyboard navigable, whole rows selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.ui.cluster_table_model import COLUMNS, MATCH_COLUMN

COLUMN_WIDTHS = {"name": 240, "acronym": 76, "sector": 116, "state": 112, "label": 64,
                 "members": 66}


class ClusterTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows, Page and Home move in it
        self.setSortingEnabled(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setMinimumSectionSize(40)

    def apply_default_widths(self) -> None:
        for column, spec in enumerate(COLUMNS):
            if spec.key in COLUMN_WIDTHS:
                self.setColumnWidth(column, COLUMN_WIDTHS[spec.key])

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, in table order."""
        from desktop_app.ui.cluster_table_model import Role

        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.model().index(row, 0).data(Role.Id) for row in rows]

    def show_match_column(self, shown: bool) -> None:
        self.setColumnHidden(MATCH_COLUMN, not shown)
