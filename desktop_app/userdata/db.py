"""Small helpers every repository uses: transactions and safe full-text queries."""

from __future__ import annotations

import itertools
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_savepoints = itertools.count(1)
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


_STORAGE_ERRORS = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_FULL", "SQLITE_IOERR",
                   "SQLITE_READONLY", "SQLITE_CANTOPEN")


def storage_failure(conn: sqlite3.Connection, exc: sqlite3.Error) -> Exception | None:
    """The typed error (DataBusy, DataUnwritable) for an SQLite error that says the data could
    not be written (another writer, a full disk, a read-only folder); None for any other."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if not name.startswith(_STORAGE_ERRORS):
        return None
    # not at the top: an import cycle (connection -> schema -> db)
    from desktop_app.userdata.connection import storage_error

    try:
        path = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    except sqlite3.Error:
        path = Path("user.sqlite")
    return storage_error(exc, path, path.parent)


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:  # SQLite rolled back already (a full disk, an I/O error)
        pass


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One all-or-nothing unit of work.

    The outermost call takes the write lock at once (`BEGIN IMMEDIATE`, waiting up to the busy
    timeout for another writer) and commits at the end or rolls back on any exception; nested
    calls become savepoints, so repository functions can be combined into one larger transaction
    (an import) and still each be atomic on their own. When the data cannot be written (another
    Cluster Atlas kept the lock too long, the disk is full, the folder is read-only) the typed
    error (DataBusy, DataUnwritable) is raised and nothing was changed.
    The connection must be in autocommit mode (`isolation_level=None`).
    """
    if conn.in_transaction:
        name = f"sp{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise (storage_failure(conn, exc) or exc) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        _rollback(conn)
        failure = storage_failure(conn, exc)
        if failure is None:
            raise
        raise failure from None
    except BaseException:
        _rollback(conn)
        raise


def fold(text: str) -> str:
    """Lower case without accents, for comparing names people typed."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c))
                    .casefold().split())


def match_expression(text: str) -> str | None:
    """A safe FTS5 MATCH expression: every word a quoted prefix term, all required."""
    terms = _WORD.findall(text or "")[:MAX_TERMS]
    if not terms:
        return None
    return " AND ".join(f'"{term}"*' for term in terms)
