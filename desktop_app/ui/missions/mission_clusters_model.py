"""The clusters a mission visits: one row per cluster (name, acronym, state, sector) with the
number of meetings planned with it.

Fed by `set_clusters` with `MissionsService.clusters(mission)` and the meeting counts from the
agenda; a cluster that left the catalogue is kept and said so.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_app.catalogue.models import ClusterSummary
from desktop_app.ui.common.rows_table_model import TEXT_ROLES, RowsTableModel

COLUMN_COUNT = 5  # cluster, acronym, state, sector, meetings
CLUSTER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MissionClustersModel(RowsTableModel):
    """The mission's clusters in the order they were added: (cluster id, its summary or None)."""

    column_count = COLUMN_COUNT

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._meetings: dict[str, int] = {}

    def set_clusters(self, cluster_ids: list[str], summaries: dict[str, ClusterSummary],
                     meetings: dict[str, int]) -> None:
        self._meetings = dict(meetings)
        self._set_rows([(cid, summaries.get(cid)) for cid in cluster_ids])

    def cluster_id_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found[0] if found else None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Cluster"), self.tr("Acronym"), self.tr("State"), self.tr("Sector"),
                self.tr("Meetings"))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        found = self._row_of(index)
        if found is None:
            return None
        cluster_id, summary = found
        if int(role) == int(CLUSTER_ID_ROLE):
            return cluster_id
        if int(role) not in TEXT_ROLES:
            return None
        if summary is None:
            return (self.tr("{id} (no longer in the catalogue)").format(id=cluster_id), "", "",
                    "",
                    str(self._meetings.get(cluster_id, 0)))[index.column()]
        count = self._meetings.get(cluster_id, 0)
        return (summary.name, summary.acronym or "", summary.state_name or "",
                summary.sector_name, str(count) if count else self.tr("none yet"))[index.column()]
