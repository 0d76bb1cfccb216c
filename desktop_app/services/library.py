"""Bookmarks, named lists and notes on clusters: what the star, the lists facet and the notes of
a profile show, and `bookmark`, `bookmarks`, `note` on the command line.

Cluster ids are checked against the catalogue when the user adds something; what is already
stored is never dropped because the catalogue changed: a note or bookmark whose cluster left the
catalogue is kept and reported as orphaned.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.errors import InvalidInput, NotFound
from desktop_app.services.browse import BrowseService
from desktop_app.services.context import AppContext
from desktop_app.userdata import bookmarks as bookmarks_repo
from desktop_app.userdata import notes as notes_repo
from desktop_app.userdata.models import ClusterNote, NamedList


class LibraryService:
    """The user's bookmarks, lists and cluster notes."""

    def __init__(self, context: AppContext) -> None:
        self._context = context
        self._catalogue_ids: set[str] | None = None

    @property
    def _conn(self):
        return self._context.user_db

    # --- the catalogue's ids ---------------------------------------------------------------------

    def catalogue_ids(self) -> set[str]:
        """Every cluster id of the current catalogue (read once per service)."""
        if self._catalogue_ids is None:
            self._catalogue_ids = BrowseService(self._context).cluster_ids()
        return self._catalogue_ids

    def require_cluster(self, cluster_id: str) -> str:
        """The id, stripped, when the catalogue has it; NotFound otherwise."""
        cluster_id = (cluster_id or "").strip()
        if cluster_id not in self.catalogue_ids():
            raise NotFound(f"No cluster with id {cluster_id!r}. "
                           "'cluster-atlas clusters' lists them.")
        return cluster_id

    # --- bookmarks and lists ---------------------------------------------------------------------

    def bookmark(self, cluster_id: str, list_name: str | None = None) -> bool:
        """Star a cluster, or with `list_name` put it into that list (created if needed).
        False when it already was."""
        cluster_id = self.require_cluster(cluster_id)
        if list_name is not None:
            name = self._list_name(list_name)
            return bookmarks_repo.add_to_list(self._conn, name, cluster_id)
        return bookmarks_repo.add_bookmark(self._conn, cluster_id)

    def unbookmark(self, cluster_id: str, list_name: str | None = None) -> bool:
        """Unstar a cluster, or take it out of a list. False when it was not there; NotFound for
        an id neither in the catalogue nor stored, or an unknown list."""
        cluster_id = (cluster_id or "").strip()
        if list_name is not None:
            name = self._existing_list(list_name).name
            stored = cluster_id in self.list_ids(name)
            if not stored:
                self.require_cluster(cluster_id)
            return bookmarks_repo.remove_from_list(self._conn, name, cluster_id)
        if not bookmarks_repo.is_bookmarked(self._conn, cluster_id):
            self.require_cluster(cluster_id)
            return False
        return bookmarks_repo.remove_bookmark(self._conn, cluster_id)

    def is_bookmarked(self, cluster_id: str) -> bool:
        return bookmarks_repo.is_bookmarked(self._conn, cluster_id)

    def bookmarked_ids(self) -> set[str]:
        return bookmarks_repo.bookmarked_ids(self._conn)

    def bookmarks(self) -> list[tuple[str, str]]:
        """(cluster id, when starred), oldest first."""
        return bookmarks_repo.bookmarks(self._conn)

    def lists(self) -> list[tuple[str, int]]:
        """(name, how many clusters) of every list, by name."""
        return [(lst.name, lst.count) for lst in bookmarks_repo.all_lists(self._conn)]

    def named_lists(self) -> list[NamedList]:
        return bookmarks_repo.all_lists(self._conn)

    def list_ids(self, name: str) -> set[str]:
        """The cluster ids in a list; NotFound for an unknown list."""
        lst = self._existing_list(name)
        return {cid for cid, _ in bookmarks_repo.list_items(self._conn, lst.name)}

    def list_items(self, name: str) -> list[tuple[str, str]]:
        lst = self._existing_list(name)
        return bookmarks_repo.list_items(self._conn, lst.name)

    def lists_of(self, cluster_id: str) -> list[str]:
        return bookmarks_repo.lists_of(self._conn, cluster_id)

    def create_list(self, name: str) -> NamedList:
        return bookmarks_repo.create_list(self._conn, self._list_name(name))

    def rename_list(self, old: str, new: str) -> None:
        lst = self._existing_list(old)
        new = self._list_name(new)
        other = bookmarks_repo.get_list(self._conn, new)
        if other is not None and other.uid != lst.uid:
            raise InvalidInput(f"There is already a list called {other.name!r}.")
        bookmarks_repo.rename_list(self._conn, lst.name, new)

    def delete_list(self, name: str) -> None:
        """Delete a list (the clusters stay in the catalogue and in other lists)."""
        bookmarks_repo.delete_list(self._conn, self._existing_list(name).name)

    def _existing_list(self, name: str) -> NamedList:
        lst = bookmarks_repo.get_list(self._conn, " ".join((name or "").split()))
        if lst is None:
            known = ", ".join(repr(n) for n, _ in self.lists()) or "none yet"
            raise NotFound(f"No list called {name!r} (lists: {known}).")
        return lst

    @staticmethod
    def _list_name(name: str) -> str:
        name = " ".join((name or "").split())
        if not name:
            raise InvalidInput("A list needs a name.")
        if len(name) > 200:
            raise InvalidInput("A list name has at most 200 characters.")
        return name

    def orphaned_bookmarks(self) -> set[str]:
        """Starred or listed ids that the current catalogue no longer has."""
        stored = self.bookmarked_ids()
        for name, _ in self.lists():
            stored |= self.list_ids(name)
        return stored - self.catalogue_ids()

    # --- notes -------------------------------------------------------------------------------------

    def add_note(self, cluster_id: str, text: str) -> ClusterNote:
        """A new dated note on a cluster of the catalogue."""
        cluster_id = self.require_cluster(cluster_id)
        if not (text or "").strip():
            raise InvalidInput("A note needs some text.")
        return notes_repo.add_note(self._conn, cluster_id, text)

    def notes(self, cluster_id: str) -> list[ClusterNote]:
        """The notes on a cluster, oldest first (also for a cluster that left the catalogue)."""
        orphaned = cluster_id not in self.catalogue_ids()
        return [replace(n, orphaned=orphaned) for n in notes_repo.notes_for(self._conn, cluster_id)]

    def note(self, uid: str) -> ClusterNote:
        note = notes_repo.get_note(self._conn, uid)
        if note is None:
            raise NotFound(f"No note {uid!r}.")
        return self._flagged(note)

    def edit_note(self, uid: str, text: str) -> ClusterNote:
        if not (text or "").strip():
            raise InvalidInput("A note needs some text.")
        note = notes_repo.edit_note(self._conn, uid, text)
        if note is None:
            raise NotFound(f"No note {uid!r}.")
        return self._flagged(note)

    def delete_note(self, uid: str) -> None:
        """Delete a note; `restore_note` brings it back."""
        if not notes_repo.delete_note(self._conn, uid):
            raise NotFound(f"No note {uid!r}.")

    def restore_note(self, uid: str) -> None:
        if not notes_repo.restore_note(self._conn, uid):
            raise NotFound(f"No deleted note {uid!r}.")

    def all_notes(self) -> list[ClusterNote]:
        return [self._flagged(n) for n in notes_repo.all_notes(self._conn)]

    def search_notes(self, text: str) -> list[ClusterNote]:
        return [self._flagged(n) for n in notes_repo.search_notes(self._conn, text)]

    def note_cluster_ids_matching(self, text: str) -> set[str]:
        """Ids of clusters whose notes match the search text: the browse search ORs them in
        (`ClusterFilter.also_ids`)."""
        return notes_repo.cluster_ids_matching(self._conn, text)

    def noted_cluster_ids(self) -> set[str]:
        return notes_repo.noted_cluster_ids(self._conn)

    def orphaned_notes(self) -> list[ClusterNote]:
        """Notes whose cluster is no longer in the catalogue: kept, shown as such."""
        return [n for n in self.all_notes() if n.orphaned]

    def _flagged(self, note: ClusterNote) -> ClusterNote:
        return replace(note, orphaned=note.cluster_id not in self.catalogue_ids())
