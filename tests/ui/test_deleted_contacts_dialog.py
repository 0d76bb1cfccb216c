"""The way back for contacts deleted earlier: the Contacts tab's "Deleted…" dialog lists them
newest first, restores the selected ones (Enter or Restore) and the view shows them again."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.services.contacts import ContactsService
from desktop_app.ui.common.local_time import relative_when_text as when_text
from desktop_app.ui.contacts.contacts_view import ContactsView
from desktop_app.ui.contacts.deleted_contacts_dialog import DeletedContactsDialog
from desktop_app.userdata.models import Contact, DatedNote, FollowUp
from tests.user_fixtures import catalogue_file  # noqa: F401


@pytest.fixture
def service(context):
    service = ContactsService(context)
    service.save(Contact(full_name="Ana Ruiz", organisation="CLAUT",
                         notes=[DatedNote("quiere visitar la planta en junio"),
                                DatedNote("prefiere WhatsApp")],
                         follow_ups=[FollowUp("Send brochure", "2030-01-01")]))
    service.save(Contact(full_name="Beto Gómez", organisation="Aero"))
    service.save(Contact(full_name="Caro Díaz"))
    return service


@pytest.fixture
def view(qtbot, context, service):
    view = ContactsView(context, cluster_choices=[])
    qtbot.addWidget(view)
    view.show()
    return view


def uid_of(service: ContactsService, name: str) -> str:
    return next(c.uid for c in service.list() if c.display_name == name)


def names(view) -> list[str]:
    return [c.display_name for c in view.listing.contacts()]


def delete_in_an_earlier_session(context, *names_: str) -> None:
    """Delete through another service, so this view's "Undo delete" cannot bring them back."""
    other = ContactsService(context)
    for name in names_:
        other.delete(uid_of(other, name))


def open_dialog(qtbot, view) -> DeletedContactsDialog:
    dialog = view.show_deleted()
    qtbot.waitExposed(dialog)
    return dialog


def test_restores_one_of_two_deleted_contacts_into_the_view(qtbot, context, service, view):
    ana, beto = uid_of(service, "Ana Ruiz"), uid_of(service, "Beto Gómez")
    delete_in_an_earlier_session(context, "Ana Ruiz", "Beto Gómez")
    view.refresh()
    assert names(view) == ["Caro Díaz"] and not view.undo_stack.canUndo()
    assert view.deleted_button.isEnabled() and view.deleted_button.text() == "Deleted…"

    dialog = open_dialog(qtbot, view)
    assert dialog.isModal()  # window-modal, without blocking
    assert set(dialog.uids()) == {ana, beto}
    row = dialog.uids().index(ana)
    assert dialog.table.item(row, 0).text() == "Ana Ruiz"
    assert dialog.table.item(row, 1).text() == "CLAUT"
    assert dialog.table.item(row, 2).text().startswith("today ")
    assert (dialog.table.item(row, 3).text(), dialog.table.item(row, 4).text()) == ("2", "1")

    dialog.select(ana)
    assert dialog.selected_uids() == [ana] and dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert names(view) == ["Ana Ruiz", "Caro Díaz"]
    assert view.listing.selected_uids() == [ana]
    assert view.status.text() == "Ana Ruiz is back."
    back = service.get(ana)  # with everything it had
    assert [n.text for n in back.notes] == ["quiere visitar la planta en junio",
                                            "prefiere WhatsApp"]
    assert [c.uid for c in service.deleted()] == [beto]


def test_enter_restores_several_and_clears_a_filter_that_hid_them(qtbot, context, service,
                                                                 view):
    delete_in_an_earlier_session(context, "Ana Ruiz", "Beto Gómez")
    view.listing.search.setText("caro")
    view.refresh()
    assert names(view) == ["Caro Díaz"]
    dialog = open_dialog(qtbot, view)
    dialog.select(*dialog.uids())
    assert dialog.restore_button.text() == "Restore 2"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert service.deleted() == []
    assert view.listing.search.text() == "" and names(view) == ["Ana Ruiz", "Beto Gómez", "Caro Díaz"]
    assert len(view.listing.selected_uids()) == 2
    assert view.status.text() in ("Ana Ruiz and Beto Gómez are back.",
                                  "Beto Gómez and Ana Ruiz are back.")


def test_newest_deletion_first_and_selected(qtbot, context, service, monkeypatch):
    first, second = uid_of(service, "Ana Ruiz"), uid_of(service, "Caro Díaz")
    monkeypatch.setattr("desktop_app.userdata.contacts.now_iso", lambda: "2020-01-01T10:00:00Z")
    service.delete(first)
    monkeypatch.undo()
    service.delete(second)
    dialog = DeletedContactsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.uids() == [second, first]
    assert dialog.selected_uids() == [second]
    assert dialog.table.item(0, 2).text().startswith("today ")
    assert dialog.table.item(1, 2).text() == when_text("2020-01-01T10:00:00Z")
    assert " 2020 " in dialog.table.item(1, 2).text()


def test_escape_closes_without_restoring(qtbot, context, service, view):
    delete_in_an_earlier_session(context, "Beto Gómez")
    dialog = open_dialog(qtbot, view)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert [c.display_name for c in service.deleted()] == ["Beto Gómez"]


def test_empty_state_says_so_and_cannot_restore(qtbot, service, view):
    dialog = open_dialog(qtbot, view)
    assert dialog.uids() == []
    assert dialog.pages.currentWidget() is dialog.empty and dialog.empty.isVisible()
    assert dialog.empty.text() == "No deleted contacts."
    assert not dialog.restore_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and names(view) == ["Ana Ruiz", "Beto Gómez", "Caro Díaz"]


def test_a_contact_restored_elsewhere_meanwhile_restores_nothing_and_says_why(qtbot, context,
                                                                               service):
    ana, beto = uid_of(service, "Ana Ruiz"), uid_of(service, "Beto Gómez")
    delete_in_an_earlier_session(context, "Ana Ruiz", "Beto Gómez")
    dialog = DeletedContactsDialog(context)
    qtbot.addWidget(dialog)
    dialog.select(ana, beto)
    ContactsService(context).undelete([ana])  # another window got there first
    with qtbot.assertNotEmitted(dialog.restored):
        assert dialog.restore_selected() == []  # all or none, as on the command line
    assert [c.uid for c in service.deleted()] == [beto]  # Beto was not restored halfway
    assert "Ana Ruiz is no longer deleted" in dialog.message.text()
    assert "Nothing was restored" in dialog.message.text()
    assert dialog.uids() == [beto] and dialog.selected_uids() == [beto]
    with qtbot.waitSignal(dialog.restored) as signal:
        dialog.restore_selected()  # again: now it works
    assert [c.uid for c in signal.args[0]] == [beto] and service.deleted() == []


def test_when_text_is_local_and_readable():
    now = dt.datetime(2025, 3, 12, 15, 0).astimezone()
    utc = now.astimezone(dt.UTC)
    stamp = utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert when_text(stamp, now) == "today 15:00"
    earlier = (utc - dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert when_text(earlier, now) == "yesterday 15:00"
    old = (utc - dt.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert when_text(old, now).startswith("10 Feb 2025 ")
    assert when_text(None) == "" and when_text("garbage") == "garbage"


def test_double_click_restores_that_row(qtbot, context, service, view):
    delete_in_an_earlier_session(context, "Ana Ruiz", "Beto Gómez")
    dialog = open_dialog(qtbot, view)
    row = 1  # the older deletion, not the one selected when the dialog opened
    beto = dialog.uids()[row]
    rect = dialog.table.visualRect(dialog.table.model().index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_uids() == [beto]
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not dialog.isVisible() and view.listing.selected_uids() == [beto]
    assert beto not in [c.uid for c in service.deleted()] and len(service.deleted()) == 1


def test_every_control_has_an_accessible_name(qtbot, context, service, view):
    from tests.ui.accessibility import unnamed_controls

    delete_in_an_earlier_session(context, "Beto Gómez")
    assert unnamed_controls(open_dialog(qtbot, view)) == []
