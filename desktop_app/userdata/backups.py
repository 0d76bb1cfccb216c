"""Backups of the user database: consistent copies in `<data dir>/backups/`, the last few kept.

A copy is taken with SQLite's online backup API (a consistent snapshot even while the database is
in use, WAL included), written to a temporary name, checked with `PRAGMA integrity_check`, made
owner-only and renamed into place, so a backup file that exists is always whole. Backups are
self-contained single files (rollback journal mode, no `-wal` beside them).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import InvalidInput

BACKUP_DIR = "backups"
KEEP = 10
_NAME = re.compile(r"^user-(\d{8}T\d{6}\d{6}Z)-([a-z0-9.-]+)\.sqlite$")


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
    path = Path(data_dir) / BACKUP_DIR
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def copy_database(conn: sqlite3.Connection, dest: Path) -> Path:
    """Write a consistent, checked, owner-only copy of `conn` to `dest` (replaced atomically)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        target = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            result = target.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise InvalidInput(f"The copy failed its integrity check ({result}); "
                                   "nothing was written.")
        finally:
            target.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
        raise
    return dest


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def make_backup(conn: sqlite3.Connection, data_dir: Path, reason: str = "manual",
                keep: int = KEEP) -> Path:
    """A new backup in `<data dir>/backups/`; older ones beyond the last `keep` are removed."""
    reason = re.sub(r"[^a-z0-9.-]+", "-", reason.lower()).strip("-") or "manual"
    folder = backup_dir(data_dir)
    dest = folder / f"user-{_stamp()}-{reason}.sqlite"
    while dest.exists():  # two backups in the same microsecond
        dest = folder / f"user-{_stamp()}-{reason}.sqlite"
    copy_database(conn, dest)
    prune(data_dir, keep)
    return dest


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The backups in `<data dir>/backups/`, newest first."""
    folder = Path(data_dir) / BACKUP_DIR
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        stamp = dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ")
        created = stamp.replace(microsecond=0).isoformat() + "Z"
        found.append((match.group(1), BackupInfo(path, created, match.group(2),
                                                 path.stat().st_size)))
    return [info for _, info in sorted(found, key=lambda item: item[0], reverse=True)]


def prune(data_dir: Path, keep: int = KEEP) -> list[Path]:
    """Remove all but the newest `keep` backups; return the removed paths."""
    removed = []
    for info in list_backups(data_dir)[keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def check_file(path: Path) -> FileCheck:
    """Is `path` a sound Cluster Atlas user database? Opened read-only; never changed."""
    path = Path(path)
    if not path.is_file():
        return FileCheck(False, f"{path} does not exist")
    with open(path, "rb") as handle:
        header = handle.read(16)
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
    except sqlite3.Error as exc:
        return FileCheck(False, f"{path.name} cannot be read: {exc}")
    finally:
        conn.close()
    if version == 0 or not {"bookmarks", "contacts"} <= tables:
        return FileCheck(False, f"{path.name} is not a Cluster Atlas data file")
    return FileCheck(True, "ok", version)


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup that passes `check_file`, if any."""
    for info in list_backups(data_dir):
        if check_file(info.path).ok:
            return info
    return None
