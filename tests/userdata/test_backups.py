"""Backups: consistent owner-only copies in <data dir>/backups/, the last few kept, checked."""

from __future__ import annotations

import os
import sqlite3
import stat

from desktop_app.userdata import contacts
from desktop_app.userdata.backups import (
    KEEP,
    check_file,
    copy_database,
    list_backups,
    make_backup,
    newest_good_backup,
)
from desktop_app.userdata.models import Contact
from desktop_app.userdata.schema import CURRENT_VERSION


def test_a_backup_is_a_whole_owner_only_single_file(conn, data_dir):
    contacts.save_contact(conn, Contact(full_name="Ana"))
    path = make_backup(conn, data_dir, "manual")
    assert path.parent == data_dir / "backups"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert not os.path.exists(f"{path}-wal")
    copy = sqlite3.connect(path)
    try:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert copy.execute("SELECT full_name FROM contacts").fetchall() == [("Ana",)]
    finally:
        copy.close()
    assert check_file(path).ok


def test_a_backup_includes_what_is_still_in_the_wal(conn, data_dir):
    for i in range(50):
        contacts.save_contact(conn, Contact(full_name=f"P{i}"))
    assert os.path.getsize(f"{data_dir / 'user.sqlite'}-wal") > 0
    path = make_backup(conn, data_dir)
    copy = sqlite3.connect(path)
    try:
        assert copy.execute("SELECT count(*) FROM contacts").fetchone()[0] == 50
    finally:
        copy.close()


def test_only_the_last_few_are_kept_newest_first(conn, data_dir):
    made = [make_backup(conn, data_dir, f"n{i}") for i in range(KEEP + 3)]
    kept = list_backups(data_dir)
    assert [b.path for b in kept] == list(reversed(made))[:KEEP]
    assert all(not p.exists() for p in made[:3])


def test_files_that_are_not_our_backups_are_never_touched(conn, data_dir):
    folder = data_dir / "backups"
    make_backup(conn, data_dir)
    mine = folder / "keep-me.sqlite"
    mine.write_bytes(b"x")
    for _ in range(KEEP + 1):
        make_backup(conn, data_dir)
    assert mine.exists()


def test_check_file_says_why_a_file_cannot_be_restored(tmp_path, conn, data_dir):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert not check_file(text).ok and "not a database" in check_file(text).reason
    assert not check_file(tmp_path / "missing.sqlite").ok
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert "not a Cluster Atlas" in check_file(other).reason
    good = copy_database(conn, tmp_path / "copy.sqlite")
    assert check_file(good).ok and check_file(good).version == CURRENT_VERSION
    assert newest_good_backup(data_dir) is None
