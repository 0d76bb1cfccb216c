"""Backup now, list, restore: check first, keep the current data, replace atomically; and the
"done when" of the issue from end to end."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from desktop_app.errors import DataIntegrityError, InvalidInput
from desktop_app.services.backup import BackupService
from desktop_app.services.contact_import import ContactImportService
from desktop_app.services.contacts import ContactsService
from desktop_app.services.library import LibraryService
from desktop_app.userdata.backups import KEEP
from desktop_app.userdata.connection import user_db_path
from desktop_app.userdata.models import Contact, Email
from desktop_app.userdata.schema import CURRENT_VERSION
from tests.user_fixtures import VCARD_FILES


def test_backup_now_into_the_folder_or_a_file(context, tmp_path):
    ContactsService(context).save(Contact(full_name="Ana"))
    service = BackupService(context)
    kept = service.backup_now()
    assert kept.parent == context.data_dir / "backups"
    assert [b.path for b in service.list_backups()] == [kept]
    mine = service.backup_now(tmp_path / "mine.sqlite")
    assert mine == tmp_path / "mine.sqlite" and service.check(mine).ok
    assert stat.S_IMODE(os.stat(mine).st_mode) == 0o600
    into_folder = service.backup_now(tmp_path)
    assert into_folder.parent == tmp_path and into_folder.suffix == ".sqlite"
    with pytest.raises(InvalidInput):
        service.backup_now(user_db_path(context.data_dir))


def test_restore_onto_a_second_data_dir(make_context, tmp_path, cluster_ids):
    first = make_context(tmp_path / "first")
    ContactsService(first).save(Contact(full_name="Ana", emails=[Email("ana@x.mx")]))
    LibraryService(first).bookmark(cluster_ids[0])
    LibraryService(first).add_note(cluster_ids[0], "nota")
    backup = BackupService(first).backup_now(tmp_path / "portable.sqlite")

    second = make_context(tmp_path / "second")
    ContactsService(second).save(Contact(full_name="Will be replaced"))
    result = BackupService(second).restore(backup)
    assert result.safety_copy.exists() and result.version == CURRENT_VERSION
    assert [c.full_name for c in ContactsService(second).list()] == ["Ana"]
    assert LibraryService(second).bookmarked_ids() == {cluster_ids[0]}
    assert [n.text for n in LibraryService(second).notes(cluster_ids[0])] == ["nota"]
    # the data from before the restore is in the safety copy
    old = sqlite3.connect(result.safety_copy)
    try:
        assert old.execute("SELECT full_name FROM contacts").fetchall() == [("Will be replaced",)]
    finally:
        old.close()
    assert stat.S_IMODE(os.stat(user_db_path(second.data_dir)).st_mode) == 0o600


def test_a_bad_file_is_refused_and_nothing_changes(context, tmp_path):
    ContactsService(context).save(Contact(full_name="Ana"))
    before = user_db_path(context.data_dir).read_bytes()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"nope" * 100)
    with pytest.raises(InvalidInput, match="not a database"):
        BackupService(context).restore(junk)
    with pytest.raises(InvalidInput, match="does not exist"):
        BackupService(context).restore(tmp_path / "missing.sqlite")
    assert [c.full_name for c in ContactsService(context).list()] == ["Ana"]
    assert user_db_path(context.data_dir).read_bytes() == before


def test_restoring_the_oldest_backup_works_although_rotation_would_remove_it(context):
    contacts = ContactsService(context)
    service = BackupService(context)
    contacts.save(Contact(full_name="Version 0"))
    oldest = service.backup_now()
    for i in range(1, KEEP):
        contacts.save(Contact(full_name=f"Version {i}"))
        service.backup_now()
    assert service.list_backups()[-1].path == oldest
    service.restore(oldest)
    assert [c.full_name for c in ContactsService(context).list()] == ["Version 0"]


def test_a_damaged_database_is_restored_from_its_backup_and_kept_aside(make_context, tmp_path):
    data_dir = tmp_path / "data"
    context = make_context(data_dir)
    contacts = ContactsService(context)
    for i in range(200):
        contacts.save(Contact(full_name=f"Person {i}", emails=[Email(f"p{i}@x.mx")]))
    good = BackupService(context).backup_now()
    context.close()
    path = user_db_path(data_dir)
    with open(path, "r+b") as handle:
        for offset in range(4096, path.stat().st_size, 4096):
            handle.seek(offset)
            handle.write(b"\xff" * 12)

    damaged = make_context(data_dir)
    with pytest.raises(DataIntegrityError) as info:
        ContactsService(damaged).list()
    assert f"cluster-atlas restore {good}" in str(info.value)
    result = BackupService(damaged).restore(info.value.backup)
    assert result.safety_copy.name.startswith("damaged-")
    assert result.safety_copy.read_bytes()[4096:4108] == b"\xff" * 12  # kept as it was
    assert ContactsService(damaged).count() == 200


def test_a_backup_from_an_older_version_is_migrated_on_restore(context, tmp_path):
    from desktop_app.userdata.connection import configure
    from desktop_app.userdata.schema import migrate

    old = tmp_path / "v1.sqlite"
    conn = sqlite3.connect(old, isolation_level=None)
    configure(conn)
    migrate(conn, None, target=1, backup=False)
    conn.execute("INSERT INTO contacts (uid, name, emails, created_at, updated_at) VALUES"
                 " ('u1', 'Old Ana', '[\"ana@x.mx\"]', '2020-01-01T00:00:00Z',"
                 " '2020-01-01T00:00:00Z')")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    result = BackupService(context).restore(old)
    assert result.version == 1
    (ana,) = ContactsService(context).list()
    assert ana.full_name == "Old Ana" and ana.emails[0].address == "ana@x.mx"


def test_done_when(make_context, tmp_path, cluster_ids):
    """Import a phone's contacts, link three to clusters, write notes, find them again by part
    of a note, export vCard and CSV that Google and Thunderbird read, and restore everything on
    a second data directory from a backup."""
    phone = tmp_path / "phone.vcf"
    phone.write_bytes(b"".join(p.read_bytes() for p in VCARD_FILES
                               if p.name.startswith(("ezvcard_android", "aosp_"))))
    laptop = make_context(tmp_path / "laptop")
    contacts = ContactsService(laptop)
    library = LibraryService(laptop)
    assert ContactImportService(laptop).import_file(phone).added >= 10
    people = contacts.list()[:3]
    for person, cluster_id in zip(people, cluster_ids):
        contacts.link_cluster(person.uid, cluster_id)
        contacts.add_note(person.uid, f"Met at the {cluster_id} stand, wants the catalogue")
        library.add_note(cluster_id, f"Talked to {person.display_name}")
    assert {c.uid for c in contacts.list("stand catalog")} == {p.uid for p in people}
    assert library.note_cluster_ids_matching("talked") == set(cluster_ids)
    for name, fmt in (("google.csv", "csv-google"), ("outlook.csv", "csv-outlook"),
                      ("contacts.vcf", "vcf"), ("contacts4.vcf", "vcf4")):
        assert contacts.export(tmp_path / name, fmt) == contacts.count()
    backup = BackupService(laptop).backup_now()

    other = make_context(tmp_path / "other-laptop")
    BackupService(other).restore(backup)
    restored = ContactsService(other)
    assert restored.count() == contacts.count()
    assert {c.uid for c in restored.list("stand catalog")} == {p.uid for p in people}
    assert LibraryService(other).note_cluster_ids_matching("talked") == set(cluster_ids)
