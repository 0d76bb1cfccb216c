"""ContactsService: import with a preview and duplicates, all or nothing; export; edit, delete,
undelete; the "to follow up" list (dates in words, as the editor takes them); finding people
again by part of a note."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.errors import BadDate, InvalidInput, NotFound
from desktop_app.interchange.common import EncodingSource, LineProblem
from desktop_app.services.contact_import import (
    Choice,
    ContactImportService,
    RowAction,
    Skip,
    SkipReason,
)
from desktop_app.services.contacts import ContactsService
from desktop_app.userdata.contact_values import MatchReason
from desktop_app.userdata.models import Contact, DatedNote, Email, FollowUp, Phone
from tests.user_fixtures import VCARD_FILES, dump


def _all_vcards(tmp_path: Path) -> Path:
    """One file with every card of the corpus, as a phone export would be."""
    path = tmp_path / "phone.vcf"
    path.write_bytes(b"".join(p.read_bytes().rstrip(b"\r\n") + b"\r\n" for p in VCARD_FILES))
    return path


@pytest.mark.parametrize("path", VCARD_FILES, ids=lambda p: p.stem)
def test_each_of_the_21_real_vcards_imports(make_context, tmp_path, path):
    service = ContactsService(make_context(tmp_path / path.stem))
    result = ContactImportService(service.context).import_file(path)
    assert result.added >= 1 and result.skipped == 0
    assert service.count() == result.added


def test_the_whole_corpus_imports_and_the_same_person_merges(context, tmp_path):
    # several files of the corpus are the same John Doe written by different clients
    service = ContactsService(context)
    result = ContactImportService(service.context).import_file(_all_vcards(tmp_path))
    assert result.added + result.merged + result.skipped == 26
    assert service.count() == result.added >= 20
    johns = [c for c in service.list() if "john.doe@ibm.com" in {e.address for e in c.emails}]
    assert len(johns) == 1 and len(johns[0].phones) >= 7


def test_importing_the_same_file_twice_adds_nothing(context, tmp_path):
    service = ContactsService(context)
    path = _all_vcards(tmp_path)
    first = ContactImportService(service.context).import_file(path)
    assert first.added >= 20
    before = dump(context.user_db)
    second = ContactImportService(service.context).import_file(path)
    assert (second.added, second.merged) == (0, 0)
    assert second.skipped == first.added + first.merged + first.skipped
    assert {why.reason for why in second.reasons} == {SkipReason.ALREADY_THERE}
    assert dump(context.user_db) == before


@pytest.mark.parametrize("fmt", ["vcf", "vcf4", "csv-google", "csv-outlook", "json"])
def test_exporting_and_importing_again_adds_nothing(context, tmp_path, fmt):
    service = ContactsService(context)
    ContactImportService(service.context).import_file(_all_vcards(tmp_path))
    count = service.count()
    out = tmp_path / f"export.{fmt}"
    service.export(out, fmt)
    result = ContactImportService(service.context).import_file(out, fmt.split("-")[0].replace("vcf4", "vcf"))
    assert (result.added, result.merged) == (0, 0), result.summary()
    assert service.count() == count


def test_a_preview_finds_duplicates_and_the_user_decides(context, tmp_path):
    service = ContactsService(context)
    service.save(Contact(full_name="Ana Ruiz", organisation="CLAUT",
                         emails=[Email("ana@claut.mx")]))
    service.save(Contact(full_name="Beto Gómez", organisation="Aero",
                         phones=[Phone("+52 442 000 0000")]))
    service.save(Contact(full_name="Caro Díaz", emails=[Email("caro@x.mx")]))
    path = tmp_path / "in.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana R.\r\nEMAIL:ANA@claut.mx\r\n"
        "TEL:+52 81 1111 2222\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:beto gomez\r\nORG:aero\r\nEMAIL:beto@aero.mx\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Caro Díaz\r\nEMAIL:caro@x.mx\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dani New\r\nEMAIL:dani@x.mx\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dani N.\r\nEMAIL:dani@x.mx\r\nTEL:1234\r\n"
        "END:VCARD\r\n", encoding="utf-8", newline="")
    before = dump(context.user_db)
    plan = ContactImportService(service.context).preview_import(path)
    assert dump(context.user_db) == before  # a preview writes nothing
    assert [r.action for r in plan.rows] == [RowAction.DUPLICATE, RowAction.DUPLICATE,
                                             RowAction.UNCHANGED, RowAction.ADD,
                                             RowAction.DUPLICATE]
    assert (plan.rows[0].match, plan.rows[0].match_email) == (MatchReason.SAME_EMAIL,
                                                              "ANA@claut.mx")
    assert plan.rows[0].reason == "same email ANA@claut.mx" and plan.rows[0].target_name == (
        "Ana Ruiz")
    assert plan.rows[1].match is MatchReason.SAME_NAME
    assert plan.rows[4].in_file and plan.rows[4].target_line == 18
    assert "Dani New (line 18)" in plan.rows[4].reason
    merged = plan.rows[0].merged
    assert [p.number for p in merged.phones] == ["+52 81 1111 2222"]
    assert merged.full_name == "Ana Ruiz"  # what the user had stays
    result = ContactImportService(service.context).apply_import(plan, {plan.rows[1].index: Choice.SKIP})
    assert (result.added, result.merged, result.skipped) == (1, 2, 2)
    ana = service.list("ana")[0]
    assert [p.number for p in ana.phones] == ["+52 81 1111 2222"]
    assert [e.address for e in service.list("beto")[0].emails] == []
    dani = service.list("dani")
    assert len(dani) == 1 and [p.number for p in dani[0].phones] == ["1234"]


def test_keep_both_adds_a_separate_contact(context, tmp_path):
    service = ContactsService(context)
    service.save(Contact(full_name="Ana", emails=[Email("ana@x.mx")]))
    plan = ContactImportService(service.context).preview_bytes(b"BEGIN:VCARD\r\nFN:Other Ana\r\nEMAIL:ana@x.mx\r\n"
                                 b"TEL:+52 1\r\nEND:VCARD\r\n", "vcf", "x.vcf")
    assert plan.rows[0].action is RowAction.DUPLICATE
    result = ContactImportService(service.context).apply_import(plan, {0: "add"})
    assert result.added == 1 and service.count() == 2


def test_a_bad_file_is_rejected_with_line_and_reason_and_changes_nothing(context, tmp_path):
    service = ContactsService(context)
    service.save(Contact(full_name="Kept"))
    before = dump(context.user_db)
    path = tmp_path / "bad.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nFN:Ana\r\nEMAIL:a@x.mx\r\nEND:VCARD\r\n"
                     b"BEGIN:VCARD\r\nFN:Cut\r\n")
    with pytest.raises(InvalidInput) as info:
        ContactImportService(service.context).import_file(path)
    assert info.value.line == 5 and "END:VCARD" in info.value.reason
    assert "bad.vcf, line 5" in str(info.value)
    assert dump(context.user_db) == before


def test_an_import_that_fails_halfway_changes_nothing(context, tmp_path, monkeypatch):
    service = ContactsService(context)
    service.save(Contact(full_name="Kept", emails=[Email("kept@x.mx")]))
    ContactImportService(service.context).import_file(VCARD_FILES[0])
    before = dump(context.user_db)
    from desktop_app.userdata import contacts as repo

    real = repo.save_contact
    calls = []

    def failing(conn, contact):
        calls.append(contact)
        if len(calls) == 4:
            raise ValueError("simulated failure")
        return real(conn, contact)

    monkeypatch.setattr(repo, "save_contact", failing)
    with pytest.raises(InvalidInput, match="nothing was changed"):
        ContactImportService(service.context).import_file(_all_vcards(tmp_path))
    assert len(calls) == 4
    monkeypatch.undo()
    after = dump(context.user_db)
    assert after == before


def test_a_backup_is_taken_before_an_import_that_writes(context, tmp_path):
    from desktop_app.services.backup import BackupService

    service = ContactsService(context)
    service.save(Contact(full_name="Someone"))
    path = _all_vcards(tmp_path)
    result = ContactImportService(service.context).import_file(path)
    assert result.backup and result.backup.exists()
    again = ContactImportService(service.context).import_file(path)
    assert again.backup is None  # nothing to write, nothing to back up
    assert [b.reason for b in BackupService(context).list_backups()] == ["before-import"]


def _outcome(result) -> tuple:
    return (result.added, result.merged, result.skipped, dict(result.reasons),
            result.bookmarks_added, result.list_items_added, result.notes_added)


@pytest.mark.parametrize("decide", [False, True])
def test_a_dry_run_says_exactly_what_the_import_does(context, tmp_path, decide):
    """Same counts and reasons as the real import that follows: the corpus with its same person
    written by several clients, contacts already there, and (with `decide`) the user's choices."""
    service = ContactsService(context)
    importer = ContactImportService(context)
    service.save(Contact(full_name="Someone else", emails=[Email("john.doe@ibm.com")]))
    importer.import_file(VCARD_FILES[0])  # one file already there: unchanged rows
    path = _all_vcards(tmp_path)
    plan = importer.preview_import(path)
    decisions = {}
    if decide:  # leave out the first new row, keep both for the first duplicate
        decisions[next(r.index for r in plan.rows if r.action is RowAction.ADD)] = Choice.SKIP
        decisions[next(r.index for r in plan.rows
                       if r.action is RowAction.DUPLICATE)] = Choice.ADD
    before = dump(context.user_db)
    dry = importer.apply_import(plan, decisions, dry_run=True)
    assert dump(context.user_db) == before and "would add" in dry.summary()
    real = importer.apply_import(importer.preview_import(path), decisions)
    assert _outcome(dry) == _outcome(real)
    assert real.added and real.merged and real.skipped  # every branch was taken


def test_a_dry_run_of_a_json_export_counts_the_library_as_the_import_does(make_context,
                                                                         tmp_path, cluster_ids):
    from desktop_app.services.library import LibraryService

    laptop_a = make_context(tmp_path / "a")
    LibraryService(laptop_a).bookmark(cluster_ids[0], "Monterrey, March")
    LibraryService(laptop_a).bookmark(cluster_ids[2])
    LibraryService(laptop_a).add_note(cluster_ids[1], "Reunión")
    ContactsService(laptop_a).save(Contact(full_name="Ana", emails=[Email("ana@x.mx")]))
    export = tmp_path / "all.json"
    ContactsService(laptop_a).export(export, "json")
    importer = ContactImportService(make_context(tmp_path / "b"))
    dry = importer.import_file(export, dry_run=True)
    assert _outcome(dry) == _outcome(importer.import_file(export)) == (
        1, 0, 0, {}, 1, 1, 1)


def test_the_plan_and_the_result_carry_skipped_lines_and_the_encoding(context):
    data = ("# exported by hand\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Mańkowski;Paweł\r\n"
            "FN\r\nTEL;CELL:+48 601 234 567\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE:\r\nEND:VCARD\r\n").encode("cp1250")
    importer = ContactImportService(context)
    plan = importer.preview_bytes(data, "vcf", "phone.vcf")
    assert [(s.line, s.problem) for s in plan.skipped_lines] == [
        (1, LineProblem.COMMENT), (5, LineProblem.NO_VALUE), (8, LineProblem.NO_IDENTITY)]
    assert [s.line for s in plan.skipped_records] == [8]
    assert (plan.encoding.name, plan.encoding.source) == ("cp1250", EncodingSource.GUESSED)
    assert plan.rows[0].contact.full_name == "Paweł Mańkowski"
    result = importer.apply_import(plan)
    assert (result.added, result.skipped) == (1, 1)
    assert result.reasons == {Skip(SkipReason.NO_IDENTITY): 1}
    assert result.skipped_lines == plan.skipped_lines and result.encoding == plan.encoding


def test_delete_asks_nothing_here_and_undelete_brings_everything_back(context):
    service = ContactsService(context)
    a = service.save(Contact(full_name="Ana", notes=[DatedNote("remember me")]))
    b = service.save(Contact(full_name="Beto"))
    service.delete(a.uid)
    service.delete(b.uid)
    assert service.count() == 0
    assert {c.uid for c in service.deleted()} == {a.uid, b.uid}
    assert service.undelete([a.uid]) == [a]
    assert service.get(a.uid).notes[0].text == "remember me"
    assert [c.uid for c in service.deleted()] == [b.uid]
    with pytest.raises(NotFound):
        service.get("no-such-uid")


def test_follow_ups_due_and_their_state(context):
    service = ContactsService(context)
    today = dt.date.today()
    past = (today - dt.timedelta(days=3)).isoformat()
    future = (today + dt.timedelta(days=30)).isoformat()
    a = service.save(Contact(full_name="Ana", follow_ups=[FollowUp("Send brochure", past),
                                                         FollowUp("Later", future)]))
    service.save(Contact(full_name="Beto", follow_ups=[FollowUp("Whenever")]))
    due = service.follow_ups_due()
    assert [(d.contact_name, d.follow_up.action) for d in due] == [("Ana", "Send brochure")]
    assert [c.full_name for c in service.list(due_by="today")] == ["Ana"]
    assert len(service.follow_ups_due(include_undated=True)) == 2
    assert len(service.follow_ups_due(everything_open=True)) == 3
    service.set_follow_up_state(a.uid, due[0].follow_up.uid, "done")
    assert service.follow_ups_due() == []


@pytest.mark.parametrize("typed, days", [("mañana", 1), ("Pasado mañana", 2), ("+3d", 3),
                                         ("next week", 7), ("today", 0)])
def test_a_follow_up_takes_the_date_words_the_editor_takes(context, typed, days):
    service = ContactsService(context)
    ana = service.save(Contact(full_name="Ana"))
    expected = (dt.date.today() + dt.timedelta(days=days)).isoformat()
    stored = service.add_follow_up(ana.uid, "Send brochure", typed)
    assert [f.due for f in stored.follow_ups] == [expected]
    assert [d.follow_up.due for d in service.follow_ups_due(typed)] == [expected]
    assert [c.uid for c in service.list(due_by=typed)] == [ana.uid]


def test_a_due_date_that_is_no_date_is_refused_and_nothing_added(context):
    service = ContactsService(context)
    ana = service.save(Contact(full_name="Ana"))
    assert service.add_follow_up(ana.uid, "Call", "2025-3-5").follow_ups[0].due == "2025-03-05"
    with pytest.raises(BadDate) as error:
        service.add_follow_up(ana.uid, "Send brochure", "some day")
    assert (error.value.what, error.value.text) == ("due date", "some day")
    assert [f.action for f in service.get(ana.uid).follow_ups] == ["Call"]
    with pytest.raises(BadDate):
        service.follow_ups_due("2025-02-30")


def test_find_people_again_by_typing_part_of_a_note(context, cluster_ids):
    service = ContactsService(context)
    for path in VCARD_FILES[:6]:
        ContactImportService(service.context).import_file(path)
    people = service.list()[:3]
    for person, cluster_id in zip(people, cluster_ids):
        service.link_cluster(person.uid, cluster_id)
    service.add_note(people[1].uid, "Interesada en el programa de proveedores aeroespaciales")
    assert [c.uid for c in service.list("aeroespac")] == [people[1].uid]
    assert [c.uid for c in service.list("PROVEEDORES programa")] == [people[1].uid]
    assert [c.uid for c in service.list(cluster_id=cluster_ids[2])] == [people[2].uid]
    assert service.linked_cluster_ids() == set(cluster_ids)


def test_linking_an_unknown_cluster_is_not_found(context):
    service = ContactsService(context)
    ana = service.save(Contact(full_name="Ana"))
    with pytest.raises(NotFound, match="mx-nowhere"):
        service.link_cluster(ana.uid, "mx-nowhere")
    with pytest.raises(InvalidInput):
        service.save(Contact())


def test_json_export_carries_everything_to_another_laptop(make_context, tmp_path, cluster_ids):
    from desktop_app.services.library import LibraryService

    laptop_a = make_context(tmp_path / "a")
    library = LibraryService(laptop_a)
    library.bookmark(cluster_ids[0])
    library.bookmark(cluster_ids[1], "Monterrey, March")
    library.add_note(cluster_ids[0], "Nota con acentos: reunión")
    contacts_a = ContactsService(laptop_a)
    contacts_a.save(Contact(full_name="Ana", emails=[Email("ana@x.mx"), Email("ana2@x.mx")],
                            phones=[Phone("1"), Phone("2")], cluster_ids=[cluster_ids[0]],
                            follow_ups=[FollowUp("Call", "2030-01-01")]))
    export = tmp_path / "everything.json"
    contacts_a.export(export, "json")

    laptop_b = make_context(tmp_path / "b")
    LibraryService(laptop_b).bookmark(cluster_ids[2])
    contacts_b = ContactsService(laptop_b)
    contacts_b.save(Contact(full_name="Ana", emails=[Email("ana@x.mx")], tags=["from b"]))
    result = ContactImportService(laptop_b).import_file(export)
    assert (result.added, result.merged) == (0, 1)
    assert (result.bookmarks_added, result.list_items_added, result.notes_added) == (1, 1, 1)
    (ana,) = contacts_b.list()
    assert [e.address for e in ana.emails] == ["ana@x.mx", "ana2@x.mx"]
    assert ana.tags == ["from b"] and ana.cluster_ids == [cluster_ids[0]]
    library_b = LibraryService(laptop_b)
    assert library_b.bookmarked_ids() == {cluster_ids[0], cluster_ids[2]}
    assert library_b.list_ids("Monterrey, March") == {cluster_ids[1]}
    assert [n.text for n in library_b.notes(cluster_ids[0])] == ["Nota con acentos: reunión"]
    again = ContactImportService(laptop_b).import_file(export)
    assert (again.added, again.merged, again.bookmarks_added, again.list_items_added,
            again.notes_added) == (0, 0, 0, 0, 0)


def test_export_formats_and_files(context, tmp_path):
    service = ContactsService(context)
    service.save(Contact(full_name="Ana", emails=[Email("ana@x.mx")]))
    for name, head in (("a.vcf", b"BEGIN:VCARD"), ("a.csv", b"\xef\xbb\xbfFirst Name"),
                       ("a.json", b"{")):
        assert service.export(tmp_path / name) == 1
        assert (tmp_path / name).read_bytes().startswith(head)
    service.export(tmp_path / "o.csv", "csv-outlook")
    assert (tmp_path / "o.csv").read_bytes().startswith(b"\xef\xbb\xbfTitle,First Name")
    with pytest.raises(InvalidInput):
        service.export(tmp_path / "x.doc", "doc")
    with pytest.raises(InvalidInput):
        service.export(tmp_path / "missing-folder" / "a.vcf")


def test_hints_help_rather_than_block(context):
    service = ContactsService(context)
    contact = Contact(full_name="Ana", emails=[Email("ana@gmial.com")],
                      phones=[Phone("81 1234 5678")])
    hints = service.check(contact)
    assert any(h.suggestion == "ana@gmail.com" for h in hints)
    assert service.format_phone("81 1234 5678") == "+52 81 1234 5678"
    assert service.save(contact).emails[0].address == "ana@gmial.com"  # saved anyway
