"""The contacts view: search and filters, delete that asks and can be undone, import through the
preview, export, the "to follow up" agenda. Dialogs are replaced through the view's attributes."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from desktop_app.services.contact_import import Choice
from desktop_app.services.contacts import ContactsService
from desktop_app.ui.contacts.contacts_view import ContactsView
from desktop_app.userdata.models import Contact, DatedNote, Email, FollowUp
from tests.user_fixtures import VCARD_DIR, catalogue_file, cluster_ids  # noqa: F401

YESTERDAY = (dt.date.today() - dt.timedelta(days=1)).isoformat()


@pytest.fixture
def service(context, cluster_ids):  # noqa: F811
    service = ContactsService(context)
    service.save(Contact(full_name="Ana Ruiz", organisation="CLAUT", tags=["auto"],
                         emails=[Email("ana@claut.mx")], cluster_ids=[cluster_ids[0]],
                         notes=[DatedNote("quiere visitar la planta en junio")],
                         follow_ups=[FollowUp("Send brochure", YESTERDAY)]))
    service.save(Contact(full_name="Beto Gómez", organisation="Aero", tags=["aero"]))
    service.save(Contact(full_name="Caro Díaz", tags=["auto"]))
    return service


@pytest.fixture
def view(qtbot, context, service, cluster_ids):  # noqa: F811
    view = ContactsView(context, cluster_choices=[(cluster_ids[0], "First cluster")])
    qtbot.addWidget(view)
    view.show()
    return view


def names(view) -> list[str]:
    return [c.display_name for c in view.listing.contacts()]


def test_lists_everyone_and_searches_notes_too(qtbot, view):
    assert names(view) == ["Ana Ruiz", "Beto Gómez", "Caro Díaz"]
    view.listing.search.setText("plant")
    qtbot.waitUntil(lambda: names(view) == ["Ana Ruiz"], timeout=2000)
    assert "1 of 3" in view.status.text()
    view.listing.search.setText("")
    qtbot.waitUntil(lambda: len(names(view)) == 3, timeout=2000)


def test_filters_by_tag_cluster_and_follow_up_due(view, cluster_ids):  # noqa: F811
    view.listing.tag_filter.setCurrentIndex(view.listing.tag_filter.findData("auto"))
    assert names(view) == ["Ana Ruiz", "Caro Díaz"]
    view.listing.tag_filter.setCurrentIndex(0)
    view.listing.cluster_filter.setCurrentIndex(view.listing.cluster_filter.findData(cluster_ids[0]))
    assert view.listing.cluster_filter.currentText() == "First cluster"
    assert names(view) == ["Ana Ruiz"]
    view.set_cluster_filter(None)
    view.listing.due_only.setChecked(True)
    assert names(view) == ["Ana Ruiz"]


def test_delete_asks_and_can_be_undone(view, service):
    asked = []
    view.confirm = lambda parent, title, question: asked.append(question) or False
    beto = service.list("beto")[0].uid
    view.listing.select(beto)
    assert view.delete_selected() == 0
    assert asked and "Beto Gómez" in asked[0] and service.count() == 3
    assert not view.undo_stack.canUndo()
    view.confirm = lambda *a: True
    assert view.delete_selected() == 1
    assert names(view) == ["Ana Ruiz", "Caro Díaz"]
    assert view.undo_stack.undoText() == "Delete Contact 'Beto Gómez'"
    assert "Deleted Beto Gómez. Edit › Undo" in view.status.text()
    view.undo_stack.undo()
    assert names(view) == ["Ana Ruiz", "Beto Gómez", "Caro Díaz"]
    assert view.listing.selected_uids() == [beto] and view.status.text() == "Beto Gómez is back."
    view.undo_stack.redo()
    assert names(view) == ["Ana Ruiz", "Caro Díaz"]


def test_deleting_several_is_one_undo_step(view, service):
    view.confirm = lambda *a: True
    for contact in service.list():
        view.listing.select(contact.uid, clear=False)
    assert view.delete_selected() == 3 and names(view) == []
    assert view.undo_stack.undoText() == "Delete 3 Contacts"
    view.listing.search.setText("nobody")  # a filter that would hide them
    view.refresh()
    view.undo_stack.undo()
    assert names(view) == ["Ana Ruiz", "Beto Gómez", "Caro Díaz"]
    assert view.listing.search.text() == "" and len(view.listing.selected_uids()) == 3


def test_new_and_edit_go_through_the_editor(view, service):
    view.run_editor = lambda contact: service.save(Contact(full_name="Dani New"))
    saved = view.new_contact()
    assert saved.full_name == "Dani New" and "Dani New" in names(view)
    seen = []

    def editor(contact):
        seen.append(contact)
        contact.role = "Buyer"
        return service.save(contact)

    view.run_editor = editor
    view.edit_contact(saved.uid)
    assert seen[0].uid == saved.uid and service.get(saved.uid).role == "Buyer"
    view.run_editor = lambda contact: None  # cancelled: nothing changes
    assert view.edit_contact(saved.uid) is None


def test_import_shows_the_preview_and_applies_the_choices(view, service, tmp_path):
    path = tmp_path / "in.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana R.\r\nEMAIL:ana@claut.mx\r\n"
                    "TEL:+52 81 1111 2222\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva New\r\nEND:VCARD\r\n",
                    encoding="utf-8", newline="")
    shown = []
    view.run_preview = lambda plan: shown.append(plan) or {0: Choice.MERGE}
    result = view.import_file(str(path))
    assert [r.action for r in shown[0].rows] == ["duplicate", "add"]
    assert (result.added, result.merged) == (1, 1)
    assert "Eva New" in names(view)
    assert [p.number for p in service.list("ana")[0].phones] == ["+52 81 1111 2222"]
    view.run_preview = lambda plan: None  # cancelled: nothing imported
    count = service.count()
    assert view.import_file(str(VCARD_DIR / "aosp_v21_winmo65.vcf")) is None
    assert service.count() == count


def test_a_bad_file_is_reported_and_changes_nothing(view, service, tmp_path):
    bad = tmp_path / "bad.vcf"
    bad.write_text("BEGIN:VCARD\nFN:Cut short\n")
    told = []
    view.inform = lambda title, text: told.append(text)
    view.run_preview = lambda plan: pytest.fail("no preview for a bad file")
    assert view.import_file(str(bad)) is None
    assert "bad.vcf, line 1" in told[0] and service.count() == 3


def test_export_writes_what_is_shown(view, tmp_path):
    view.listing.tag_filter.setCurrentIndex(view.listing.tag_filter.findData("aero"))
    assert view.export_file(str(tmp_path / "aero.vcf"), "vcf") == 1
    assert b"Beto" in (tmp_path / "aero.vcf").read_bytes()
    view.ask_save_path = lambda: (str(tmp_path / "all.json"), "json")
    assert view.export_file() == 3  # JSON carries everything


def test_the_to_follow_up_list(view, service):
    assert view.tabs.tabText(1) == "To follow up (1)"
    view.show_follow_ups()
    agenda = view.follow_ups
    assert agenda.model.rowCount() == 2  # the "Overdue" heading and Ana's action
    assert agenda.model.index(0, 0).data().startswith("Overdue")
    agenda.select_row(0)  # a heading cannot be chosen
    assert agenda.selected() == []
    agenda.select_row(1)
    agenda.mark_selected("done")
    assert agenda.count() == 0 and view.tabs.tabText(1) == "To follow up"
    assert not agenda.empty.isHidden()
    assert service.list("ana")[0].follow_ups[0].state == "done"
    agenda.show_all.setChecked(True)
    assert agenda.count() == 0


@pytest.mark.parametrize("tab", ["listing", "follow_ups"])
def test_a_double_click_opens_the_editor_once(qtbot, view, tab):
    """Closing the editor must not bring up a second one that takes the next keys typed."""
    from PySide6.QtCore import Qt

    if tab == "follow_ups":
        view.show_follow_ups()
    table = getattr(view, tab).table
    row = 0 if tab == "listing" else next(  # the agenda's first row is a group's title
        r for r in range(table.model().rowCount()) if view.follow_ups.model.item_at(r))
    opened = []
    view.run_editor = lambda contact: opened.append(contact.display_name)
    table.selectRow(row)
    where = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # as a person:
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # click, click
    assert opened == ["Ana Ruiz"]
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter opens it too
    assert opened == ["Ana Ruiz", "Ana Ruiz"]


def test_double_clicking_the_clusters_column_asks_for_the_cluster(qtbot, view, cluster_ids):  # noqa: F811
    from desktop_app.ui.contacts.contacts_list import CLUSTERS_COLUMN

    index = view.listing.proxy.index(0, CLUSTERS_COLUMN)
    view.run_editor = lambda contact: pytest.fail("the editor should not open")
    with qtbot.waitSignal(view.cluster_activated) as signal:
        view.listing.activate(index)
    assert signal.args == [cluster_ids[0]]
