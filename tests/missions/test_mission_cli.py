"""The command-line contract of missions: mission create/show/add-member/add-cluster/delete,
missions, meeting add/edit/done/action/delete, agenda (table, JSON, iCalendar)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.cli import main
from tests.missions.conftest import MONTERREY, QUERETARO, TIJUANA


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def mission_id(capsys) -> str:
    code, out, _ = run(capsys, "mission", "create", "Monterrey, Querétaro, Tijuana", "--start",
                       "2025-07-14", "--end", "2025-07-18", "--purpose", "Partners")
    assert code == 0
    mission = out.strip()
    assert mission.isdigit()
    assert run(capsys, "mission", "add-member", mission, "Ana García", "--org", "Auto Spain",
               "--role", "Lead", "--email", "ana@example.es", "--phone", "+34 600")[0] == 0
    assert run(capsys, "mission", "add-member", mission, "Ben Jones")[0] == 0
    return mission


def test_create_show_and_list(capsys, mission_id):
    code, out, _ = run(capsys, "mission", "add-cluster", mission_id, MONTERREY, QUERETARO)
    assert code == 0 and "2 cluster(s) added" in out
    code, out, _ = run(capsys, "mission", "show", mission_id, "--format", "json")
    data = json.loads(out)
    assert data["name"] == "Monterrey, Querétaro, Tijuana" and data["start"] == "2025-07-14"
    assert [m["name"] for m in data["members"]] == ["Ana García", "Ben Jones"]
    assert data["members"][0]["role"] == "Lead" and data["clusters"] == [MONTERREY, QUERETARO]
    code, out, _ = run(capsys, "mission", "show", "monterrey, queretaro, tijuana")
    assert code == 0 and "Ana García" in out and MONTERREY in out
    code, out, _ = run(capsys, "missions", "--format", "json")
    assert [m["id"] for m in json.loads(out)] == [int(mission_id)]
    code, out, _ = run(capsys, "missions")
    assert "Monterrey, Querétaro, Tijuana" in out


def test_a_mission_from_a_list(capsys):
    assert run(capsys, "bookmark", TIJUANA, "--list", "North")[0] == 0
    assert run(capsys, "bookmark", MONTERREY, "--list", "North")[0] == 0
    code, out, err = run(capsys, "mission", "create", "--from-list", "North")
    assert code == 0 and "2 cluster(s) to visit" in err
    code, out, _ = run(capsys, "mission", "show", out.strip(), "--format", "json")
    assert json.loads(out)["clusters"] == [TIJUANA, MONTERREY]


def test_add_cluster_from_a_filter(capsys, mission_id):
    code, out, _ = run(capsys, "mission", "add-cluster", mission_id, "--state", "Querétaro",
                       "--sector", "aerospace")
    assert code == 0
    code, out, _ = run(capsys, "mission", "show", mission_id, "--format", "json")
    assert QUERETARO in json.loads(out)["clusters"]


def test_meetings_agenda_and_conflicts(capsys, mission_id):
    code, out, err = run(capsys, "meeting", "add", mission_id, "--at", "2025-07-15 10:00",
                         "--cluster", MONTERREY, "--place", "Av. Constitución 100")
    assert code == 0 and out.strip().isdigit() and err == ""
    first = out.strip()
    code, out, err = run(capsys, "meeting", "add", mission_id, "--at", "2025-07-15 12:00",
                         "--cluster", TIJUANA, "--member", "Ana García", "--title", "Aero")
    assert code == 0 and out.strip().isdigit()
    assert err.startswith("conflict: travel") and "Ana García" in err
    second = out.strip()
    code, out, _ = run(capsys, "agenda", mission_id, "--format", "json")
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [int(first), int(second)]
    for key in ("id", "title", "start", "end", "tz", "place", "clusters", "contacts", "status",
                "conflicts"):
        assert key in rows[0]
    assert rows[0]["start"] == "2025-07-15T10:00:00-06:00"
    assert rows[1]["start"] == "2025-07-15T12:00:00-07:00" and rows[1]["tz"] == "America/Tijuana"
    assert rows[1]["members"] == ["Ana García"] and rows[0]["members"] == ["Ana García",
                                                                          "Ben Jones"]
    assert rows[1]["conflicts"][0]["with"] == int(first)
    code, out, err = run(capsys, "agenda", mission_id)
    assert code == 0 and "Tue 2025-07-15" in out and "10:00-11:00" in out and "conflict" in err
    # edit, done, an action, delete
    assert run(capsys, "meeting", "edit", second, "--at", "2025-07-15 16:00")[0] == 0
    code, out, _ = run(capsys, "agenda", mission_id, "--format", "json")
    assert all(r["conflicts"] == [] for r in json.loads(out))
    code, out, _ = run(capsys, "meeting", "done", first, "--outcome", "Joint project agreed")
    assert code == 0
    code, out, _ = run(capsys, "agenda", mission_id, "--format", "json")
    assert json.loads(out)[0]["status"] == "done"
    assert json.loads(out)[0]["outcome"] == "Joint project agreed"
    code, out, _ = run(capsys, "meeting", "delete", second)
    assert code == 0 and "undelete" in out
    code, out, _ = run(capsys, "agenda", mission_id, "--format", "json")
    assert [r["id"] for r in json.loads(out)] == [int(first)]
    assert run(capsys, "meeting", "undelete", second)[0] == 0


def test_an_action_shows_in_contacts_due(capsys, mission_id, maria):
    code, out, _ = run(capsys, "meeting", "add", mission_id, "--at", "2025-07-15 10:00",
                       "--cluster", MONTERREY, "--contact", maria.uid)
    meeting = out.strip()
    code, out, _ = run(capsys, "meeting", "action", meeting, "Send", "the", "brochure",
                       "--due", "2025-07-20", "--owner", "Ben")
    assert code == 0 and "María Pérez" in out and "Ben Jones" in out
    code, out, _ = run(capsys, "contacts", "due", "--until", "2025-07-31", "--format", "json")
    assert [r["action"] for r in json.loads(out)] == ["Send the brochure"]


def test_an_action_is_due_on_a_date_in_words(capsys, mission_id, maria):
    code, out, _ = run(capsys, "meeting", "add", mission_id, "--at", "2025-07-15 10:00",
                       "--cluster", MONTERREY, "--contact", maria.uid)
    meeting = out.strip()
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    code, out, _ = run(capsys, "meeting", "action", meeting, "Call back", "--due", "mañana")
    assert code == 0 and f"due {tomorrow}" in out
    code, out, _ = run(capsys, "contacts", "due", "--until", "mañana", "--format", "json")
    assert [(r["action"], r["due"]) for r in json.loads(out)] == [("Call back", tomorrow)]
    code, out, err = run(capsys, "meeting", "action", meeting, "Visit", "--due", "someday")
    assert code == 2 and out == "" and "Due date 'someday' is not a date" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_delete_and_undelete(capsys, mission_id):
    code, out, _ = run(capsys, "mission", "delete", mission_id)
    assert code == 0 and f"mission undelete {mission_id}" in out
    assert json.loads(run(capsys, "missions", "--format", "json")[1]) == []
    deleted = json.loads(run(capsys, "missions", "--deleted", "--format", "json")[1])
    assert [m["id"] for m in deleted] == [int(mission_id)]
    assert run(capsys, "mission", "undelete", mission_id)[0] == 0
    assert len(json.loads(run(capsys, "missions", "--format", "json")[1])) == 1


@pytest.mark.parametrize("argv, words", [
    (["mission", "show", "99"], "No mission '99'"),
    (["mission", "create", "X", "--start", "2025-07-18", "--end", "2025-07-14"],
     "before it starts"),
    (["mission", "create", "X", "--start", "July"], "Bad start date"),
    (["mission", "add-cluster", "{m}", "mx-nowhere"], "No cluster with id 'mx-nowhere'"),
    (["mission", "add-cluster", "{m}", "--list", "Nope"], "No list called 'Nope'"),
    (["meeting", "add", "{m}", "--at", "2025-07-15 10:00", "--cluster", "mx-nowhere"],
     "No cluster with id"),
    (["meeting", "add", "{m}", "--at", "2025-07-15 10:00", "--cluster", MONTERREY,
      "--contact", "no-such-uid"], "No contact 'no-such-uid'"),
    (["meeting", "add", "{m}", "--at", "2025-07-15 10:00", "--cluster", MONTERREY,
      "--member", "Zoe"], "No member 'Zoe'"),
    (["meeting", "add", "{m}", "--at", "2025-07-15 10:00", "--tz", "Mars/Base"],
     "Unknown time zone 'Mars/Base'"),
    (["meeting", "add", "{m}", "--at", "15/07/2025 10:00", "--cluster", MONTERREY],
     "Bad date and time"),
    (["meeting", "add", "{m}", "--at", "2025-03-09 02:30", "--tz", "America/Tijuana"],
     "does not exist in America/Tijuana"),
    (["meeting", "done", "999"], "No meeting '999'"),
    (["agenda", "nope"], "No mission 'nope'"),
])
def test_mistakes_exit_2_with_one_line_and_change_nothing(capsys, mission_id, argv, words):
    before = run(capsys, "mission", "show", mission_id, "--format", "json")[1]
    code, out, err = run(capsys, *[a.replace("{m}", mission_id) for a in argv])
    assert code == 2 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1
    assert run(capsys, "mission", "show", mission_id, "--format", "json")[1] == before
    assert len(json.loads(run(capsys, "missions", "--format", "json")[1])) == 1


def test_agenda_to_a_file_and_in_the_home_zone(capsys, mission_id, tmp_path):
    assert run(capsys, "mission", "edit", mission_id, "--home-tz", "Europe/Madrid")[0] == 0
    assert run(capsys, "meeting", "add", mission_id, "--at", "2025-07-15 10:00", "--cluster",
               TIJUANA)[0] == 0
    code, out, _ = run(capsys, "agenda", mission_id, "--home")
    assert code == 0 and "MADRID" in out and "19:00-20:00" in out  # 10:00 in Tijuana
    target = tmp_path / "agenda.json"
    assert run(capsys, "agenda", mission_id, "--format", "json", "-o", str(target))[0] == 0
    (row,) = json.loads(target.read_text("utf-8"))
    assert row["home_start"] == "2025-07-15T19:00:00+02:00"
    code, _, err = run(capsys, "mission", "edit", mission_id, "--home-tz", "Europe/Nowhere")
    assert code == 2 and "Unknown time zone" in err
