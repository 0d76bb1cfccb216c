"""Opening the user database: owner-only file, WAL, foreign keys, integrity checked at every open,
a damaged file reported with the way back and never replaced."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from desktop_app.errors import DataIntegrityError
from desktop_app.userdata import contacts, notes
from desktop_app.userdata.backups import make_backup
from desktop_app.userdata.connection import open_user_db, user_db_path
from desktop_app.userdata.models import Contact, Email
from desktop_app.userdata.schema import CURRENT_VERSION


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_file_is_created_readable_by_its_owner_only(data_dir: Path):
    old = os.umask(0o022)  # a permissive umask must not matter
    try:
        conn = open_user_db(data_dir)
        contacts.save_contact(conn, Contact(full_name="Ana", emails=[Email("ana@example.mx")]))
    finally:
        os.umask(old)
    try:
        path = user_db_path(data_dir)
        assert _mode(path) == 0o600
        for suffix in ("-wal", "-shm"):
            side = Path(f"{path}{suffix}")
            if side.exists():
                assert _mode(side) == 0o600
        assert _mode(data_dir) == 0o700
    finally:
        conn.close()


def test_wal_foreign_keys_and_current_version(conn):
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    assert conn.isolation_level is None  # transactions are explicit (userdata.db.transaction)


def _corrupt(path: Path) -> None:
    """Garble the b-tree header of every page but the first (the file header stays)."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for offset in range(4096, size, 4096):
            handle.seek(offset)
            handle.write(b"\xff" * 12)


def _filled(data_dir: Path) -> None:
    conn = open_user_db(data_dir)
    for i in range(300):
        contacts.save_contact(conn, Contact(full_name=f"Person {i}",
                                            emails=[Email(f"p{i}@example.mx")]))
        notes.add_note(conn, "mx-nle-claut", f"note {i} " + "words " * 30)
    conn.close()


def test_a_damaged_file_is_reported_with_the_newest_good_backup_and_left_as_it_is(data_dir):
    _filled(data_dir)
    conn = open_user_db(data_dir)
    backup = make_backup(conn, data_dir, "manual")
    conn.close()
    path = user_db_path(data_dir)
    _corrupt(path)
    damaged = path.read_bytes()
    with pytest.raises(DataIntegrityError) as info:
        open_user_db(data_dir)
    message = str(info.value)
    assert str(path) in message
    assert str(backup) in message
    assert f"cluster-atlas restore {backup}" in message
    assert info.value.backup == backup
    assert path.read_bytes() == damaged  # never replaced or repaired silently


def test_a_damaged_file_without_backups_still_says_what_to_do(data_dir):
    _filled(data_dir)
    path = user_db_path(data_dir)
    _corrupt(path)
    with pytest.raises(DataIntegrityError) as info:
        open_user_db(data_dir)
    assert "No good backup" in str(info.value)
    assert "cluster-atlas restore" in str(info.value)


def test_a_file_that_is_not_a_database_is_reported_not_replaced(data_dir):
    data_dir.mkdir(parents=True)
    path = user_db_path(data_dir)
    path.write_bytes(b"these are not the bytes of a database\n" * 200)
    with pytest.raises(DataIntegrityError) as info:
        open_user_db(data_dir)
    assert "integrity" in str(info.value)
    assert path.read_bytes().startswith(b"these are not")


def test_a_damaged_backup_is_not_offered_as_the_way_back(data_dir):
    _filled(data_dir)
    conn = open_user_db(data_dir)
    good = make_backup(conn, data_dir, "manual")
    bad = make_backup(conn, data_dir, "manual")
    conn.close()
    _corrupt(bad)
    _corrupt(user_db_path(data_dir))
    with pytest.raises(DataIntegrityError) as info:
        open_user_db(data_dir)
    assert info.value.backup == good


def test_data_from_a_newer_version_is_refused_untouched(data_dir):
    conn = open_user_db(data_dir)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    before = user_db_path(data_dir).read_bytes()
    with pytest.raises(DataIntegrityError, match="newer Cluster Atlas"):
        open_user_db(data_dir)
    assert user_db_path(data_dir).read_bytes() == before


def test_writes_are_transactions_and_roll_back_together(conn):
    from desktop_app.userdata.db import transaction

    with pytest.raises(RuntimeError), transaction(conn):
        contacts.save_contact(conn, Contact(full_name="One"))
        contacts.save_contact(conn, Contact(full_name="Two"))
        raise RuntimeError("stop")
    assert contacts.list_contacts(conn) == []
    assert not conn.in_transaction


def test_nested_transactions_are_savepoints(conn):
    from desktop_app.userdata.db import transaction

    with transaction(conn):
        contacts.save_contact(conn, Contact(full_name="Kept"))
        with pytest.raises(ValueError), transaction(conn):
            contacts.save_contact(conn, Contact(full_name="Rolled back"))
            raise ValueError
    assert [c.full_name for c in contacts.list_contacts(conn)] == ["Kept"]


def test_a_second_connection_sees_committed_writes(data_dir, conn):
    contacts.save_contact(conn, Contact(full_name="Visible"))
    other = sqlite3.connect(user_db_path(data_dir))
    try:
        assert other.execute("SELECT full_name FROM contacts").fetchall() == [("Visible",)]
    finally:
        other.close()
