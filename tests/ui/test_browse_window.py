"""The browse window as a person uses it: search, facets, table, profile, shortcuts, settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence

from desktop_app.catalogue.models import ClusterFilter
from desktop_app.services.browse import BrowseService
from tests.ui.helpers import click_facet, click_row, counts, table_ids

HOSTILE = ['"', "'", '"unbalanced', "AND", "OR NOT", "a AND", "*", "**", "quer*", "(", ")",
           "[", "]", "{}", "NEAR(a b)", "name:aero", "^", "-", "+", ":", "\\", "%", "_", ";--",
           "' OR 1=1 --", "🚀 aero", "✈️", "\u0000", "\u202e", "e\u0301", "x" * 10_000,
           "a " * 3000, "Quer\u00e9taro\u0301"]


def test_window_opens_with_every_cluster(make_window, context):
    window = make_window()
    total = BrowseService(context).total()
    assert window.model.total_count() == total
    assert window.status_label.text() == f"{total} clusters"


def test_typing_in_the_search_field_filters_the_table(make_window, qtbot, context):
    window = make_window()
    window.resize(1920, 1080)  # room for "Matched in" beside whole names
    total = window.controller.total
    qtbot.keyClicks(window.search_field, "queretaro")
    ids = table_ids(window)
    expected = [s.id for s in BrowseService(context).search(ClusterFilter(text="queretaro"))]
    assert 0 < len(ids) < total
    assert ids == expected
    assert window.status_label.text() == f"{len(ids)} of {total} clusters"
    assert all(window.model.data(window.model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
               for row in range(len(ids)))
    assert not window.table.isColumnHidden(6)  # "Matched in" shows why each row matched
    reasons = [window.model.index(row, 6).data() for row in range(len(ids))]
    assert any("Querétaro" in reason for reason in reasons)
    window.resize(1280, 800)  # no room: the column gives way, the reasons stay in the tooltips
    assert window.table.isColumnHidden(6)
    assert all(reason in window.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
               for row, reason in enumerate(reasons))


def test_clicking_facet_values_updates_counts_and_table(make_window, context):
    window = make_window()
    sectors_before = counts(window, "sector")
    click_facet(window, "sector", "aerospace")
    ids = table_ids(window)
    browse = BrowseService(context)
    aerospace = [s.id for s in browse.search(ClusterFilter(sectors=("aerospace",)))]
    assert ids == aerospace
    assert counts(window, "sector") == sectors_before  # a facet's own selection is not applied
    states = counts(window, "state")
    assert sum(states.values()) == len(aerospace)
    assert window.status_label.text() == f"{len(aerospace)} of {window.controller.total} clusters"

    click_facet(window, "state", "QUE")  # AND across facets
    ids = table_ids(window)
    assert ids == [s.id for s in browse.search(ClusterFilter(sectors=("aerospace",),
                                                             states=("QUE",)))]
    assert ids and all(window.model.summary(r).state == "QUE" for r in range(len(ids)))
    click_facet(window, "state", "BCN")  # OR within a facet
    assert set(table_ids(window)) == {s.id for s in browse.search(ClusterFilter(
        sectors=("aerospace",), states=("QUE", "BCN")))}
    assert window.facet_panel.clear_button.isEnabled()
    window.facet_panel.clear_button.click()  # one click clears everything
    assert window.model.total_count() == window.controller.total
    assert not window.facet_panel.clear_button.isEnabled()


def test_three_clicks_answer_aerospace_in_queretaro(make_window, context):
    window = make_window()
    click_facet(window, "sector", "aerospace")
    click_facet(window, "state", "QUE")
    click_row(window, 0)
    detail = BrowseService(context).cluster(window.model.summary(0).id)
    text = window.profile.toPlainText()
    assert detail.name in text
    assert "Querétaro" in text
    assert "Data as of" in text
    for source in detail.sources:
        assert source in text


def test_selecting_a_row_shows_the_profile(make_window, qtbot, context):
    window = make_window()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # keyboard navigation selects rows
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    summary = window.model.summary(window.table.currentIndex().row())
    detail = BrowseService(context).cluster(summary.id)
    html = window.profile.toHtml()
    assert window.profile.cluster_id == summary.id
    assert detail.name in window.profile.toPlainText()
    for alias in detail.aliases:
        assert alias in window.profile.toPlainText()
    info = BrowseService(context).info()
    assert f"Data as of March 2019, catalogue {info.catalogue_version}" in \
        window.profile.toPlainText()
    assert 'href="http' in html or not any(s.startswith("http") for s in detail.sources)


def test_profile_links_open_outside_and_never_navigate(make_window, monkeypatch):
    window = make_window()
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()))
    click_row(window, 0)
    html_before = window.profile.toHtml()
    for url in ("https://example.org/a", "mailto:someone@example.org", "javascript:alert(1)",
                "file:///etc/passwd", "ftp://example.org/"):
        window.profile.anchorClicked.emit(QUrl(url))
    assert opened == ["https://example.org/a", "mailto:someone@example.org"]
    assert window.profile.toHtml() == html_before


def test_links_to_other_clusters_show_them(make_window, context):
    window = make_window()
    browse = BrowseService(context)
    detail = next(d for d in (browse.cluster(s.id) for s in browse.search(ClusterFilter()))
                  if d.same_sector_same_state)
    window.show_cluster(detail.id)
    neighbour = detail.same_sector_same_state[0]
    assert f'href="cluster:{neighbour.id}"' in window.profile.toHtml()
    window.profile.anchorClicked.emit(QUrl(f"cluster:{neighbour.id}"))
    assert window.profile.cluster_id == neighbour.id


def test_ctrl_f_focuses_the_search_field(make_window, qtbot):
    window = make_window()
    window.activateWindow()
    qtbot.waitActive(window)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    assert window.actions["find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus)
    assert window.actions["quit"].shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_search_text_never_raises(make_window, qtbot, text):
    window = make_window()
    window.search_field.setText(text)  # whatever is typed or pasted
    table_ids(window)
    for row in range(min(5, window.model.rowCount())):
        window.model.index(row, 6).data()
        window.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert window.status_label.text().endswith("clusters")


def test_settings_survive_a_restart(make_window, qtbot):
    window = make_window()
    window.resize(780, 560)  # the offscreen screen is 800x600
    click_facet(window, "sector", "aerospace")
    qtbot.keyClicks(window.search_field, "cluster")
    window.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # state, descending
    window.splitter.setSizes([200, 350, 230])
    sizes = window.splitter.sizes()
    click_row(window, 0)
    selected = window.profile.cluster_id
    window.close()

    again = make_window()
    assert (again.width(), again.height()) == (780, 560)
    assert again.splitter.sizes() == sizes
    assert again.controller.filter.sectors == ("aerospace",)
    assert again.search_field.text() == "cluster"
    assert (again.model.sort_key, again.model.descending) == ("state", True)
    assert again.table.horizontalHeader().sortIndicatorSection() == 3
    assert again.profile.cluster_id == selected
    assert counts(again, "sector") == counts(window, "sector")


def test_settings_with_unknown_values_are_dropped(make_window):
    from desktop_app.ui.settings import Settings

    settings = Settings()
    settings.set("filter/sectors", ["no-such-sector"])
    settings.set("filter/states", ["QUE"])
    settings.set("table/sort_key", "bogus")
    settings.sync()
    window = make_window()
    assert window.controller.filter.sectors == ()
    assert window.controller.filter.states == ("QUE",)
    assert window.model.sort_key == "name"


def test_about_box_names_source_version_date_and_licences(make_window, context):
    from desktop_app.ui.common.about_dialog import AboutDialog

    window = make_window()
    info = BrowseService(context).info()
    dialog = AboutDialog(info, window)
    text = dialog.label.text()
    assert info.source_title in text and info.source_version in text
    assert info.source_date in text and info.catalogue_version in text
    assert "DejaVu" in text  # resources/fonts/LICENSE-DejaVu.txt
    dialog.close()


def test_the_window_shortcuts_work_from_the_search_field(make_window, qtbot, monkeypatch):
    """Type a search, press Ctrl+E: the export starts (a line edit would take it as End)."""
    window = make_window()
    window.activateWindow()
    qtbot.waitActive(window)
    exported = []
    monkeypatch.setattr(window.sheets, "export_selected", lambda: exported.append(True))
    window.actions["export_sheets"].triggered.disconnect()
    window.actions["export_sheets"].triggered.connect(window.sheets.export_selected)
    window.search_field.setFocus()
    qtbot.waitUntil(window.search_field.hasFocus)
    qtbot.keyClicks(window.search_field, "aero")
    qtbot.keyClick(window.search_field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported == [True]
    assert window.search_field.text() == "aero"
    qtbot.keyClick(window.search_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.selectedText() == "aero"  # editing keys stay with the field


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_in_the_search_goes_to_the_first_result(make_window, qtbot, key):
    """Type "queretaro", press Down (or Enter), then Ctrl+P: the first result is the one printed,
    not a "select a cluster first" message."""
    window = make_window()
    window.activateWindow()
    qtbot.waitActive(window)
    window.search_field.setFocus()
    qtbot.waitUntil(window.search_field.hasFocus)
    qtbot.keyClicks(window.search_field, "queretaro")
    qtbot.keyClick(window.search_field, key)
    qtbot.waitUntil(window.table.hasFocus)
    first = table_ids(window)[0]
    assert window.chosen_ids() == [first]
    assert window.profile.cluster_id == first
    assert window.search_field.text() == "queretaro"
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # and on down the list
    assert window.chosen_ids() == [table_ids(window)[1]]


def test_down_keeps_a_selection_the_user_made(make_window, qtbot, context):
    window = make_window()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClicks(window.search_field, "aero")
    click_row(window, 2)
    chosen = window.chosen_ids()
    window.search_field.setFocus()
    qtbot.waitUntil(window.search_field.hasFocus)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.waitUntil(window.table.hasFocus)
    assert window.chosen_ids() == chosen
