"""Small helpers every repository uses: transactions and safe full-text queries."""

from __future__ import annotations

import itertools
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

_savepoints = itertools.count(1)
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One all-or-nothing unit of work.

    The outermost call takes the write lock at once (`BEGIN IMMEDIATE`) and commits at the end or
    rolls back on any exception; nested calls become savepoints, so repository functions can be
    combined into one larger transaction (an import) and still each be atomic on their own.
    The connection must be in autocommit mode (`isolation_level=None`).
    """
    if conn.in_transaction:
        name = f"sp{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


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
