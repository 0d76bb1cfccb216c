"""The one rule for the user's data in a cluster filter (`services.user_filter.UserFilter`), used
by the window's browse controller and by `clusters`/`facets`/`sheets` alike: the "Your lists"
values are OR-ed within their facet and AND-ed with the others; a search also finds the clusters
whose notes match."""

from __future__ import annotations

from desktop_app.services.browse import BrowseService
from desktop_app.services.library import LibraryService
from desktop_app.services.user_filter import BOOKMARKED, UserFilter, list_value


def test_values_of_your_lists_combine_with_or(make_context, cluster_ids):
    a, b, c = cluster_ids
    context = make_context()
    library = LibraryService(context)
    library.bookmark(a)
    library.bookmark(b, "Fair")
    browse = BrowseService(context)
    user = UserFilter(browse, library)
    base = browse.make_filter()

    def ids(values):
        return {s.id for s in browse.search(user.apply(base, values))}

    assert ids([BOOKMARKED]) == {a}
    assert ids([list_value("Fair")]) == {b}
    assert ids([BOOKMARKED, list_value("Fair")]) == {a, b}
    assert len(ids([])) == browse.total()  # nothing ticked: no restriction
    counts = {v.value: v.count for v in user.values(base)}
    assert counts == {BOOKMARKED: 1, list_value("Fair"): 1}
    assert user.valid([list_value("Fair"), list_value("Gone"), BOOKMARKED]) == (
        list_value("Fair"), BOOKMARKED)
    assert c not in ids([BOOKMARKED, list_value("Fair")])


def test_a_search_also_finds_notes_and_other_facets_still_apply(make_context, cluster_ids):
    a, b, _ = cluster_ids
    context = make_context()
    library = LibraryService(context)
    library.add_note(a, "Quieren sensores de zanahoria")
    library.bookmark(b)
    browse = BrowseService(context)
    user = UserFilter(browse, library)
    found = browse.search(user.apply(browse.make_filter("zanahoria")))
    assert [s.id for s in found] == [a]
    both = user.apply(browse.make_filter("zanahoria"), [BOOKMARKED])
    assert browse.search(both) == []  # the note's cluster is not starred: AND across facets


def test_without_user_data_the_filter_is_the_catalogue_alone(make_context, cluster_ids):
    browse = BrowseService(make_context())
    user = UserFilter(browse, None)
    flt = user.apply(browse.make_filter(), [BOOKMARKED])
    assert flt.ids is None and not user.has_any() and user.values(flt) == []
