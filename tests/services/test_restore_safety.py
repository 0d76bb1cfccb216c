"""A restore that cannot succeed changes nothing, and rotation never removes the way back
(issue 11, item 2); an empty data file next to backups is damaged, not new (item 3); leftovers of
a killed restore or backup are removed at the next start (item 11)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.errors import InvalidInput
from desktop_app.services.backup import BackupService
from desktop_app.services.contacts import ContactsService
from desktop_app.services.context import AppContext
from desktop_app.services.library import LibraryService
from desktop_app.userdata.backups import KEEP, list_backups, make_backup
from desktop_app.userdata.connection import open_user_db, user_db_path
from desktop_app.userdata.models import Contact, Email


def _files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _set_version_back(path: Path, version: int = 1) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.close()


@pytest.fixture
def first_day(context, cluster_ids):
    """Contacts and notes, no backup yet."""
    contacts = ContactsService(context)
    for i in range(5):
        contacts.save(Contact(full_name=f"Person {i}", emails=[Email(f"p{i}@x.mx")]))
    LibraryService(context).add_note(cluster_ids[0], "the director wants a visit")
    return context


def test_a_backup_that_cannot_be_migrated_is_not_restored(first_day, tmp_path, capsys):
    context = first_day
    real = BackupService(context).backup_now(tmp_path / "real.sqlite")
    _set_version_back(real)  # passes the restore check, cannot be migrated
    context.close()
    before = _files(context.data_dir)
    code = main(["restore", str(real)])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "Not restored" in err and "not changed" in err
    after = _files(context.data_dir)
    assert {k: v for k, v in after.items() if not k.startswith("backups/")} == {
        k: v for k, v in before.items() if not k.startswith("backups/")}
    # ten more commands later the data is still there and nothing was pruned
    for _ in range(KEEP + 2):
        assert main(["notes"]) == 0
    assert "the director wants a visit" in capsys.readouterr().out
    assert main(["contacts", "list", "--format", "json"]) == 0
    assert "Person 4" in capsys.readouterr().out


def test_a_failed_restore_says_so_in_the_service(first_day, tmp_path):
    real = BackupService(first_day).backup_now(tmp_path / "real.sqlite")
    _set_version_back(real)
    with pytest.raises(InvalidInput, match="cannot be brought to this version"):
        BackupService(first_day).restore(real)
    assert ContactsService(first_day).count() == 5
    assert not list(first_day.data_dir.glob(".restore-*"))


def test_a_data_file_that_cannot_be_migrated_prunes_no_backup(first_day, capsys):
    context = first_day
    service = BackupService(context)
    for _ in range(KEEP):
        service.backup_now()
    context.close()
    backups_before = _files(context.data_dir / "backups")
    _set_version_back(user_db_path(context.data_dir))
    for _ in range(KEEP + 2):
        code = main(["notes"])
        err = capsys.readouterr().err
        assert code == 2 and "cannot be brought to data version 2" in err
        assert "cluster-atlas restore" in err and len(err.strip().splitlines()) == 1
    assert _files(context.data_dir / "backups") == backups_before


@pytest.mark.parametrize("reason", ["before-restore", "before-import", "before-v1-to-v2"])
def test_rotation_keeps_the_newest_backup_before_a_restore_import_or_migration(conn, data_dir,
                                                                              reason):
    way_back = make_backup(conn, data_dir, reason)
    for _ in range(KEEP + 5):
        make_backup(conn, data_dir, "manual")
    kept = [b.path for b in list_backups(data_dir)]
    assert way_back in kept and len(kept) == KEEP + 1
    newer = make_backup(conn, data_dir, reason)  # a newer one of its kind: the old one may go
    for _ in range(KEEP):
        make_backup(conn, data_dir, "manual")
    kept = [b.path for b in list_backups(data_dir)]
    assert newer in kept and way_back not in kept


@pytest.mark.parametrize("emptiness", ["no bytes", "zeros", "no tables"])
def test_an_empty_data_file_next_to_backups_is_damaged_not_new(first_day, capsys, emptiness,
                                                               tmp_path):
    context = first_day
    good = BackupService(context).backup_now()
    context.close()
    db = user_db_path(context.data_dir)
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    if emptiness == "no bytes":
        db.write_bytes(b"")
    elif emptiness == "zeros":
        db.write_bytes(b"\0" * 8192)
    else:
        db.unlink()
        sqlite3.connect(db).execute("PRAGMA user_version = 0").connection.close()
    before = _files(context.data_dir)
    people = tmp_path / "people.csv"
    people.write_text("Name\nNew Person\n", encoding="utf-8")
    for _ in range(KEEP + 2):
        code = main(["contacts", "import", str(people)])
        err = capsys.readouterr().err
        assert code == 2 and len(err.strip().splitlines()) == 1
        assert f"cluster-atlas restore {good}" in err
    assert _files(context.data_dir) == before
    from desktop_app.errors import DataDamaged

    with pytest.raises(DataDamaged) as info:
        open_user_db(context.data_dir)
    assert info.value.backup == good and info.value.path == db
    assert main(["restore", str(good)]) == 0
    assert main(["contacts", "list", "--format", "json"]) == 0
    assert "Person 4" in capsys.readouterr().out


def test_a_data_file_removed_on_purpose_starts_afresh(first_day):
    context = first_day
    BackupService(context).backup_now()
    context.close()
    for name in context.data_dir.glob("user.sqlite*"):
        name.unlink()
    next_session = AppContext(context.catalogue_path, context.data_dir_override)
    try:
        assert ContactsService(next_session).count() == 0
    finally:
        next_session.close()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_leftovers_of_a_killed_restore_or_backup_are_removed_at_the_next_start(data_dir):
    open_user_db(data_dir).close()
    dead = _dead_pid()
    backups = data_dir / "backups"
    backups.mkdir(exist_ok=True)
    leftovers = [data_dir / f".restore-{dead}.sqlite", data_dir / f".restore-{dead}.sqlite-journal",
                 backups / f".user-20240101T000000000000Z-manual.sqlite.{dead}.tmp",
                 backups / f".user-20240101T000000000000Z-manual.sqlite.{dead}-ab12_x.tmp",
                 backups / f".user-20240101T000000000000Z-manual.sqlite.{dead}-ab12_x.tmp-journal"]
    running = [data_dir / f".restore-{os.getpid()}.sqlite",
               backups / f".user-x.sqlite.{os.getpid()}-zz.tmp"]
    mine = [backups / "notes.tmp", data_dir / "keep.sqlite"]
    for path in leftovers + running + mine:
        path.write_bytes(b"x" * 100)
    open_user_db(data_dir).close()
    assert [p for p in leftovers if p.exists()] == []
    assert all(p.exists() for p in running + mine)
