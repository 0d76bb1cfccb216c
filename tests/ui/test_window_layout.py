"""The browse side at the sizes users have: nothing important cut, every column in sight, lists
visible in the table, type-ahead in the facets, an accessible name on every control (issue 13,
items 3 to 5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
)

from desktop_app.services.library import LibraryService
from desktop_app.ui.browse.cluster_table_model import COLUMNS, STAR_COLUMN, Role
from desktop_app.ui.browse.cluster_table_view import MAX_LINES, NAME_COLUMN, SECTOR_COLUMN
from desktop_app.ui.browse.facet_group import CHECK_ROOM
from tests.ui.helpers import table_ids

SIZES = [(1280, 800), (1920, 1080)]
LANGS = ["en", "es"]  # Spanish runs about 20% longer


@pytest.fixture(params=LANGS)
def lang(request):
    """Each layout test in English and in Spanish."""
    if request.param == "es":
        request.getfixturevalue("spanish")
    return request.param


def _window(make_window, size):
    window = make_window(restore=False)
    window.resize(*size)
    window.apply_default_split()
    return window


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1920x1080"])
def test_every_column_is_in_sight_and_names_wrap_instead_of_being_cut(make_window, size, lang):
    window = _window(make_window, size)
    table = window.table
    assert table.horizontalScrollBar().maximum() == 0  # no column off-screen
    viewport = table.viewport().width()
    header = table.horizontalHeader()
    for column, spec in enumerate(COLUMNS):
        if not table.isColumnHidden(column):
            assert header.sectionViewportPosition(column) + header.sectionSize(column) \
                <= viewport, f"{spec.title} is cut off"
    assert header.sectionResizeMode(NAME_COLUMN) == header.ResizeMode.Stretch
    metrics = table.fontMetrics()
    margins = table.text_margins()
    for row, cluster_id in enumerate(table_ids(window)):
        summary = window.model.summary(row)
        for column, text in ((NAME_COLUMN, summary.name), (SECTOR_COLUMN, summary.sector_name)):
            width = table.columnWidth(column) - margins
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                          int(Qt.TextFlag.TextWordWrap), text).height()
            assert needed <= MAX_LINES * metrics.lineSpacing(), f"{text!r} needs more lines"
            assert table.rowHeight(row) >= needed, f"{text!r} ({cluster_id}) is cut"
        for spec in COLUMNS:  # the other columns fit their contents on one line
            if spec.key in ("acronym", "state", "label", "members"):
                column = COLUMNS.index(spec)
                text = window.model.index(row, column).data() or ""
                assert metrics.horizontalAdvance(text) <= table.columnWidth(column) - margins
        assert summary.name in window.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1920x1080"])
def test_the_facet_names_and_the_profile_are_not_cut(make_window, size, lang):
    window = _window(make_window, size)
    for group in window.facet_panel.groups.values():
        if group.isHidden():
            continue
        names = group.list.columnWidth(0) - CHECK_ROOM
        metrics = group.list.fontMetrics()
        for row in range(group.list.count()):
            text = group.list.item(row).text()
            assert metrics.horizontalAdvance(text) <= names, f"{text!r} is cut"
    assert window.profile.width() >= 300
    assert window.table.width() > window.profile.width()


def test_wide_windows_keep_the_sector_on_one_line(make_window, lang):
    window = _window(make_window, (1920, 1080))
    metrics = window.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(v.name)
                 for v in window.browse.select(window.controller.filter).facets["sector"])
    assert window.table.columnWidth(SECTOR_COLUMN) - window.table.text_margins() >= widest


def test_lists_show_in_the_star_column_with_their_names(make_window, context):
    claut, agro, aero = "mx-nle-claut", "mx-nle-agroalimentario", "mx-que-aerocluster"
    library = LibraryService(context)
    library.bookmark(claut, "Monterrey, March")
    library.bookmark(claut, "Suppliers")
    library.bookmark(aero)
    window = make_window()
    window.user_data.start()

    def cell(cluster_id, role=Qt.ItemDataRole.DisplayRole):
        return window.model.index(window.model.row_of(cluster_id), STAR_COLUMN).data(role)

    assert cell(claut) == "☆☰"  # in lists, not starred
    assert cell(claut, Role.Lists) == ("Monterrey, March", "Suppliers")
    tip = cell(claut, Qt.ItemDataRole.ToolTipRole)
    assert "Monterrey, March" in tip and "Suppliers" in tip
    assert cell(aero) == "★" and cell(agro) == "☆"
    assert window.table.horizontalHeader().sectionSize(STAR_COLUMN) < 40

    window.user_data.library.ask_list = lambda parent, names, suggestion="": "Visit"
    window.show_cluster(agro)
    window.actions["add_to_list"].trigger()  # the column follows a change of the lists
    assert cell(agro) == "☆☰" and "Visit" in cell(agro, Qt.ItemDataRole.ToolTipRole)


def test_typing_in_a_facet_list_jumps_to_the_value(make_window, qtbot):
    window = make_window()
    states = window.facet_panel.groups["state"].list
    states.setFocus()
    qtbot.keyClicks(states, "que")
    assert states.currentItem().text() == "Querétaro"
    qtbot.keyClick(states, Qt.Key.Key_Space)
    assert window.controller.filter.states == ("QUE",)
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a pause: a new search
    qtbot.keyClicks(states, "ciudad de mex")
    assert states.currentItem().text() == "Ciudad de México"
    qtbot.wait(QApplication.keyboardInputInterval() + 100)
    qtbot.keyClicks(states, "nuevo")
    assert states.currentItem().text() == "Nuevo León"


def test_every_control_of_the_browse_side_has_an_accessible_name(make_window, qtbot):
    window = make_window()
    window.actions["show_map"].trigger()
    browse_side = window.pages.widget(0)
    kinds = (QAbstractItemView, QLineEdit, QTextBrowser, QComboBox, QTabWidget)
    controls = [w for kind in kinds for w in browse_side.findChildren(kind)
                if w.isVisibleTo(window)]
    controls += [window.map_view, window.pages, window.search_field, window.profile]
    assert len(controls) > 6
    unnamed = [type(w).__name__ + ":" + w.objectName() for w in controls if not w.accessibleName()]
    assert unnamed == []


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1920x1080"])
def test_while_searching_the_name_keeps_its_room(make_window, qtbot, size):
    from desktop_app.ui.browse.cluster_table_view import NAME_MIN

    window = _window(make_window, size)
    table = window.table
    before = table.columnWidth(NAME_COLUMN)
    qtbot.keyClicks(window.search_field, "monterrey")
    assert table.horizontalScrollBar().maximum() == 0
    if table.isColumnHidden(6):  # no room for "Matched in": the name keeps all it had
        assert size == (1280, 800) and table.columnWidth(NAME_COLUMN) == before
    else:
        assert table.columnWidth(NAME_COLUMN) >= NAME_MIN


def test_tab_goes_left_to_right_through_every_part(make_window, qtbot):
    window = make_window()
    window.activateWindow()
    qtbot.waitActive(window)
    window.search_field.setFocus()
    qtbot.waitUntil(window.search_field.hasFocus)
    seen = []
    for _ in range(12):
        seen.append(QApplication.focusWidget())
        window.focusNextChild()
    lists = [g.list for g in window.facet_panel.groups.values() if g.isVisible()]
    order = [seen.index(w) for w in (window.search_field, window.table, window.profile)]
    assert order == sorted(order)
    assert all(lst in seen for lst in lists)
    assert not any(isinstance(w, QScrollArea) for w in seen)
