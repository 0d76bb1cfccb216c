"""Importing contacts: a preview first, then all of it or nothing.

`preview_import` (or `preview_bytes`) reads a file (ParseError, an InvalidInput with the line and
the reason, when it cannot) and plans each contact as `RowAction.ADD`, `DUPLICATE` (likely the
same person: the same uid, the same email, or the same name and organisation; merge or skip, the
user decides) or `UNCHANGED` (everything in it is already there). The plan also carries what the
reader left out (`skipped_lines`, each with its line and `LineProblem`) and the file's encoding.

`apply_import` turns the plan and the user's `Choice`s into outcomes with one planner
(`_Outcomes`), used as it is by the dry run (which stops there) and by the real run (which writes
the contacts it computed, in one transaction, after a backup): so a dry run says exactly what the
import would do. Why a contact was skipped is a `Skip` (a `SkipReason`, and the `MatchReason`
for duplicates), counted in `ImportResult.reasons`.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field, replace
from enum import Enum, StrEnum
from pathlib import Path

from desktop_app.errors import InvalidInput
from desktop_app.interchange.common import (
    UTF8,
    FileEncoding,
    LineProblem,
    ParsedContact,
    ParseResult,
    SkippedLine,
)
from desktop_app.interchange.formats import read_bytes, read_file
from desktop_app.interchange.merge import merge, same_content
from desktop_app.services.context import AppContext
from desktop_app.services.userdata_bundle import BundleService, LibraryPlan
from desktop_app.userdata import contacts as repo
from desktop_app.userdata.backups import make_backup
from desktop_app.userdata.contact_values import MatchReason, match_key, normalised
from desktop_app.userdata.db import transaction
from desktop_app.userdata.models import Contact, new_uid
from desktop_app.userdata.schema import has_user_data


class RowAction(StrEnum):
    """What importing a row of the file would do, before the user chooses."""

    ADD = "add"
    DUPLICATE = "duplicate"
    UNCHANGED = "unchanged"


class Choice(StrEnum):
    """The user's choice for a row: ADD (a new row, or keep both), MERGE or SKIP."""

    ADD = "add"
    MERGE = "merge"
    SKIP = "skip"


class SkipReason(Enum):
    NO_IDENTITY = "no name, organisation, email or phone"
    LEFT_OUT = "left out by you"
    ALREADY_THERE = "already in your contacts"
    DUPLICATE_SKIPPED = "likely duplicate skipped"


@dataclass(frozen=True)
class Skip:
    """Why a contact of the file was not imported (the CLI prints it as it is)."""

    reason: SkipReason
    match: MatchReason | None = None

    def __str__(self) -> str:
        return self.reason.value + (f" ({self.match.text})" if self.match else "")


@dataclass
class ImportRow:
    """One contact of the file and what importing would do with it."""

    index: int
    contact: Contact  # as read (with the uid it would get)
    action: RowAction
    line: int | None = None
    match: MatchReason | None = None  # why it is a duplicate
    match_email: str = ""  # the email it shares, for MatchReason.SAME_EMAIL
    target_uid: str = ""  # the stored contact (or earlier row of the file) it duplicates
    target_name: str = ""
    target_line: int | None = None  # the earlier row of the file it duplicates
    merged: Contact | None = None  # what the stored contact would become
    in_file: bool = False  # the duplicate is of an earlier row of the same file
    warnings: list[str] = field(default_factory=list)
    via_earlier_row: bool = False  # found through an earlier row (that adds or merges)

    @property
    def name(self) -> str:
        return self.contact.display_name

    @property
    def reason(self) -> str:
        """Why it is a duplicate, in words: "same email ana@x.mx as Ana (line 4)"."""
        if self.match is None:
            return ""
        text = self.match.text + (f" {self.match_email}" if self.match_email else "")
        if self.via_earlier_row:
            text += f" as {self.target_name}"
            text += f" (line {self.target_line})" if self.target_line is not None else ""
        return text


@dataclass
class ImportPlan:
    source: str
    format: str
    rows: list[ImportRow]
    warnings: list[str] = field(default_factory=list)  # what was left out of records
    skipped_lines: list[SkippedLine] = field(default_factory=list)  # lines and records left out
    encoding: FileEncoding = UTF8
    library: LibraryPlan | None = None

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def skipped_records(self) -> list[SkippedLine]:
        """The records (cards, rows) left out for having nothing to identify a person."""
        return [s for s in self.skipped_lines if s.problem is LineProblem.NO_IDENTITY]


@dataclass
class ImportResult:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    reasons: Counter[Skip] = field(default_factory=Counter)  # why skipped -> how many
    warnings: list[str] = field(default_factory=list)
    skipped_lines: list[SkippedLine] = field(default_factory=list)
    encoding: FileEncoding = UTF8
    bookmarks_added: int = 0
    list_items_added: int = 0
    notes_added: int = 0
    missions_added: int = 0
    dry_run: bool = False
    backup: Path | None = None

    def skip(self, why: Skip) -> None:
        self.skipped += 1
        self.reasons[why] += 1

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


@dataclass
class _Holder:
    uid: str
    name: str
    line: int | None
    contact: Contact
    in_file: bool = False


def _keys(contact: Contact) -> list[tuple[str, MatchReason, str]]:
    keys = [(f"uid:{contact.uid}", MatchReason.SAME_UID, "")] if contact.uid else []
    keys += [(f"email:{e.address.casefold()}", MatchReason.SAME_EMAIL, e.address)
             for e in contact.emails]
    key = match_key(contact)
    if key:
        keys.append((f"name:{key}", MatchReason.SAME_NAME, ""))
    return keys


class _Outcomes:
    """The one planner: each row's outcome under the user's choices, with the contacts to
    write. Stored contacts are read as needed; rows that merge into the same contact see each
    other's merges, as they will once written."""

    def __init__(self, conn, plan: ImportPlan, decisions: dict[int, str], on_duplicate: str,
                 result: ImportResult) -> None:
        self._conn = conn
        self._current: dict[str, Contact | None] = {}
        self.writes: dict[str, Contact] = {}  # uid -> the contact to store
        for row in plan.rows:
            self._row(row, Choice(decisions[row.index]) if row.index in decisions else None,
                      Choice(on_duplicate), result)

    def _stored(self, uid: str) -> Contact | None:
        if uid not in self._current:
            self._current[uid] = repo.get_contact(self._conn, uid)
        return self._current[uid]

    def _write(self, contact: Contact) -> None:
        self._current[contact.uid] = self.writes[contact.uid] = contact

    def _row(self, row: ImportRow, choice: Choice | None, on_duplicate: Choice,
             result: ImportResult) -> None:
        if row.action is RowAction.UNCHANGED:
            result.skip(Skip(SkipReason.ALREADY_THERE, row.match))
            return
        if row.action is RowAction.ADD:
            if choice is Choice.SKIP:
                result.skip(Skip(SkipReason.LEFT_OUT))
            else:
                self._write(row.contact)
                result.added += 1
            return
        choice = choice or on_duplicate
        if choice is Choice.SKIP:
            result.skip(Skip(SkipReason.DUPLICATE_SKIPPED, row.match))
            return
        existing = self._stored(row.target_uid) if choice is Choice.MERGE else None
        if existing is None:  # keep both, or its target was left out
            self._write(replace(row.contact, uid=new_uid()))
            result.added += 1
            return
        merged = merge(existing, row.contact)
        if same_content(merged, existing):
            result.skip(Skip(SkipReason.ALREADY_THERE, row.match))
            return
        self._write(merged)
        result.merged += 1


class ContactImportService:
    """Contacts from vCard, CSV and JSON files: a preview, then one transaction."""

    def __init__(self, context: AppContext) -> None:
        self._context = context

    @property
    def _conn(self):
        return self._context.user_db

    def preview_import(self, path: str | os.PathLike[str], fmt: str | None = None) -> ImportPlan:
        """Read a file and plan the import; nothing is written. ParseError when unreadable."""
        result, bundle = read_file(Path(path), read_format(fmt))
        return self._plan_result(result, bundle, Path(path).name)

    def preview_bytes(self, data: bytes, fmt: str, source: str = "") -> ImportPlan:
        """Like `preview_import`, for data already in memory (fmt: vcf, csv or json)."""
        result, bundle = read_bytes(data, read_format(fmt) or fmt, source)
        return self._plan_result(result, bundle, source)

    def _plan_result(self, result: ParseResult, bundle, source: str) -> ImportPlan:
        plan = self._plan(result.contacts, source, result.format)
        plan.warnings.extend(result.warnings)
        plan.skipped_lines.extend(result.skipped)
        plan.encoding = result.encoding
        for row in plan.rows:
            if row.action is not RowAction.UNCHANGED:
                plan.warnings.extend(f"{row.name}: {w}" for w in row.warnings)
        if bundle is not None:
            plan.library = BundleService(self._context).plan(bundle)
        return plan

    def _plan(self, parsed: list[ParsedContact], source: str, fmt: str) -> ImportPlan:
        conn = self._conn
        rows: list[ImportRow] = []
        # who, in this file, already holds an email, uid or name: the row that adds a contact,
        # or the stored contact an earlier row merges into (so that chains end in one place)
        holders: dict[str, _Holder] = {}

        def hold(contact: Contact, holder: _Holder) -> None:
            for k, _, _ in _keys(contact):
                holders.setdefault(k, holder)

        for index, item in enumerate(parsed):
            incoming = normalised(item.contact)
            candidates = repo.find_candidates(conn, incoming)
            if candidates:
                chosen = next(((existing, why, email, merged, RowAction.UNCHANGED)
                               for existing, why, email in candidates
                               for merged in [merge(existing, incoming)]
                               if same_content(merged, existing)), None)
                if chosen is None:
                    existing, why, email = candidates[0]
                    chosen = (existing, why, email, merge(existing, incoming),
                              RowAction.DUPLICATE)
                existing, why, email, merged, action = chosen
                rows.append(ImportRow(index, incoming, action, item.line, why, email,
                                      existing.uid, existing.display_name, merged=merged,
                                      warnings=item.warnings))
                hold(incoming, _Holder(existing.uid, existing.display_name, None, existing))
                continue
            found = next(((holders[k], why, email) for k, why, email in _keys(incoming)
                          if k in holders), None)
            if found is not None:
                holder, why, email = found
                rows.append(ImportRow(
                    index, incoming, RowAction.DUPLICATE, item.line, why, email, holder.uid,
                    holder.name, holder.line, merge(holder.contact, incoming),
                    in_file=holder.line is not None or holder.in_file, warnings=item.warnings,
                    via_earlier_row=True))
                hold(incoming, holder)
                continue
            if not incoming.uid or repo.get_contact(conn, incoming.uid, include_deleted=True):
                incoming = replace(incoming, uid=new_uid())
            rows.append(ImportRow(index, incoming, RowAction.ADD, item.line,
                                  warnings=item.warnings))
            hold(incoming, _Holder(incoming.uid, incoming.display_name, item.line, incoming,
                                   in_file=True))
        return ImportPlan(source, fmt, rows)

    def apply_import(self, plan: ImportPlan, decisions: dict[int, str] | None = None, *,
                     on_duplicate: str = Choice.MERGE, backup: bool = True,
                     dry_run: bool = False) -> ImportResult:
        """Write the plan in one transaction (all or nothing). `decisions` maps a row's index
        to a `Choice`: MERGE, SKIP or ADD (keep both) for duplicates, or SKIP for new rows;
        duplicates not decided get `on_duplicate`. A dry run computes the same outcomes and
        writes nothing."""
        result = ImportResult(dry_run=dry_run, warnings=list(plan.warnings),
                              skipped_lines=list(plan.skipped_lines), encoding=plan.encoding)
        for _ in plan.skipped_records:
            result.skip(Skip(SkipReason.NO_IDENTITY))
        conn = self._conn
        outcomes = _Outcomes(conn, plan, decisions or {}, on_duplicate, result)
        library = plan.library
        if library is not None and library.unknown_clusters:
            result.warnings.append(
                f"{len(library.unknown_clusters)} cluster id(s) are not in this catalogue; "
                "their bookmarks and notes are kept and shown as orphaned")
        if dry_run:
            if library is not None:
                result.bookmarks_added = len(library.bookmarks)
                result.list_items_added = len(library.list_items)
                result.notes_added = len(library.notes)
                result.missions_added = len(library.missions)
            return result
        writes = bool(outcomes.writes) or bool(library and not library.is_empty())
        if backup and writes and has_user_data(conn):
            result.backup = make_backup(conn, self._context.data_dir, "before-import")
        try:
            with transaction(conn):
                for contact in outcomes.writes.values():
                    repo.save_contact(conn, contact)
                if library is not None:
                    counts = BundleService(self._context).apply(library)
                    result.bookmarks_added = counts.bookmarks
                    result.list_items_added = counts.list_items
                    result.notes_added = counts.notes
                    result.missions_added = counts.missions
        except ValueError as exc:
            raise InvalidInput(f"Import stopped, nothing was changed: {exc}.") from None
        return result

    def import_file(self, path: str | os.PathLike[str], fmt: str | None = None, *,
                    dry_run: bool = False, on_duplicate: str = Choice.MERGE) -> ImportResult:
        """Preview and apply in one go (the command line): duplicates merged or skipped."""
        plan = self.preview_import(path, fmt)
        return self.apply_import(plan, on_duplicate=on_duplicate, dry_run=dry_run)


def read_format(fmt: str | None) -> str | None:
    """The reader for a format the user named ("vcard", "outlook"...): vcf, csv or json."""
    if fmt is None:
        return None
    fmt = fmt.lower()
    if fmt in ("vcf", "vcard", "vcf4", "vcf3"):
        return "vcf"
    if fmt.startswith("csv") or fmt in ("google", "outlook", "thunderbird"):
        return "csv"
    if fmt == "json":
        return "json"
    raise InvalidInput(f"Unknown import format {fmt!r}: vcf, csv or json.")
