"""Contacts: list, search, check, edit, delete and undelete; export; names in parts.

Deleting marks a contact deleted; `undelete(uids)` brings deleted contacts back, all or none, in
one transaction (the command line's `contacts undelete`, the window's "Deleted…" dialog and its
Edit › Undo, whose history is the window's own QUndoStack, not this service's). Importing is
`contact_import.ContactImportService` (a preview, then all or nothing); the JSON of everything the
user owns is `userdata_bundle.BundleService`. Export files are written by `outputs.write_file`
(whole or not at all, owner-only, never over the user's data).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from desktop_app.errors import InvalidInput, NotDeleted, NotFound
from desktop_app.interchange import names, validation
from desktop_app.interchange.formats import write_bytes
from desktop_app.outputs import write_file
from desktop_app.services.browse import BrowseService
from desktop_app.services.context import AppContext
from desktop_app.services.date_words import iso_date
from desktop_app.services.library import LibraryService
from desktop_app.services.userdata_bundle import BundleService
from desktop_app.userdata import contacts as repo
from desktop_app.userdata.db import transaction
from desktop_app.userdata.models import (
    Contact,
    ContactTag,
    DatedNote,
    DueFollowUp,
    FollowUp,
    NameParts,
    today_iso,
)

EXPORT_FORMATS = {"vcf": "vCard 3.0", "vcf4": "vCard 4.0", "csv-google": "Google CSV",
                  "csv-outlook": "Outlook CSV", "json": "Cluster Atlas JSON (everything)"}


class ContactsService:
    """The contact list (holds no state of its own: any number may work on one context)."""

    def __init__(self, context: AppContext) -> None:
        self._context = context

    @property
    def context(self) -> AppContext:
        """The data this service works on (for the import service of the same window)."""
        return self._context

    @property
    def _conn(self):
        return self._context.user_db

    # --- reading -----------------------------------------------------------------------------------

    def list(self, text: str = "", *, tag: str | None = None, cluster_id: str | None = None,
             due_by: str | None = None) -> list[Contact]:
        """Contacts matching everything given: words (anywhere, start of words), a tag, a linked
        cluster, an open follow-up due on or before a date (ISO or date words: "today",
        "mañana", "+3d"; BadDate otherwise)."""
        return repo.list_contacts(self._conn, text=text, tag=tag, cluster_id=cluster_id,
                                  due_by=iso_date(due_by, "due by") if due_by else None)

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
        """Open follow-ups due by `until` (ISO or date words, "viernes", "+7d"; default today;
        BadDate when it is not a date), soonest first: the "to follow up" view.
        `everything_open` lists every open one, whatever its date."""
        if everything_open:
            return repo.due_follow_ups(self._conn, None)
        return repo.due_follow_ups(self._conn, iso_date(until or "", "until") or today_iso(),
                                   include_undated=include_undated)

    def cluster_choices(self) -> list[tuple[str, str]]:
        """(id, name) of every cluster of the catalogue, by name: for linking a contact."""
        browse = BrowseService(self._context)
        return [(s.id, s.name) for s in browse.search(browse.make_filter())]

    # --- checking (helps, never blocks) ----------------------------------------------------------

    def check(self, contact: Contact):
        """Hints for fields that look wrong (list of `validation.Hint`)."""
        return validation.check_contact(contact)

    def check_phone(self, text: str):
        return validation.check_phone(text)

    def check_email(self, text: str):
        return validation.check_email(text)

    def format_phone(self, text: str) -> str:
        return validation.format_phone(text)

    # --- names -----------------------------------------------------------------------------------

    def name_parts(self, contact: Contact) -> NameParts:
        """The contact's name in parts (`names.NameParts`: prefix, given, middle, family,
        suffix): those stored, else split from its full name, as exports write them."""
        return names.name_parts(contact)

    def split_name(self, full_name: str) -> NameParts:
        """A full name split into parts as an import with only a full name does
        (`names.NameParts`); for the editor's "fill from the name"."""
        return names.split_full_name(full_name)

    # --- writing -----------------------------------------------------------------------------------

    def _check_clusters(self, contact: Contact) -> None:
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
        """Promise an action to a contact, due by a date as the editor takes it (ISO, or words:
        "mañana", "+3d", "friday"; stored as ISO) or none; BadDate when `due` is not a date."""
        if not (action or "").strip():
            raise InvalidInput("A follow-up needs an action.")
        due = iso_date(due, "due date")
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
        """Mark a contact deleted; `undelete` brings it back with everything it had."""
        contact = self.get(uid)
        repo.delete_contact(self._conn, uid)
        return contact

    def undelete(self, uids: Iterable[str]) -> list[Contact]:
        """Restore the deleted contacts with these uids (repeats ignored), in the order given,
        with everything they had. All or none: NotDeleted (naming each) when one of them is not
        deleted; the check and the restore run in one transaction, so another window restoring
        one of them meanwhile cannot leave half of a selection back."""
        conn = self._conn
        wanted = list(dict.fromkeys(uids))
        with transaction(conn):
            problems = []
            for uid in wanted:
                stored = repo.get_contact(conn, uid, include_deleted=True)
                if stored is None or not stored.deleted_at:
                    problems.append((uid, (stored.display_name or uid) if stored else ""))
            if problems:
                raise NotDeleted(problems)
            for uid in wanted:
                repo.restore_contact(conn, uid)
            return [self.get(uid) for uid in wanted]

    def deleted(self) -> list[Contact]:
        """Deleted contacts that can still be restored, the most recently deleted first."""
        return sorted(repo.list_contacts(self._conn, deleted_only=True),
                      key=lambda c: c.deleted_at or "", reverse=True)

    # --- export ------------------------------------------------------------------------------------

    def export_bytes(self, fmt: str, contacts: list[Contact] | None = None) -> bytes:
        """The contacts (all when None; JSON: everything the user owns) in an export format."""
        fmt = _write_format(fmt)
        if contacts is None:
            contacts = self.list()
        bundle = BundleService(self._context).everything(contacts) if fmt == "json" else None
        return write_bytes(fmt, contacts, bundle)

    def export(self, path: str | os.PathLike[str], fmt: str | None = None,
               contacts: list[Contact] | None = None) -> int:
        """Write the contacts (JSON: everything) to a file, atomically, owner-only, never over
        the user's data (OutputRefused); return how many."""
        path = Path(path)
        fmt = _write_format(fmt or export_format_for(path))
        if contacts is None:
            contacts = self.list()
        write_file(path, self.export_bytes(fmt, contacts), private=True,
                   protect=self._context.data_dir)
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

