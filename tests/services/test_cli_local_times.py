"""`notes`, `note`, `bookmarks`, `backups` and `contacts deleted` print stored times as the local
times the window shows ('YYYY-MM-DD HH:MM'), not UTC ISO stamps; JSON keeps the stamps
(issue 13, item 12)."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from desktop_app.cli import main


@pytest.fixture
def india(monkeypatch):
    """A time zone half an hour off any whole-hour zone (no tz database needed)."""
    monkeypatch.setenv("TZ", "IST-5:30")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _local(stamp: str) -> str:
    moment = dt.datetime.fromisoformat(stamp)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _json(capsys, *argv: str):
    capsys.readouterr()
    assert main([*argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_notes_and_bookmarks_show_local_times(india, capsys, cluster_ids):
    assert main(["note", cluster_ids[0], "met the director"]) == 0
    out = capsys.readouterr().out
    (note,) = _json(capsys, "notes")
    assert note["created_at"].endswith("Z")  # JSON keeps the stored stamp
    assert _local(note["created_at"]) in out and note["created_at"] not in out
    assert main(["notes"]) == 0
    out = capsys.readouterr().out
    assert _local(note["created_at"]) in out and note["created_at"] not in out

    assert main(["bookmark", cluster_ids[1]]) == 0
    (mark,) = _json(capsys, "bookmarks")
    assert main(["bookmarks"]) == 0
    out = capsys.readouterr().out
    assert _local(mark["added_at"]) in out and mark["added_at"] not in out


def test_backups_and_deleted_contacts_show_local_times(india, capsys, tmp_path):
    people = tmp_path / "people.csv"
    people.write_text("Name\nAna Ruiz\n", encoding="utf-8")
    assert main(["contacts", "import", str(people)]) == 0
    assert main(["backup"]) == 0
    (backup,) = _json(capsys, "backups")
    assert main(["backups"]) == 0
    out = capsys.readouterr().out
    assert _local(backup["created_at"]) in out and backup["created_at"] not in out

    (ana,) = _json(capsys, "contacts", "list")
    from desktop_app.services.contacts import ContactsService
    from desktop_app.services.context import AppContext

    context = AppContext.default()
    try:
        ContactsService(context).delete(ana["uid"])
    finally:
        context.close()
    (gone,) = _json(capsys, "contacts", "deleted")
    assert main(["contacts", "deleted"]) == 0
    out = capsys.readouterr().out
    assert _local(gone["deleted_at"]) in out and gone["deleted_at"] not in out
