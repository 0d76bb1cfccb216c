"""LibraryService: bookmarks, lists and notes over the catalogue's ids."""

from __future__ import annotations

import pytest

from desktop_app.errors import InvalidInput, NotFound
from desktop_app.services.browse import BrowseService
from desktop_app.services.library import LibraryService
from desktop_app.userdata import bookmarks as bookmarks_repo
from desktop_app.userdata import notes as notes_repo


def test_bookmarks_and_lists(context, cluster_ids):
    a, b, c = cluster_ids
    library = LibraryService(context)
    assert library.bookmark(a)
    assert not library.bookmark(a)
    assert library.is_bookmarked(a) and not library.is_bookmarked(b)
    assert library.bookmark(b, "Monterrey, March")
    library.bookmark(c, "Monterrey, March")
    assert not library.is_bookmarked(b)  # a list is not the star
    assert library.bookmarked_ids() == {a}
    assert library.lists() == [("Monterrey, March", 2)]
    assert library.list_ids("monterrey, march") == {b, c}
    assert library.lists_of(b) == ["Monterrey, March"]
    assert library.unbookmark(b, "Monterrey, March")
    assert not library.unbookmark(b, "Monterrey, March")
    assert library.unbookmark(a) and not library.unbookmark(a)
    assert library.bookmarked_ids() == set()


def test_unknown_ids_and_lists_are_not_found(context, cluster_ids):
    library = LibraryService(context)
    with pytest.raises(NotFound, match="mx-nowhere"):
        library.bookmark("mx-nowhere")
    with pytest.raises(NotFound):
        library.bookmark("mx-nowhere", "Trip")
    with pytest.raises(NotFound):
        library.unbookmark("mx-nowhere")
    with pytest.raises(NotFound, match="No list called 'Trip'"):
        library.list_ids("Trip")
    with pytest.raises(NotFound):
        library.unbookmark(cluster_ids[0], "Trip")
    with pytest.raises(NotFound):
        library.add_note("mx-nowhere", "text")
    with pytest.raises(InvalidInput):
        library.add_note(cluster_ids[0], "   ")
    with pytest.raises(InvalidInput):
        library.bookmark(cluster_ids[0], "  ")


def test_lists_can_be_renamed_and_deleted(context, cluster_ids):
    library = LibraryService(context)
    library.bookmark(cluster_ids[0], "Trip")
    library.create_list("Other")
    with pytest.raises(InvalidInput):
        library.rename_list("Trip", "other")
    library.rename_list("Trip", "Trip, May")
    assert library.list_ids("Trip, May") == {cluster_ids[0]}
    library.delete_list("Trip, May")
    assert library.lists() == [("Other", 0)]


def test_notes_are_dated_several_per_cluster_and_found_by_search(context, cluster_ids):
    a, b, _ = cluster_ids
    library = LibraryService(context)
    first = library.add_note(a, "Reunión con la directora: quieren proveedores europeos")
    library.add_note(a, "Second visit in June")
    library.add_note(b, "Nothing special")
    assert [n.text for n in library.notes(a)] == [first.text, "Second visit in June"]
    assert first.created_at and first.uid and not first.orphaned
    assert library.note_cluster_ids_matching("reunion proveedores") == {a}
    assert library.note_cluster_ids_matching("europ") == {a}
    assert library.note_cluster_ids_matching("") == set()
    library.edit_note(first.uid, "Changed text")
    assert library.note_cluster_ids_matching("reunion") == set()
    library.delete_note(first.uid)
    assert [n.text for n in library.notes(a)] == ["Second visit in June"]
    library.restore_note(first.uid)
    assert len(library.notes(a)) == 2


def test_notes_search_reaches_the_cluster_search_through_also_ids(context, cluster_ids):
    a = cluster_ids[0]
    library = LibraryService(context)
    library.add_note(a, "xylophonequartet rehearsal")
    browse = BrowseService(context)
    text = "xylophonequart"
    assert browse.search(browse.make_filter(text)) == []
    flt = browse.make_filter(text)._replace(also_ids=frozenset(
        library.note_cluster_ids_matching(text)))
    assert [s.id for s in browse.search(flt)] == [a]


def test_a_note_whose_cluster_left_the_catalogue_is_kept_and_reported(context, cluster_ids):
    conn = context.user_db  # as if written with an older catalogue
    notes_repo.add_note(conn, "mx-gone-cluster", "We met them in 2023")
    bookmarks_repo.add_bookmark(conn, "mx-gone-cluster")
    library = LibraryService(context)
    library.add_note(cluster_ids[0], "still here")
    (orphan,) = library.orphaned_notes()
    assert orphan.cluster_id == "mx-gone-cluster" and orphan.orphaned
    assert [n.orphaned for n in library.notes("mx-gone-cluster")] == [True]
    assert library.orphaned_bookmarks() == {"mx-gone-cluster"}
    assert library.unbookmark("mx-gone-cluster")  # can still be cleaned up
    assert len(library.all_notes()) == 2
