"""The agenda of the mission shown: the meetings by day on the place's clock, their status, and
their conflicts flagged (an icon whose tooltip says what clashes, and a summary line above the
table that states the rule); conflicts never block anything.

"Show home times" adds a column with each meeting's times in the delegation's home zone (when
the mission has one). Enter or a double click edits the meeting under the cursor, Delete deletes
it (undoable). The panel only shows and asks: what happens is the tab's (`new_requested`, ...).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.agenda import AgendaEntry
from desktop_app.ui.common.locale_words import zone_city
from desktop_app.ui.common.record_table import record_table
from desktop_app.ui.missions.agenda_model import (
    CLOCK,
    CLUSTERS,
    COLUMN_COUNT,
    FLAG,
    HOME,
    PLACE,
    STATUS,
    TIME,
    TITLE,
    WHO,
    AgendaRole,
    AgendaTableModel,
)
from desktop_app.userdata.mission_models import Mission

SHARES = {TITLE: 4, CLUSTERS: 2, WHO: 2, PLACE: 2}  # of the width the times leave
MIN_SHARED = 420  # pixels for those four at least (the table scrolls sideways below that)
FLAG_WIDTH = 28
WARNING_STYLE = ("color: #7a4b00; background: #fff4e0; border: 1px solid #e0a030; "
                 "border-radius: 3px; padding: 4px;")


class AgendaPanel(QWidget):
    """The agenda table, its buttons, the home-time switch and the conflicts line."""

    new_requested = Signal()
    edit_requested = Signal(int)  # meeting id
    done_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgendaTableModel(self)
        self.table = record_table(self.model, self.tr("Agenda by day"), self._delete)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().sectionResized.connect(self._column_resized)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.new_button = QPushButton(self.tr("New &meeting…"))
        self.new_button.setAccessibleName(self.tr("New meeting"))
        self.new_button.setToolTip(self.tr("Plan a meeting of this mission"))
        self.edit_button = QPushButton(self.tr("Edit meeting…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected meeting"))
        self.done_button = QPushButton(self.tr("Mar&k done…"))
        self.done_button.setAccessibleName(self.tr("Mark the selected meeting done"))
        self.done_button.setToolTip(self.tr("Done: write its outcome and the actions promised"))
        self.delete_button = QPushButton(self.tr("Delete meeting"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected meeting"))
        self.delete_button.setToolTip(self.tr("Delete the selected meeting (Delete); Undo "
                                              "brings it back"))
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(lambda: self._with_selected(self.edit_requested))
        self.done_button.clicked.connect(lambda: self._with_selected(self.done_requested))
        self.delete_button.clicked.connect(self._delete)
        self.home_toggle = QCheckBox(self.tr("Show home time&s"))
        self.home_toggle.setAccessibleName(self.tr("Show the times in the delegation's home "
                                                   "zone"))
        self.home_toggle.toggled.connect(self._show_home)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Conflicts and the rule"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.done_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.home_toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._show_home(False)
        self._update_buttons()

    def set_agenda(self, mission: Mission, entries: list[AgendaEntry], days: list[dt.date],
                   titles: dict[int, str]) -> None:
        """Show a mission's agenda (the selection stays on the same meeting if it still is)."""
        selected = self.selected_meeting_id()
        self.model.set_agenda(entries, days, titles, mission.home_tz)
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, COLUMN_COUNT)
        self._fit()
        home = zone_city(mission.home_tz) if mission.home_tz else ""
        self.home_toggle.setEnabled(bool(home))
        self.home_toggle.setText(self.tr("Show home time&s ({city})").format(city=home) if home
                                 else self.tr("Show home time&s"))
        self.home_toggle.setToolTip("" if home else
                                    self.tr("Give the mission a home zone (Edit mission…) to "
                                            "see the times on the delegation's own clock"))
        self._show_home(self.home_toggle.isChecked() and bool(home))
        self.summary.setText(self.model.summary())
        self.summary.setStyleSheet(WARNING_STYLE if self.model.conflict_count() else "")
        if selected is not None:
            self.select_meeting(selected)
        self._update_buttons()

    def clear(self) -> None:
        """No mission: nothing shown."""
        self.model.set_agenda([], [], {})
        self.table.clearSpans()
        self.summary.setText("")
        self.summary.setStyleSheet("")
        self._update_buttons()

    def _fit(self) -> None:
        """Times, clocks and status as wide as they are; the rest of the width shared by the
        title (the most), clusters, who and place, none wider than its text needs (what it
        leaves goes to the title); longer text wraps, the row grows."""
        table, header = self.table, self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fixed = 0
        for column in (TIME, CLOCK, HOME, STATUS):
            table.resizeColumnToContents(column)
            fixed += 0 if table.isColumnHidden(column) else header.sectionSize(column)
        header.resizeSection(FLAG, FLAG_WIDTH)
        room = max(MIN_SHARED, table.viewport().width() - fixed - FLAG_WIDTH)
        shares = sum(SHARES.values())
        widths = {column: min(max(table.sizeHintForColumn(column),
                                  header.sectionSizeFromContents(column).width()) + 8,
                              room * share // shares) for column, share in SHARES.items()}
        widths[TITLE] = room - sum(w for column, w in widths.items() if column != TITLE)
        for column, width in widths.items():
            header.resizeSection(column, width)
        table.resizeRowsToContents()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _show_home(self, shown: bool) -> None:
        self.table.setColumnHidden(HOME, not shown)
        self._fit()

    def _column_resized(self, column: int, old: int, new: int) -> None:
        """Rows as high as their wrapped text needs in the title's new width."""
        if column == TITLE and old != new:
            self.table.resizeRowsToContents()

    def selected_meeting_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        meeting_id = rows[0].data(AgendaRole.MeetingId) if rows else None
        return meeting_id or None

    def select_meeting(self, meeting_id: int) -> bool:
        row = self.model.row_of(meeting_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _with_selected(self, signal) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id:
            signal.emit(meeting_id)

    def _activated(self, index) -> None:
        meeting_id = index.data(AgendaRole.MeetingId)
        if meeting_id:
            self.edit_requested.emit(meeting_id)

    def _delete(self) -> None:
        self._with_selected(self.delete_requested)

    def _update_buttons(self) -> None:
        selected = self.selected_meeting_id() is not None
        for button in (self.edit_button, self.done_button, self.delete_button):
            button.setEnabled(selected)
