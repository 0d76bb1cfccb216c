"""Backups and restore of the user's data: `cluster-atlas backup [FILE]`, `restore FILE`.

Restoring checks the chosen file first (a sound Cluster Atlas data file, not from a newer
version), then backs up the current data (or, when the current file is damaged, keeps it aside
as `damaged-<time>-user.sqlite` in the data folder), then puts the restored copy in place with an
atomic rename. The copy is made before anything else, so even restoring the oldest backup (which
the new safety backup could push out of the rotation) works.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import DataIntegrityError, InvalidInput
from desktop_app.services.context import AppContext
from desktop_app.userdata import backups
from desktop_app.userdata.connection import user_db_path


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
        """A consistent copy of the user's data: into FILE, or into the backups folder (where
        the last few are kept)."""
        conn = self._context.user_db
        if dest is None:
            return backups.make_backup(conn, self.data_dir, "manual")
        dest = Path(dest).expanduser()
        if dest.is_dir():
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
            dest = dest / f"cluster-atlas-{stamp}.sqlite"
        if dest.resolve() == user_db_path(self.data_dir).resolve():
            raise InvalidInput("That is the data file itself; choose another file.")
        try:
            return backups.copy_database(conn, dest)
        except OSError as exc:
            raise InvalidInput(f"Cannot write {dest}: {exc.strerror}.") from None

    def list_backups(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.data_dir)

    def check(self, path: str | os.PathLike[str]) -> backups.FileCheck:
        return backups.check_file(Path(path))

    def restore(self, path: str | os.PathLike[str]) -> RestoreResult:
        """Replace the user's data with a backup; the current data is backed up first."""
        from desktop_app.userdata.schema import CURRENT_VERSION

        source = Path(path).expanduser()
        check = backups.check_file(source)
        if not check.ok:
            raise InvalidInput(f"Not restored: {check.reason}. Your data was not changed.")
        if check.version > CURRENT_VERSION:
            raise InvalidInput(
                f"Not restored: {source.name} comes from a newer Cluster Atlas (data version "
                f"{check.version}; this one reads up to {CURRENT_VERSION}). Update first.")
        data_dir = self.data_dir
        target = user_db_path(data_dir)
        staged = data_dir / f".restore-{os.getpid()}.sqlite"
        self._stage(source, staged)
        try:
            safety = self._safety_copy(target)
            self._context.close_user_db()
            for suffix in ("-wal", "-shm"):
                leftover = Path(f"{target}{suffix}")
                if leftover.exists():
                    # only a damaged file, or one in use by a running window, leaves these
                    if self._in_use(target):
                        raise InvalidInput("Not restored: Cluster Atlas seems to be open in "
                                           "another window. Close it and try again.")
                    leftover.rename(safety.with_name(safety.name + suffix))
            os.replace(staged, target)
            backups._fsync_dir(data_dir)
        finally:
            staged.unlink(missing_ok=True)
        _ = self._context.user_db  # reopen: checked, migrated if the backup is older
        return RestoreResult(source, safety, check.version)

    @staticmethod
    def _stage(source: Path, staged: Path) -> None:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            backups.copy_database(src, staged)
        finally:
            src.close()

    def _safety_copy(self, target: Path) -> Path:
        if not target.exists() or target.stat().st_size == 0:
            return target
        try:
            conn = self._context.user_db
        except DataIntegrityError:
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
            aside = target.with_name(f"damaged-{stamp}-{target.name}")
            shutil.copy2(target, aside)
            os.chmod(aside, 0o600)
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
