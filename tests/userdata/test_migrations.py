"""Schema migrations keyed by PRAGMA user_version: from every earlier version to the current one,
with the data kept, a backup first, and nothing half-done when a step fails."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.userdata import bookmarks, contacts, notes
from desktop_app.userdata.backups import list_backups
from desktop_app.userdata.connection import configure, open_user_db, user_db_path
from desktop_app.userdata.models import Contact
from desktop_app.userdata.schema import CURRENT_VERSION, MIGRATIONS, migrate, version


def _database_at(data_dir: Path, target: int) -> sqlite3.Connection:
    data_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(user_db_path(data_dir), isolation_level=None)
    configure(conn)
    migrate(conn, data_dir, target=target, backup=False)
    assert version(conn) == target
    return conn


def _fill_v1(conn: sqlite3.Connection) -> None:
    """Data as version 1 stored it (JSON columns, a single free-text note, done flags)."""
    conn.execute("INSERT INTO bookmarks VALUES ('mx-nle-claut', '2024-01-01T10:00:00Z')")
    conn.execute("INSERT INTO lists (id, name, created_at) VALUES (1, 'Monterrey, March',"
                 " '2024-01-02T10:00:00Z')")
    conn.execute("INSERT INTO list_items VALUES (1, 'mx-nle-claut', '2024-01-02T10:00:00Z')")
    conn.execute("INSERT INTO list_items VALUES (1, 'mx-gone-cluster', '2024-01-02T10:00:00Z')")
    conn.execute("INSERT INTO cluster_notes (cluster_id, text, created_at) VALUES"
                 " ('mx-nle-claut', 'Reunión con la dirección', '2024-01-03T10:00:00Z')")
    conn.execute(
        "INSERT INTO contacts (id, uid, name, organisation, role, emails, phones, website,"
        " address, cluster_ids, tags, met_where, met_when, met_by, priority, notes, created_at,"
        " updated_at) VALUES (7, 'c-1', 'María Pérez', 'CLAUT', 'Directora', ?, ?,"
        " 'https://claut.mx', 'Av. Constitución 100, Monterrey', ?, ?, 'Hannover Messe',"
        " '2024-04-22', 'Ana', 3, 'Quiere el catálogo', '2024-04-22T10:00:00Z',"
        " '2024-04-22T11:00:00Z')",
        (json.dumps(["maria@claut.mx", "mperez@gmail.com"]),
         json.dumps(["+52 81 1234 5678", "81 8888 0000"]), json.dumps(["mx-nle-claut"]),
         json.dumps(["auto", "mission"])))
    conn.execute("INSERT INTO follow_ups (contact_id, action, due, done) VALUES"
                 " (7, 'Send brochure', '2024-05-01', 0)")
    conn.execute("INSERT INTO follow_ups (contact_id, action, due, done) VALUES"
                 " (7, 'Call back', NULL, 1)")


def _check_v1_data_survived(conn: sqlite3.Connection) -> None:
    assert bookmarks.bookmarked_ids(conn) == {"mx-nle-claut"}
    (lst,) = bookmarks.all_lists(conn)
    assert lst.name == "Monterrey, March" and lst.count == 2 and lst.uid
    (note,) = notes.notes_for(conn, "mx-nle-claut")
    assert note.uid and note.updated_at == note.created_at == "2024-01-03T10:00:00Z"
    assert notes.cluster_ids_matching(conn, "reunion") == {"mx-nle-claut"}
    c = contacts.get_contact(conn, "c-1")
    assert c.full_name == "María Pérez" and c.organisation == "CLAUT" and c.role == "Directora"
    assert [e.address for e in c.emails] == ["maria@claut.mx", "mperez@gmail.com"]
    assert [p.number for p in c.phones] == ["+52 81 1234 5678", "81 8888 0000"]
    assert c.address.street == "Av. Constitución 100, Monterrey"
    assert c.cluster_ids == ["mx-nle-claut"] and c.tags == ["auto", "mission"]
    assert (c.met_where, c.met_when, c.met_by, c.priority) == ("Hannover Messe", "2024-04-22",
                                                               "Ana", 3)
    assert [(n.text, n.created_at) for n in c.notes] == [("Quiere el catálogo",
                                                          "2024-04-22T10:00:00Z")]
    assert [(f.action, f.due, f.state) for f in c.follow_ups] == [
        ("Send brochure", "2024-05-01", "open"), ("Call back", "", "done")]
    assert all(f.uid for f in c.follow_ups)
    assert [x.uid for x in contacts.list_contacts(conn, text="catalogo")] == ["c-1"]
    assert [x.uid for x in contacts.list_contacts(conn, text="perez")] == ["c-1"]
    assert contacts.find_candidates(conn, contacts.Contact(full_name="maria perez",
                                                           organisation="claut"))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def _fill_v2(conn: sqlite3.Connection) -> None:
    """A contact as version 2 stored it: given and family name, no prefix, middle or suffix."""
    conn.execute(
        "INSERT INTO contacts (id, uid, full_name, given_name, family_name, organisation, role,"
        " match_key, created_at, updated_at) VALUES (3, 'c-2', 'Dra. Lucía Hernández', 'Lucía',"
        " 'Hernández', 'Clúster Aeroespacial', 'Directora', 'dra lucia hernandez\x1fcluster"
        " aeroespacial', '2024-04-22T10:00:00Z', '2024-04-22T10:00:00Z')")
    conn.execute("INSERT INTO contact_emails VALUES (3, 0, 'lucia@aero.mx', 'work')")
    conn.execute("INSERT INTO contact_phones VALUES (3, 0, '+52 442 123 4567', 'mobile')")
    conn.execute("INSERT INTO contact_phones VALUES (3, 1, '+52 442 123 4567', 'work fax')")
    conn.execute("INSERT INTO contacts_fts (rowid, name, organisation, details, notes) VALUES"
                 " (3, 'Dra. Lucía Hernández Lucía Hernández', 'Clúster Aeroespacial',"
                 " 'lucia@aero.mx', '')")


def _check_v2_data_survived(conn: sqlite3.Connection) -> None:
    c = contacts.get_contact(conn, "c-2")
    assert (c.full_name, c.given_name, c.family_name) == ("Dra. Lucía Hernández", "Lucía",
                                                          "Hernández")
    assert (c.name_prefix, c.middle_name, c.name_suffix) == ("", "", "")  # nothing invented
    assert [(p.number, p.kind) for p in c.phones] == [("+52 442 123 4567", "mobile"),
                                                      ("+52 442 123 4567", "work fax")]
    assert [x.uid for x in contacts.list_contacts(conn, text="hernandez")] == ["c-2"]
    assert [x.uid for x in contacts.list_contacts(conn, text="aeroespacial")] == ["c-2"]
    stored = contacts.save_contact(conn, Contact(
        uid="c-2", full_name="Dra. Lucía María Hernández", name_prefix="Dra.",
        given_name="Lucía", middle_name="María", family_name="Hernández"))
    assert stored.middle_name == "María"
    assert [x.uid for x in contacts.list_contacts(conn, text="maria")] == ["c-2"]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _fill_v3(conn: sqlite3.Connection) -> None:
    """Data as version 3 stored it: a contact with an open follow-up, a bookmark."""
    conn.execute("INSERT INTO bookmarks VALUES ('mx-nle-claut', '2024-01-01T10:00:00Z')")
    conn.execute("INSERT INTO contacts (id, uid, full_name, organisation, created_at,"
                 " updated_at) VALUES (3, 'c-3', 'Luis Ortega', 'CLAUT', '2024-05-01T10:00:00Z',"
                 " '2024-05-01T10:00:00Z')")
    conn.execute("INSERT INTO follow_ups (uid, contact_id, action, due, state, created_at)"
                 " VALUES ('f-1', 3, 'Send the offer', '2024-06-01', 'open',"
                 " '2024-05-01T10:00:00Z')")


def _check_v3_data_survived(conn: sqlite3.Connection) -> None:
    """The contacts are untouched and the missions' tables (added after version 3) work with
    them: a meeting names the contact, an action links its follow-up."""
    from desktop_app.userdata import missions
    from desktop_app.userdata.mission_models import Meeting, Mission

    c = contacts.get_contact(conn, "c-3")
    assert c.full_name == "Luis Ortega" and [f.uid for f in c.follow_ups] == ["f-1"]
    assert bookmarks.bookmarked_ids(conn) == {"mx-nle-claut"}
    assert missions.list_missions(conn) == []
    mission = missions.save_mission(conn, Mission(name="North", start="2024-06-01"))
    meeting = missions.save_meeting(conn, Meeting(mission.id, "2024-06-03T10:00",
                                                  "America/Monterrey", contact_uids=["c-3"]))
    missions.link_follow_up(conn, "f-1", meeting.id, None)
    (action,) = missions.meeting_actions(conn, mission.id)
    assert (action.contact_name, action.action) == ("Luis Ortega", "Send the offer")
    assert [d.follow_up.uid for d in contacts.due_follow_ups(conn, "2024-06-30")] == ["f-1"]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


FILL = {1: _fill_v1, 2: _fill_v2, 3: _fill_v3}  # version -> data as that version stored it
CHECK = {1: _check_v1_data_survived, 2: _check_v2_data_survived, 3: _check_v3_data_survived}


@pytest.mark.parametrize("start", range(CURRENT_VERSION))
def test_migrates_from_every_earlier_version(data_dir, start):
    conn = _database_at(data_dir, start)
    if start in FILL:
        FILL[start](conn)
    conn.close()
    conn = open_user_db(data_dir)
    try:
        assert version(conn) == CURRENT_VERSION
        if start in CHECK:
            CHECK[start](conn)
        # the current schema works for new data whatever it started from
        stored = contacts.save_contact(conn, contacts.Contact(full_name="New"))
        assert contacts.get_contact(conn, stored.uid).full_name == "New"
    finally:
        conn.close()


def test_every_version_with_data_has_a_filled_database_to_migrate_from():
    # adding a migration means adding FILL and CHECK for the version it migrates from
    assert set(FILL) == set(CHECK) == set(range(1, CURRENT_VERSION))
    assert CURRENT_VERSION == len(MIGRATIONS)


def test_a_backup_is_written_before_migrating_a_database_with_data(data_dir):
    conn = _database_at(data_dir, 1)
    _fill_v1(conn)
    conn.close()
    assert list_backups(data_dir) == []
    open_user_db(data_dir).close()
    (backup,) = list_backups(data_dir)
    assert backup.reason == f"before-v1-to-v{CURRENT_VERSION}"
    old = sqlite3.connect(backup.path)
    try:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT name FROM contacts").fetchall() == [("María Pérez",)]
    finally:
        old.close()


def test_a_fresh_database_needs_no_backup(data_dir):
    open_user_db(data_dir).close()
    assert list_backups(data_dir) == []


def test_a_failing_step_leaves_the_database_at_the_old_version(data_dir, monkeypatch):
    conn = _database_at(data_dir, 1)
    _fill_v1(conn)
    conn.close()

    def broken(conn):
        MIGRATIONS_BEFORE[1](conn)
        raise RuntimeError("disk on fire")

    from desktop_app.userdata import schema

    MIGRATIONS_BEFORE = list(schema.MIGRATIONS)
    monkeypatch.setattr(schema, "MIGRATIONS", [MIGRATIONS_BEFORE[0], broken])
    with pytest.raises(RuntimeError):
        open_user_db(data_dir)
    raw = sqlite3.connect(user_db_path(data_dir))
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        assert raw.execute("SELECT emails FROM contacts").fetchone()[0].startswith("[")
        assert "contact_emails" not in {r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master")}
    finally:
        raw.close()
    monkeypatch.undo()
    conn = open_user_db(data_dir)
    try:
        _check_v1_data_survived(conn)
    finally:
        conn.close()
