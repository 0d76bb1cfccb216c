"""Dated notes on clusters: several per cluster, searchable, deleted softly (restorable).

A note refers to its cluster by id only and outlives the cluster: when a new catalogue no longer
has the id, the note is kept and the service reports it as orphaned.
"""

from __future__ import annotations

import sqlite3

from desktop_app.userdata.db import match_expression, transaction
from desktop_app.userdata.models import ClusterNote, new_uid, now_iso

_COLUMNS = "id, uid, cluster_id, text, created_at, updated_at, deleted_at"


def _note(row: sqlite3.Row) -> ClusterNote:
    return ClusterNote(uid=row["uid"], cluster_id=row["cluster_id"], text=row["text"],
                       created_at=row["created_at"], updated_at=row["updated_at"],
                       deleted_at=row["deleted_at"])


def add_note(conn: sqlite3.Connection, cluster_id: str, text: str, *, uid: str | None = None,
             created_at: str | None = None, updated_at: str | None = None) -> ClusterNote:
    text = text.strip()
    if not text:
        raise ValueError("an empty note")
    created = created_at or now_iso()
    with transaction(conn):
        cur = conn.execute(
            "INSERT INTO cluster_notes (uid, cluster_id, text, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (uid or new_uid(), cluster_id, text, created, updated_at or created))
        conn.execute("INSERT INTO cluster_notes_fts (rowid, text) VALUES (?, ?)",
                     (cur.lastrowid, text))
        row = conn.execute(f"SELECT {_COLUMNS} FROM cluster_notes WHERE id = ?",
                           (cur.lastrowid,)).fetchone()
    return _note(row)


def get_note(conn: sqlite3.Connection, uid: str) -> ClusterNote | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM cluster_notes WHERE uid = ?", (uid,)).fetchone()
    return _note(row) if row else None


def edit_note(conn: sqlite3.Connection, uid: str, text: str) -> ClusterNote | None:
    text = text.strip()
    if not text:
        raise ValueError("an empty note")
    with transaction(conn):
        row = conn.execute("SELECT id FROM cluster_notes WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            return None
        conn.execute("UPDATE cluster_notes SET text = ?, updated_at = ? WHERE id = ?",
                     (text, now_iso(), row[0]))
        conn.execute("DELETE FROM cluster_notes_fts WHERE rowid = ?", (row[0],))
        conn.execute("INSERT INTO cluster_notes_fts (rowid, text) VALUES (?, ?)", (row[0], text))
    return get_note(conn, uid)


def notes_for(conn: sqlite3.Connection, cluster_id: str) -> list[ClusterNote]:
    """The notes on one cluster, oldest first (deleted ones left out)."""
    return [_note(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM cluster_notes WHERE cluster_id = ? AND deleted_at IS NULL"
        " ORDER BY created_at, id", (cluster_id,))]


def all_notes(conn: sqlite3.Connection, *, include_deleted: bool = False) -> list[ClusterNote]:
    where = "" if include_deleted else " WHERE deleted_at IS NULL"
    return [_note(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM cluster_notes{where} ORDER BY created_at, id")]


def noted_cluster_ids(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT DISTINCT cluster_id FROM cluster_notes WHERE deleted_at IS NULL")}


def search_notes(conn: sqlite3.Connection, text: str) -> list[ClusterNote]:
    """Notes whose words start with the words typed (accents and case ignored)."""
    expression = match_expression(text)
    if expression is None:
        return []
    return [_note(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM cluster_notes WHERE deleted_at IS NULL AND id IN"
        " (SELECT rowid FROM cluster_notes_fts WHERE cluster_notes_fts MATCH ?)"
        " ORDER BY created_at, id", (expression,))]


def cluster_ids_matching(conn: sqlite3.Connection, text: str) -> set[str]:
    expression = match_expression(text)
    if expression is None:
        return set()
    return {r[0] for r in conn.execute(
        "SELECT DISTINCT cluster_id FROM cluster_notes WHERE deleted_at IS NULL AND id IN"
        " (SELECT rowid FROM cluster_notes_fts WHERE cluster_notes_fts MATCH ?)",
        (expression,))}


def delete_note(conn: sqlite3.Connection, uid: str) -> bool:
    """Mark a note deleted (restorable with `restore_note`)."""
    with transaction(conn):
        cur = conn.execute("UPDATE cluster_notes SET deleted_at = ? WHERE uid = ?"
                           " AND deleted_at IS NULL", (now_iso(), uid))
    return cur.rowcount == 1


def restore_note(conn: sqlite3.Connection, uid: str) -> bool:
    with transaction(conn):
        cur = conn.execute("UPDATE cluster_notes SET deleted_at = NULL WHERE uid = ?"
                           " AND deleted_at IS NOT NULL", (uid,))
    return cur.rowcount == 1


def purge_deleted_notes(conn: sqlite3.Connection, before: str) -> int:
    """Remove for good the notes deleted before `before` (an ISO time)."""
    with transaction(conn):
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM cluster_notes WHERE deleted_at IS NOT NULL AND deleted_at < ?",
            (before,))]
        for note_id in ids:
            conn.execute("DELETE FROM cluster_notes_fts WHERE rowid = ?", (note_id,))
            conn.execute("DELETE FROM cluster_notes WHERE id = ?", (note_id,))
    return len(ids)
