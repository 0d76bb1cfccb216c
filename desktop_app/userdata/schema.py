"""The user database's schema and its migrations, keyed by `PRAGMA user_version`.

`MIGRATIONS[n]` takes a database at version n to version n + 1. Each step runs in its own
transaction together with the new `user_version`, so a crash leaves the database at the old version
or the new one, never in between. A backup is written before migrating a database that holds data.
Never edit a released step: add a new one (and a test that migrates from every earlier version).

Version 1 (first release): bookmarks, lists, cluster notes; contacts with emails, phones, tags and
cluster links in JSON columns and a single free-text note.
Version 2: stable uids on lists and notes; contacts split into child tables (kinds on emails and
phones, a structured address, dated notes, follow-ups with a state); soft delete (undo); full-text
search over notes and contacts (`unicode61 remove_diacritics 2`).
Version 3: structured names on contacts: a prefix, middle names and a suffix beside the given and
family names (vCard `N` and the name columns of CSV); existing contacts keep their names as they
are (the parts stay empty until the user or an import fills them); the full-text index also holds
middle names.
Version 4 (`migration_missions.add_missions`): trade missions with their delegation, clusters to
visit, meetings (wall time with its IANA zone) and the contacts' follow-ups promised at a meeting.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from desktop_app.errors import DataIntegrityError, MigrationFailed
from desktop_app.userdata.backups import make_backup, prune
from desktop_app.userdata.db import fold, storage_failure, transaction
from desktop_app.userdata.migration_missions import add_missions

log = logging.getLogger(__name__)

FTS_TOKENIZER = "unicode61 remove_diacritics 2"


def _script(conn: sqlite3.Connection, script: str) -> None:
    """Run DDL statements one by one (`executescript` would commit the open transaction)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1(conn: sqlite3.Connection) -> None:
    _script(conn, """
        CREATE TABLE bookmarks (
            cluster_id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL
        );
        CREATE TABLE lists (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE list_items (
            list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
            cluster_id TEXT NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (list_id, cluster_id)
        );
        CREATE TABLE cluster_notes (
            id INTEGER PRIMARY KEY,
            cluster_id TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX cluster_notes_cluster ON cluster_notes(cluster_id);
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            organisation TEXT,
            role TEXT,
            emails TEXT NOT NULL DEFAULT '[]',
            phones TEXT NOT NULL DEFAULT '[]',
            website TEXT,
            address TEXT,
            cluster_ids TEXT NOT NULL DEFAULT '[]',
            tags TEXT NOT NULL DEFAULT '[]',
            met_where TEXT,
            met_when TEXT,
            met_by TEXT,
            priority INTEGER NOT NULL DEFAULT 0,
            notes TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            action TEXT NOT NULL,
            due TEXT,
            done INTEGER NOT NULL DEFAULT 0
        );
    """)


def _uid() -> str:
    return str(uuid.uuid4())


def _json_list(text: str | None) -> list:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _v2(conn: sqlite3.Connection) -> None:
    # lists and cluster notes get stable uids (for merging exports), notes an edit time and a
    # soft-delete mark
    conn.execute("ALTER TABLE lists ADD COLUMN uid TEXT")
    for (list_id,) in conn.execute("SELECT id FROM lists").fetchall():
        conn.execute("UPDATE lists SET uid = ? WHERE id = ?", (_uid(), list_id))
    conn.execute("CREATE UNIQUE INDEX lists_uid ON lists(uid)")
    conn.execute("ALTER TABLE cluster_notes ADD COLUMN uid TEXT")
    conn.execute("ALTER TABLE cluster_notes ADD COLUMN updated_at TEXT")
    conn.execute("ALTER TABLE cluster_notes ADD COLUMN deleted_at TEXT")
    for (note_id,) in conn.execute("SELECT id FROM cluster_notes").fetchall():
        conn.execute("UPDATE cluster_notes SET uid = ?, updated_at = created_at WHERE id = ?",
                      (_uid(), note_id))
    conn.execute("CREATE UNIQUE INDEX cluster_notes_uid ON cluster_notes(uid)")

    # contacts: JSON columns become child tables
    conn.execute("ALTER TABLE contacts RENAME TO contacts_v1")
    conn.execute("ALTER TABLE follow_ups RENAME TO follow_ups_v1")
    _script(conn, """
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL DEFAULT '',
            given_name TEXT NOT NULL DEFAULT '',
            family_name TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '{}',
            met_where TEXT NOT NULL DEFAULT '',
            met_when TEXT NOT NULL DEFAULT '',
            met_by TEXT NOT NULL DEFAULT '',
            priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
            photo BLOB,
            photo_type TEXT NOT NULL DEFAULT '',
            match_key TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX contacts_match_key ON contacts(match_key);
        CREATE TABLE contact_emails (
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            address TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (contact_id, position)
        );
        CREATE INDEX contact_emails_address ON contact_emails(address COLLATE NOCASE);
        CREATE TABLE contact_phones (
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            number TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (contact_id, position)
        );
        CREATE TABLE contact_clusters (
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            cluster_id TEXT NOT NULL,
            PRIMARY KEY (contact_id, cluster_id)
        );
        CREATE INDEX contact_clusters_cluster ON contact_clusters(cluster_id);
        CREATE TABLE contact_tags (
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (contact_id, tag)
        );
        CREATE INDEX contact_tags_tag ON contact_tags(tag COLLATE NOCASE);
        CREATE TABLE contact_notes (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX contact_notes_contact ON contact_notes(contact_id);
        CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            action TEXT NOT NULL,
            due TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dropped')),
            created_at TEXT NOT NULL
        );
        CREATE INDEX follow_ups_contact ON follow_ups(contact_id);
        CREATE INDEX follow_ups_due ON follow_ups(state, due);
    """)
    for row in conn.execute("SELECT * FROM contacts_v1 ORDER BY id").fetchall():
        (cid, uid, name, organisation, role, emails, phones, website, address, cluster_ids, tags,
         met_where, met_when, met_by, priority, notes, created_at, updated_at) = row
        conn.execute(
            "INSERT INTO contacts (id, uid, full_name, organisation, role, website, address,"
            " met_where, met_when, met_by, priority, match_key, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (cid, uid, name or "", organisation or "", role or "", website or "",
             json.dumps({"street": address} if address else {}), met_where or "",
             met_when or "", met_by or "", min(max(int(priority or 0), 0), 3),
             f"{fold(name or '')}\x1f{fold(organisation or '')}" if name else "", created_at,
             updated_at))
        for table, column, values in (("contact_emails", "address", _json_list(emails)),
                                      ("contact_phones", "number", _json_list(phones))):
            for position, value in enumerate(v for v in values if isinstance(v, str) and v):
                conn.execute(f"INSERT INTO {table} (contact_id, position, {column})"
                             " VALUES (?, ?, ?)", (cid, position, value))
        for table, column, values in (("contact_clusters", "cluster_id", _json_list(cluster_ids)),
                                      ("contact_tags", "tag", _json_list(tags))):
            seen = list(dict.fromkeys(v for v in values if isinstance(v, str) and v))
            for position, value in enumerate(seen):
                conn.execute(f"INSERT INTO {table} (contact_id, position, {column})"
                             " VALUES (?, ?, ?)", (cid, position, value))
        if notes and notes.strip():
            conn.execute("INSERT INTO contact_notes (uid, contact_id, text, created_at)"
                         " VALUES (?, ?, ?, ?)", (_uid(), cid, notes, created_at))
    conn.execute(
        "INSERT INTO follow_ups (uid, contact_id, action, due, state, created_at)"
        " SELECT lower(hex(randomblob(16))), f.contact_id, f.action, coalesce(f.due, ''),"
        " CASE WHEN f.done THEN 'done' ELSE 'open' END, c.created_at"
        " FROM follow_ups_v1 f JOIN contacts_v1 c ON c.id = f.contact_id ORDER BY f.id")
    conn.execute("DROP TABLE follow_ups_v1")
    conn.execute("DROP TABLE contacts_v1")

    # full-text search; rowids are those of cluster_notes and contacts, kept up to date by the
    # repositories in the same transaction as the write
    conn.execute(f"CREATE VIRTUAL TABLE cluster_notes_fts USING fts5(text,"
                 f" tokenize = '{FTS_TOKENIZER}')")
    conn.execute("INSERT INTO cluster_notes_fts (rowid, text)"
                 " SELECT id, text FROM cluster_notes")
    conn.execute(f"CREATE VIRTUAL TABLE contacts_fts USING fts5(name, organisation, details,"
                 f" notes, tokenize = '{FTS_TOKENIZER}')")
    conn.execute(f"INSERT INTO contacts_fts (rowid, name, organisation, details, notes)"
                 f" {_V2_CONTACT_FTS_SELECT}")


# Frozen with version 2 (the repository keeps its own copy, free to change with later versions).
_V2_CONTACT_FTS_SELECT = """
    SELECT c.id,
        c.full_name || ' ' || c.given_name || ' ' || c.family_name,
        c.organisation || ' ' || c.role,
        coalesce((SELECT group_concat(address, ' ') FROM contact_emails
                  WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(number, ' ') FROM contact_phones
                            WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(tag, ' ') FROM contact_tags
                            WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(cluster_id, ' ') FROM contact_clusters
                            WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(c.address)), '')
        || ' ' || c.met_where || ' ' || c.met_by || ' ' || c.website,
        coalesce((SELECT group_concat(text, ' ') FROM contact_notes WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(action, ' ') FROM follow_ups
                            WHERE contact_id = c.id), '')
    FROM contacts c
"""


def _v3(conn: sqlite3.Connection) -> None:
    for column in ("name_prefix", "middle_name", "name_suffix"):
        conn.execute(f"ALTER TABLE contacts ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    conn.execute("DELETE FROM contacts_fts")
    conn.execute(f"INSERT INTO contacts_fts (rowid, name, organisation, details, notes)"
                 f" {_V3_CONTACT_FTS_SELECT}")


# Frozen with version 3 (the repository keeps its own copy): the name column holds middle names.
_V3_CONTACT_FTS_SELECT = """
    SELECT c.id,
        c.full_name || ' ' || c.given_name || ' ' || c.middle_name || ' ' || c.family_name,
        c.organisation || ' ' || c.role,
        coalesce((SELECT group_concat(address, ' ') FROM contact_emails
                  WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(number, ' ') FROM contact_phones
                            WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(tag, ' ') FROM contact_tags
                            WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(cluster_id, ' ') FROM contact_clusters
                            WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(c.address)), '')
        || ' ' || c.met_where || ' ' || c.met_by || ' ' || c.website,
        coalesce((SELECT group_concat(text, ' ') FROM contact_notes WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(action, ' ') FROM follow_ups
                            WHERE contact_id = c.id), '')
    FROM contacts c
"""


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, add_missions]
CURRENT_VERSION = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def has_data(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def has_user_data(conn: sqlite3.Connection) -> bool:
    """True when the user has stored anything (contacts, bookmarks, lists, notes, missions)."""
    row = conn.execute("SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM"
                       " bookmarks) + (SELECT count(*) FROM cluster_notes) + (SELECT count(*)"
                       " FROM lists) + (SELECT count(*) FROM missions)").fetchone()
    return bool(row[0])


def migrate(conn: sqlite3.Connection, data_dir: Path | None, *,
            target: int = CURRENT_VERSION, backup: bool = True) -> list[int]:
    """Bring the database to `target`, one step per transaction; return the versions reached.

    A database newer than this program raises DataIntegrityError (nothing is changed). With
    `backup`, a copy is written to `<data_dir>/backups/` before the first step of a database that
    already holds tables; older backups rotate out only once the migration succeeded. Each step
    reads the version again inside its transaction (`BEGIN IMMEDIATE`), so two processes opening
    one data folder at once migrate it once, one after the other. A step that fails
    (MigrationFailed, with the SQLite error) leaves the database at the last version reached.
    """
    current = version(conn)
    _refuse_newer(current)
    if current >= target:
        return []
    taken = None
    if backup and data_dir is not None and has_data(conn):
        taken = make_backup(conn, data_dir, reason=f"before-v{current}-to-v{target}",
                            rotate=False)
        log.info("backed up %s before migrating", taken)
    reached = []
    conn.execute("PRAGMA foreign_keys = OFF")  # table rebuilds; checked again below
    try:
        for step in range(current, target):
            with transaction(conn):
                now = version(conn)  # another process may have migrated meanwhile
                _refuse_newer(now)
                if now > step:
                    continue
                try:
                    MIGRATIONS[step](conn)
                except sqlite3.Error as exc:
                    if storage_failure(conn, exc) is not None:
                        raise
                    raise MigrationFailed(step + 1, str(exc)) from None
                problems = conn.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationFailed(step + 1, f"{len(problems)} broken links")
                conn.execute(f"PRAGMA user_version = {step + 1}")
            reached.append(step + 1)
            log.info("user database migrated to version %d", step + 1)
    except BaseException:
        if taken is not None and not reached:  # the file is as it was: the copy is not needed
            taken.unlink(missing_ok=True)
        raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    if taken is not None:
        prune(data_dir)
    return reached


def _refuse_newer(current: int) -> None:
    if current > CURRENT_VERSION:
        raise DataIntegrityError(
            f"Your data was written by a newer Cluster Atlas (data version {current}; this one "
            f"reads up to {CURRENT_VERSION}). Update Cluster Atlas; your data was not changed.")
