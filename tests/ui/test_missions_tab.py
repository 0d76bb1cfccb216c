"""The Missions tab as a person uses it: a mission made, its delegation and clusters (from a list),
meetings in Monterrey and Tijuana on their own clocks, the home-zone switch, a conflict flagged
(never refused), deletes undone. The tab's questions are answered by stand-ins that fill the
real dialogs (tests/ui/missions_helpers.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from desktop_app.services.library import LibraryService
from desktop_app.services.missions import MissionsService
from desktop_app.ui.missions.agenda_model import CLOCK, FLAG, HOME, TIME, TITLE
from tests.ui.accessibility import unnamed_controls
from tests.ui.missions_helpers import (
    MONTERREY,
    QUERETARO,
    TIJUANA,
    agenda_texts,
    fields,
    meeting,
    open_tab,
)


@pytest.fixture
def tab(make_window, qtbot):
    return open_tab(make_window, qtbot)


def plan_trip(window, view, stand_ins):
    """A five-day mission made in the tab, its delegation, its clusters from a list."""
    library = LibraryService(window.browse_context)
    for cluster_id in (MONTERREY, QUERETARO, TIJUANA):
        library.bookmark(cluster_id, "North, July")
    stand_ins.answer("mission", fields(name="Monterrey, Querétaro, Tijuana",
                                       start="2025-07-14", end="2025-07-18",
                                       purpose="Automotive and aerospace partners",
                                       home_zone="Europe/Madrid"))
    QTest.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    stand_ins.answer("member", fields(name="Ana García", organisation="Cluster Auto Spain",
                                      role="Head of delegation", phone="+34 600 000 001"),
                     fields(name="Ben Jones", organisation="Aero UK"))
    view.detail.delegation.add_button.click()
    view.detail.delegation.add_button.click()
    stand_ins.answer("choose", 0)
    view.detail.clusters.add_list_button.click()
    return view.current_mission()


def test_a_mission_is_planned_from_a_list_with_its_delegation(tab):
    window, view, stand_ins = tab
    mission = plan_trip(window, view, stand_ins)
    assert mission.name == "Monterrey, Querétaro, Tijuana"
    assert (mission.start, mission.end, mission.home_tz) == ("2025-07-14", "2025-07-18",
                                                             "Europe/Madrid")
    assert [m.name for m in mission.members] == ["Ana García", "Ben Jones"]
    assert mission.members[0].phone == "+34 600 000 001"
    listed = [c for c, _ in LibraryService(window.browse_context).list_items("North, July")]
    assert mission.cluster_ids == listed and set(listed) == {MONTERREY, QUERETARO, TIJUANA}
    assert view.detail.clusters.model.rowCount() == 3
    assert "Added 3 clusters" in view.status.text()
    assert view.detail.tabs.tabText(1) == "&Delegation (2)"
    # the list shows it, with its dates
    assert view.model.index(0).data().splitlines() == ["Monterrey, Querétaro, Tijuana",
                                                       "14–18 July 2025"]
    # five days, each a heading, free days said so
    headings = [view.detail.agenda.model.index(r, 0).data()
                for r in view.detail.agenda.model.heading_rows()]
    assert headings[0] == "Monday 14 July 2025 · no meeting yet" and len(headings) == 5


def test_meetings_in_monterrey_and_tijuana_are_on_their_own_clocks(tab):
    window, view, stand_ins = tab
    plan_trip(window, view, stand_ins)
    stand_ins.answer("meeting", meeting("2025-07-15 10:00", clusters=[MONTERREY]),
                     meeting("2025-07-16 10:00", clusters=[TIJUANA]))
    view.detail.agenda.new_button.click()
    view.detail.agenda.new_button.click()
    assert agenda_texts(view, TIME) == ["10:00–11:00", "10:00–11:00"]
    assert agenda_texts(view, CLOCK) == ["Monterrey · UTC-6", "Tijuana · UTC-7"]
    # the home zone, on request: 10:00 in Monterrey is 18:00 in Madrid, in Tijuana 19:00
    agenda = view.detail.agenda
    assert agenda.table.isColumnHidden(HOME)
    assert agenda.home_toggle.isEnabled() and "Madrid" in agenda.home_toggle.text()
    agenda.home_toggle.click()
    assert not agenda.table.isColumnHidden(HOME)
    assert agenda_texts(view, HOME) == ["18:00–19:00", "19:00–20:00"]
    assert agenda.model.headerData(HOME, Qt.Orientation.Horizontal) == "Madrid time"
    agenda.home_toggle.click()
    assert agenda.table.isColumnHidden(HOME)


def test_the_meeting_editor_says_where_the_clock_runs_and_a_zone_can_be_chosen(tab):
    window, view, stand_ins = tab
    mission = plan_trip(window, view, stand_ins)

    def fill(dialog):
        meeting("2025-07-15 10:00", clusters=[TIJUANA])(dialog)
        assert dialog.when.resolved.text() == (
            "Tue 15 Jul 2025, 10:00–11:00 on Tijuana's clock (UTC-7) · 19:00–20:00 in Madrid")
        dialog.when.zone.setCurrentIndex(dialog.when.zone.findData("America/Hermosillo"))
        assert "Hermosillo's clock (UTC-7)" in dialog.when.resolved.text()

    stand_ins.answer("meeting", fill)
    view.detail.agenda.new_button.click()
    (entry,) = view.services.agenda.agenda(mission.id)
    assert entry.meeting.tz == "America/Hermosillo"


def test_a_conflict_is_flagged_with_the_rule_and_nothing_is_refused(tab):
    window, view, stand_ins = tab
    plan_trip(window, view, stand_ins)
    # Monterrey 10:00-11:00 is 16:00-17:00 UTC; Tijuana 12:00 is 19:00 UTC: two hours to fly
    stand_ins.answer("meeting", meeting("2025-07-15 10:00", clusters=[MONTERREY]),
                     meeting("2025-07-15 12:00", clusters=[TIJUANA], members=["Ana García"]))
    view.detail.agenda.new_button.click()
    view.detail.agenda.new_button.click()
    agenda = view.detail.agenda
    assert len(view.services.agenda.agenda(view.current_mission())) == 2
    flags = [agenda.model.index(row, FLAG) for row in range(agenda.model.rowCount())
             if agenda.model.index(row, FLAG).data(Qt.ItemDataRole.UserRole + 2)]
    assert all(index.data(Qt.ItemDataRole.DecorationRole) is not None for index in flags)
    tip = flags[1].data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Travel: only 2 h 00 after “Meeting with CLAUT”")
    assert flags[1].data(Qt.ItemDataRole.AccessibleTextRole).startswith("Conflict: Travel")
    summary = agenda.summary.text()
    assert summary.startswith("⚠ 1 conflict") and summary.endswith(
        "Flagged: the same person in two meetings at once, or less than 3 h between meetings in "
        "different cities.")
    assert "⚠ Travel: only 2 h 00 between" in view.status.text()  # said when it was saved, not refused


def test_editing_and_marking_a_meeting_done_with_promised_actions(tab, context):
    from desktop_app.services.contacts import ContactsService
    from desktop_app.userdata.models import Contact

    window, view, stand_ins = tab
    maria = ContactsService(context).save(Contact(full_name="María Pérez", organisation="CLAUT",
                                                  cluster_ids=[MONTERREY]))
    plan_trip(window, view, stand_ins)
    stand_ins.answer("meeting", meeting("2025-07-15 10:00", clusters=[MONTERREY],
                                        contacts=[maria.uid], title="Visit CLAUT"))
    view.detail.agenda.new_button.click()
    (meeting_id,) = [e.id for e in view.services.agenda.agenda(view.current_mission())]

    def after(dialog):
        assert dialog.tabs.currentIndex() == 2  # straight to "After the meeting"
        assert dialog.when.status.currentData() == "done"
        dialog.after.outcome.setPlainText("Joint bid agreed")
        row = dialog.after.add_row("Send our SME list", "2025-07-25")
        dialog.after.table.cellWidget(row, 3).setCurrentText("Ana García")

    stand_ins.answer("meeting", after)
    view.detail.agenda.select_meeting(meeting_id)
    view.detail.agenda.done_button.click()
    stored = view.services.agenda.meeting(meeting_id)
    assert (stored.status, stored.outcome) == ("done", "Joint bid agreed")
    (action,) = view.services.agenda.actions(stored.mission_id)
    assert (action.action, action.due, action.contact_name, action.owner_name) == (
        "Send our SME list", "2025-07-25", "María Pérez", "Ana García")
    # the promise is María's follow-up: the Contacts tab's "To follow up" lists it (overdue)
    window.user_data.show_follow_ups()
    tables = window.user_data.contacts.view.findChildren(QTableView)
    texts = [table.model().index(r, c).data() or "" for table in tables
             for r in range(table.model().rowCount())
             for c in range(table.model().columnCount())]
    assert any("Send our SME list" in text for text in texts)


def test_a_mission_delete_is_undone(tab):
    window, view, stand_ins = tab
    mission = plan_trip(window, view, stand_ins)
    stand_ins.answer("meeting", meeting("2025-07-15 10:00", clusters=[MONTERREY]))
    view.detail.agenda.new_button.click()
    stand_ins.answer("confirm", True)
    view.list.setFocus()
    QTest.keyClick(view.list, Qt.Key.Key_Delete)
    assert "and its 1 meeting" in stand_ins.asked[-1][1]
    assert view.model.rowCount() == 0 and MissionsService(window.browse_context).list() == []
    assert view.empty.isVisibleTo(view) and view.undo_button.isEnabled()
    assert view.detail.agenda.model.rowCount() == 0 and view.detail.title.text() == "No mission"
    assert not view.detail.agenda.summary.text()  # nothing of the deleted mission is left
    assert "Deleted the mission" in view.status.text()
    view.undo_button.click()
    assert view.current_mission().id == mission.id
    assert len(view.services.agenda.agenda(mission.id)) == 1
    assert view.status.text() == f"The mission “{mission.name}” is back."
    assert not view.undo_button.isEnabled()


def test_a_meeting_delete_is_undone_too(tab):
    window, view, stand_ins = tab
    plan_trip(window, view, stand_ins)
    stand_ins.answer("meeting", meeting("2025-07-15 10:00", clusters=[MONTERREY]))
    view.detail.agenda.new_button.click()
    agenda = view.detail.agenda
    agenda.table.setFocus()
    QTest.keyClick(agenda.table, Qt.Key.Key_Delete)
    assert agenda_texts(view, TITLE) == []
    view.undo_button.click()
    assert agenda_texts(view, TITLE) == ["Meeting with CLAUT"]


def test_every_control_of_the_tab_has_a_name(tab):
    window, view, stand_ins = tab
    plan_trip(window, view, stand_ins)
    for index in range(view.detail.tabs.count()):
        view.detail.tabs.setCurrentIndex(index)
    assert unnamed_controls(view) == []


def _alt_key(text: str) -> str | None:
    """The letter of a mnemonic ('Ed&it' -> 'i'), None without one."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def test_alt_keys_are_unique_and_leave_the_menu_bar_alone(tab):
    """Alt+V must reach View, not a tab; two controls shown together never share a letter."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window, view, stand_ins = tab
    plan_trip(window, view, stand_ins)
    menus = [_alt_key(a.text()) for a in window.menuBar().actions()]
    tabs = view.detail.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        widgets = view.findChildren(QAbstractButton) + view.findChildren(QLabel)
        shown = [w.text() for w in widgets if w.isVisibleTo(window) and _alt_key(w.text())]
        letters = menus + [_alt_key(t) for t in shown] + \
            [_alt_key(tabs.tabText(i)) for i in range(tabs.count())]
        duplicated = {x for x in letters if letters.count(x) > 1}
        assert not duplicated, (tabs.tabText(index), duplicated, shown)
