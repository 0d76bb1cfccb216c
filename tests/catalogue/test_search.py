"""Search ignores accents and case; facet counts add up; filters combine as documented."""

from __future__ import annotations

import pytest

from desktop_app.catalogue.models import ClusterFilter
from desktop_app.errors import NotFound
from desktop_app.services.browse import BrowseService


@pytest.fixture
def browse(context) -> BrowseService:
    return BrowseService(context)


def _names(browse: BrowseService, text: str) -> list[str]:
    return [s.name for s in browse.search(ClusterFilter(text=text))]


@pytest.mark.parametrize("text, state", [("queretaro", "QUE"), ("QUERÉTARO", "QUE"),
                                         ("nuevo leon", "NLE"), ("Mexico City", "CMX")])
def test_state_names_without_accents_find_their_clusters(browse, text, state):
    found = browse.search(ClusterFilter(text=text))
    in_state = browse.search(ClusterFilter(states=(state,)))
    assert {s.id for s in in_state} <= {s.id for s in found}
    assert all(s.match for s in found), "every hit says why it matched"


def test_acronym_and_spanish_words(browse):
    assert {s.state for s in browse.search(ClusterFilter(text="CLAUT"))} >= {"NLE", "MEX"}
    aero = _names(browse, "aeroespacial")
    assert any("Aeroespacial" in name for name in aero)


@pytest.mark.parametrize("hostile", ['"', 'AND', '*', '(', ')', 'NEAR(', '"unbalanced', "a:b",
                                     "-", "^", "' OR 1=1 --", "🙂", "x" * 10_000, "   ", ""])
def test_hostile_text_never_raises(browse, hostile):
    browse.search(ClusterFilter(text=hostile), limit=50)
    browse.count(ClusterFilter(text=hostile))
    browse.all_facets(ClusterFilter(text=hostile))


def test_facet_counts_add_up_to_the_filter_count(browse):
    flt = ClusterFilter(text="cluster")
    total = browse.count(flt)
    for facet in ("sector", "state", "label"):
        assert sum(v.count for v in browse.facets(flt, facet)) == total, facet


def test_a_facet_ignores_its_own_selection_and_others_apply(browse):
    aero = browse.make_filter(sectors=["Aerospace"])
    states = {v.value: v.count for v in browse.facets(aero, "state")}
    assert states["QUE"] >= 1 and states["BCN"] >= 1
    sectors = {v.value: v.count for v in browse.facets(aero, "sector")}
    assert sectors["ict"] > 0, "the sector facet still counts the other sectors"
    both = browse.make_filter(sectors=["aerospace"], states=["Queretaro"])
    assert browse.count(both) == states["QUE"]


def test_values_of_one_facet_combine_with_or(browse):
    one = browse.count(browse.make_filter(states=["QUE"]))
    two = browse.count(browse.make_filter(states=["QUE", "Nuevo León"]))
    assert two == one + browse.count(browse.make_filter(states=["NLE"]))


def test_names_codes_and_accents_resolve(browse):
    flt = browse.make_filter(sectors=["Agroindustry", "Alimentary industry"],
                             states=["MX-NLE", "Estado de Mexico"], labels=["Gold"])
    assert flt.sectors == ("agrifood",) and flt.states == ("NLE", "MEX")
    assert flt.labels == ("gold",)
    with pytest.raises(NotFound):
        browse.make_filter(states=["Atlantis"])
    with pytest.raises(NotFound):
        browse.make_filter(sectors=["Alchemy"])


def test_sorting_and_paging(browse):
    everything = browse.search(ClusterFilter())
    page = browse.search(ClusterFilter(), offset=10, limit=5)
    assert [s.id for s in page] == [s.id for s in everything[10:15]]
    by_members = browse.search(ClusterFilter(), sort="members", descending=True)
    counts = [s.members for s in by_members if s.members is not None]
    assert counts == sorted(counts, reverse=True)


def test_detail_has_sector_context_and_neighbours(browse):
    detail = browse.cluster("mx-nle-claut")
    assert detail.sector_context.figures and detail.sector_context.programmes
    assert all(n.state == "NLE" and n.sector == "automotive"
               for n in detail.same_sector_same_state)
    with pytest.raises(NotFound):
        browse.cluster("mx-nope")
