"""Contacts: list, search, edit, delete and undo; import with a preview; export.

Importing is two steps, so that the window can show a preview and the command line a dry run:
`preview_import` reads the file (ParseError, an InvalidInput with the line and the reason, when
it cannot) and plans each contact as *add*, *duplicate* (likely the same person: the same uid,
the same email, or the same name and organisation; merge or skip, the user decides) or
*unchanged* (everything in it is already there: skipped). `apply_import` then writes the plan in
one transaction: all of it or, on any error, nothing. A backup is taken first.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.errors import InvalidInput, NotFound
from desktop_app.services.context import AppContext
from desktop_app.services.missions import MissionsService
from desktop_app.userdata import contacts as repo
from desktop_app.userdata.db import transaction
from desktop_app.userdata.models import (
    Contact,
    ContactTag,
    DatedNote,
    DueFollowUp,
    FollowUp,
    new_uid,
    today_iso,
)
from desktop_app.userdata.schema import has_user_data

ADD, DUPLICATE, UNCHANGED = "add", "duplicate", "unchanged"
MERGE, SKIP = "merge", "skip"
EXPORT_FORMATS = {"vcf": "vCard 3.0", "vcf4": "vCard 4.0", "csv-google": "Google CSV",
                  "csv-outlook": "Outlook CSV", "json": "Cluster Atlas JSON (everything)"}


@dataclass
class ImportRow:
    """One contact of the file and what importing would do with it."""

    index: int
    contact: Contact  # as read (with the uid it would get)
    action: str  # ADD, DUPLICATE or UNCHANGED
    line: int | None = None
    reason: str = ""  # why it is a duplicate: "same email ana@x.mx", ...
    target_uid: str = ""  # the stored contact (or earlier row of the file) it duplicates
    target_name: str = ""
    merged: Contact | None = None  # what the stored contact would become
    in_file: bool = False  # the duplicate is of an earlier row of the same file
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.contact.display_name


@dataclass
class LibraryPlan:
    """For a JSON export: the bookmarks, list entries and cluster notes it would add."""

    bookmarks: list[tuple[str, str]] = field(default_factory=list)
    list_items: list[tuple[str, str, str, str]] = field(default_factory=list)  # list uid, name,
    # cluster id, added at
    new_lists: list[str] = field(default_factory=list)
    notes: list = field(default_factory=list)  # ClusterNote
    already: int = 0  # records already there
    unknown_clusters: set[str] = field(default_factory=set)
    missions: list = field(default_factory=list)  # MissionExport not here yet


@dataclass
class ImportPlan:
    source: str
    format: str
    rows: list[ImportRow]
    warnings: list[str] = field(default_factory=list)  # what was left out of records
    skipped: list[str] = field(default_factory=list)  # records left out: "line 12: why"
    library: LibraryPlan | None = None

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


@dataclass
class ImportResult:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    reasons: Counter = field(default_factory=Counter)  # why skipped -> how many
    warnings: list[str] = field(default_factory=list)
    bookmarks_added: int = 0
    list_items_added: int = 0
    notes_added: int = 0
    missions_added: int = 0
    dry_run: bool = False
    backup: Path | None = None

    def summary(self) -> str:
        verb = ("would add", "would merge", "would skip") if self.dry_run else (
            "added", "merged", "skipped")
        text = (f"{self.added} {verb[0]}, {self.merged} {verb[1]}, {self.skipped} {verb[2]}")
        if self.bookmarks_added or self.list_items_added or self.notes_added:
            text += (f"; bookmarks: {self.bookmarks_added}, list entries: "
                     f"{self.list_items_added}, cluster notes: {self.notes_added}")
        if self.missions_added:
            text += f"; missions: {self.missions_added}"
        return text


class ContactsService:
    """The contact list: one instance per window or command (it keeps the undo history)."""

    def __init__(self, context: AppContext) -> None:
        self._context = context
        self._undo: list[str] = []

    @property
    def _conn(self):
        return self._context.user_db

    # --- reading -----------------------------------------------------------------------------------

    def list(self, text: str = "", *, tag: str | None = None, cluster_id: str | None = None,
             due_by: str | None = None) -> list[Contact]:
        """Contacts matching everything given: words (anywhere, start of words), a tag, a linked
        cluster, an open follow-up due on or before a date (ISO; "today" works too)."""
        if due_by == "today":
            due_by = today_iso()
        return repo.list_contacts(self._conn, text=text, tag=tag, cluster_id=cluster_id,
                                  due_by=due_by)

    def search(self, text: str) -> list[Contact]:
        return self.list(text)

    def count(self) -> int:
        return repo.count_contacts(self._conn)

    def get(self, uid: str) -> Contact:
        contact = repo.get_contact(self._conn, uid)
        if contact is None:
            raise NotFound(f"No contact {uid!r}.")
        return contact

    def tags(self) -> list[ContactTag]:
        return repo.all_tags(self._conn)

    def linked_cluster_ids(self) -> set[str]:
        return repo.linked_cluster_ids(self._conn)

    def contacts_of_cluster(self, cluster_id: str) -> list[Contact]:
        return self.list(cluster_id=cluster_id)

    def follow_ups_due(self, until: str | None = None, *, include_undated: bool = False,
                       everything_open: bool = False) -> list[DueFollowUp]:
        """Open follow-ups due by `until` (default today), soonest first: the "to follow up"
        view. `everything_open` lists every open one, whatever its date."""
        if everything_open:
            return repo.due_follow_ups(self._conn, None)
        return repo.due_follow_ups(self._conn, until or today_iso(),
                                   include_undated=include_undated)

    def cluster_choices(self) -> list[tuple[str, str]]:
        """(id, name) of every cluster of the catalogue, by name: for linking a contact."""
        from desktop_app.services.browse import BrowseService

        browse = BrowseService(self._context)
        return [(s.id, s.name) for s in browse.search(browse.make_filter())]

    # --- checking (helps, never blocks) ----------------------------------------------------------

    def check(self, contact: Contact):
        """Hints for fields that look wrong (list of `validation.Hint`)."""
        from desktop_app.interchange.validation import check_contact

        return check_contact(contact)

    def check_phone(self, text: str):
        from desktop_app.interchange.validation import check_phone

        return check_phone(text)

    def check_email(self, text: str):
        from desktop_app.interchange.validation import check_email

        return check_email(text)

    def format_phone(self, text: str) -> str:
        from desktop_app.interchange.validation import format_phone

        return format_phone(text)

    # --- writing -----------------------------------------------------------------------------------

    def _check_clusters(self, contact: Contact) -> None:
        from desktop_app.services.library import LibraryService

        known = LibraryService(self._context).catalogue_ids()
        before = set()
        if contact.uid:
            stored = repo.get_contact(self._conn, contact.uid, include_deleted=True)
            before = set(stored.cluster_ids) if stored else set()
        unknown = [c for c in contact.cluster_ids if c.strip() and c.strip() not in known
                   and c.strip() not in before]
        if unknown:
            raise NotFound(f"No cluster with id {', '.join(repr(u) for u in unknown)}. "
                           "'cluster-atlas clusters' lists them.")

    def save(self, contact: Contact) -> Contact:
        """Add or update a contact (by uid). InvalidInput for one with nothing to know it by;
        NotFound for a newly linked cluster id the catalogue does not have."""
        self._check_clusters(contact)
        for f in contact.follow_ups:
            if f.state not in ("open", "done", "dropped"):
                raise InvalidInput(f"A follow-up is open, done or dropped, not {f.state!r}.")
        try:
            return repo.save_contact(self._conn, contact)
        except ValueError as exc:
            raise InvalidInput(f"Not saved: {exc}.") from None

    def add_note(self, uid: str, text: str) -> Contact:
        if not (text or "").strip():
            raise InvalidInput("A note needs some text.")
        contact = self.get(uid)
        contact.notes.append(DatedNote(text.strip()))
        return self.save(contact)

    def add_follow_up(self, uid: str, action: str, due: str = "") -> Contact:
        if not (action or "").strip():
            raise InvalidInput("A follow-up needs an action.")
        if due:
            try:
                dt.date.fromisoformat(due)
            except ValueError:
                raise InvalidInput(f"Due date {due!r}: YYYY-MM-DD expected.") from None
        contact = self.get(uid)
        contact.follow_ups.append(FollowUp(action.strip(), due))
        return self.save(contact)

    def set_follow_up_state(self, uid: str, follow_up_uid: str, state: str) -> Contact:
        """Mark a follow-up done, dropped, or open again."""
        contact = self.get(uid)
        for f in contact.follow_ups:
            if f.uid == follow_up_uid:
                f.state = state
                return self.save(contact)
        raise NotFound(f"No follow-up {follow_up_uid!r} on {contact.display_name}.")

    def link_cluster(self, uid: str, cluster_id: str) -> Contact:
        contact = self.get(uid)
        if cluster_id not in contact.cluster_ids:
            contact.cluster_ids.append(cluster_id)
        return self.save(contact)

    def delete(self, uid: str) -> Contact:
        """Delete a contact; `undo` (or `restore`) brings it back with everything it had."""
        contact = self.get(uid)
        repo.delete_contact(self._conn, uid)
        self._undo.append(uid)
        return contact

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> Contact | None:
        """Bring back the contact deleted last (by this service); None when nothing to undo."""
        while self._undo:
            uid = self._undo.pop()
            if repo.restore_contact(self._conn, uid):
                return self.get(uid)
        return None

    def restore(self, uid: str) -> Contact:
        if not repo.restore_contact(self._conn, uid):
            raise NotFound(f"No deleted contact {uid!r}.")
        if uid in self._undo:
            self._undo.remove(uid)
        return self.get(uid)

    def deleted(self) -> list[Contact]:
        """Deleted contacts that can still be restored, the most recently deleted first."""
        return sorted(repo.list_contacts(self._conn, deleted_only=True),
                      key=lambda c: c.deleted_at or "", reverse=True)

    # --- import ------------------------------------------------------------------------------------

    def preview_import(self, path: str | os.PathLike[str], fmt: str | None = None) -> ImportPlan:
        """Read a file and plan the import; nothing is written. ParseError when unreadable."""
        from desktop_app.interchange.formats import read_file

        result, bundle = read_file(Path(path), _read_format(fmt))
        return self._plan_result(result, bundle, Path(path).name)

    def preview_bytes(self, data: bytes, fmt: str, source: str = "") -> ImportPlan:
        """Like `preview_import`, for data already in memory (fmt: vcf, csv or json)."""
        from desktop_app.interchange.formats import read_bytes

        result, bundle = read_bytes(data, _read_format(fmt) or fmt, source)
        return self._plan_result(result, bundle, source)

    def _plan_result(self, result, bundle, source: str) -> ImportPlan:
        plan = self._plan(result.contacts, source, result.format)
        plan.warnings.extend(result.warnings)
        plan.skipped.extend(result.skipped)
        for row in plan.rows:
            if row.action != UNCHANGED:
                plan.warnings.extend(f"{row.name}: {w}" for w in row.warnings)
        if bundle is not None:
            plan.library = self._plan_library(bundle)
        return plan

    def _plan(self, parsed: list, source: str, fmt: str) -> ImportPlan:
        from desktop_app.interchange.merge import merge, same_content

        conn = self._conn
        rows: list[ImportRow] = []
        # who, in this file, already holds an email, uid or name: the row that adds a contact,
        # or the stored contact an earlier row merges into (so that chains end in one place)
        holders: dict[str, _Holder] = {}
        for index, item in enumerate(parsed):
            incoming = repo.normalised(item.contact)
            candidates = repo.find_candidates(conn, incoming)
            if candidates:
                chosen = None
                for existing, reason in candidates:
                    merged = merge(existing, incoming)
                    if same_content(merged, existing):
                        chosen = (existing, reason, merged, UNCHANGED)
                        break
                if chosen is None:
                    existing, reason = candidates[0]
                    chosen = (existing, reason, merge(existing, incoming), DUPLICATE)
                existing, reason, merged, action = chosen
                rows.append(ImportRow(index, incoming, action, item.line, reason, existing.uid,
                                      existing.display_name, merged, warnings=item.warnings))
                _hold(holders, incoming, _Holder(existing.uid, existing.display_name, None,
                                                 existing))
                continue
            holder, reason = _earlier(incoming, holders)
            if holder is not None:
                where = f" (line {holder.line})" if holder.line else ""
                rows.append(ImportRow(
                    index, incoming, DUPLICATE, item.line, f"{reason} as {holder.name}{where}",
                    holder.uid, holder.name, merge(holder.contact, incoming),
                    in_file=holder.line is not None or holder.in_file, warnings=item.warnings))
                _hold(holders, incoming, holder)
                continue
            if not incoming.uid or repo.get_contact(conn, incoming.uid, include_deleted=True):
                incoming = replace(incoming, uid=new_uid())
            rows.append(ImportRow(index, incoming, ADD, item.line, warnings=item.warnings))
            _hold(holders, incoming, _Holder(incoming.uid, incoming.display_name, item.line,
                                             incoming, in_file=True))
        return ImportPlan(source, fmt, rows)

    def _plan_library(self, bundle) -> LibraryPlan:
        from desktop_app.services.library import LibraryService
        from desktop_app.userdata import bookmarks as bookmarks_repo
        from desktop_app.userdata import notes as notes_repo

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

    def apply_import(self, plan: ImportPlan, decisions: dict[int, str] | None = None, *,
                     on_duplicate: str = MERGE, backup: bool = True,
                     dry_run: bool = False) -> ImportResult:
        """Write the plan in one transaction (all or nothing). `decisions` maps a row's index
        to MERGE, SKIP or ADD (keep both) for duplicates, or SKIP for new rows; duplicates not
        decided get `on_duplicate`."""
        from desktop_app.interchange.merge import merge, same_content

        decisions = decisions or {}
        result = ImportResult(dry_run=dry_run, warnings=list(plan.warnings))
        for skipped in plan.skipped:
            result.skipped += 1
            result.reasons["no name, organisation, email or phone"] += 1
            result.warnings.append(f"left out {skipped}")
        if dry_run:
            _count_plan(plan, decisions, on_duplicate, result)
            return result
        conn = self._conn
        writes = any(r.action != UNCHANGED and decisions.get(r.index) != SKIP
                     for r in plan.rows) or bool(plan.library and (
                         plan.library.bookmarks or plan.library.list_items or plan.library.notes
                         or plan.library.missions))
        if backup and writes and has_user_data(conn):
            from desktop_app.userdata.backups import make_backup

            result.backup = make_backup(conn, self._context.data_dir, "before-import")
        written: dict[str, str] = {}  # uid planned for a row -> uid stored
        try:
            with transaction(conn):
                for row in plan.rows:
                    choice = decisions.get(row.index)
                    if row.action == UNCHANGED:
                        result.skipped += 1
                        result.reasons[f"already in your contacts ({_reason_kind(row.reason)})"] += 1
                        continue
                    if row.action == ADD:
                        if choice == SKIP:
                            result.skipped += 1
                            result.reasons["left out by you"] += 1
                            continue
                        stored = repo.save_contact(conn, row.contact)
                        written[row.contact.uid] = stored.uid
                        result.added += 1
                        continue
                    choice = choice or on_duplicate
                    if choice == SKIP:
                        result.skipped += 1
                        result.reasons[f"likely duplicate skipped ({_reason_kind(row.reason)})"] += 1
                        continue
                    target_uid = written.get(row.target_uid, row.target_uid)
                    existing = repo.get_contact(conn, target_uid) if choice == MERGE else None
                    if existing is None:  # keep both, or its target was left out
                        contact = replace(row.contact, uid=new_uid())
                        stored = repo.save_contact(conn, contact)
                        written[row.contact.uid] = stored.uid
                        result.added += 1
                        continue
                    merged = merge(existing, row.contact)
                    if same_content(merged, existing):
                        result.skipped += 1
                        result.reasons[f"already in your contacts ({_reason_kind(row.reason)})"] += 1
                        continue
                    repo.save_contact(conn, merged)
                    result.merged += 1
                if plan.library is not None:
                    self._apply_library(plan.library, result)
        except ValueError as exc:
            raise InvalidInput(f"Import stopped, nothing was changed: {exc}.") from None
        if plan.library and plan.library.unknown_clusters:
            result.warnings.append(
                f"{len(plan.library.unknown_clusters)} cluster id(s) are not in this catalogue; "
                "their bookmarks and notes are kept and shown as orphaned")
        return result

    def _apply_library(self, library: LibraryPlan, result: ImportResult) -> None:
        from desktop_app.userdata import bookmarks as bookmarks_repo
        from desktop_app.userdata import notes as notes_repo

        conn = self._conn
        for cluster_id, created in library.bookmarks:
            if bookmarks_repo.add_bookmark(conn, cluster_id, created or None):
                result.bookmarks_added += 1
        for list_uid, name, cluster_id, added in library.list_items:
            if bookmarks_repo.get_list(conn, name) is None:
                bookmarks_repo.create_list(conn, name, uid=list_uid or None)
            if bookmarks_repo.add_to_list(conn, name, cluster_id, added or None):
                result.list_items_added += 1
        for note in library.notes:
            notes_repo.add_note(conn, note.cluster_id, note.text, uid=note.uid or None,
                                created_at=note.created_at or None,
                                updated_at=note.updated_at or None)
            result.notes_added += 1
        result.missions_added = MissionsService(self._context).import_records(library.missions)

    def import_file(self, path: str | os.PathLike[str], fmt: str | None = None, *,
                    dry_run: bool = False, on_duplicate: str = MERGE) -> ImportResult:
        """Preview and apply in one go (the command line): duplicates merged or skipped."""
        plan = self.preview_import(path, fmt)
        return self.apply_import(plan, on_duplicate=on_duplicate, dry_run=dry_run)

    # --- export ------------------------------------------------------------------------------------

    def export_bytes(self, fmt: str, contacts: list[Contact] | None = None) -> bytes:
        from desktop_app.interchange.formats import write_bytes

        fmt = _write_format(fmt)
        if contacts is None:
            contacts = self.list()
        bundle = self.everything(contacts) if fmt == "json" else None
        return write_bytes(fmt, contacts, bundle)

    def everything(self, contacts: list[Contact] | None = None):
        """Everything the user owns, as one bundle (the JSON export)."""
        from desktop_app.interchange.jsonformat import ListExport, UserDataBundle
        from desktop_app.userdata import bookmarks as bookmarks_repo
        from desktop_app.userdata import notes as notes_repo

        conn = self._conn
        return UserDataBundle(
            missions=MissionsService(self._context).export_records(),
            bookmarks=bookmarks_repo.bookmarks(conn),
            lists=[ListExport(lst.uid, lst.name, lst.created_at,
                              bookmarks_repo.list_items(conn, lst.name))
                   for lst in bookmarks_repo.all_lists(conn)],
            cluster_notes=notes_repo.all_notes(conn),
            contacts=self.list() if contacts is None else contacts)

    def export(self, path: str | os.PathLike[str], fmt: str | None = None,
               contacts: list[Contact] | None = None) -> int:
        """Write the contacts (JSON: everything) to a file, atomically; return how many."""
        path = Path(path)
        fmt = _write_format(fmt or export_format_for(path))
        if contacts is None:
            contacts = self.list()
        data = self.export_bytes(fmt, contacts)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise InvalidInput(f"Cannot write {path}: {exc.strerror}.") from None
        return len(contacts)


def export_format_for(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    return {".vcf": "vcf", ".vcard": "vcf", ".csv": "csv-google", ".json": "json"}.get(
        suffix, "vcf")


def _write_format(fmt: str) -> str:
    aliases = {"vcf3": "vcf", "vcard": "vcf", "csv": "csv-google", "google": "csv-google",
               "outlook": "csv-outlook"}
    fmt = aliases.get(fmt, fmt)
    if fmt not in EXPORT_FORMATS:
        raise InvalidInput(f"Unknown export format {fmt!r}: {', '.join(EXPORT_FORMATS)}.")
    return fmt


def _read_format(fmt: str | None) -> str | None:
    if fmt is None:
        return None
    fmt = fmt.lower()
    if fmt in ("vcf", "vcard", "vcf4", "vcf3"):
        return "vcf"
    if fmt.startswith("csv") or fmt in ("google", "outlook"):
        return "csv"
    if fmt == "json":
        return "json"
    raise InvalidInput(f"Unknown import format {fmt!r}: vcf, csv or json.")


@dataclass
class _Holder:
    uid: str
    name: str
    line: int | None
    contact: Contact
    in_file: bool = False


def _keys(contact: Contact) -> list[tuple[str, str]]:
    keys = [(f"uid:{contact.uid}", "same uid")] if contact.uid else []
    keys += [(f"email:{e.address.casefold()}", f"same email {e.address}")
             for e in contact.emails]
    key = repo.match_key(contact)
    if key:
        keys.append((f"name:{key}", "same name and organisation"))
    return keys


def _hold(holders: dict[str, _Holder], contact: Contact, holder: _Holder) -> None:
    for key, _ in _keys(contact):
        holders.setdefault(key, holder)


def _earlier(contact: Contact, holders: dict[str, _Holder]) -> tuple[_Holder | None, str]:
    for key, reason in _keys(contact):
        if key in holders:
            return holders[key], reason
    return None, ""


def _reason_kind(reason: str) -> str:
    if reason.startswith("same email"):
        return "same email"
    if reason.startswith("same name"):
        return "same name and organisation"
    if reason.startswith("same uid"):
        return "same uid"
    return reason or "same person"


def _count_plan(plan: ImportPlan, decisions: dict[int, str], on_duplicate: str,
                result: ImportResult) -> None:
    skipped_targets = set()
    for row in plan.rows:
        choice = decisions.get(row.index)
        if row.action == UNCHANGED:
            result.skipped += 1
            result.reasons[f"already in your contacts ({_reason_kind(row.reason)})"] += 1
        elif row.action == ADD:
            if choice == SKIP:
                result.skipped += 1
                result.reasons["left out by you"] += 1
                skipped_targets.add(row.contact.uid)
            else:
                result.added += 1
        else:
            choice = choice or on_duplicate
            if choice == SKIP:
                result.skipped += 1
                result.reasons[f"likely duplicate skipped ({_reason_kind(row.reason)})"] += 1
            elif choice == MERGE and row.target_uid not in skipped_targets:
                result.merged += 1
            else:
                result.added += 1
    if plan.library is not None:
        result.bookmarks_added = len(plan.library.bookmarks)
        result.list_items_added = len(plan.library.list_items)
        result.notes_added = len(plan.library.notes)
        result.missions_added = len(plan.library.missions)
