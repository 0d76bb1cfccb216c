"""The cluster table: sortable by clicking a header, keyboard navigable, whole rows selected.

A click on a row's ★ asks the window to star or unstar it (`star_clicked`); `first_painted` tells
the window when the table has been drawn once (the user's data is read after that).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.ui.browse.cluster_table_model import COLUMNS, MATCH_COLUMN, STAR_COLUMN, Role

COLUMN_WIDTHS = {"name": 236, "acronym": 76, "sector": 136, "state": 112, "label": 64,
                 "members": 66}
STAR_WIDTH = 26


class ClusterTableView(QTableView):
    star_clicked = Signal(str)  # the cluster id of the row whose star was clicked
    first_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        self.clicked.connect(self._clicked)
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
        self.place_star_column()

    def place_star_column(self) -> None:
        """The ★ column first and narrow, also after restoring a header saved without it."""
        header = self.horizontalHeader()
        if header.count() <= STAR_COLUMN:
            return
        if header.visualIndex(STAR_COLUMN) != 0:
            header.moveSection(header.visualIndex(STAR_COLUMN), 0)
        header.setSectionResizeMode(STAR_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(STAR_COLUMN, STAR_WIDTH)

    def show_star_column(self, shown: bool) -> None:
        self.setColumnHidden(STAR_COLUMN, not shown)

    def _clicked(self, index) -> None:
        if index.column() == STAR_COLUMN and index.data(Role.Id):
            self.star_clicked.emit(index.data(Role.Id))

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, in table order."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.model().index(row, 0).data(Role.Id) for row in rows]

    def show_match_column(self, shown: bool) -> None:
        self.setColumnHidden(MATCH_COLUMN, not shown)
