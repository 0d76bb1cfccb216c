"""Backups of the user database: consistent copies in `<data dir>/backups/`, the last few kept.

A copy is taken with SQLite's online backup API (a consistent snapshot even while the database is
in use, WAL included), written through `desktop_app.outputs.replacing` (a temporary name, synced,
renamed into place, owner-only), after it passed `PRAGMA integrity_check`, so a backup file that
exists is always whole. Backups are self-contained single files (rollback journal mode, no `-wal`
beside them).

Rotation keeps the newest `KEEP` and, whatever their age, the newest good backup taken before a
restore, before an import and before a migration: the way back from each of those never rotates
out. Another Cluster Atlas may prune at the same time: a file that vanishes is simply gone.
Temporary files that a killed process left behind are removed at the next start
(`remove_leftovers`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from desktop_app import outputs, paths
from desktop_app.errors import DataIntegrityError, InvalidInput

BACKUP_DIR = paths.BACKUP_DIR
KEEP = 10
_NAME = re.compile(r"^user-(\d{8}T\d{6}\d{6}Z)-([a-z0-9.-]+)\.sqlite$")
# the kinds of backup whose newest good one rotation never removes: reason -> kind
PROTECTED_KINDS = (("before-restore", "restore"), ("before-import", "import"),
                   ("before-v", "migration"))
_RESTORE_LEFTOVER = re.compile(r"^\.restore-(\d+)\.sqlite(?:-journal|-wal|-shm)?$")
LEFTOVER_AGE_S = 24 * 3600  # where we cannot ask whether a process runs (Windows)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str  # ISO time, UTC
    reason: str
    size: int


@dataclass(frozen=True)
class FileCheck:
    """What a candidate database file is: readable, sound, which schema version."""

    ok: bool
    reason: str
    version: int = 0


def backup_dir(data_dir: Path) -> Path:
    path = paths.backups_folder(data_dir)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def copy_database(conn: sqlite3.Connection, dest: Path, *, protect: Path | None = None) -> Path:
    """Write a consistent, checked, owner-only copy of `conn` to `dest` (replaced atomically).
    `protect`: the data folder whose data file and backups `dest` must not be (OutputRefused)."""
    dest = Path(dest)
    with outputs.replacing(dest, private=True, protect=protect) as tmp:
        try:
            target = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
                result = target.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                target.close()
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorname in ("SQLITE_FULL", "SQLITE_IOERR_WRITE"):
                raise OSError(28, "No space left on device") from None
            raise
        finally:
            for side in paths.SQLITE_SIDE_FILES:
                Path(f"{tmp}{side}").unlink(missing_ok=True)
        if result != "ok":
            raise InvalidInput(f"The copy failed its integrity check ({result}); "
                               "nothing was written.")
    return dest


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def make_backup(conn: sqlite3.Connection, data_dir: Path, reason: str = "manual",
                keep: int = KEEP, *, rotate: bool = True) -> Path:
    """A new backup in `<data dir>/backups/`; with `rotate`, older ones beyond the last `keep`
    are removed (see `prune`) once the new one is safely written."""
    reason = re.sub(r"[^a-z0-9.-]+", "-", reason.lower()).strip("-") or "manual"
    folder = backup_dir(data_dir)
    dest = folder / f"user-{_stamp()}-{reason}.sqlite"
    while dest.exists():  # two backups in the same microsecond
        dest = folder / f"user-{_stamp()}-{reason}.sqlite"
    copy_database(conn, dest)
    if rotate:
        prune(data_dir, keep)
    return dest


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The backups in `<data dir>/backups/`, newest first (one removed meanwhile is left out)."""
    folder = paths.backups_folder(data_dir)
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for name in names:
        match = _NAME.match(name)
        if not match:
            continue
        path = folder / name
        try:
            size = path.stat().st_size
        except FileNotFoundError:  # pruned by another Cluster Atlas just now
            continue
        stamp = dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ")
        created = stamp.replace(microsecond=0).isoformat() + "Z"
        found.append((match.group(1), BackupInfo(path, created, match.group(2), size)))
    return [info for _, info in sorted(found, key=lambda item: item[0], reverse=True)]


def kind_of(reason: str) -> str | None:
    """'restore', 'import' or 'migration' for the backups rotation protects, else None."""
    for prefix, kind in PROTECTED_KINDS:
        if reason.startswith(prefix):
            return kind
    return None


def _looks_whole(path: Path) -> bool:
    """A cheap test that a backup is still the database written (its header intact); each
    backup passed `PRAGMA integrity_check` before it was renamed into place."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def protected(backups: list[BackupInfo]) -> set[Path]:
    """The newest good backup of each kind rotation protects (before a restore, an import, a
    migration), from `backups` (newest first)."""
    kept: dict[str, Path] = {}
    for info in backups:
        kind = kind_of(info.reason)
        if kind is not None and kind not in kept and _looks_whole(info.path):
            kept[kind] = info.path
    return set(kept.values())


def prune(data_dir: Path, keep: int = KEEP) -> list[Path]:
    """Remove all but the newest `keep` backups and the protected ones; return those removed."""
    backups = list_backups(data_dir)
    spared = protected(backups)
    removed = []
    for info in backups[keep:]:
        if info.path in spared:
            continue
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def check_file(path: Path) -> FileCheck:
    """Is `path` a sound Cluster Atlas user database? Opened read-only; never changed."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except (FileNotFoundError, NotADirectoryError):
        return FileCheck(False, f"{path} does not exist")
    except IsADirectoryError:
        return FileCheck(False, f"{path} is a folder, not a backup file")
    except OSError as exc:
        return FileCheck(False, f"{path} cannot be read: {exc.strerror}")
    if header != b"SQLite format 3\x00":
        return FileCheck(False, f"{path.name} is not a database file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return FileCheck(False, f"{path.name} cannot be opened: {exc}")
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            return FileCheck(False, f"{path.name} is damaged: {result}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version == 0 or not {"bookmarks", "contacts"} <= tables:
            return FileCheck(False, f"{path.name} is not a Cluster Atlas data file")
        problem = _migration_problem(conn, version)
    except sqlite3.Error as exc:
        return FileCheck(False, f"{path.name} cannot be read: {exc}")
    finally:
        conn.close()
    if problem:
        return FileCheck(False, f"{path.name} cannot be brought to this version's data "
                                f"({problem})", version)
    return FileCheck(True, "ok", version)


def _migration_problem(conn: sqlite3.Connection, version: int) -> str:
    """Why a copy of an older database cannot be migrated ('' when it can, or needs not)."""
    # not at the top: an import cycle (schema.migrate takes a backup first)
    from desktop_app.userdata.schema import CURRENT_VERSION, migrate

    if version >= CURRENT_VERSION:
        return ""
    trial = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.backup(trial)
        migrate(trial, None, backup=False)
    except DataIntegrityError as exc:
        return getattr(exc, "problem", str(exc))
    finally:
        trial.close()
    return ""


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup that passes `check_file`, if any."""
    for info in list_backups(data_dir):
        if check_file(info.path).ok:
            return info
    return None


def _process_gone(pid: int) -> bool | None:
    """True when no process `pid` runs, False when one does, None when we cannot tell."""
    if os.name != "posix":
        return None  # os.kill would end the process on Windows
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def remove_leftovers(data_dir: Path) -> list[Path]:
    """Remove the temporary copies a killed backup or restore left in the data folder and the
    backups folder (a process still running keeps its own); return what was removed."""
    removed = []
    for folder in (Path(data_dir), paths.backups_folder(data_dir)):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            path = folder / name
            match = _RESTORE_LEFTOVER.match(name)
            owner = int(match.group(1)) if match else outputs.temp_owner(path)
            if owner is None:
                continue
            gone = _process_gone(owner)
            if gone is None:
                try:
                    gone = time.time() - path.stat().st_mtime > LEFTOVER_AGE_S
                except FileNotFoundError:
                    continue
            if gone:
                try:
                    path.unlink()
                except FileNotFoundError:
                    continue
                except OSError:
                    continue
                removed.append(path)
    return removed
