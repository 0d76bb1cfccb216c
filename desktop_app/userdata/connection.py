"""Opening the user database: `user.sqlite` in the user's data directory.

The folder is owner-only (0700) and the file too (0600; SQLite gives its `-wal` and `-shm` files
the same mode); wider modes found at open are tightened. At every open the file must pass
`PRAGMA integrity_check`; a damaged file raises DataDamaged naming the newest good backup and the
command that restores it, and is never replaced or "repaired" silently. An empty file where
backups exist is damaged too (not a new, empty database whose next imports would rotate the good
backups out). A read-only folder or file raises DataUnwritable, not "damaged". Then WAL mode,
foreign keys, full sync (a committed write survives a crash of the process or of the machine),
the temporary files a killed backup or restore left are removed, and the migrations run.

Several Cluster Atlas processes may use one data folder: a writer waits up to BUSY_TIMEOUT_S for
another one's transaction (an import of 50,000 contacts holds it ~15 s here) before DataBusy.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import time
from pathlib import Path

from desktop_app import paths
from desktop_app.errors import DataBusy, DataDamaged, DataUnwritable, MigrationFailed
from desktop_app.userdata.backups import list_backups, newest_good_backup, remove_leftovers
from desktop_app.userdata.schema import migrate as run_migrations

log = logging.getLogger(__name__)

USER_DB_NAME = paths.USER_DB_NAME
BUSY_TIMEOUT_S = 120.0
SQLITE_HEADER = b"SQLite format 3\x00"


def user_db_path(data_dir: Path) -> Path:
    return paths.user_db_file(data_dir)


def _create_owner_only(path: Path) -> bool:
    """Create an empty file with mode 0600 unless it exists (an empty file is an empty
    database); True when it was created now."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    os.close(fd)
    os.chmod(path, 0o600)  # whatever the umask
    return True


def _tighten(path: Path, allowed: int) -> None:
    """Take away the mode bits beyond `allowed` from our own file or folder (never a shared
    folder such as /tmp, whose sticky bit says it is not ours to close)."""
    try:
        info = os.stat(path)
    except OSError:
        return
    mode = stat.S_IMODE(info.st_mode)
    if mode & ~allowed == 0 or mode & stat.S_ISVTX:
        return
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return
    try:
        os.chmod(path, mode & allowed)
        log.info("tightened %s from %o to %o", path, mode, mode & allowed)
    except OSError as exc:
        log.warning("cannot tighten %s (%o): %s", path, mode, exc)


def configure(conn: sqlite3.Connection) -> None:
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    _switch_to_wal(conn)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """WAL mode; SQLite answers "busy" at once, without waiting, while another process opens
    a new database at the same moment: try again until BUSY_TIMEOUT_S."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if not exc.sqlite_errorname.startswith("SQLITE_BUSY") or (
                    time.monotonic() > deadline):
                raise
            time.sleep(0.02)


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """None when the database passes `PRAGMA integrity_check`, else the first problem."""
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    first = rows[0][0] if rows else "no answer"
    return None if first == "ok" else first


def damaged_error(path: Path, data_dir: Path, problem: str) -> DataDamaged:
    """The error shown for a damaged data file: what (`problem` completes "Your data file PATH
    ..."), where, and the way back."""
    good = newest_good_backup(data_dir)
    return DataDamaged(path, problem, good.path if good else None,
                       good.created_at if good else "", paths.backups_folder(data_dir))


def storage_error(exc: sqlite3.Error, path: Path, data_dir: Path) -> Exception:
    """The typed error for an SQLite error met while opening or writing the data: busy,
    read-only, disk full; anything else means the file is damaged."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return DataBusy(path, BUSY_TIMEOUT_S)
    if name.startswith("SQLITE_READONLY") or not writable(data_dir, path):
        return DataUnwritable(path, DataUnwritable.READ_ONLY)
    if name == "SQLITE_FULL" or name.startswith("SQLITE_IOERR"):
        return DataUnwritable(path, DataUnwritable.DISK_FULL if name == "SQLITE_FULL"
                              else f"the disk could not be written ({exc})")
    return damaged_error(path, data_dir, f"failed its integrity check ({exc})")


def writable(data_dir: Path, path: Path) -> bool:
    """Can this process write the data folder and the data file (when it exists)?"""
    if not os.access(data_dir, os.W_OK | os.X_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def _is_blank(path: Path) -> bool:
    """No bytes, or only zeros, where the database header should be."""
    with open(path, "rb") as handle:
        return not handle.read(len(SQLITE_HEADER)).strip(b"\x00")


def open_user_db(data_dir: Path, *, migrate: bool = True) -> sqlite3.Connection:
    """Open (creating if needed) the user database in `data_dir`, checked and migrated."""
    data_dir = paths.user_data_dir(data_dir)
    path = user_db_path(data_dir)
    _tighten(data_dir, 0o700)
    _tighten(paths.backups_folder(data_dir), 0o700)
    if not writable(data_dir, path):
        raise DataUnwritable(path, DataUnwritable.READ_ONLY)
    remove_leftovers(data_dir)
    # an existing file with nothing in it while backups exist: the data was lost, this is not
    # a first start (a file removed on purpose is a first start, whatever the backups)
    lost = not _create_owner_only(path) and bool(list_backups(data_dir))
    if lost and _is_blank(path):
        raise damaged_error(path, data_dir, "is empty")
    for name in (path, *(Path(f"{path}{side}") for side in paths.SQLITE_SIDE_FILES)):
        _tighten(name, 0o600)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise storage_error(exc, path, data_dir) from None
    try:
        try:
            problem = integrity_problem(conn)
            if problem is not None:
                raise damaged_error(path, data_dir, f"failed its integrity check ({problem})")
            if lost and not _has_tables(conn):
                raise damaged_error(path, data_dir, "holds no data")
            configure(conn)
        except sqlite3.Error as exc:
            raise storage_error(exc, path, data_dir) from None
        if migrate:
            try:
                run_migrations(conn, data_dir)
            except MigrationFailed as exc:
                raise damaged_error(path, data_dir, f"cannot be brought to data version "
                                    f"{exc.version} ({exc.problem})") from None
    except BaseException:
        conn.close()
        raise
    return conn


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
