"""Backups and restore of the user's data: `cluster-atlas backup [FILE]`, `restore FILE`.

Restoring checks the chosen file first (a sound Cluster Atlas data file, not from a newer
version), copies it beside the data file and brings the copy to this version's data (migrating
it) and checks it again: only a copy that opens, migrates and passes `PRAGMA integrity_check` is
swapped in, so a failed restore (RestoreFailed) leaves the data exactly as it was. Then the current
data is backed up (or, when the current file is damaged, kept aside as
`damaged-<time>-user.sqlite` in the data folder) and the copy put in place with an atomic rename.
The copy is made before anything else, so even restoring the oldest backup (which the new safety
backup could push out of the rotation) works.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app import outputs, paths
from desktop_app.errors import DataIntegrityError, OutputFailed, OutputRefused, RestoreFailed
from desktop_app.services.context import AppContext
from desktop_app.userdata import backups
from desktop_app.userdata.connection import integrity_problem, user_db_path
from desktop_app.userdata.schema import CURRENT_VERSION, migrate


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path  # the data as it was before the restore
    version: int  # the data version of the restored file (migrated on open if older)


class BackupService:
    def __init__(self, context: AppContext) -> None:
        self._context = context

    @property
    def data_dir(self) -> Path:
        return self._context.data_dir

    def backup_now(self, dest: str | os.PathLike[str] | None = None) -> Path:
        """A consistent copy of the user's data: into FILE (owner-only; never over the data
        file or a backup: OutputRefused), or into the backups folder (the last few kept)."""
        conn = self._context.user_db
        if dest is None:
            return backups.make_backup(conn, self.data_dir, "manual")
        dest = Path(dest).expanduser()
        if dest.is_dir() and outputs.refusal(dest, self.data_dir) == OutputRefused.FOLDER:
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
            dest = dest / f"cluster-atlas-{stamp}.sqlite"
        return backups.copy_database(conn, dest, protect=self.data_dir)

    def list_backups(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.data_dir)

    def check(self, path: str | os.PathLike[str]) -> backups.FileCheck:
        return backups.check_file(Path(path))

    def restore(self, path: str | os.PathLike[str]) -> RestoreResult:
        """Replace the user's data with a backup; the current data is backed up first.
        RestoreFailed (nothing changed) for a file that cannot become this version's data."""
        source = Path(path).expanduser()
        check = backups.check_file(source)
        if check.ok and check.version > CURRENT_VERSION:
            raise RestoreFailed(source, f"{source.name} comes from a newer Cluster Atlas (data "
                                        f"version {check.version}; this one reads up to "
                                        f"{CURRENT_VERSION}); update first")
        if not check.ok:
            raise RestoreFailed(source, check.reason)
        data_dir = self.data_dir
        target = user_db_path(data_dir)
        staged = data_dir / f"{paths.RESTORE_PREFIX}{os.getpid()}.sqlite"
        try:
            self._stage(source, staged)
            safety = self._safety_copy(target)
            self._context.close_user_db()
            for suffix in ("-wal", "-shm"):
                leftover = Path(f"{target}{suffix}")
                if leftover.exists():
                    # only a damaged file, or one in use by a running window, leaves these
                    if self._in_use(target):
                        raise RestoreFailed(source, "Cluster Atlas seems to be open in another "
                                                    "window; close it and try again")
                    leftover.rename(safety.with_name(safety.name + suffix))
            os.replace(staged, target)
            outputs.fsync_folder(data_dir)
        except OutputFailed as exc:
            raise RestoreFailed(source, f"the copy could not be written ({exc.reason})") from None
        except OSError as exc:
            raise RestoreFailed(source, f"the copy could not be written "
                                        f"({outputs.failure_reason(exc)})") from None
        finally:
            for name in (staged, *(Path(f"{staged}{s}") for s in paths.SQLITE_SIDE_FILES)):
                name.unlink(missing_ok=True)
        _ = self._context.user_db  # reopen: checked, already at this version
        return RestoreResult(source, safety, check.version)

    @staticmethod
    def _stage(source: Path, staged: Path) -> None:
        """Copy `source` to `staged` and bring the copy to this version's data, checked;
        RestoreFailed when it cannot be."""
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            backups.copy_database(src, staged)
        finally:
            src.close()
        conn = sqlite3.connect(staged, isolation_level=None)
        try:
            migrate(conn, None, backup=False)
            problem = integrity_problem(conn) or (
                "broken links" if conn.execute("PRAGMA foreign_key_check").fetchone() else None)
        except (DataIntegrityError, sqlite3.Error) as exc:
            problem = str(getattr(exc, "problem", exc))
        finally:
            conn.close()
        if problem is not None:
            raise RestoreFailed(source, f"{source.name} cannot be brought to this version's "
                                        f"data ({problem})")
        if os.name == "posix":
            with open(staged, "rb+") as handle:
                os.fsync(handle.fileno())

    def _safety_copy(self, target: Path) -> Path:
        if not target.exists() or target.stat().st_size == 0:
            return target
        try:
            conn = self._context.user_db
        except DataIntegrityError:
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
            aside = target.with_name(f"{paths.DAMAGED_PREFIX}{stamp}-{target.name}")
            with outputs.replacing(aside, private=True, protect=None) as tmp:
                tmp.write_bytes(target.read_bytes())
            return aside
        return backups.make_backup(conn, self.data_dir, "before-restore")

    @staticmethod
    def _in_use(target: Path) -> bool:
        try:
            conn = sqlite3.connect(target, timeout=0.2, isolation_level=None)
        except sqlite3.Error:
            return False
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
            return False
        except sqlite3.OperationalError:
            return True
        except sqlite3.DatabaseError:
            return False
        finally:
            conn.close()
