"""The contact editor as a hurried user drives it with the keyboard: Escape in a cell closes the
cell, closing with unsaved changes asks, Ctrl+Enter saves, "Add" puts the cursor in the new row,
dates are typed as words or picked from a calendar, and nothing jumps as you type."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.services.contacts import ContactsService
from desktop_app.ui.common.editor_dialog import Unsaved
from desktop_app.ui.contacts.contact_editor import ContactEditorDialog
from desktop_app.ui.contacts.editor_follow_ups import ACTION, DUE
from desktop_app.userdata.models import Contact, FollowUp
from tests.ui.accessibility import unnamed_controls
from tests.user_fixtures import catalogue_file  # noqa: F401

TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()


@pytest.fixture
def service(context):
    return ContactsService(context)


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


def open_editor(qtbot, service, contact=None) -> ContactEditorDialog:
    dialog = ContactEditorDialog(service, contact)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def test_escape_in_a_date_cell_closes_the_cell_then_the_dialog_asks(qtbot, service):
    ana = service.save(Contact(full_name="Ana", follow_ups=[FollowUp("Call", "2030-01-01")]))
    dialog = open_editor(qtbot, service, ana)
    dialog.name.full_name.setText("Ana Ruiz")  # typed, not saved
    dialog.tabs.setCurrentWidget(dialog.follow_ups)
    table = dialog.follow_ups.table
    table.edit_row(0, DUE)
    qtbot.keyClicks(focused(), "tomorrow")
    answers = Answers(dialog, Unsaved.CANCEL, Unsaved.DISCARD)

    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # leaves the cell
    assert dialog.isVisible() and answers.asked == 0
    assert table.item(0, DUE).text() == "2030-01-01"  # the cell's edit is taken back

    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # the dialog: asks; Cancel goes back
    assert answers.asked == 1 and dialog.isVisible()
    assert dialog.name.full_name.text() == "Ana Ruiz"

    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # Discard
    assert answers.asked == 2 and not dialog.isVisible()
    assert service.get(ana.uid).full_name == "Ana"


def test_save_in_the_question_saves(qtbot, service):
    dialog = open_editor(qtbot, service)
    qtbot.keyClicks(dialog.name.full_name, "Luis Garza")
    Answers(dialog, Unsaved.SAVE)
    dialog.reject()  # the window's close button, Cancel or Escape
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert [c.full_name for c in service.list()] == ["Luis Garza"]


def test_an_unchanged_dialog_closes_without_asking(qtbot, service):
    ana = service.save(Contact(full_name="Ana", follow_ups=[FollowUp("Call", "someday")]))
    dialog = open_editor(qtbot, service, ana)
    Answers(dialog)  # no answer: asking fails the test
    dialog.tabs.setCurrentWidget(dialog.follow_ups)
    dialog.follow_ups.table.edit_row(0, DUE)  # a cell opened and left as it was
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert service.get(ana.uid).follow_ups[0].due == "someday"  # a stored text stays as it is


def test_ctrl_enter_saves_with_the_cell_being_typed(qtbot, service):
    ana = service.save(Contact(full_name="Ana", follow_ups=[FollowUp("Call", "2030-01-01")]))
    dialog = open_editor(qtbot, service, ana)
    dialog.tabs.setCurrentWidget(dialog.follow_ups)
    dialog.follow_ups.table.edit_row(0, DUE)
    editor = focused()
    editor.selectAll()
    editor.insert("mañana")  # as typed (QTest types ASCII only)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert service.get(ana.uid).follow_ups[0].due == TOMORROW


def test_add_puts_the_cursor_in_the_new_action(qtbot, service):
    dialog = open_editor(qtbot, service, service.save(Contact(full_name="Ana")))
    dialog.tabs.setCurrentWidget(dialog.follow_ups)
    qtbot.mouseClick(dialog.follow_ups.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(focused(), "Call back soon")  # the spaces do not press "Add" again
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # on to the due date
    qtbot.keyClicks(focused(), "+3d")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = dialog.saved_contact
    in_3_days = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    assert [(f.action, f.due) for f in saved.follow_ups] == [("Call back soon", in_3_days)]
    assert dialog.follow_ups.table.rowCount() == 1


def test_add_email_and_phone_put_the_cursor_in_the_new_row(qtbot, service):
    from PySide6.QtWidgets import QPushButton

    dialog = open_editor(qtbot, service, service.save(Contact(full_name="Ana")))
    dialog.tabs.setCurrentWidget(dialog.reach)
    add = next(b for b in dialog.reach.findChildren(QPushButton)
               if b.accessibleName() == "Add phone")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(focused(), "81 1234 5678")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the cell is committed from the event loop
    qtbot.waitUntil(lambda: dialog.reach.phones.value(0) == "+52 81 1234 5678")
    assert dialog.reach.phones.rowCount() == 1 and dialog.isVisible()


def test_met_when_reads_words_and_the_calendar_picks_a_day(qtbot, service):
    dialog = open_editor(qtbot, service)
    dialog.tabs.setCurrentWidget(dialog.meeting)
    field = dialog.meeting.met_when
    field.setFocus()
    field.insert("pasado mañana")  # as typed (QTest types ASCII only)
    dialog.meeting.met_by.setFocus()  # leaving the field reads it
    assert field.text() == (dt.date.today() + dt.timedelta(days=2)).isoformat()

    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F4)
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate.currentDate().addDays(2)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)  # closes the pop-up, not the dialog
    assert not calendar.isVisible() and dialog.isVisible()
    field.show_calendar()
    calendar.activated.emit(QDate(2031, 5, 17))  # Enter or a double click on a day
    assert field.text() == "2031-05-17" and not calendar.isVisible()


def test_a_due_date_picked_in_the_calendar_fills_the_cell(qtbot, service):
    dialog = open_editor(qtbot, service, service.save(
        Contact(full_name="Ana", follow_ups=[FollowUp("Call")])))
    dialog.tabs.setCurrentWidget(dialog.follow_ups)
    table = dialog.follow_ups.table
    table.edit_row(0, DUE)
    field = focused()
    field.show_calendar().clicked.emit(QDate(2031, 5, 17))
    assert table.item(0, DUE).text() == "2031-05-17"
    assert table.item(0, ACTION).text() == "Call"


def test_the_fields_do_not_move_as_the_hint_goes(qtbot, service):
    dialog = open_editor(qtbot, service)
    assert dialog.hints() == ["add a name, an organisation, an email or a phone"]
    below = dialog.name.given_name
    before = below.mapTo(dialog, below.rect().topLeft())
    assert focused() is dialog.name.full_name  # the cursor starts in the name
    qtbot.keyClicks(dialog.name.full_name, "Luis")
    qtbot.wait(10)
    assert dialog.hints() == []
    assert below.mapTo(dialog, below.rect().topLeft()) == before


def test_every_control_has_an_accessible_name(qtbot, service):
    dialog = open_editor(qtbot, service, service.save(Contact(
        full_name="Ana", follow_ups=[FollowUp("Call")])))
    dialog.reach.emails.add_row("ana@x.mx")
    dialog.reach.phones.add_row("+52 81 1234 5678")
    dialog.meeting.met_when.show_calendar().close()
    assert unnamed_controls(dialog) == []
    assert isinstance(dialog.meeting.met_when, QLineEdit)
