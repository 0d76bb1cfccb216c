"""Every word of the window goes through tr() and has a Spanish translation.

A pseudo-translator (`translation_check.PseudoTranslator`) is installed before the window is
built; each case opens one part of the window or one dialog, the way a person would, and every
text a person reads there must have come through it (⟦…⟧). Data (names, numbers, what the user
typed, the cells of tables) is not checked. A case is one view or one dialog, so that the part
that fails is named; the parts still being translated on another branch are `xfail(strict)`:
once they pass, the mark must go.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.services.user_filter import USER_FACET
from tests.ui import translation_check as tc

MONTERREY = "mx-nle-claut"
TIJUANA = "mx-bcn-aerospace-alliance"


@pytest.fixture
def pseudo(qapp):
    translator = tc.install_pseudo()
    yield translator
    tc.remove_pseudo(translator)


@pytest.fixture
def window(pseudo, make_window):
    window = make_window()
    window.user_data.start()  # the user's data now (bookmarks, lists), not after a timer
    QApplication.processEvents()
    return window


def _user_data_parts(window) -> list[QWidget]:
    """The parts of the clusters page that the library (the user's own data) adds."""
    user_data = window.user_data
    return [user_data.undo_notice, user_data.damage_label, window.facet_panel.groups[USER_FACET]]


def _other_pages(window) -> list[QWidget]:
    return [window.pages.widget(i) for i in range(1, window.pages.count())]


def _theirs(where: str) -> bool:
    """Texts of the window's frame that the library and the missions set: Edit › Undo and Redo
    (named after what they take back) and the titles of the Contacts and Missions tabs."""
    return any(f"action 'action-{name}'" in where for name in ("undo", "redo")) \
        or where.startswith("QTabWidget 'pages' tab ") and not where.startswith(
            "QTabWidget 'pages' tab 0")


def _walk(roots: list[QWidget], skip: list[QWidget] = ()) -> list[tuple[str, str]]:
    return [item for root in roots for item in tc.shown_texts(root, skip)]


# --- the cases: each opens something and returns the (where, text) a person reads there ---------

def _clusters_page(window, _tmp):
    texts = _walk([window], _other_pages(window) + _user_data_parts(window))
    return [(where, text) for where, text in texts if not _theirs(where)]


def _profile(window, _tmp):
    window.show_cluster(MONTERREY)
    return _walk([window.profile])


def _empty_table(window, _tmp):
    window.search_field.setText("zzqqxx")
    return _walk([window.table])


def _map(window, _tmp):
    window.actions["show_map"].trigger()
    QApplication.processEvents()
    view = window.map_view
    view.tooltip_for("NLE")
    return _walk([view]) + [("map: painted", text) for text in view.painted_texts()] + [
        ("map: tooltip", view.tooltip_for(code)) for code in ("NLE", "CAM")]


def _saved_notice(window, tmp):
    window.sheets.notice.show_saved(tmp / "trip.pdf", window.sheets.tr("%n page(s)", "", 3))
    return _walk([window.sheets.notice])


def _about(window, _tmp):
    from desktop_app.ui.common.about_dialog import AboutDialog

    return _walk([AboutDialog(window.browse.info(), window)])


def _sheet_options(window, _tmp):
    from desktop_app.ui.sheets.sheet_options import SheetOptionsDialog

    dialog = SheetOptionsDialog(window, [MONTERREY, "mx-gua-claugto"], "a4")
    texts = _walk([dialog])
    dialog.internal.setChecked(True)
    return texts + _walk([dialog.explanation, dialog.file_label])


def _user_data_of_clusters_page(window, _tmp):
    window.user_data.library.toggle_bookmarks([MONTERREY])
    frame = [(where, text) for where, text in _walk([window]) if _theirs(where)]
    return _walk(_user_data_parts(window)) + frame


def _contacts_tab(window, _tmp):
    window.user_data.show_contacts()
    return _walk([window.pages.currentWidget()])


def _follow_ups(window, _tmp):
    window.user_data.show_follow_ups()
    return _walk([window.pages.currentWidget()])


def _missions_tab(window, _tmp):
    view = window.missions.show_tab()
    return _walk([view or window.pages.currentWidget()], [view.notice])  # the notice: its case


def _note_dialog(window, _tmp):
    """As Cluster › Add Note… opens it: the title and subject worded by the window."""
    from desktop_app.ui.library.notes_dialog import NoteDialog

    title = window.user_data.library.tr("Add Note")
    subject = window.user_data.tr("On {cluster}").format(cluster="CLAUT")
    return _walk([NoteDialog(title, subject=subject, parent=window)])


def _contact_editor(window, _tmp):
    from desktop_app.services.contacts import ContactsService
    from desktop_app.ui.contacts.contact_editor import ContactEditorDialog

    return _walk([ContactEditorDialog(ContactsService(window.browse_context), None, window,
                                      cluster_choices=[(MONTERREY, "CLAUT")])])


def _trip(window):
    """A mission with a delegation, two clusters and two meetings too close to fly between."""
    from desktop_app.services.agenda import AgendaService
    from desktop_app.services.missions import MissionsService

    missions = MissionsService(window.browse_context)
    mission = missions.create("North", start="2025-07-14", end="2025-07-16",
                              home_tz="Europe/Madrid", purpose="Joint bids")
    missions.add_member(mission.id, "Ana García")
    missions.add_clusters(mission.id, [MONTERREY, TIJUANA])
    agenda = AgendaService(window.browse_context, missions)
    agenda.add_meeting(mission.id, "2025-07-15 10:00", cluster_ids=[MONTERREY])
    agenda.add_meeting(mission.id, "2025-07-15 12:00", cluster_ids=[TIJUANA])
    return missions.get(mission.id)


def _mission_shown(window, _tmp):
    view = window.missions.show_tab()
    view.show_mission(_trip(window).id)
    detail = view.detail
    return _walk([view], [view.notice, detail.title, detail.purpose])  # the mission's own words


def _mission_dialogs(window, _tmp):
    """The mission, member, meeting and booklet dialogs, as the tab opens them."""
    from desktop_app.ui.missions.booklet_dialog import BookletDialog
    from desktop_app.ui.missions.meeting_dialog import MeetingDialog
    from desktop_app.ui.missions.member_dialog import MemberDialog
    from desktop_app.ui.missions.mission_dialog import MissionDialog
    from desktop_app.ui.missions.mission_services import MissionServices

    mission = _trip(window)
    meeting = MeetingDialog(MissionServices(window.browse_context), mission, parent=window,
                            cluster_id=TIJUANA)
    return _walk([MissionDialog(lambda f: None, mission, window), MemberDialog(lambda f: None),
                  meeting, BookletDialog(mission.name, "a4", window)])


def _calendar_import(window, tmp):
    from desktop_app.services.calendar_files import CalendarService
    from desktop_app.services.missions import MissionsService
    from desktop_app.ui.missions.calendar_import_dialog import CalendarImportDialog

    mission = _trip(window)
    calendar = CalendarService(window.browse_context)
    calendar.export(mission.id, tmp / "trip.ics")
    other = MissionsService(window.browse_context).create("South")
    return _walk([CalendarImportDialog(calendar.preview_import(other.id, tmp / "trip.ics"),
                                       window)])


def _contacts_import(window, _tmp):
    from desktop_app.services.contact_import import ContactImportService
    from desktop_app.services.contacts import ContactsService
    from desktop_app.ui.contacts.import_preview import ImportPreviewDialog
    from desktop_app.userdata.models import Contact, Email

    ContactsService(window.browse_context).save(Contact(full_name="Ana Ruiz",
                                                        emails=[Email("ana@example.mx")]))
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana R.\r\nEMAIL:ana@example.mx\r\n"
            b"END:VCARD\r\n# a comment\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Beto\r\n"
            b"END:VCARD\r\n")
    plan = ContactImportService(window.browse_context).preview_bytes(data, "vcf", "new.vcf")
    return _walk([ImportPreviewDialog(plan, window)])


def _deleted_contacts(window, _tmp):
    from desktop_app.services.contacts import ContactsService
    from desktop_app.ui.contacts.deleted_contacts_dialog import DeletedContactsDialog
    from desktop_app.userdata.models import Contact

    service = ContactsService(window.browse_context)
    service.delete(service.save(Contact(full_name="Ana Ruiz")).uid)
    return _walk([DeletedContactsDialog(window.browse_context, window)])


def _list_name_dialog(window, _tmp):
    from desktop_app.ui.library.user_dialogs import ListNameDialog

    return _walk([ListNameDialog(["North"], parent=window)])


CASES: dict[str, tuple[Callable[..., list[tuple[str, str]]], tuple]] = {
    "clusters page, menus and status bar": (_clusters_page, ()),
    "profile": (_profile, ()),
    "empty table": (_empty_table, ()),
    "map": (_map, ()),
    "saved-file notice": (_saved_notice, ()),
    "about box": (_about, ()),
    "fact sheet options": (_sheet_options, ()),
    "your lists, undo notice": (_user_data_of_clusters_page, ()),
    "contacts tab": (_contacts_tab, ()),
    "follow-ups": (_follow_ups, ()),
    "missions tab": (_missions_tab, ()),
    "note dialog": (_note_dialog, ()),
    "contact editor": (_contact_editor, ()),
    "a mission shown": (_mission_shown, ()),
    "mission, member, meeting and booklet dialogs": (_mission_dialogs, ()),
    "calendar import preview": (_calendar_import, ()),
    "contacts import preview": (_contacts_import, ()),
    "deleted contacts": (_deleted_contacts, ()),
    "list name dialog": (_list_name_dialog, ()),
}


@pytest.mark.parametrize("case", [pytest.param(name, marks=marks, id=name)
                                  for name, (_open, marks) in CASES.items()])
def test_every_text_is_translated(case, window, tmp_path):
    texts = CASES[case][0](window, tmp_path)
    QApplication.processEvents()
    assert texts, f"nothing to read in {case}: the case opens the wrong thing"
    assert tc.unmarked(texts) == []
