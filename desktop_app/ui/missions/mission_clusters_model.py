"""The clusters a mission visits: one row per cluster (name, acronym, state, sector) with the
number of meetings planned with it.

Fed by `set_clusters` with `MissionsService.clusters(mission)` and the meeting counts from the
agenda; a cluster that left the catalogue is kept and said so.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.catalogue.models import ClusterSummary

_ROOT = QModelIndex()  # the default parent: the model's root

COLUMN_COUNT = 5  # cluster, acronym, state, sector, meetings
CLUSTER_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_TEXT_ROLES = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
               int(Qt.ItemDataRole.AccessibleTextRole))


class MissionClustersModel(QAbstractTableModel):
    """The mission's clusters in the order they were added."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ClusterSummary | None]] = []
        self._meetings: dict[str, int] = {}

    def set_clusters(self, cluster_ids: list[str], summaries: dict[str, ClusterSummary],
                     meetings: dict[str, int]) -> None:
        self.beginResetModel()
        self._rows = [(cid, summaries.get(cid)) for cid in cluster_ids]
        self._meetings = dict(meetings)
        self.endResetModel()

    def cluster_id_at(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and int(role) == _TEXT_ROLES[0]
                and 0 <= section < COLUMN_COUNT):
            return (self.tr("Cluster"), self.tr("Acronym"), self.tr("State"), self.tr("Sector"),
                    self.tr("Meetings"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cluster_id, summary = self._rows[index.row()]
        if int(role) == int(CLUSTER_ID_ROLE):
            return cluster_id
        if int(role) not in _TEXT_ROLES:
            return None
        if summary is None:
            return (self.tr("{id} (no longer in the catalogue)").format(id=cluster_id), "", "",
                    "",
                    str(self._meetings.get(cluster_id, 0)))[index.column()]
        count = self._meetings.get(cluster_id, 0)
        return (summary.name, summary.acronym or "", summary.state_name or "",
                summary.sector_name, str(count) if count else self.tr("none yet"))[index.column()]
