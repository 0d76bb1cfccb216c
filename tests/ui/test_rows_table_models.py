"""The Missions tab's small table models on their shared base (`RowsTableModel`), without
widgets: rows, columns, titles, a cell's text as its tooltip, nothing past the last row."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.ui.missions.members_model import MEMBER_ROLE, MembersTableModel
from desktop_app.ui.missions.mission_clusters_model import CLUSTER_ID_ROLE, MissionClustersModel
from desktop_app.userdata.mission_models import Member

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def test_members_rows_titles_and_cells(qapp):
    model = MembersTableModel()
    assert (model.rowCount(), model.columnCount()) == (0, 5)
    ana = Member("Ana López", "CLAUT", "Lead", "+52 81 1234 5678", "ana@example.mx")
    model.set_members([ana, Member("Ben")])
    assert (model.rowCount(), model.columnCount()) == (2, 5)
    assert model.rowCount(model.index(0, 0)) == 0 == model.columnCount(model.index(0, 0))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == \
        ["Name", "Organisation", "Role", "Mobile", "E-mail"]
    assert model.headerData(5, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(0, 4).data() == model.index(0, 4).data(TOOLTIP) == "ana@example.mx"
    assert model.index(0, 0).data(MEMBER_ROLE) == ana
    assert model.member_at(1).name == "Ben" and model.member_at(2) is None
    assert model.data(QModelIndex()) is None


def test_mission_clusters_keep_a_cluster_that_left_the_catalogue(qapp):
    model = MissionClustersModel()
    model.set_clusters(["mx-gone"], {}, {"mx-gone": 2})
    assert (model.rowCount(), model.columnCount()) == (1, 5)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Meetings"
    assert model.index(0, 0).data() == "mx-gone (no longer in the catalogue)"
    assert model.index(0, 4).data() == "2"
    assert model.index(0, 1).data(CLUSTER_ID_ROLE) == "mx-gone"
    assert model.cluster_id_at(0) == "mx-gone" and model.cluster_id_at(1) is None
