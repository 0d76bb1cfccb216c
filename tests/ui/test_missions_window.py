"""The Missions tab in the main window: Ctrl+5 shows it; "Plan a meeting…" from the cluster
table's context menu and from the profile; Add to Mission…; "Make a mission from this list"
(or from the filter shown)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMenu

from desktop_app.services.library import LibraryService
from desktop_app.services.user_filter import USER_FACET, list_value
from tests.ui.helpers import click_facet, click_row
from tests.ui.missions_helpers import MONTERREY, QUERETARO, TIJUANA, fields, meeting, open_tab


@pytest.fixture
def tab(make_window, qtbot):
    window, view, stand_ins = open_tab(make_window, qtbot)
    window.actions["show_table"].trigger()
    return window, view, stand_ins


def test_ctrl_5_shows_the_missions_tab_and_the_menus_have_the_actions(tab):
    window, _view, _stand_ins = tab
    assert window.pages.currentWidget() is not window.missions.page
    assert window.actions["show_missions"].shortcut().toString() == "Ctrl+5"
    window.actions["show_missions"].trigger()
    assert window.pages.currentWidget() is window.missions.page
    menus = {m.title(): [a.text() for a in m.actions()]
             for m in window.menuBar().findChildren(QMenu)}
    assert "M&issions" in menus["&View"]
    assert "&Plan a Meeting…" in menus["&Cluster"] and "Add to &Mission…" in menus["&Cluster"]
    assert window.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.actions["plan_meeting"] in window.table.actions()


def test_plan_a_meeting_from_the_table_in_a_new_mission(tab):
    window, view, stand_ins = tab
    row = window.model.row_of(TIJUANA)
    assert row >= 0
    click_row(window, row)
    stand_ins.answer("mission", fields(name="Baja", start="2025-07-14", end="2025-07-18"))
    stand_ins.answer("meeting", meeting("2025-07-15 10:00"))  # the cluster comes ticked
    window.actions["plan_meeting"].trigger()
    (mission,) = view.services.missions.list()
    (entry,) = view.services.agenda.agenda(mission)
    assert entry.meeting.cluster_ids == [TIJUANA] and entry.meeting.tz == "America/Tijuana"
    assert window.pages.currentIndex() == 0  # the user stays with the clusters...
    assert "Planned “Meeting with" in window.statusBar().currentMessage()  # ...and is told
    assert "Ctrl+5" in window.statusBar().currentMessage()


def test_plan_a_meeting_from_the_profile_link(tab):
    window, view, stand_ins = tab
    view.services.missions.create("North", start="2025-07-14", end="2025-07-18")
    window.show_cluster(MONTERREY)
    assert "atlas:plan-meeting" in window.profile.toHtml()
    stand_ins.answer("choose", 0).answer("meeting", meeting("2025-07-16 09:00"))
    window.profile.action_requested.emit("plan-meeting", "")
    assert "New mission…" in stand_ins.asked[0][1]  # the missions, or a new one
    (entry,) = view.services.agenda.agenda(view.services.missions.list()[0])
    assert entry.meeting.cluster_ids == [MONTERREY]


def test_add_the_selected_clusters_to_a_mission(tab):
    window, view, stand_ins = tab
    mission = view.services.missions.create("North")
    click_row(window, window.model.row_of(MONTERREY))
    window.table.selectionModel().select(  # and Ctrl+click on another
        window.model.index(window.model.row_of(QUERETARO), 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    stand_ins.answer("choose", 0)
    window.actions["add_to_mission"].trigger()
    assert set(view.services.missions.get(mission.id).cluster_ids) == {MONTERREY, QUERETARO}
    assert window.statusBar().currentMessage() == "Added 2 clusters to “North”."


def test_make_a_mission_from_this_list(tab):
    window, view, stand_ins = tab
    library = LibraryService(window.browse_context)
    for cluster_id in (TIJUANA, MONTERREY):
        library.bookmark(cluster_id, "Monterrey, March")
    window.user_data.library.refresh()
    click_facet(window, USER_FACET, list_value("Monterrey, March"))
    names = []
    stand_ins.answer("mission", lambda dialog: names.append(dialog.name.text()))
    window.actions["mission_from_shown"].trigger()
    assert names == ["Monterrey, March"]  # named after the list
    (mission,) = view.services.missions.list()
    assert mission.cluster_ids == [c for c, _ in library.list_items("Monterrey, March")]
    assert window.pages.currentWidget() is window.missions.page
    assert view.current_mission().id == mission.id
    assert "with 2 clusters to visit" in view.status.text()


def test_make_a_mission_from_the_clusters_shown(tab):
    window, view, stand_ins = tab
    click_facet(window, "state", "NLE")
    shown = window.model.total_count()
    names = []
    stand_ins.answer("mission", lambda dialog: names.append(dialog.name.text()))
    window.actions["mission_from_shown"].trigger()
    assert names == ["Nuevo León"]
    (mission,) = view.services.missions.list()
    assert len(mission.cluster_ids) == shown > 1


def test_a_mission_deleted_comes_back_with_the_windows_undo(tab):
    """One undo history for the window: Edit › Undo takes back a mission delete as it takes
    back a note or a contact."""
    window, view, stand_ins = tab
    mission = view.services.missions.create("North", start="2025-07-14", end="2025-07-18")
    view.refresh_list()
    view.show_mission(mission.id)
    stand_ins.answer("confirm", True)
    assert view.delete_current()
    assert view.services.missions.list() == []
    assert window.actions["undo"].isEnabled()
    assert "Delete Mission “North”" in window.actions["undo"].text()
    window.actions["undo"].trigger()
    assert [m.name for m in view.services.missions.list()] == ["North"]
    window.actions["redo"].trigger()
    assert view.services.missions.list() == []
