"""Everything the user owns as one bundle: what the JSON export holds and a JSON import brings back.

`BundleService.everything` gathers bookmarks, lists, cluster notes, missions and contacts for the
export. On import, `plan` says which bookmarks, list entries, cluster notes and missions of a
bundle are new (the contacts are planned by `contact_import`), and `apply` writes them inside the
import's transaction. Records already there (by cluster id, list uid or name, note uid or text) are counted,
not added again; ids the catalogue does not know are kept and reported (shown as orphaned).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.interchange.jsonformat import ListExport, UserDataBundle
from desktop_app.interchange.missions_json import MissionExport
from desktop_app.services.context import AppContext
from desktop_app.services.library import LibraryService
from desktop_app.services.missions import MissionsService
from desktop_app.userdata import bookmarks as bookmarks_repo
from desktop_app.userdata import notes as notes_repo
from desktop_app.userdata.models import ClusterNote, Contact


@dataclass
class LibraryPlan:
    """For a JSON export: the bookmarks, list entries and cluster notes it would add."""

    bookmarks: list[tuple[str, str]] = field(default_factory=list)  # cluster id, created at
    list_items: list[tuple[str, str, str, str]] = field(default_factory=list)  # list uid, name,
    # cluster id, added at
    new_lists: list[str] = field(default_factory=list)
    notes: list[ClusterNote] = field(default_factory=list)
    already: int = 0  # records already there
    unknown_clusters: set[str] = field(default_factory=set)
    missions: list[MissionExport] = field(default_factory=list)  # those not here yet

    def is_empty(self) -> bool:
        return not (self.bookmarks or self.list_items or self.notes or self.missions)


@dataclass
class LibraryCounts:
    bookmarks: int = 0
    list_items: int = 0
    notes: int = 0
    missions: int = 0


class BundleService:
    """Bookmarks, lists and cluster notes travelling with the contacts in a JSON bundle."""

    def __init__(self, context: AppContext) -> None:
        self._context = context

    @property
    def _conn(self):
        return self._context.user_db

    def everything(self, contacts: list[Contact]) -> UserDataBundle:
        """Everything the user owns, with these contacts, as one bundle (the JSON export)."""
        conn = self._conn
        return UserDataBundle(
            bookmarks=bookmarks_repo.bookmarks(conn),
            lists=[ListExport(lst.uid, lst.name, lst.created_at,
                              bookmarks_repo.list_items(conn, lst.name))
                   for lst in bookmarks_repo.all_lists(conn)],
            cluster_notes=notes_repo.all_notes(conn), contacts=contacts,
            missions=MissionsService(self._context).export_records())

    def plan(self, bundle: UserDataBundle) -> LibraryPlan:
        """What importing the bundle's bookmarks, lists and notes would add; nothing is written."""
        conn = self._conn
        plan = LibraryPlan()
        known = LibraryService(self._context).catalogue_ids()
        starred = bookmarks_repo.bookmarked_ids(conn)
        for cluster_id, created in bundle.bookmarks:
            if cluster_id in starred:
                plan.already += 1
                continue
            starred.add(cluster_id)
            plan.bookmarks.append((cluster_id, created))
            if cluster_id not in known:
                plan.unknown_clusters.add(cluster_id)
        for lst in bundle.lists:
            stored = (bookmarks_repo.get_list_by_uid(conn, lst.uid) if lst.uid else None) or \
                bookmarks_repo.get_list(conn, lst.name)
            items = {c for c, _ in bookmarks_repo.list_items(conn, stored.name)} if stored else set()
            if stored is None:
                plan.new_lists.append(lst.name)
            for cluster_id, added in lst.items:
                if cluster_id in items:
                    plan.already += 1
                    continue
                items.add(cluster_id)
                plan.list_items.append((lst.uid, stored.name if stored else lst.name, cluster_id,
                                        added))
                if cluster_id not in known:
                    plan.unknown_clusters.add(cluster_id)
        stored_notes = notes_repo.all_notes(conn, include_deleted=True)
        uids = {n.uid for n in stored_notes}
        texts = {(n.cluster_id, n.text.strip()) for n in stored_notes}
        for note in bundle.cluster_notes:
            if (note.uid and note.uid in uids) or (note.cluster_id, note.text.strip()) in texts:
                plan.already += 1
                continue
            uids.add(note.uid)
            texts.add((note.cluster_id, note.text.strip()))
            plan.notes.append(note)
            if note.cluster_id not in known:
                plan.unknown_clusters.add(note.cluster_id)
        plan.missions = MissionsService(self._context).new_records(bundle.missions)
        return plan

    def apply(self, plan: LibraryPlan) -> LibraryCounts:
        """Write the plan (inside the caller's transaction); what was added."""
        conn = self._conn
        counts = LibraryCounts()
        for cluster_id, created in plan.bookmarks:
            if bookmarks_repo.add_bookmark(conn, cluster_id, created or None):
                counts.bookmarks += 1
        for list_uid, name, cluster_id, added in plan.list_items:
            if bookmarks_repo.get_list(conn, name) is None:
                bookmarks_repo.create_list(conn, name, uid=list_uid or None)
            if bookmarks_repo.add_to_list(conn, name, cluster_id, added or None):
                counts.list_items += 1
        for note in plan.notes:
            notes_repo.add_note(conn, note.cluster_id, note.text, uid=note.uid or None,
                                created_at=note.created_at or None,
                                updated_at=note.updated_at or None)
            counts.notes += 1
        counts.missions = MissionsService(self._context).import_records(plan.missions)
        return counts
