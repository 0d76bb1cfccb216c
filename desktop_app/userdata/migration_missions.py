"""The migration step that adds trade missions to the user database (frozen: never edit it).

Its own module to keep `schema.py` short; `schema.MIGRATIONS` lists it after the structured contact
names. Tables: missions (soft-deleted like contacts), their delegation members and clusters to
visit, meetings (the place's wall time with its IANA zone, duration, place, status, outcome), the
clusters, contacts and members of each meeting, and the contacts' follow-ups promised at one.
"""

from __future__ import annotations

import sqlite3


def _script(conn: sqlite3.Connection, script: str) -> None:
    """Run DDL statements one by one (`executescript` would commit the open transaction)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def add_missions(conn: sqlite3.Connection) -> None:
    # Meetings name contacts by uid, without a foreign key: a contact deleted or rebuilt by a
    # later migration must never take a meeting with it. Follow-ups are linked by uid for the
    # same reason (saving a contact rewrites its follow-up rows, keeping their uids).
    _script(conn, """
        CREATE TABLE missions (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            start_date TEXT NOT NULL DEFAULT '',
            end_date TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT '',
            destinations TEXT NOT NULL DEFAULT '[]',
            home_tz TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE TABLE mission_members (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            mission_id INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX mission_members_mission ON mission_members(mission_id, position);
        CREATE TABLE mission_clusters (
            mission_id INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            cluster_id TEXT NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (mission_id, cluster_id)
        );
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            mission_id INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '',
            start_local TEXT NOT NULL,
            tz TEXT NOT NULL,
            minutes INTEGER NOT NULL DEFAULT 60 CHECK (minutes > 0),
            place TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            objective TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'confirmed', 'done', 'cancelled')),
            outcome TEXT NOT NULL DEFAULT '',
            all_members INTEGER NOT NULL DEFAULT 1,
            source_uid TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX meetings_mission ON meetings(mission_id, start_local);
        CREATE TABLE meeting_clusters (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            cluster_id TEXT NOT NULL,
            PRIMARY KEY (meeting_id, cluster_id)
        );
        CREATE TABLE meeting_contacts (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            contact_uid TEXT NOT NULL,
            PRIMARY KEY (meeting_id, contact_uid)
        );
        CREATE INDEX meeting_contacts_contact ON meeting_contacts(contact_uid);
        CREATE TABLE meeting_members (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES mission_members(id) ON DELETE CASCADE,
            PRIMARY KEY (meeting_id, member_id)
        );
        CREATE TABLE meeting_follow_ups (
            follow_up_uid TEXT PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            owner_id INTEGER REFERENCES mission_members(id) ON DELETE SET NULL
        );
        CREATE INDEX meeting_follow_ups_meeting ON meeting_follow_ups(meeting_id)
    """)
