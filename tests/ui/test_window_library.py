"""The user's own data in the main window, as a person uses it: stars from the table, the menu and
the profile; lists and the "Your lists" facet; notes in the profile, found by the search field;
delete that asks and can be undone; contacts in the profile and the Contacts tab; a damaged data
file that leaves the catalogue browsable. Dialogs are replaced through the controller's attributes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from desktop_app.catalogue.models import ClusterFilter
from desktop_app.services.browse import BrowseService
from desktop_app.services.library import LibraryService
from desktop_app.services.user_filter import BOOKMARKED, USER_FACET, list_value
from desktop_app.ui.browse.cluster_table_model import MATCH_COLUMN, STAR_COLUMN, Role
from tests.ui.helpers import click_facet, click_row, counts, table_ids

CLAUT = "mx-nle-claut"  # Nuevo León, automotive
NLE_AGRO = "mx-nle-agroalimentario"  # Nuevo León, agrifood
QUE_AERO = "mx-que-aerocluster"  # Querétaro, aerospace


class Dialogs:
    """Stand-ins for every question the controller may ask; an unexpected one fails the test."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.answers: dict[str, list] = {}

    def answer(self, kind: str, *values) -> None:
        self.answers.setdefault(kind, []).extend(values)

    def _next(self, kind: str, text: str):
        self.asked.append((kind, text))
        if not self.answers.get(kind):
            raise AssertionError(f"unexpected question ({kind}): {text}")
        return self.answers[kind].pop(0)

    def install(self, library) -> None:
        library.confirm = lambda parent, title, question: self._next("confirm", question)
        library.inform = lambda parent, title, text: self._next("inform", text)
        library.ask_list = lambda parent, names, suggestion="": self._next("list", str(names))
        library.choose = lambda parent, title, label, items: self._next("choose", str(items))
        library.ask_note = lambda parent, title, text="", subject="": self._next("note", text)
        library.offer_restore = lambda parent, message, backup: self._next("restore", message)


@pytest.fixture
def window(make_window):
    return ready(make_window())


@pytest.fixture
def dialogs(window):
    stand_ins = Dialogs()
    stand_ins.install(window.user_data.library)
    return stand_ins


def ready(window):
    """The user's data is read after the first paint; tests do not wait for the timer."""
    window.user_data.start()
    return window


def click_star(window, cluster_id: str) -> None:
    row = window.model.row_of(cluster_id)
    assert row >= 0, f"{cluster_id} is not shown"
    rect = window.table.visualRect(window.model.index(row, STAR_COLUMN))
    QTest.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def starred(window, cluster_id: str) -> bool:
    return window.model.index(window.model.row_of(cluster_id), 0).data(Role.Bookmarked)


def link(window, action: str, argument: str = "") -> None:
    """Click a link of the profile's user parts (as the pane reports it)."""
    from desktop_app.ui.profile.profile_user_html import action_href

    href = action_href(action, argument)
    assert f'href="{href}"' in window.profile.toHtml(), f"no link {href} in the profile"
    window.profile.anchorClicked.emit(QUrl(href.replace("&amp;", "&")))


# --- stars ---------------------------------------------------------------------------------------


def test_the_star_column_comes_first_and_a_click_stars_and_unstars(window, context):
    assert window.table.horizontalHeader().visualIndex(STAR_COLUMN) == 0
    assert not window.table.isColumnHidden(STAR_COLUMN)
    click_star(window, CLAUT)
    assert starred(window, CLAUT)
    assert LibraryService(context).bookmarked_ids() == {CLAUT}
    assert window.model.index(window.model.row_of(CLAUT), STAR_COLUMN).data() == "★"
    assert counts(window, USER_FACET) == {BOOKMARKED: 1}
    assert window.facet_panel.groups[USER_FACET].isVisible()
    click_star(window, CLAUT)
    assert not starred(window, CLAUT)
    assert LibraryService(context).bookmarked_ids() == set()


def test_ctrl_d_stars_the_selected_clusters_and_the_profile_says_so(window, qtbot):
    assert window.actions["bookmark"].shortcut() == QKeySequence("Ctrl+D")
    click_row(window, 0)
    first = window.model.summary(0).id
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert starred(window, first)
    assert "★ Bookmarked" in window.profile.toPlainText()
    assert window.actions["bookmark"].isChecked()
    window.table.selectRow(0)  # two rows, one starred: Ctrl+D stars both
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    window.actions["bookmark"].trigger()
    assert starred(window, first) and starred(window, window.model.summary(1).id)
    window.actions["bookmark"].trigger()  # all starred: unstars both
    assert not starred(window, first) and not starred(window, window.model.summary(1).id)


def test_starring_from_the_profile(window):
    window.show_cluster(CLAUT)
    assert "☆ Bookmark" in window.profile.toPlainText()
    link(window, "bookmark")
    assert starred(window, CLAUT)
    assert "★ Bookmarked" in window.profile.toPlainText()
    link(window, "bookmark")
    assert not starred(window, CLAUT)


def test_the_star_survives_a_restart(make_window):
    window = ready(make_window())
    click_star(window, QUE_AERO)
    window.close()
    again = ready(make_window())
    assert starred(again, QUE_AERO)
    assert not starred(again, CLAUT)


def test_the_user_data_is_read_after_the_first_paint(make_window, qtbot):
    window = make_window()  # not started by hand
    qtbot.waitUntil(lambda: window.user_data.library.loaded, timeout=3000)
    assert window.user_data.library.available


# --- lists and the "Your lists" facet ------------------------------------------------------------


def test_add_to_list_offers_the_lists_and_takes_a_new_name(window, dialogs, context):
    window.show_cluster(CLAUT)
    dialogs.answer("list", "Monterrey, March")
    window.actions["add_to_list"].trigger()
    assert dialogs.asked[-1] == ("list", "[]")
    window.show_cluster(NLE_AGRO)
    dialogs.answer("list", "Monterrey, March")
    link(window, "list-add")
    assert dialogs.asked[-1] == ("list", "['Monterrey, March']")
    assert LibraryService(context).list_ids("Monterrey, March") == {CLAUT, NLE_AGRO}
    assert "Lists: Monterrey, March" in window.profile.toPlainText()
    link(window, "list-remove", "Monterrey, March")  # the × after the list's name
    assert LibraryService(context).list_ids("Monterrey, March") == {CLAUT}
    assert "Lists:" not in window.profile.toPlainText()


def test_a_list_name_with_odd_characters_goes_through_the_profile_links(window, dialogs,
                                                                         context):
    name = "Monterrey / 50% ✓ <b>&amp;"
    LibraryService(context).bookmark(CLAUT, name)
    window.show_cluster(CLAUT)
    assert f"Lists: {name}" in window.profile.toPlainText()
    link(window, "list-remove", name)
    assert LibraryService(context).list_ids(name) == set()


def test_remove_from_list_asks_which_when_in_several(window, dialogs, context):
    library = LibraryService(context)
    library.bookmark(CLAUT, "Monterrey, March")
    library.bookmark(CLAUT, "Suppliers")
    window.show_cluster(CLAUT)
    dialogs.answer("choose", 1)
    window.actions["remove_from_list"].trigger()
    assert dialogs.asked[-1] == ("choose", "['Monterrey, March', 'Suppliers']")
    assert library.lists_of(CLAUT) == ["Monterrey, March"]


def test_a_list_facet_filters_the_table_and_its_counts_follow_the_other_facets(make_window,
                                                                               context):
    library = LibraryService(context)
    for cluster_id in (CLAUT, NLE_AGRO):
        library.bookmark(cluster_id, "Monterrey, March")
    library.bookmark(QUE_AERO)
    window = ready(make_window())
    monterrey = list_value("Monterrey, March")
    assert counts(window, USER_FACET) == {BOOKMARKED: 1, monterrey: 2}

    click_facet(window, USER_FACET, monterrey)
    assert sorted(table_ids(window)) == sorted([CLAUT, NLE_AGRO])
    assert window.status_label.text() == f"2 of {window.controller.total} clusters"
    assert counts(window, USER_FACET)[monterrey] == 2  # its own tick is not applied
    assert counts(window, "state") == {"NLE": 2}

    click_facet(window, USER_FACET, BOOKMARKED)  # OR within the group
    assert sorted(table_ids(window)) == sorted([CLAUT, NLE_AGRO, QUE_AERO])

    click_facet(window, "sector", "automotive")  # AND with the other facets
    assert table_ids(window) == [CLAUT]
    assert counts(window, USER_FACET) == {monterrey: 1, BOOKMARKED: 0}
    window.facet_panel.clear_button.click()
    assert window.model.total_count() == window.controller.total
    assert window.controller.user_values == ()


def test_the_ticked_lists_are_remembered_and_follow_new_stars(make_window, context):
    library = LibraryService(context)
    library.bookmark(CLAUT)
    library.bookmark(NLE_AGRO, "Monterrey, March")
    window = ready(make_window())
    click_facet(window, USER_FACET, BOOKMARKED)
    assert table_ids(window) == [CLAUT]
    window.close()

    again = make_window()  # the saved filter needs the lists: read before the first paint
    assert again.controller.user_values == (BOOKMARKED,)
    assert table_ids(again) == [CLAUT]
    again.user_data.library.toggle_bookmarks([QUE_AERO])
    assert sorted(table_ids(again)) == sorted([CLAUT, QUE_AERO])
    assert counts(again, USER_FACET)[BOOKMARKED] == 2


def test_a_remembered_list_that_was_deleted_is_dropped(make_window, context):
    from desktop_app.ui.settings import Settings

    LibraryService(context).bookmark(CLAUT, "Gone soon")
    settings = Settings()
    settings.set("filter/user_lists", [list_value("Gone soon"), list_value("Never was")])
    settings.sync()
    LibraryService(context).delete_list("Gone soon")
    window = make_window()
    assert window.controller.user_values == ()
    assert window.model.total_count() == window.controller.total


# --- notes ---------------------------------------------------------------------------------------


def test_a_note_shows_in_the_profile_and_the_search_field_finds_it(window, dialogs, qtbot):
    window.show_cluster(QUE_AERO)
    dialogs.answer("note", "Quieren un proveedor de titanio <b>pronto</b> & barato")
    window.actions["add_note"].trigger()
    text = window.profile.toPlainText()
    assert "Your notes" in text
    assert "Quieren un proveedor de titanio <b>pronto</b> & barato" in text  # escaped, not bold
    assert "&lt;b&gt;pronto&lt;/b&gt;" in window.profile.toHtml()

    qtbot.keyClicks(window.search_field, "titani")
    assert table_ids(window) == [QUE_AERO]
    assert window.model.index(0, MATCH_COLUMN).data() == "your note"
    assert window.controller.filter.also_ids == frozenset({QUE_AERO})


def test_notes_are_listed_newest_first_and_can_be_edited(window, dialogs, context):
    library = LibraryService(context)
    first = library.add_note(CLAUT, "first visit")
    window.show_cluster(CLAUT)
    dialogs.answer("note", "second visit")
    link(window, "note-add")
    text = window.profile.toPlainText()
    assert text.index("second visit") < text.index("first visit")
    dialogs.answer("note", "first visit, with the director")
    link(window, "note-edit", first.uid)
    assert dialogs.asked[-1] == ("note", "first visit")  # the editor starts from the text
    assert "first visit, with the director" in window.profile.toPlainText()


def test_the_notes_html_is_dated_escaped_and_says_when_edited():
    from desktop_app.ui.profile.profile_user_html import notes_section
    from desktop_app.userdata.models import ClusterNote

    notes = [ClusterNote("u1", CLAUT, "a <script>x</script>\nsecond line", "2024-03-12T10:15:00Z",
                         "2024-03-14T09:00:00Z"),
             ClusterNote("u2", CLAUT, "later & shorter", "2024-03-13T08:00:00Z",
                         "2024-03-13T08:00:00Z")]
    html = notes_section(notes)
    assert "<script>" not in html and "a &lt;script&gt;x&lt;/script&gt;<br>second line" in html
    assert html.index("later &amp; shorter") < html.index("second line")  # newest first
    assert html.count("edited") == 1 and "2024-03-1" in html
    assert 'href="atlas:note-delete/u1"' in html and 'href="atlas:note-edit/u2"' in html


def test_deleting_a_note_asks_and_can_be_undone(window, dialogs, context):
    note = LibraryService(context).add_note(CLAUT, "call back on Tuesday")
    window.show_cluster(CLAUT)
    dialogs.answer("confirm", False)
    link(window, "note-delete", note.uid)
    assert "call back on Tuesday" in dialogs.asked[-1][1]
    assert "call back on Tuesday" in window.profile.toPlainText()
    assert not window.actions["undo"].isEnabled()

    dialogs.answer("confirm", True)
    link(window, "note-delete", note.uid)
    assert "call back on Tuesday" not in window.profile.toPlainText()
    assert LibraryService(context).notes(CLAUT) == []
    assert window.actions["undo"].isEnabled()
    assert window.actions["undo"].text() == "&Undo Delete Note 'call back on Tuesday'"
    assert window.user_data.undo_notice.isVisible()
    assert window.user_data.undo_notice.label.text() == "Note deleted."

    window.actions["undo"].trigger()  # Edit › Undo
    assert "call back on Tuesday" in window.profile.toPlainText()
    assert not window.actions["undo"].isEnabled()
    assert not window.user_data.undo_notice.isVisible()
    assert window.actions["redo"].text() == "&Redo Delete Note 'call back on Tuesday'"
    window.actions["redo"].trigger()  # Edit › Redo
    assert LibraryService(context).notes(CLAUT) == []
    window.actions["undo"].trigger()

    dialogs.answer("confirm", True)
    link(window, "note-delete", note.uid)
    window.user_data.undo_notice.button.click()  # the status bar's Undo
    assert [n.text for n in LibraryService(context).notes(CLAUT)] == ["call back on Tuesday"]


# --- contacts ------------------------------------------------------------------------------------


@pytest.fixture
def ana(context):
    from desktop_app.services.contacts import ContactsService
    from desktop_app.userdata.models import Contact, Email

    return ContactsService(context).save(Contact(
        full_name="Ana Ruiz", organisation="CLAUT", role="Innovation manager",
        emails=[Email("ana@claut.mx")], cluster_ids=[CLAUT]))


def test_a_linked_contact_shows_in_the_profile_and_opens_in_the_contacts_tab(make_window, ana):
    window = ready(make_window())
    assert window.user_data.contacts.view is None  # built on first show only
    window.show_cluster(CLAUT)
    text = window.profile.toPlainText()
    assert "Your contacts" in text and "Ana Ruiz" in text
    assert "Innovation manager, CLAUT" in text
    link(window, "contact", ana.uid)
    view = window.user_data.contacts.view
    assert window.pages.currentIndex() == 1 and view is not None
    assert view.listing.selected_uids() == [ana.uid]

    view.cluster_activated.emit(CLAUT)  # a double click on the contact's clusters
    assert window.pages.currentIndex() == 0
    assert window.profile.cluster_id == CLAUT


def test_the_contacts_tab_opens_from_the_view_menu_and_shows_follow_ups(window, ana):
    assert window.actions["show_contacts"].shortcut() == QKeySequence("Ctrl+3")
    assert window.actions["show_table"].shortcut() == QKeySequence("Ctrl+1")
    window.actions["show_contacts"].trigger()
    view = window.user_data.contacts.view
    assert [c.display_name for c in view.listing.contacts()] == ["Ana Ruiz"]
    window.actions["follow_ups"].trigger()
    assert view.tabs.currentWidget() is view.follow_ups
    window.actions["show_table"].trigger()
    assert window.pages.currentIndex() == 0


def test_a_new_contact_from_the_profile_is_linked_and_shown(window):
    from desktop_app.userdata.models import Contact

    view = window.user_data.contacts.ensure_view()
    seen = []

    def editor(draft):
        seen.append(draft)
        return view.service.save(Contact(full_name="Luis Garza", cluster_ids=draft.cluster_ids))

    view.run_editor = editor
    window.show_cluster(CLAUT)
    link(window, "contact-new")
    assert seen[0].cluster_ids == [CLAUT]
    assert "Luis Garza" in window.profile.toPlainText()


def test_ctrl_n_starts_a_new_contact_from_any_tab(window, qtbot):
    """Met someone at the fair: Ctrl+N, whatever the window shows, and they are in the list."""
    from desktop_app.userdata.models import Contact

    assert window.actions["new_contact_blank"].shortcut() == QKeySequence(
        QKeySequence.StandardKey.New)
    view = window.user_data.contacts.ensure_view()
    seen = []

    def editor(draft):
        seen.append(draft)
        return view.service.save(Contact(full_name="Luis Garza"))

    view.run_editor = editor
    window.show_cluster(CLAUT)  # a cluster shown: the blank contact is not linked to it
    window.actions["new_contact_blank"].trigger()
    assert seen == [None]
    assert window.pages.currentIndex() == 1
    assert [c.display_name for c in view.listing.contacts()] == ["Luis Garza"]
    assert [c.display_name for c in view.listing.selected_contacts()] == ["Luis Garza"]


def test_deleting_a_contact_is_undone_by_edit_undo_on_the_contacts_tab(window, ana):
    window.actions["show_contacts"].trigger()
    view = window.user_data.contacts.view
    view.confirm = lambda *args: True
    view.listing.select(ana.uid)
    assert view.delete_selected() == 1
    assert window.actions["undo"].text() == "&Undo Delete Contact 'Ana Ruiz'"
    assert window.user_data.undo_notice.label.text() == "Deleted Ana Ruiz."
    window.actions["undo"].trigger()
    assert [c.display_name for c in view.listing.contacts()] == ["Ana Ruiz"]


def test_one_undo_history_for_notes_and_contacts_whatever_the_tab(window, dialogs, ana,
                                                                 context):
    note = LibraryService(context).add_note(CLAUT, "bring samples")
    window.show_cluster(CLAUT)
    dialogs.answer("confirm", True)
    link(window, "note-delete", note.uid)
    window.actions["show_contacts"].trigger()
    view = window.user_data.contacts.view
    view.confirm = lambda *args: True
    view.listing.select(ana.uid)
    view.delete_selected()
    window.actions["show_table"].trigger()  # Undo takes back the last change, wherever it was
    assert window.actions["undo"].text() == "&Undo Delete Contact 'Ana Ruiz'"
    window.actions["undo"].trigger()
    assert [c.display_name for c in view.listing.contacts()] == ["Ana Ruiz"]
    assert window.actions["undo"].text() == "&Undo Delete Note 'bring samples'"
    window.actions["show_contacts"].trigger()
    window.actions["undo"].trigger()
    assert [n.text for n in LibraryService(context).notes(CLAUT)] == ["bring samples"]
    assert not window.actions["undo"].isEnabled()


def test_an_ampersand_in_a_name_is_shown_in_the_undo_menu(window, context):
    from desktop_app.services.contacts import ContactsService
    from desktop_app.userdata.models import Contact

    smith = ContactsService(context).save(Contact(full_name="Smith & Co"))
    view = window.user_data.show_contacts()
    view.confirm = lambda *args: True
    view.listing.select(smith.uid)
    view.delete_selected()
    assert window.actions["undo"].text() == "&Undo Delete Contact 'Smith && Co'"


def test_ctrl_z_and_ctrl_f_reach_the_tab_shown(window, dialogs, ana, qtbot, context):
    note = LibraryService(context).add_note(CLAUT, "bring samples")
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_cluster(CLAUT)
    dialogs.answer("confirm", True)
    link(window, "note-delete", note.uid)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "bring samples" in window.profile.toPlainText()

    window.actions["show_contacts"].trigger()
    view = window.user_data.contacts.view
    view.confirm = lambda *args: True
    view.listing.select(ana.uid)
    view.delete_selected()
    table = view.listing.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [c.display_name for c in view.listing.contacts()] == ["Ana Ruiz"]
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.listing.search.hasFocus)


def test_importing_a_json_export_brings_its_stars_into_the_window(window, context, tmp_path):
    from desktop_app.services.contacts import ContactsService

    LibraryService(context).bookmark(NLE_AGRO)
    path = tmp_path / "everything.json"
    ContactsService(context).export(path, "json")
    LibraryService(context).unbookmark(NLE_AGRO)
    window.user_data.library.refresh()
    assert not starred(window, NLE_AGRO)
    view = window.user_data.contacts.ensure_view()
    view.run_preview = lambda plan: {}
    view.import_file(str(path), "json")
    assert starred(window, NLE_AGRO)


# --- backups and a damaged data file -------------------------------------------------------------


def test_back_up_now_and_restore_from_a_backup(window, dialogs, context):
    library = LibraryService(context)
    library.bookmark(CLAUT)
    context.close_user_db()  # the test's own connection (another "window") would stop a restore
    window.actions["back_up"].trigger()
    window.user_data.library.toggle_bookmarks([CLAUT, QUE_AERO])  # CLAUT starred: stars both
    assert starred(window, QUE_AERO)
    dialogs.answer("choose", 0)
    dialogs.answer("confirm", True)
    window.actions["restore_backup"].trigger()
    assert "manual" in dialogs.asked[0][1]
    assert starred(window, CLAUT) and not starred(window, QUE_AERO)


def _damage(data_dir) -> bytes:
    from desktop_app.userdata.connection import user_db_path
    from tests.userdata.test_connection import _corrupt

    _corrupt(user_db_path(data_dir))
    return user_db_path(data_dir).read_bytes()


def test_a_damaged_data_file_is_reported_and_the_catalogue_still_browses(
        make_window, monkeypatch, tmp_path, qtbot):
    from desktop_app.ui.library import user_dialogs
    from desktop_app.userdata.connection import user_db_path
    from tests.userdata.test_connection import _filled

    data_dir = tmp_path / "userdata"
    _filled(data_dir)  # no backup yet
    damaged = _damage(data_dir)
    messages = []
    monkeypatch.setattr(user_dialogs, "offer_restore",
                        lambda parent, message, backup: messages.append((message, backup)))
    window = make_window()
    qtbot.waitUntil(lambda: bool(messages), timeout=3000)
    (message, backup), = messages
    assert "failed its integrity check" in message and str(user_db_path(data_dir)) in message
    assert backup is None and "move it away" in message
    assert "cluster-atlas" not in message  # the window's own words, no command to type
    assert not window.user_data.library.available
    assert user_db_path(data_dir).read_bytes() == damaged  # never replaced silently

    qtbot.keyClicks(window.search_field, "queretaro")  # the catalogue still browses
    ids = table_ids(window)
    assert ids and ids == [s.id for s in BrowseService(window.browse_context).search(
        ClusterFilter(text="queretaro"))]
    click_row(window, 0)
    assert "unavailable" in window.profile.toPlainText()
    assert window.table.isColumnHidden(STAR_COLUMN)
    assert not window.facet_panel.groups[USER_FACET].isVisible()
    for name in ("bookmark", "add_note", "import_contacts", "back_up"):
        assert not window.actions[name].isEnabled()
    assert window.actions["restore_backup"].isEnabled()
    window.actions["show_contacts"].trigger()
    assert window.user_data.contacts.view is None
    assert "unavailable" in window.user_data.contacts.notice.text()


def test_a_damaged_data_file_offers_the_newest_good_backup(make_window, monkeypatch, tmp_path,
                                                           qtbot):
    from desktop_app.ui.library import user_dialogs
    from desktop_app.userdata.backups import make_backup
    from desktop_app.userdata.connection import open_user_db
    from desktop_app.userdata.notes import notes_for
    from tests.userdata.test_connection import _filled

    data_dir = tmp_path / "userdata"
    _filled(data_dir)
    conn = open_user_db(data_dir)
    good = make_backup(conn, data_dir, "manual")
    conn.close()
    _damage(data_dir)
    offered = []

    def accept(parent, message, backup):
        offered.append(backup)
        return True

    monkeypatch.setattr(user_dialogs, "offer_restore", accept)
    window = make_window()
    qtbot.waitUntil(lambda: bool(offered), timeout=3000)
    assert offered == [str(good)]
    assert window.user_data.library.available
    assert not window.table.isColumnHidden(STAR_COLUMN)
    assert any(p.name.startswith("damaged-") for p in data_dir.iterdir())  # kept aside
    conn = open_user_db(data_dir)
    assert len(notes_for(conn, "mx-nle-claut")) == 300
    conn.close()


# --- the table's header --------------------------------------------------------------------------


def test_a_header_saved_before_the_star_column_still_puts_it_first(make_window):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from desktop_app.ui.settings import Settings

    old = QTableView()
    old.setModel(QStandardItemModel(1, 7))
    old.setColumnWidth(0, 300)
    settings = Settings()
    settings.set("table/header", old.horizontalHeader().saveState())
    settings.sync()
    window = make_window()
    header = window.table.horizontalHeader()
    assert header.visualIndex(STAR_COLUMN) == 0
    assert header.sectionSize(STAR_COLUMN) < 40
    # the saved widths give way to the layout: the name stretches, the others fit their contents
    assert header.sectionResizeMode(0) == header.ResizeMode.Stretch


def test_data_held_by_another_process_is_said_as_such_not_as_damage(
        make_window, monkeypatch, qtbot):
    from desktop_app.errors import DataBusy
    from desktop_app.ui.library import user_dialogs

    def busy(self):
        raise DataBusy(None, 120)

    monkeypatch.setattr(LibraryService, "bookmarked_ids", busy)
    told, offered = [], []
    monkeypatch.setattr(user_dialogs, "inform", lambda parent, title, text: told.append(
        (title, text)))
    monkeypatch.setattr(user_dialogs, "offer_restore", lambda *args: offered.append(args))
    window = make_window()
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    (title, text), = told
    assert title == "Your data is unavailable" and "Another Cluster Atlas is writing" in text
    assert offered == [] and not window.user_data.library.available  # no restore offered
