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

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app.services.user_filter import USER_FACET  # noqa: E402
from tests.ui import translation_check as tc  # noqa: E402

MONTERREY = "mx-nle-claut"
WRAPPING = pytest.mark.xfail(strict=True, reason="being wrapped in tr() on this branch (i18n)")
PENDING = pytest.mark.xfail(strict=True, reason="its strings are being wrapped in tr() on the "
                                               "i18n-b branch (missions, library, contacts)")


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


# --- the cases: each returns (roots to walk, widgets under them to leave to another case) -------

def _clusters_page(window):
    return [window], _other_pages(window) + _user_data_parts(window)


def _profile(window):
    window.show_cluster(MONTERREY)
    return [window.profile], []


def _empty_table(window):
    window.search_field.setText("zzqqxx")
    return [window.table], []


def _map(window):
    window.actions["show_map"].trigger()
    QApplication.processEvents()
    return [window.map_view], []


def _saved_notice(window, tmp_path):
    window.sheets.notice.show_saved(tmp_path / "trip.pdf", "3 pages")
    return [window.sheets.notice], []


def _about(window):
    from desktop_app.ui.common.about_dialog import AboutDialog

    return [AboutDialog(window.browse.info(), window)], []


def _sheet_options(window):
    from desktop_app.ui.sheets.sheet_options import SheetOptionsDialog

    return [SheetOptionsDialog(window, [MONTERREY, "mx-gua-claugto"], "a4")], []


def _user_data_of_clusters_page(window):
    window.user_data.library.toggle_bookmarks([MONTERREY])
    return _user_data_parts(window), []


def _contacts_tab(window):
    window.user_data.show_contacts()
    return [window.pages.currentWidget()], []


def _follow_ups(window):
    window.user_data.show_follow_ups()
    return [window.pages.currentWidget()], []


def _missions_tab(window):
    view = window.missions.show_tab()
    return [view or window.pages.currentWidget()], []


def _note_dialog(window):
    from desktop_app.ui.library.notes_dialog import NoteDialog

    return [NoteDialog("Add Note", subject="CLAUT", parent=window)], []


def _contact_editor(window):
    from desktop_app.services.contacts import ContactsService
    from desktop_app.ui.contacts.contact_editor import ContactEditorDialog

    return [ContactEditorDialog(ContactsService(window.browse_context), None, window,
                                cluster_choices=[(MONTERREY, "CLAUT")])], []


CASES: dict[str, tuple[Callable, tuple]] = {
    "clusters page, menus and status bar": (_clusters_page, (WRAPPING,)),
    "profile": (_profile, (WRAPPING,)),
    "empty table": (_empty_table, (WRAPPING,)),
    "map": (_map, (WRAPPING,)),
    "saved-file notice": (_saved_notice, (WRAPPING,)),
    "about box": (_about, (WRAPPING,)),
    "fact sheet options": (_sheet_options, (WRAPPING,)),
    "your lists, undo notice": (_user_data_of_clusters_page, (PENDING,)),
    "contacts tab": (_contacts_tab, (PENDING,)),
    "follow-ups": (_follow_ups, (PENDING,)),
    "missions tab": (_missions_tab, (PENDING,)),
    "note dialog": (_note_dialog, (PENDING,)),
    "contact editor": (_contact_editor, (PENDING,)),
}


@pytest.mark.parametrize("case", [pytest.param(name, marks=marks, id=name)
                                  for name, (_open, marks) in CASES.items()])
def test_every_text_is_translated(case, window, tmp_path):
    opener = CASES[case][0]
    roots, skip = (opener(window, tmp_path) if opener is _saved_notice else opener(window))
    QApplication.processEvents()
    texts = [item for root in roots for item in tc.shown_texts(root, skip)]
    assert texts, f"nothing to read in {case}: the case opens the wrong thing"
    assert tc.unmarked(texts) == []
