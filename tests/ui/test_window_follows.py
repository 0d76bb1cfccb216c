"""The profile follows the results, and an empty table explains itself (issue 13, item 2)."""

from __future__ import annotations

from desktop_app.catalogue.models import ClusterFilter
from desktop_app.services.browse import BrowseService
from desktop_app.services.library import LibraryService
from tests.ui.helpers import click_facet, click_row, table_ids

QUE_AERO = "mx-que-aerocluster"


def test_when_the_shown_cluster_leaves_the_results_the_first_result_is_shown(make_window,
                                                                              context):
    window = make_window()
    window.show_cluster(QUE_AERO)
    assert window.profile.cluster_id == QUE_AERO
    click_facet(window, "sector", "automotive")  # the aerospace cluster leaves the table
    first = table_ids(window)[0]
    assert window.profile.cluster_id == first
    assert window.table.selected_ids() == [first]
    assert BrowseService(context).cluster(first).name in window.profile.toPlainText()


def test_the_shown_cluster_stays_while_it_is_still_in_the_results(make_window):
    window = make_window()
    click_facet(window, "sector", "aerospace")
    click_row(window, 2)
    shown = window.profile.cluster_id
    click_facet(window, "state", window.model.summary(2).state)
    assert window.profile.cluster_id == shown
    assert window.table.selected_ids() == [shown]


def test_a_single_result_opens_by_itself(make_window, qtbot, context):
    window = make_window()
    assert window.profile.cluster_id is None  # the welcome text while many match
    click_facet(window, "sector", "aerospace")
    assert window.profile.cluster_id is None
    click_facet(window, "state", "QUE")
    assert window.model.total_count() == 1
    assert window.profile.cluster_id == table_ids(window)[0]
    assert window.table.selected_ids() == [window.profile.cluster_id]


def test_an_empty_table_says_why_and_clears_in_one_click(make_window, qtbot):
    window = make_window()
    window.show_cluster(QUE_AERO)
    click_facet(window, "sector", "aerospace")
    qtbot.keyClicks(window.search_field, "zzqx")
    assert window.model.total_count() == 0
    empty = window.table.empty_state()
    assert empty is not None and empty.isVisible()
    assert empty.title.text() == "No cluster matches"
    assert "zzqx" in empty.details.text() and "Sector: Aerospace" in empty.details.text()
    assert window.profile.cluster_id is None  # the welcome text, not a cluster not in the table
    assert "Cluster Atlas" in window.profile.toPlainText()
    empty.button.click()
    assert window.model.total_count() == window.controller.total
    assert window.search_field.text() == ""
    assert window.controller.filter == ClusterFilter()
    assert window.table.empty_state() is None


def test_a_remembered_filter_that_matches_nothing_is_explained_after_a_restart(make_window,
                                                                               context):
    """A list emptied since the last session: the restored filter says why nothing shows."""
    library = LibraryService(context)
    library.bookmark(QUE_AERO, "Visit")
    window = make_window()
    window.user_data.start()
    from desktop_app.services.user_filter import USER_FACET, list_value

    click_facet(window, USER_FACET, list_value("Visit"))
    click_facet(window, "sector", "aerospace")
    window.close()
    library.unbookmark(QUE_AERO, "Visit")
    library.bookmark("mx-nle-claut", "Visit")  # the list now holds no aerospace cluster

    again = make_window()
    assert again.model.total_count() == 0
    assert again.status_label.text() == f"0 of {again.controller.total} clusters"
    empty = again.table.empty_state()
    assert empty is not None and empty.isVisible()
    assert "Sector: Aerospace" in empty.details.text() and "Visit" in empty.details.text()
    empty.button.click()
    assert again.model.total_count() == again.controller.total
