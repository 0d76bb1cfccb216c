"""The cluster table: sortable by clicking a header, keyboard navigable, whole rows selected.

Columns: the name stretches over what the others leave; every other column is as wide as its
longest value (`fit_columns`, from the catalogue's sectors, states and acronyms, not from the rows
shown, so the columns do not jump while the user types), the sector on at most two lines. Names
are not cut: a name (or sector) wider than its column wraps, and its row grows to the lines it
needs, up to `MAX_LINES` (then the last line ends in "…" and the tooltip has it whole). Rows are
measured here, for the rows loaded (a page at a time), with the font's metrics: Qt's own
ResizeToContents would ask the Python model a dozen roles per cell of every row at every reset.
The ★ column comes first and narrow. When nothing matches, an `EmptyState` over the rows says why
and offers "Clear search and filters" (`clear_requested`).

A click on a row's ★ asks the window to star or unstar it (`star_clicked`); `first_painted` tells
the window when the table has been drawn once (the user's data is read after that).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.ui.browse.cluster_table_model import (
    COLUMNS,
    IN_LISTS,
    MATCH_COLUMN,
    STAR,
    STAR_COLUMN,
    Role,
    column_of,
)
from desktop_app.ui.browse.empty_state import EmptyState

NAME_COLUMN, SECTOR_COLUMN = column_of("name"), column_of("sector")
NAME_ROOM = 380  # below this much room for the name, the sector column wraps onto two lines
NAME_MIN = 220  # the room the name keeps when "Matched in" is shown
MATCH_WIDTH, MATCH_MIN = 170, 110  # "Matched in" at most, at least (else hidden)
TEXT_MARGINS = 8
COLUMN_ROOM = 6  # besides the cell's own text margins, so that values do not touch
SORT_ARROW = 16  # what the header's sort indicator takes beside the title
MAX_STAR_WIDTH = 39
MAX_LINES = 6  # a row grows to this many lines for a long name (Spanish at 1280 px: 6)
ROW_PADDING = 8  # above and below a row's text


def two_line_width(metrics, text: str) -> int:
    """The narrowest width that shows `text` on two lines, broken at a space."""
    words = text.split(" ")
    if len(words) == 1:
        return metrics.horizontalAdvance(text)
    return min(max(metrics.horizontalAdvance(" ".join(words[:i])),
                   metrics.horizontalAdvance(" ".join(words[i:])))
               for i in range(1, len(words)))


class ClusterTableView(QTableView):
    star_clicked = Signal(str)  # the cluster id of the row whose star was clicked
    first_painted = Signal()
    clear_requested = Signal()  # "Clear search and filters" of the empty table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        self._empty: EmptyState | None = None  # made the first time nothing matches
        self._widths: dict[str, int] = {}
        self._sector_widths = (0, 0)  # on one line, on two lines
        self._searching = False  # "Matched in" is wanted
        self._lines: dict[tuple[str, int], int] = {}  # (text, width) -> lines it takes
        self.clicked.connect(self._clicked)
        self.setAccessibleName(self.tr("Clusters"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows, Page and Home move in it
        self.setSortingEnabled(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        self.setWordWrap(True)  # only the name and the sector are ever narrower than their text
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setMinimumSectionSize(24)
        header.sectionResized.connect(self._section_resized)

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self.fit_rows)
        model.rowsInserted.connect(lambda _parent, first, last: self.fit_rows(first, last + 1))

    # --- columns ---------------------------------------------------------------------------------

    def fit_columns(self, samples: Mapping[str, Iterable[str]]) -> None:
        """Size every column but the name to its title and its longest value in `samples`
        (values by column key); the name stretches; the ★ column first."""
        metrics = self.fontMetrics()
        room = self.text_margins() + COLUMN_ROOM

        def width(key: str, measure) -> int:
            title = metrics.horizontalAdvance(self.model().title(column_of(key))) + SORT_ARROW
            return max([title] + [measure(text) for text in samples.get(key, ())]) + room

        self._widths = {spec.key: width(spec.key, metrics.horizontalAdvance)
                        for spec in COLUMNS if spec.key and spec.key != "name"}
        self._sector_widths = (self._widths["sector"],
                               width("sector", lambda text: two_line_width(metrics, text)))
        self.apply_column_layout()

    def apply_column_layout(self) -> None:
        """The resize modes and widths (again after a saved header state was restored: it brings
        its own): name stretched, others fitted, ★ first, the rest by `_fit_to_width`."""
        header = self.horizontalHeader()
        if header.count() <= STAR_COLUMN:
            return
        header.setStretchLastSection(False)
        for column, spec in enumerate(COLUMNS):
            if column == NAME_COLUMN:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif column != STAR_COLUMN:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, self._widths.get(spec.key, MATCH_WIDTH))
        self.place_star_column()
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        """Share the width between the name and the columns that can give way: while searching,
        "Matched in" takes what the name can spare above `NAME_MIN` (at most `MATCH_WIDTH`) and
        stays hidden below `MATCH_MIN` (the reasons are in every row's tooltip); the sector is on
        one line when the name keeps `NAME_ROOM`, else on two."""
        one, two = self._sector_widths
        if not one:
            return
        header = self.horizontalHeader()
        flexible = (NAME_COLUMN, SECTOR_COLUMN, MATCH_COLUMN)
        fixed = sum(header.sectionSize(c) for c in range(header.count())
                    if c not in flexible and not header.isSectionHidden(c))
        free = header.width() - fixed  # the viewport's width (asking viewport() for it costs
        # ~10 ms the first time: PySide resolves the type of a QWidget*)
        match = min(MATCH_WIDTH, free - two - NAME_MIN) if self._searching else 0
        match = match if match >= MATCH_MIN else 0
        if match:
            header.resizeSection(MATCH_COLUMN, match)
        if self.isColumnHidden(MATCH_COLUMN) != (match == 0):
            self.setColumnHidden(MATCH_COLUMN, match == 0)
        sector = one if free - match - one >= NAME_ROOM else two
        if sector != self.columnWidth(SECTOR_COLUMN):
            header.resizeSection(SECTOR_COLUMN, sector)

    def place_star_column(self) -> None:
        """The ★ column first and narrow, also after restoring a header saved without it."""
        header = self.horizontalHeader()
        if header.count() <= STAR_COLUMN:
            return
        if header.visualIndex(STAR_COLUMN) != 0:
            header.moveSection(header.visualIndex(STAR_COLUMN), 0)
        header.setSectionResizeMode(STAR_COLUMN, QHeaderView.ResizeMode.Fixed)
        width = self.fontMetrics().horizontalAdvance(STAR + IN_LISTS) + 10
        header.resizeSection(STAR_COLUMN, min(MAX_STAR_WIDTH, width))

    # --- rows ------------------------------------------------------------------------------------

    def fit_rows(self, first: int = 0, last: int | None = None,
                 resized: tuple[int, int] | None = None) -> None:
        """Each loaded row as high as the lines its name and sector need in their columns
        (`resized`: a column's new width, which the header announces before it returns it)."""
        model = self.model()
        if model is None or not self.isVisible():  # widths settle when shown: showEvent
            return
        last = model.rowCount() if last is None else last
        metrics = self.fontMetrics()
        header = self.verticalHeader()
        one_line = header.defaultSectionSize()
        widths = {NAME_COLUMN: self.columnWidth(NAME_COLUMN),
                  SECTOR_COLUMN: self.columnWidth(SECTOR_COLUMN)}
        if resized is not None:
            widths[resized[0]] = resized[1]
        name_width = widths[NAME_COLUMN] - self.text_margins()
        sector_width = widths[SECTOR_COLUMN] - self.text_margins()
        for row in range(first, last):
            summary = model.summary(row)
            lines = max(self._lines_of(metrics, summary.name, name_width),
                        self._lines_of(metrics, summary.sector_name, sector_width))
            height = one_line + (lines - 1) * metrics.lineSpacing()
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)

    @staticmethod
    def text_margins() -> int:
        """What a cell leaves around its text, left and right: Qt's item views leave the style's
        focus frame margin plus one on each side (3 in Fusion, Windows and macOS); a little more
        is counted, so that a name wraps a little early rather than being cut."""
        return TEXT_MARGINS

    def _lines_of(self, metrics, text: str, width: int) -> int:
        key = (text, width)
        lines = self._lines.get(key)
        if lines is None:
            if width <= 0 or metrics.horizontalAdvance(text) <= width:
                lines = 1
            else:
                wrapped = metrics.boundingRect(QRect(0, 0, width, 100_000),
                                               int(Qt.TextFlag.TextWordWrap), text)
                lines = min(MAX_LINES, max(1, round(wrapped.height() / metrics.lineSpacing())))
            if len(self._lines) > 20_000:
                self._lines.clear()
            self._lines[key] = lines
        return lines

    def _section_resized(self, column: int, old: int, new: int) -> None:
        if column in (NAME_COLUMN, SECTOR_COLUMN) and old != new:
            self.fit_rows(resized=(column, new))

    def show_star_column(self, shown: bool) -> None:
        self.setColumnHidden(STAR_COLUMN, not shown)

    def show_match_column(self, shown: bool) -> None:
        """While the user searches, "Matched in" says why each row matched (where it fits)."""
        if shown != self._searching:
            self._searching = shown
            self._fit_to_width()

    # --- the empty table -------------------------------------------------------------------------

    def show_empty(self, words: str | None) -> None:
        """Over the rows: "No cluster matches" and `words`, the filter in a sentence
        (`empty_state.filter_words`); None hides it."""
        if words is None:
            if self._empty is not None:
                self._empty.hide()
            return
        if self._empty is None:
            self._empty = EmptyState(self.viewport())
            self._empty.clear_requested.connect(self.clear_requested)
        self._empty.set_filter_words(words)
        self._empty.setGeometry(self.viewport().rect())
        self._empty.show()

    def empty_state(self) -> EmptyState | None:
        """The empty-table notice while it is shown, else None."""
        return self._empty if self._empty is not None and not self._empty.isHidden() else None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_to_width()
        self.fit_rows()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_to_width()
        if self._empty is not None:
            self._empty.setGeometry(self.viewport().rect())

    # --- the rest --------------------------------------------------------------------------------

    def _clicked(self, index) -> None:
        if index.column() == STAR_COLUMN and index.data(Role.Id):
            self.star_clicked.emit(index.data(Role.Id))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, in table order."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.model().index(row, 0).data(Role.Id) for row in rows]
