"""The user's own data from the command line: bookmarks and lists, notes, contacts, backups.

    cluster-atlas bookmark ID [--list NAME]        star a cluster, or put it into a list
    cluster-atlas unbookmark ID [--list NAME]
    cluster-atlas bookmarks [--list NAME] [--format table|json]
    cluster-atlas note ID TEXT                     a dated note on a cluster
    cluster-atlas notes [ID] [--search TEXT] [--format table|json]
    cluster-atlas contacts [list [TEXT] [--tag T] [--cluster ID] [--due] [--format F]]
    cluster-atlas contacts import FILE [--format vcf|csv|json] [--dry-run] [--on-duplicate merge|skip]
    cluster-atlas contacts export FILE [--format vcf|csv|json] [--vcard 3.0|4.0] [--layout google|outlook]
    cluster-atlas contacts due [--until DATE]      the follow-ups due
    cluster-atlas contacts deleted [--format table|json]  the deleted contacts, newest first
    cluster-atlas contacts undelete UID [UID ...]  bring deleted contacts back (all or none)
    cluster-atlas backup [FILE]                    a backup now (into FILE, or the backups folder)
    cluster-atlas backups                          the backups kept
    cluster-atlas restore FILE                     replace the data with a backup (current one kept)

Tables show stored times as local times (as the window does); JSON keeps the UTC stamps.
Unknown ids and lists are NotFound (exit status 2, one line on stderr).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.output import prepare_output, print_csv, print_json, print_table
from desktop_app.errors import NotDeleted, NotFound
from desktop_app.local_time import when_text
from desktop_app.services.context import AppContext

CONTACT_COLUMNS = ("uid", "name", "organisation", "role", "emails", "phones", "website",
                   "address", "clusters", "tags", "met_where", "met_when", "met_by", "priority",
                   "next_follow_up", "due")


# --- bookmarks, lists, notes ----------------------------------------------------------------------


def run_bookmark(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.library import LibraryService

    changed = LibraryService(context).bookmark(args.id, args.list)
    where = f"in list {args.list!r}" if args.list else "bookmarked"
    print(f"{args.id}: {where}" + ("" if changed else " (already)"))
    return 0


def run_unbookmark(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.library import LibraryService

    changed = LibraryService(context).unbookmark(args.id, args.list)
    where = f"list {args.list!r}" if args.list else "bookmarks"
    print(f"{args.id}: removed from {where}" if changed else f"{args.id}: was not in {where}")
    return 0


def run_bookmarks(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.browse import BrowseService
    from desktop_app.services.library import LibraryService

    library = LibraryService(context)
    entries = library.list_items(args.list) if args.list else library.bookmarks()
    names = {}
    ids = {cid for cid, _ in entries}
    browse = BrowseService(context)
    for summary in browse.search(browse.restrict(browse.make_filter(), ids)):
        names[summary.id] = summary
    rows = []
    for cluster_id, when in entries:
        summary = names.get(cluster_id)
        rows.append({"id": cluster_id, "name": summary.name if summary else None,
                     "state": summary.state_name if summary else None,
                     "sector": summary.sector_name if summary else None, "added_at": when,
                     "in_catalogue": summary is not None})
    if args.format == "json":
        print_json(rows)
        return 0
    table = [dict(r, name=r["name"] or "(no longer in the catalogue)",
                  added_at=when_text(r["added_at"])) for r in rows]
    print_table(table, ("id", "name", "state", "sector", "added_at"),
                ("ID", "NAME", "STATE", "SECTOR", "ADDED"))
    if not args.list:
        lists = library.lists()
        if lists:
            print("lists: " + ", ".join(f"{name} ({count})" for name, count in lists),
                  file=sys.stderr)
    return 0


def run_note(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.library import LibraryService

    note = LibraryService(context).add_note(args.id, " ".join(args.text))
    print(f"{note.cluster_id}: note added ({when_text(note.created_at)})")
    return 0


def run_notes(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.library import LibraryService

    library = LibraryService(context)
    if args.search:
        notes = library.search_notes(args.search)
        if args.id:
            notes = [n for n in notes if n.cluster_id == args.id]
    elif args.id:
        notes = library.notes(args.id)
        if not notes:
            library.require_cluster(args.id)
    else:
        notes = library.all_notes()
    rows = [dict(n.to_dict(), orphaned=n.orphaned) for n in notes]
    if args.format == "json":
        print_json(rows)
        return 0
    table = [dict(r, cluster_id=r["cluster_id"] + (" (gone)" if r["orphaned"] else ""),
                  text=" ".join(r["text"].split()), created_at=when_text(r["created_at"]))
             for r in rows]
    print_table(table, ("created_at", "cluster_id", "text"), ("DATE", "CLUSTER", "NOTE"))
    return 0


# --- contacts ------------------------------------------------------------------------------------


def contact_row(c) -> dict:
    nxt = c.next_follow_up()
    return {
        "uid": c.uid, "name": c.display_name, "organisation": c.organisation, "role": c.role,
        "emails": [e.address for e in c.emails], "phones": [p.number for p in c.phones],
        "website": c.website, "address": c.address.formatted().replace("\n", ", "),
        "clusters": c.cluster_ids, "tags": c.tags, "met_where": c.met_where,
        "met_when": c.met_when, "met_by": c.met_by, "priority": c.priority,
        "next_follow_up": nxt.action if nxt else "", "due": nxt.due if nxt else "",
    }


def run_contacts_list(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.contacts import ContactsService

    contacts = ContactsService(context).list(args.text, tag=args.tag, cluster_id=args.cluster,
                                             due_by="today" if args.due else None)
    if args.format == "json":
        print_json([c.to_dict(with_photo=False) for c in contacts])
    elif args.format == "csv":
        print_csv([contact_row(c) for c in contacts], CONTACT_COLUMNS)
    else:
        print_table([contact_row(c) for c in contacts],
                    ("name", "organisation", "emails", "phones", "tags", "due"),
                    ("NAME", "ORGANISATION", "EMAILS", "PHONES", "TAGS", "DUE"))
        print(f"{len(contacts)} contact(s)", file=sys.stderr)
    return 0


def run_contacts_import(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.contact_import import ContactImportService

    result = ContactImportService(context).import_file(
        args.file, args.format, dry_run=args.dry_run, on_duplicate=args.on_duplicate)
    print(f"{args.file}: {result.summary()}" + (" (dry run: nothing was changed)"
                                                if args.dry_run else ""))
    for reason, count in sorted(result.reasons.items(), key=lambda item: str(item[0])):
        print(f"  skipped {count}: {reason}")
    print(f"  read as: {result.encoding}")
    for skipped in result.skipped_lines:
        print(f"  left out {skipped}")
    for warning in result.warnings:
        print(f"  note: {warning}", file=sys.stderr)
    if result.backup:
        print(f"  your data before the import: {result.backup}", file=sys.stderr)
    return 0


def run_contacts_export(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.contacts import ContactsService, export_format_for

    fmt = args.format or export_format_for(args.file).split("-")[0]
    if fmt == "vcf" and args.vcard == "4.0":
        fmt = "vcf4"
    elif fmt == "csv":
        fmt = f"csv-{args.layout}"
    count = ContactsService(context).export(prepare_output(args.file, context), fmt)
    what = "everything you own (contacts, bookmarks, lists, notes)" if fmt == "json" else (
        f"{count} contact(s)")
    print(f"{args.file}: wrote {what}" + (f", {count} contact(s)" if fmt == "json" else ""))
    return 0


def run_contacts_due(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.contacts import ContactsService

    due = ContactsService(context).follow_ups_due(args.until, include_undated=args.undated)
    rows = [{"due": d.follow_up.due or "-", "name": d.contact_name,
             "organisation": d.organisation, "action": d.follow_up.action,
             "contact_uid": d.contact_uid, "follow_up_uid": d.follow_up.uid} for d in due]
    if args.format == "json":
        print_json(rows)
    else:
        print_table(rows, ("due", "name", "organisation", "action"),
                    ("DUE", "NAME", "ORGANISATION", "ACTION"))
    return 0


def run_contacts_deleted(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.contacts import ContactsService

    deleted = ContactsService(context).deleted()  # the most recently deleted first
    rows = [{"uid": c.uid, "name": c.display_name, "organisation": c.organisation,
             "deleted_at": c.deleted_at, "notes": len(c.notes),
             "follow_ups": len(c.follow_ups)} for c in deleted]
    if args.format == "json":
        print_json(rows)
        return 0
    table = [dict(r, deleted_at=when_text(r["deleted_at"])) for r in rows]
    print_table(table, ("uid", "name", "organisation", "deleted_at", "notes", "follow_ups"),
                ("UID", "NAME", "ORGANISATION", "DELETED", "NOTES", "FOLLOW-UPS"))
    print(f"{len(rows)} deleted contact(s)" + (
        "; 'cluster-atlas contacts undelete UID' brings one back" if rows else ""),
        file=sys.stderr)
    return 0


def run_contacts_undelete(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.contacts import ContactsService

    try:
        restored = ContactsService(context).undelete(args.uid)  # all or none, one transaction
    except NotDeleted as exc:
        uid, name = exc.problems[0]
        if name:
            raise NotFound(f"{name} ({uid}) is not deleted.") from None
        raise NotFound(f"No deleted contact {uid!r}. 'cluster-atlas contacts deleted' "
                       "lists them.") from None
    for contact in restored:
        print(f"{contact.display_name} is back ({contact.uid})")
    return 0


# --- backups --------------------------------------------------------------------------------------


def run_backup(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.backup import BackupService

    dest = args.file
    if dest is not None and not Path(dest).expanduser().is_dir():
        dest = prepare_output(dest, context)
    path = BackupService(context).backup_now(dest)
    print(f"backed up to {path}")
    return 0


def run_backups(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.backup import BackupService

    rows = [{"created_at": b.created_at, "reason": b.reason, "size": b.size, "path": str(b.path)}
            for b in BackupService(context).list_backups()]
    if args.format == "json":
        print_json(rows)
    else:
        table = [dict(r, created_at=when_text(r["created_at"])) for r in rows]
        print_table(table, ("created_at", "reason", "size", "path"),
                    ("TAKEN", "WHY", "BYTES", "FILE"))
    return 0


def run_restore(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.backup import BackupService

    result = BackupService(context).restore(args.file)
    print(f"restored from {result.restored_from}")
    print(f"your data as it was before: {result.safety_copy}")
    return 0


# --- registering ---------------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction) -> None:
    bookmark = subparsers.add_parser("bookmark", help="star a cluster, or put it into a list")
    bookmark.add_argument("id", help="the cluster's id, e.g. mx-nle-claut")
    bookmark.add_argument("--list", metavar="NAME", help="a list to put it into (created if new)")
    bookmark.set_defaults(handler=run_bookmark)

    unbookmark = subparsers.add_parser("unbookmark", help="unstar a cluster, or take it out "
                                                          "of a list")
    unbookmark.add_argument("id")
    unbookmark.add_argument("--list", metavar="NAME")
    unbookmark.set_defaults(handler=run_unbookmark)

    listing = subparsers.add_parser("bookmarks", help="your starred clusters, or one list")
    listing.add_argument("--list", metavar="NAME")
    listing.add_argument("--format", default="table", choices=("table", "json"))
    listing.set_defaults(handler=run_bookmarks)

    note = subparsers.add_parser("note", help="add a dated note to a cluster")
    note.add_argument("id")
    note.add_argument("text", nargs="+", help="the note (quote it, or several words)")
    note.set_defaults(handler=run_note)

    notes = subparsers.add_parser("notes", help="your notes on clusters")
    notes.add_argument("id", nargs="?", help="only the notes on this cluster")
    notes.add_argument("--search", metavar="TEXT", help="notes containing these words")
    notes.add_argument("--format", default="table", choices=("table", "json"))
    notes.set_defaults(handler=run_notes)

    contacts = subparsers.add_parser(
        "contacts", help="the people you met: list, import, export, undelete",
        description="Without an ACTION, lists your contacts (as 'contacts list').")
    contacts.set_defaults(handler=run_contacts_list, text="", tag=None, cluster=None, due=False,
                          format="table")
    sub = contacts.add_subparsers(dest="contacts_command", metavar="ACTION")
    lst = sub.add_parser("list", help="list or search your contacts")
    lst.add_argument("text", nargs="?", default="", help="words to look for (anywhere)")
    lst.add_argument("--tag", help="only contacts with this tag")
    lst.add_argument("--cluster", metavar="ID", help="only contacts linked to this cluster")
    lst.add_argument("--due", action="store_true", help="only contacts with a follow-up due")
    lst.add_argument("--format", default="table", choices=("table", "json", "csv"))
    lst.set_defaults(handler=run_contacts_list)

    imp = sub.add_parser("import", help="import contacts from vCard, CSV or a JSON export")
    imp.add_argument("file")
    imp.add_argument("--format", choices=("vcf", "csv", "json"),
                     help="default: from the file name or its content")
    imp.add_argument("--dry-run", action="store_true", help="only say what would happen")
    imp.add_argument("--on-duplicate", default="merge", choices=("merge", "skip"),
                     help="what to do with likely duplicates (default: merge)")
    imp.set_defaults(handler=run_contacts_import)

    exp = sub.add_parser("export", help="export contacts (JSON: everything you own)")
    exp.add_argument("file")
    exp.add_argument("--format", choices=("vcf", "csv", "json"),
                     help="default: from the file name (.vcf, .csv, .json)")
    exp.add_argument("--vcard", default="3.0", choices=("3.0", "4.0"), help="vCard version")
    exp.add_argument("--layout", default="google", choices=("google", "outlook"),
                     help="CSV layout")
    exp.set_defaults(handler=run_contacts_export)

    due = sub.add_parser("due", help="follow-ups due (the 'to follow up' list)")
    due.add_argument("--until", metavar="DATE",
                     help="due on or before (default: today): YYYY-MM-DD or words such as "
                          "friday, +7d, 'next week', mañana")
    due.add_argument("--undated", action="store_true", help="also open ones without a date")
    due.add_argument("--format", default="table", choices=("table", "json"))
    due.set_defaults(handler=run_contacts_due)

    deleted = sub.add_parser("deleted", help="the contacts you deleted, newest first")
    deleted.add_argument("--format", default="table", choices=("table", "json"))
    deleted.set_defaults(handler=run_contacts_deleted)

    undelete = sub.add_parser("undelete", help="bring deleted contacts back, with their notes "
                                               "and follow-ups")
    undelete.add_argument("uid", nargs="+", metavar="UID",
                          help="a deleted contact's uid ('contacts deleted' lists them)")
    undelete.set_defaults(handler=run_contacts_undelete)

    backup = subparsers.add_parser("backup", help="back up your data now")
    backup.add_argument("file", nargs="?", help="where (default: the backups folder, last "
                                                "10 kept)")
    backup.set_defaults(handler=run_backup)

    listing = subparsers.add_parser("backups", help="the backups kept in your data folder")
    listing.add_argument("--format", default="table", choices=("table", "json"))
    listing.set_defaults(handler=run_backups)

    restore = subparsers.add_parser("restore", help="replace your data with a backup "
                                                    "(the current data is backed up first)")
    restore.add_argument("file")
    restore.set_defaults(handler=run_restore)

