"""The Missions tab's dialogs as a hurried user drives them: closing with typed text asks
(Save / Discard / Cancel), an unchanged dialog closes at once, Ctrl+Enter saves, Escape in a cell
editor closes the cell only, a bad value keeps the dialog open with what was typed, the booklet
starts Public, and every control has a name."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.errors import InvalidInput
from desktop_app.ui.common.editor_dialog import Unsaved
from desktop_app.ui.missions.booklet_dialog import BookletDialog
from desktop_app.ui.missions.meeting_after import ACTION
from desktop_app.ui.missions.meeting_dialog import MeetingDialog, nowhere_text
from desktop_app.ui.missions.member_dialog import MemberDialog
from desktop_app.ui.missions.mission_dialog import MissionDialog
from desktop_app.ui.missions.mission_services import MissionServices
from tests.ui.accessibility import unnamed_controls
from tests.ui.missions_helpers import MONTERREY


class Answers:
    """The "Discard changes?" question, answered by the test; unexpected questions fail."""

    def __init__(self, dialog, *answers: Unsaved) -> None:
        self.answers = list(answers)
        self.asked = 0
        dialog.ask_discard = self

    def __call__(self, parent, save_text="Save") -> Unsaved:
        self.asked += 1
        assert self.answers, "the dialog asked about unsaved changes unexpectedly"
        return self.answers.pop(0)


@pytest.fixture
def services(context):
    return MissionServices(context)


@pytest.fixture
def trip(services):
    mission = services.missions.create("Trip", start="2025-07-14", end="2025-07-18",
                                       home_tz="Europe/Madrid")
    services.missions.add_member(mission.id, "Ana García")
    services.missions.add_clusters(mission.id, [MONTERREY])
    return services.missions.get(mission.id)


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def test_closing_a_mission_dialog_with_typed_text_asks(qtbot, services):
    saved = []
    dialog = shown(qtbot, MissionDialog(lambda f: saved.append(f), None))
    dialog.purpose.setPlainText("Find partners for a joint bid")
    answers = Answers(dialog, Unsaved.CANCEL, Unsaved.DISCARD)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert answers.asked == 1 and dialog.isVisible()  # Cancel: back to the dialog
    assert dialog.purpose.toPlainText() == "Find partners for a joint bid"
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert answers.asked == 2 and not dialog.isVisible() and saved == []


def test_an_unchanged_dialog_closes_without_asking(qtbot, services, trip):
    for dialog in (MissionDialog(lambda f: None, trip), MemberDialog(lambda f: None,
                                                                     trip.members[0]),
                   MeetingDialog(services, trip)):
        shown(qtbot, dialog)
        Answers(dialog)  # any question fails the test
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
        assert not dialog.isVisible()


def test_save_from_the_question_and_ctrl_enter_save(qtbot, services):
    dialog = shown(qtbot, MissionDialog(lambda f: services.missions.create(**f), None))
    dialog.name.setText("Bajío")
    Answers(dialog, Unsaved.SAVE)
    dialog.reject()
    assert dialog.saved.name == "Bajío" and not dialog.isVisible()
    second = shown(qtbot, MissionDialog(lambda f: services.missions.create(**f), None))
    second.name.setText("North")
    second.purpose.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert second.saved.name == "North" and not second.isVisible()


def test_a_bad_date_keeps_the_dialog_open_with_what_was_typed(qtbot, services):
    dialog = shown(qtbot, MissionDialog(lambda f: services.missions.create(**f), None))
    dialog.name.setText("Back to front")
    dialog.start.setText("2025-07-18")
    dialog.end.setText("2025-07-14")
    dialog.accept()
    assert dialog.isVisible() and "ends (2025-07-14) before it starts" in \
        dialog.error_label.text()
    assert services.missions.list() == []
    dialog.end.setText("mañana")  # words are dates too
    dialog.start.setText("hoy")
    dialog.accept()
    assert not dialog.isVisible() and dialog.saved.start <= dialog.saved.end


def test_a_member_with_another_members_name_is_refused_in_the_dialog(qtbot, services, trip):
    dialog = shown(qtbot, MemberDialog(lambda f: services.missions.add_member(
        trip.id, f["name"]), None))
    dialog.edits["name"].setText("ana garcía")
    dialog.accept()
    assert dialog.isVisible() and "already in the delegation" in dialog.error_label.text()


def test_escape_in_an_action_cell_closes_the_cell_only(qtbot, services, trip):
    dialog = shown(qtbot, MeetingDialog(services, trip, cluster_id=MONTERREY))
    dialog.tabs.setCurrentWidget(dialog.after)
    dialog.after.add_button.click()  # the cursor is in the new row's Action cell
    qtbot.keyClicks(focused(), "Send the brochure")
    answers = Answers(dialog, Unsaved.CANCEL, Unsaved.DISCARD)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert dialog.isVisible() and answers.asked == 0
    assert dialog.after.table.item(0, ACTION).text() == ""  # the cell's edit taken back
    dialog.after.table.item(0, ACTION).setText("Send the brochure")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert dialog.isVisible() and answers.asked == 1  # typed: asked, Cancel stays
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and answers.asked == 2


def test_the_meeting_editor_says_what_is_missing(qtbot, services, trip):
    dialog = shown(qtbot, MeetingDialog(services, trip))
    assert dialog.when.resolved.text() == nowhere_text()
    dialog.people.add_cluster(MONTERREY)
    assert dialog.when.resolved.text().startswith("Mon 14 Jul 2025, 10:00–11:00 on "
                                                  "Monterrey's clock")
    dialog.people.whole.setChecked(False)
    dialog.accept()
    assert dialog.isVisible() and "Who attends?" in dialog.error_label.text()
    dialog.people.members.set_checked("Ana García", True)
    dialog.after.add_row("Call back")  # no contact ticked: whom was it promised to?
    dialog.accept()
    assert dialog.isVisible() and "tick the contact" in dialog.error_label.text()
    dialog.after.table.removeRow(0)
    dialog.when.day.setText("2025-07-32")
    dialog.accept()
    assert dialog.isVisible() and "Bad date and time" in dialog.error_label.text()
    dialog.when.day.setText("2025-07-15")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.saved.meeting.member_ids and not dialog.saved.meeting.all_members


def test_an_all_day_entry_stays_all_day(qtbot, services, trip):
    result = services.agenda.add_meeting(trip.id, "2025-07-16", cluster_ids=[MONTERREY],
                                         title="Fair")
    dialog = shown(qtbot, MeetingDialog(services, trip, result.meeting))
    assert dialog.when.all_day.isChecked() and not dialog.when.time.isEnabled()
    dialog.when.place.setText("Cintermex")
    dialog.accept()
    stored = services.agenda.meeting(result.meeting.id)
    assert (stored.start_local, stored.minutes, stored.place) == ("2025-07-16", 1440,
                                                                  "Cintermex")


def test_enter_in_the_booklet_dialog_chooses_the_public_booklet(qtbot):
    dialog = shown(qtbot, BookletDialog("North, July", "letter"))
    assert dialog.public.isChecked() and "safe to hand out" in dialog.explanation.text()
    assert dialog.file_label.text() == "File name: North-July-booklet.pdf"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result() == BookletDialog.DialogCode.Accepted
    assert dialog.choice() == (False, "letter", "en")  # the language starts as the window's


def test_every_control_of_the_dialogs_has_a_name(qtbot, services, trip):
    dialogs = [MissionDialog(lambda f: None, trip), MemberDialog(lambda f: None, None),
               MeetingDialog(services, trip, cluster_id=MONTERREY), BookletDialog("T", "a4")]
    dialogs[2].after.add_row("x")
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == [], type(dialog).__name__


def test_the_service_error_type_is_what_the_dialog_shows(qtbot, services):
    def refuse(fields):
        raise InvalidInput("A mission needs a name.")

    dialog = shown(qtbot, MissionDialog(refuse, None))
    dialog.save()
    assert dialog.error_label.text() == "A mission needs a name." and dialog.isVisible()


def test_enter_in_a_search_field_of_the_meeting_editor_never_saves(qtbot, services, trip):
    from tests.ui.missions_helpers import TIJUANA

    dialog = shown(qtbot, MeetingDialog(services, trip))
    Answers(dialog, Unsaved.DISCARD)
    dialog.tabs.setCurrentWidget(dialog.people)
    search = dialog.people.cluster_search
    search.setFocus()
    qtbot.keyClicks(search, "Aerospace Alliance of Baja California, A.C")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None  # Enter ticked it, saved nothing
    assert TIJUANA in dialog.people.clusters.checked_keys()
    qtbot.waitUntil(lambda: search.text() == "")
    qtbot.keyClicks(dialog.people.contact_search, "nobody")
    qtbot.keyClick(dialog.people.contact_search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None
