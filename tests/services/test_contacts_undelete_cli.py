"""`cluster-atlas contacts deleted` lists the deleted contacts, newest first, and
`cluster-atlas contacts undelete UID [UID ...]` brings them back, all or none: an unknown uid
exits with status 2, one line on stderr, and nothing changed."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main
from desktop_app.local_time import when_text
from desktop_app.services.context import AppContext
from desktop_app.userdata.models import Contact, DatedNote, FollowUp


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys, *argv: str) -> list[dict]:
    code, out, _ = run(capsys, *argv, "--format", "json")
    assert code == 0
    return json.loads(out)


@pytest.fixture
def uids(monkeypatch) -> dict[str, str]:
    """Ana (deleted long ago, with notes), Beto (deleted now), Caro (not deleted)."""
    from desktop_app.services.contacts import ContactsService

    context = AppContext.default()
    try:
        service = ContactsService(context)
        ana = service.save(Contact(full_name="Ana Ruiz", organisation="CLAUT",
                                   notes=[DatedNote("quiere visitar la planta")],
                                   follow_ups=[FollowUp("Send brochure", "2030-01-01")]))
        beto = service.save(Contact(full_name="Beto Gómez", organisation="Aero"))
        caro = service.save(Contact(full_name="Caro Díaz"))
        with monkeypatch.context() as patch:
            patch.setattr("desktop_app.userdata.contacts.now_iso",
                          lambda: "2020-01-01T10:00:00Z")
            service.delete(ana.uid)
        service.delete(beto.uid)
    finally:
        context.close()
    return {"ana": ana.uid, "beto": beto.uid, "caro": caro.uid}


def test_deleted_lists_newest_first_as_a_table(capsys, uids):
    code, out, err = run(capsys, "contacts", "deleted")
    assert code == 0
    header, first, second = out.splitlines()
    assert header.split() == ["UID", "NAME", "ORGANISATION", "DELETED", "NOTES", "FOLLOW-UPS"]
    assert first.startswith(uids["beto"]) and "Beto Gómez" in first and "Aero" in first
    assert second.startswith(uids["ana"]) and when_text("2020-01-01T10:00:00Z") in second
    assert second.split()[-2:] == ["1", "1"]
    assert "2 deleted contact(s)" in err and "contacts undelete UID" in err
    assert "Caro" not in out


def test_deleted_json_fields(capsys, uids):
    rows = listed(capsys, "contacts", "deleted")
    assert [r["uid"] for r in rows] == [uids["beto"], uids["ana"]]
    assert rows[1] == {"uid": uids["ana"], "name": "Ana Ruiz", "organisation": "CLAUT",
                       "deleted_at": "2020-01-01T10:00:00Z", "notes": 1, "follow_ups": 1}
    assert rows[0]["deleted_at"].endswith("Z") and rows[0]["deleted_at"] > "2020"


def test_deleted_when_there_are_none(capsys):
    assert listed(capsys, "contacts", "deleted") == []
    code, out, err = run(capsys, "contacts", "deleted")
    assert code == 0 and out.split() == ["UID", "NAME", "ORGANISATION", "DELETED", "NOTES",
                                         "FOLLOW-UPS"]
    assert "0 deleted contact(s)" in err


def test_undelete_brings_contacts_back_with_their_notes(capsys, uids):
    code, out, err = run(capsys, "contacts", "undelete", uids["ana"])
    assert code == 0 and err == ""
    assert out == f"Ana Ruiz is back ({uids['ana']})\n"
    assert [r["uid"] for r in listed(capsys, "contacts", "deleted")] == [uids["beto"]]
    people = {p["uid"]: p for p in listed(capsys, "contacts", "list")}
    assert set(people) == {uids["ana"], uids["caro"]}
    assert [n["text"] for n in people[uids["ana"]]["notes"]] == ["quiere visitar la planta"]
    assert [f["action"] for f in people[uids["ana"]]["follow_ups"]] == ["Send brochure"]


def test_undelete_several_at_once(capsys, uids):
    code, out, _ = run(capsys, "contacts", "undelete", uids["beto"], uids["ana"], uids["beto"])
    assert code == 0
    assert out.splitlines() == [f"Beto Gómez is back ({uids['beto']})",
                                f"Ana Ruiz is back ({uids['ana']})"]
    assert listed(capsys, "contacts", "deleted") == []
    assert len(listed(capsys, "contacts", "list")) == 3


@pytest.mark.parametrize("bad, words", [
    ("no-such-uid", ("No deleted contact 'no-such-uid'. 'cluster-atlas contacts deleted' "
                     "lists them.")),
    ("caro", "Caro Díaz ({uid}) is not deleted."),
])
def test_an_unknown_or_live_uid_exits_2_and_changes_nothing(capsys, uids, bad, words):
    uid = uids.get(bad, bad)
    code, out, err = run(capsys, "contacts", "undelete", uids["ana"], uid)
    assert code == 2 and out == ""
    assert err.strip() == "cluster-atlas: " + words.format(uid=uid)
    assert [r["uid"] for r in listed(capsys, "contacts", "deleted")] == [uids["beto"],
                                                                        uids["ana"]]
    assert [p["uid"] for p in listed(capsys, "contacts", "list")] == [uids["caro"]]


def test_undelete_needs_a_uid(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["contacts", "undelete"])
    assert exit_.value.code == 2
    assert "UID" in capsys.readouterr().err
