"""The clusters the mission visits, with the meetings planned with each, and the ways to add
them: the clusters selected in the Clusters tab's table, one of the user's lists, or every
cluster the current search and filters show. "Plan a meeting…" (or Enter) opens the meeting
editor with the cluster under the cursor; Remove (Delete) takes a cluster out of the mission
(its meetings stay). The panel shows and asks; what happens is the tab's.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.common.record_table import record_table
from desktop_app.ui.missions.mission_clusters_model import CLUSTER_ID_ROLE, MissionClustersModel


class ClustersPanel(QWidget):
    """The mission's clusters table and its buttons."""

    add_selected_requested = Signal()
    add_list_requested = Signal()
    add_shown_requested = Signal()
    remove_requested = Signal(str)  # cluster id
    plan_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MissionClustersModel(self)
        self.table = record_table(self.model, self.tr("Clusters to visit"),
                                  lambda: self._emit(self.remove_requested))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda column, old, new: column == 0 and old != new
                                      and self.table.resizeRowsToContents())
        self.table.activated.connect(lambda index: self._emit(self.plan_requested))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.add_selected_button = QPushButton(self.tr("Add &selected clusters"))
        self.add_selected_button.setAccessibleName(self.tr("Add the clusters selected in the "
                                                           "table"))
        self.add_selected_button.setToolTip(self.tr("The clusters selected in the Clusters "
                                                    "tab's table"))
        self.add_list_button = QPushButton(self.tr("Add from a &list…"))
        self.add_list_button.setAccessibleName(self.tr("Add the clusters of one of your lists"))
        self.add_shown_button = QPushButton(self.tr("Add all sho&wn clusters"))
        self.add_shown_button.setAccessibleName(self.tr("Add every cluster the search and "
                                                        "filters show"))
        self.add_shown_button.setToolTip(self.tr("Every cluster the Clusters tab shows now (its "
                                                 "search and filters)"))
        self.plan_button = QPushButton(self.tr("&Plan a meeting…"))
        self.plan_button.setAccessibleName(self.tr("Plan a meeting with the selected cluster"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected cluster from the "
                                                     "mission"))
        self.remove_button.setToolTip(self.tr("Take it out of the mission (its meetings stay)"))
        self.add_selected_button.clicked.connect(self.add_selected_requested)
        self.add_list_button.clicked.connect(self.add_list_requested)
        self.add_shown_button.clicked.connect(self.add_shown_requested)
        self.plan_button.clicked.connect(lambda: self._emit(self.plan_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        row = QHBoxLayout()
        for button in (self.add_selected_button, self.add_list_button, self.add_shown_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.plan_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CLUSTER_ID_ROLE) if rows else None

    def _emit(self, signal) -> None:
        cluster_id = self.selected_id()
        if cluster_id:
            signal.emit(cluster_id)

    def refreshed(self) -> None:
        """After the model was filled: rows as high as their wrapped names."""
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.plan_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
