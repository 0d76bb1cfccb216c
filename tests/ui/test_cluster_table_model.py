"""The cluster table model without a view: lazy pages, sorting through the service, named roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.catalogue.models import SORT_KEYS, ClusterFilter
from desktop_app.services.browse import BrowseService
from desktop_app.services.context import AppContext
from desktop_app.ui.browse.cluster_table_model import (
    COLUMNS,
    MATCH_COLUMN,
    PAGE_SIZE,
    ClusterTableModel,
    Role,
)


@pytest.fixture
def synthetic(synthetic_catalogue):
    context = AppContext(catalogue_path=synthetic_catalogue)
    yield BrowseService(context)
    context.close()


def test_the_model_fetches_rows_lazily(qtmodeltester, synthetic):
    model = ClusterTableModel(synthetic)
    model.set_filter(ClusterFilter())
    total = synthetic.total()
    assert total == 3000
    assert model.rowCount() == PAGE_SIZE < total
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    ids = [model.index(row, 0).data(Role.Id) for row in range(total)]
    assert ids == [s.id for s in synthetic.search(ClusterFilter())]
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("key", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_asks_the_service_for_the_same_order(synthetic, key, descending):
    model = ClusterTableModel(synthetic)
    flt = ClusterFilter(text="aero", states=("QUE", "NLE", ""))
    model.set_filter(flt)
    column = next(i for i, c in enumerate(COLUMNS) if c.key == key)
    model.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    shown = [model.index(row, 0).data(Role.Id) for row in range(model.rowCount())]
    assert shown == [s.id for s in synthetic.search(flt, sort=key, descending=descending)]


def test_roles_and_match_reasons(synthetic):
    model = ClusterTableModel(synthetic)
    model.set_filter(ClusterFilter(text="queretaro"))
    assert model.rowCount() > 0
    index = model.index(0, 0)
    summary = index.data(Role.Summary)
    assert index.data(Role.Id) == summary.id
    assert "[Querétaro]" in index.data(Role.Match)
    assert index.data(Role.Match) in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, MATCH_COLUMN).data() == index.data(Role.Match)


FILTERS = [
    ClusterFilter(),
    ClusterFilter(text="aero"),
    ClusterFilter(text="a"),
    ClusterFilter(text="aeroespacial quer"),
    ClusterFilter(sectors=("aerospace",)),
    ClusterFilter(sectors=("aerospace", "automotive"), states=("QUE", "NLE")),
    ClusterFilter(text="cluster", states=("",)),
    ClusterFilter(text="software", labels=("gold", "")),
    ClusterFilter(labels=("silver",), states=("JAL",)),
    ClusterFilter(text="zzzz-nothing"),
    ClusterFilter(text="aero", ids=frozenset({"mx-que-syn1", "mx-bcn-syn2", "nope"})),
    ClusterFilter(text="nothing-matches", also_ids=frozenset({"mx-que-syn1"})),
]


@pytest.mark.parametrize("flt", FILTERS, ids=range(len(FILTERS)))
def test_select_equals_count_facets_and_search(synthetic, flt):
    """The in-memory route gives exactly what the SQL route gives."""
    selection = synthetic.select(flt, sort="members", descending=True)
    assert selection.count == synthetic.count(flt)
    assert selection.facets == synthetic.all_facets(flt)
    assert selection.rowids(0, None) is not None
    page = synthetic.page(selection, 0, 100000)
    assert [s.id for s in page] == [s.id for s in synthetic.search(flt, sort="members",
                                                                    descending=True)]


def test_one_letter_searches_precomputed_in_the_background_give_the_same(synthetic):
    plain = {text: synthetic.select(ClusterFilter(text=text, states=("QUE",)), sort="state")
             for text in ("a", "Z", "é", "7", "aero q", "cluster a", "de la 7")}
    synthetic._selections.clear()
    synthetic.warm_up()
    synthetic.stop_warm_up(wait=False)
    synthetic._warming[0].join()
    synthetic._index._prefix_hits.clear()
    synthetic._index.warm_prefixes(synthetic._context.catalogue_path)  # to the end, here
    assert set(synthetic._index._prefix_hits) >= {"a", "z", "e", "7"}
    for text, before in plain.items():
        flt = ClusterFilter(text=text, states=("QUE",))
        after = synthetic.select(flt, sort="state")
        assert (after.count, after.facets) == (before.count, before.facets)
        assert after.rowids(0, None) == before.rowids(0, None)
        assert after.rowids(0, None) == [r for r in after.rowids(0, None)]
        assert [s.id for s in synthetic.page(after, 0, 10**6)] == \
            [s.id for s in synthetic.search(flt, sort="state")]
