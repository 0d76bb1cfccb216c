"""The command-line contract of the user's data: bookmark, unbookmark, bookmarks, clusters
--bookmarked / --list, note, notes, contacts list/import/export/due, backup, backups, restore."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main
from tests.user_fixtures import VCARD_DIR


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_bookmarks_and_lists(capsys, cluster_ids):
    a, b, _ = cluster_ids
    assert run(capsys, "bookmark", a)[0] == 0
    code, out, _ = run(capsys, "bookmark", a)
    assert code == 0 and "already" in out
    assert run(capsys, "bookmark", b, "--list", "Monterrey, March")[0] == 0
    code, out, _ = run(capsys, "bookmarks", "--format", "json")
    assert [r["id"] for r in json.loads(out)] == [a]
    code, out, _ = run(capsys, "bookmarks", "--list", "monterrey, march", "--format", "json")
    assert [r["id"] for r in json.loads(out)] == [b] and json.loads(out)[0]["in_catalogue"]
    code, out, err = run(capsys, "bookmarks")
    assert a in out and "Monterrey, March (1)" in err
    code, out, _ = run(capsys, "clusters", "--bookmarked", "--format", "json")
    assert [r["id"] for r in json.loads(out)] == [a]
    code, out, _ = run(capsys, "clusters", "--list", "Monterrey, March", "--format", "json")
    assert [r["id"] for r in json.loads(out)] == [b]
    # values of one facet ("Your lists"): OR within it, as ticking both in the window does
    code, out, _ = run(capsys, "clusters", "--bookmarked", "--list", "Monterrey, March",
                       "--format", "json")
    assert sorted(r["id"] for r in json.loads(out)) == sorted([a, b])
    code, out, _ = run(capsys, "clusters", "--list", "Monterrey, March", "--bookmarked",
                       "--sector", json.loads(out)[0]["sector"], "--format", "json")
    assert {r["id"] for r in json.loads(out)} <= {a, b}  # AND with the other facets
    assert run(capsys, "unbookmark", a)[0] == 0
    code, out, _ = run(capsys, "unbookmark", b, "--list", "Monterrey, March")
    assert code == 0 and "removed" in out


@pytest.mark.parametrize("argv, words", [
    (["bookmark", "mx-nowhere"], "No cluster with id 'mx-nowhere'"),
    (["unbookmark", "mx-nowhere"], "No cluster with id"),
    (["note", "mx-nowhere", "text"], "No cluster with id"),
    (["bookmarks", "--list", "Nope"], "No list called 'Nope'"),
    (["clusters", "--list", "Nope"], "No list called 'Nope'"),
    (["contacts", "import", "/no/such/file.vcf"], "no such file"),
    (["restore", "/no/such/backup.sqlite"], "does not exist"),
])
def test_unknown_things_exit_2_with_one_clear_line(capsys, argv, words):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1


def test_notes(capsys, cluster_ids):
    a = cluster_ids[0]
    code, out, _ = run(capsys, "note", a, "Reunión", "con", "la", "directora")
    assert code == 0 and "note added" in out
    code, out, _ = run(capsys, "notes", a, "--format", "json")
    (note,) = json.loads(out)
    assert note["text"] == "Reunión con la directora" and note["created_at"]
    code, out, _ = run(capsys, "notes", "--search", "reunion")
    assert a in out


def test_contacts_import_twice_list_and_export(capsys, tmp_path):
    path = str(VCARD_DIR / "ezvcard_android_v21_multi.vcf")
    code, out, _ = run(capsys, "contacts", "import", path, "--dry-run")
    assert code == 0 and "6 would add" in out and "nothing was changed" in out
    code, out, _ = run(capsys, "contacts", "import", path)
    assert "6 added, 0 merged, 0 skipped" in out
    code, out, _ = run(capsys, "contacts", "import", path)
    assert "0 added, 0 merged, 6 skipped" in out
    assert "skipped 4: already in your contacts (same email)" in out
    code, out, _ = run(capsys, "contacts", "list", "--format", "json")
    people = json.loads(out)
    assert len(people) == 6 and all("photo" not in p for p in people)
    code, out, _ = run(capsys, "contacts", "list", "--format", "csv")
    assert out.splitlines()[0].startswith("uid,name,organisation")
    code, out, _ = run(capsys, "contacts", "list", "henry")
    assert "henry@company.com" in out
    for name, extra, head in (("out.vcf", [], b"BEGIN:VCARD\r\nVERSION:3.0"),
                              ("out4.vcf", ["--vcard", "4.0"], b"BEGIN:VCARD\r\nVERSION:4.0"),
                              ("out.csv", [], b"\xef\xbb\xbfFirst Name"),
                              ("outlook.csv", ["--layout", "outlook"], b"\xef\xbb\xbfTitle"),
                              ("all.json", [], b"{")):
        code, out, _ = run(capsys, "contacts", "export", str(tmp_path / name), *extra)
        assert code == 0, out
        assert (tmp_path / name).read_bytes().startswith(head)
    code, out, _ = run(capsys, "contacts", "import", str(tmp_path / "outlook.csv"))
    assert "0 added, 0 merged, 6 skipped" in out


def test_a_bad_import_says_line_and_reason(capsys, tmp_path):
    bad = tmp_path / "bad.vcf"
    bad.write_text("BEGIN:VCARD\nFN:Ana\nEND:VCARD\nBEGIN:VCARD\nFN:Cut short\n")
    code, out, err = run(capsys, "contacts", "import", str(bad))
    assert code == 2 and "bad.vcf, line 4" in err and "Nothing was imported" in err
    assert "Traceback" not in err and out == ""


def test_contacts_due(capsys, tmp_path):
    data = tmp_path / "due.json"
    data.write_text(json.dumps({"contacts": [{"full_name": "Ana", "follow_ups": [
        {"action": "Send brochure", "due": "2000-01-01"}]}]}))
    run(capsys, "contacts", "import", str(data))
    _, out, _ = run(capsys, "contacts", "due", "--format", "json")
    assert [(r["name"], r["action"]) for r in json.loads(out)] == [("Ana", "Send brochure")]
    _, out, _ = run(capsys, "contacts", "list", "--due", "--format", "json")
    assert [p["full_name"] for p in json.loads(out)] == ["Ana"]


def test_backup_and_restore(capsys, tmp_path, cluster_ids, monkeypatch):
    run(capsys, "bookmark", cluster_ids[0])
    code, out, _ = run(capsys, "backup")
    assert code == 0 and "backed up to" in out
    target = tmp_path / "portable.sqlite"
    code, out, _ = run(capsys, "backup", str(target))
    assert target.exists()
    code, out, _ = run(capsys, "backups", "--format", "json")
    assert len(json.loads(out)) == 1
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "other"), "restore", str(target))
    assert code == 0 and "restored from" in out
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "other"), "bookmarks",
                       "--format", "json")
    assert [r["id"] for r in json.loads(out)] == [cluster_ids[0]]


def test_the_import_summary_lists_skipped_lines_and_the_encoding(capsys, tmp_path):
    phone = tmp_path / "phone.vcf"
    phone.write_bytes("ENCODING:UTF-8\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Mańkowski;Paweł\r\n"
                      "FN\r\nTEL;CELL:+48 601 234 567\r\nEND:VCARD\r\n"
                      "BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE:\r\nEND:VCARD\r\n".encode("cp1250"))
    code, out, _ = run(capsys, "contacts", "import", str(phone), "--dry-run")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (f"{phone}: 1 would add, 0 would merge, 1 would skip (dry run: nothing "
                        "was changed)")  # the fields it always had, first
    assert "  skipped 1: no name, organisation, email or phone" in lines
    assert "  read as: Windows-1250 (guessed from the letters)" in lines
    assert lines[-3:] == [
        "  left out line 1: text outside BEGIN:VCARD ... END:VCARD: 'ENCODING:UTF-8'",
        "  left out line 5: a line with no ':' (no value): 'FN'",
        "  left out line 8: a record with no name, organisation, email or phone"]
    code, out, _ = run(capsys, "contacts", "list", "--format", "json")
    assert json.loads(out) == []  # the dry run changed nothing
    code, out, _ = run(capsys, "contacts", "import", str(phone))
    assert out.startswith(f"{phone}: 1 added, 0 merged, 1 skipped\n")
    code, out, _ = run(capsys, "contacts", "list", "--format", "json")
    (pawel,) = json.loads(out)
    assert (pawel["full_name"], pawel["given_name"], pawel["family_name"]) == (
        "Paweł Mańkowski", "Paweł", "Mańkowski")
    assert {"name_prefix", "middle_name", "name_suffix"} <= set(pawel)  # fields added
