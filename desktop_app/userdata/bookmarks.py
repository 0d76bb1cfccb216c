"""Bookmarks (starred clusters) and named lists of clusters.

Plain functions over a connection; every write is one transaction. Clusters are referred to by
their catalogue id only; checking that an id exists is the service's job (the catalogue is
another database).
"""

from __future__ import annotations

import sqlite3

from desktop_app.userdata.db import transaction
from desktop_app.userdata.models import NamedList, new_uid, now_iso


def add_bookmark(conn: sqlite3.Connection, cluster_id: str, created_at: str | None = None,
                 ) -> bool:
    """Star a cluster; False when it already was."""
    with transaction(conn):
        cur = conn.execute("INSERT OR IGNORE INTO bookmarks (cluster_id, created_at)"
                           " VALUES (?, ?)", (cluster_id, created_at or now_iso()))
    return cur.rowcount == 1


def remove_bookmark(conn: sqlite3.Connection, cluster_id: str) -> bool:
    with transaction(conn):
        cur = conn.execute("DELETE FROM bookmarks WHERE cluster_id = ?", (cluster_id,))
    return cur.rowcount == 1


def is_bookmarked(conn: sqlite3.Connection, cluster_id: str) -> bool:
    return conn.execute("SELECT 1 FROM bookmarks WHERE cluster_id = ?",
                        (cluster_id,)).fetchone() is not None


def bookmarks(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(cluster id, when starred), oldest first."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT cluster_id, created_at FROM bookmarks ORDER BY created_at, cluster_id")]


def bookmarked_ids(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT cluster_id FROM bookmarks")}


def _list_row(row: sqlite3.Row) -> NamedList:
    return NamedList(uid=row["uid"], name=row["name"], created_at=row["created_at"],
                     count=row["count"])


_LISTS = ("SELECT l.uid, l.name, l.created_at, count(i.cluster_id) AS count FROM lists l"
          " LEFT JOIN list_items i ON i.list_id = l.id")


def get_list(conn: sqlite3.Connection, name: str) -> NamedList | None:
    """The list called `name` (case-insensitive), or None."""
    row = conn.execute(f"{_LISTS} WHERE l.name = ? COLLATE NOCASE GROUP BY l.id",
                       (name.strip(),)).fetchone()
    return _list_row(row) if row else None


def get_list_by_uid(conn: sqlite3.Connection, uid: str) -> NamedList | None:
    row = conn.execute(f"{_LISTS} WHERE l.uid = ? GROUP BY l.id", (uid,)).fetchone()
    return _list_row(row) if row else None


def all_lists(conn: sqlite3.Connection) -> list[NamedList]:
    return [_list_row(r) for r in conn.execute(
        f"{_LISTS} GROUP BY l.id ORDER BY l.name COLLATE NOCASE")]


def create_list(conn: sqlite3.Connection, name: str, *, uid: str | None = None,
                created_at: str | None = None) -> NamedList:
    """The list called `name`, created if needed (names are unique, ignoring case)."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("a list needs a name")
    with transaction(conn):
        existing = get_list(conn, name)
        if existing is not None:
            return existing
        conn.execute("INSERT INTO lists (uid, name, created_at) VALUES (?, ?, ?)",
                     (uid or new_uid(), name, created_at or now_iso()))
        return get_list(conn, name)  # type: ignore[return-value]


def rename_list(conn: sqlite3.Connection, old: str, new: str) -> bool:
    new = " ".join(new.split())
    if not new:
        raise ValueError("a list needs a name")
    with transaction(conn):
        cur = conn.execute("UPDATE lists SET name = ? WHERE name = ? COLLATE NOCASE", (new, old))
    return cur.rowcount == 1


def delete_list(conn: sqlite3.Connection, name: str) -> bool:
    with transaction(conn):
        cur = conn.execute("DELETE FROM lists WHERE name = ? COLLATE NOCASE", (name,))
    return cur.rowcount == 1


def add_to_list(conn: sqlite3.Connection, name: str, cluster_id: str,
                added_at: str | None = None) -> bool:
    """Put a cluster into a list (created if needed); False when it already was there."""
    with transaction(conn):
        create_list(conn, name)
        cur = conn.execute(
            "INSERT OR IGNORE INTO list_items (list_id, cluster_id, added_at)"
            " SELECT id, ?, ? FROM lists WHERE name = ? COLLATE NOCASE",
            (cluster_id, added_at or now_iso(), " ".join(name.split())))
    return cur.rowcount == 1


def remove_from_list(conn: sqlite3.Connection, name: str, cluster_id: str) -> bool:
    with transaction(conn):
        cur = conn.execute(
            "DELETE FROM list_items WHERE cluster_id = ? AND list_id ="
            " (SELECT id FROM lists WHERE name = ? COLLATE NOCASE)", (cluster_id, name))
    return cur.rowcount == 1


def list_items(conn: sqlite3.Connection, name: str) -> list[tuple[str, str]]:
    """(cluster id, when added) of a list, oldest first."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT i.cluster_id, i.added_at FROM list_items i JOIN lists l ON l.id = i.list_id"
        " WHERE l.name = ? COLLATE NOCASE ORDER BY i.added_at, i.cluster_id", (name,))]


def lists_of(conn: sqlite3.Connection, cluster_id: str) -> list[str]:
    """The names of the lists a cluster is in."""
    return [r[0] for r in conn.execute(
        "SELECT l.name FROM lists l JOIN list_items i ON i.list_id = l.id"
        " WHERE i.cluster_id = ? ORDER BY l.name COLLATE NOCASE", (cluster_id,))]
