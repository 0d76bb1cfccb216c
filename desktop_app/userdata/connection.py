"""Opening the user database: `user.sqlite` in the user's data directory.

The file is created readable and writable by its owner only (0600; SQLite gives its `-wal` and
`-shm` files the same mode). At every open it must pass `PRAGMA integrity_check`; a damaged file
raises DataIntegrityError naming the newest good backup and the command that restores it, and is
never replaced or "repaired" silently. Then WAL mode, foreign keys, full sync (a committed write
survives a crash of the process or of the machine), and the migrations.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from desktop_app.errors import DataIntegrityError

log = logging.getLogger(__name__)

USER_DB_NAME = "user.sqlite"
BUSY_TIMEOUT_S = 10.0


def user_db_path(data_dir: Path) -> Path:
    return Path(data_dir) / USER_DB_NAME


def _create_owner_only(path: Path) -> None:
    """Create an empty file with mode 0600 unless it exists (an empty file is an empty database)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)
    os.chmod(path, 0o600)  # whatever the umask


def configure(conn: sqlite3.Connection) -> None:
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """None when the database passes `PRAGMA integrity_check`, else the first problem."""
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    first = rows[0][0] if rows else "no answer"
    return None if first == "ok" else first


def damaged_error(path: Path, data_dir: Path, problem: str) -> DataIntegrityError:
    """The error shown for a damaged data file: what, where, and the way back."""
    from desktop_app.userdata.backups import backup_dir, newest_good_backup

    good = newest_good_backup(data_dir)
    message = (f"Your data file {path} failed its integrity check ({problem}). "
               "It has been left exactly as it is. ")
    if good is not None:
        message += (f"The newest good backup is {good.path} (taken {good.created_at}). "
                    f"To go back to it, close Cluster Atlas and run:  "
                    f"cluster-atlas restore {good.path}")
    else:
        message += (f"No good backup was found in {backup_dir(data_dir)}. Keep a copy of the "
                    "file; to start afresh, move it away (Cluster Atlas will create a new one), "
                    "or restore a backup you have elsewhere with:  cluster-atlas restore FILE")
    error = DataIntegrityError(message)
    error.path = path  # type: ignore[attr-defined]
    error.backup = good.path if good else None  # type: ignore[attr-defined]
    return error


def open_user_db(data_dir: Path, *, migrate: bool = True) -> sqlite3.Connection:
    """Open (creating if needed) the user database in `data_dir`, checked and migrated."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = user_db_path(data_dir)
    _create_owner_only(path)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise damaged_error(path, data_dir, str(exc)) from exc
    try:
        problem = integrity_problem(conn)
        if problem is not None:
            raise damaged_error(path, data_dir, problem)
        try:
            configure(conn)
        except sqlite3.DatabaseError as exc:
            raise damaged_error(path, data_dir, str(exc)) from exc
        if migrate:
            from desktop_app.userdata.schema import migrate as run_migrations

            run_migrations(conn, data_dir)
    except BaseException:
        conn.close()
        raise
    return conn
