"""The list of the user's missions: each one's name and, beneath it, its dates.

Fed by `set_missions` with what `MissionsService.list()` returned; asks nothing itself. Named
roles give the view and tests the record rather than its text.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.ui.common.locale_words import range_text
from desktop_app.userdata.mission_models import Mission

_ROOT = QModelIndex()  # the default parent: the model's root

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)


class MissionRole(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Mission = Qt.ItemDataRole.UserRole + 2


def mission_line(mission: Mission) -> str:
    """'9–13 March 2026 · Monterrey, Querétaro' (what is known of it)."""
    parts = [range_text(mission.start, mission.end)
             or QCoreApplication.translate("mission_list_model", "No dates yet")]
    if mission.destinations:
        parts.append(", ".join(mission.destinations))
    return " · ".join(parts)


class MissionListModel(QAbstractListModel):
    """One row per mission, in the order given (the service's: by start date, then name)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._missions: list[Mission] = []

    def set_missions(self, missions: list[Mission]) -> None:
        self.beginResetModel()
        self._missions = list(missions)
        self.endResetModel()

    def mission_at(self, row: int) -> Mission | None:
        return self._missions[row] if 0 <= row < len(self._missions) else None

    def row_of(self, mission_id: int) -> int:
        for row, mission in enumerate(self._missions):
            if mission.id == mission_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._missions)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        mission = self.mission_at(index.row()) if index.isValid() else None
        if mission is None:
            return None
        role = int(role)
        if role == _DISPLAY:
            return f"{mission.name}\n{mission_line(mission)}"
        if role in (_TOOLTIP, _ACCESSIBLE):
            return f"{mission.name}: {mission_line(mission)}"
        if role == int(MissionRole.Id):
            return mission.id
        if role == int(MissionRole.Mission):
            return mission
        return None
