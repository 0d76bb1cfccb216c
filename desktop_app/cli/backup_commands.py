"""Backups of the user's data from the command line (`cli.userdata_commands` has the rest).

    cluster-atlas backup [FILE]                    a backup now (into FILE, or the backups folder)
    cluster-atlas backups [--format table|json]    the backups kept
    cluster-atlas restore FILE                     replace the data with a backup (current one kept)

A restore that cannot succeed (a file that is not a sound Cluster Atlas data file, or cannot be
brought to this version's data) changes nothing: exit status 2, one line on stderr.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.output import prepare_output, print_json, print_table
from desktop_app.local_time import when_text
from desktop_app.services.context import AppContext


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


def register(subparsers: argparse._SubParsersAction) -> None:
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
