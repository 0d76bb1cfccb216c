"""Missions travel in the JSON of everything (export on one laptop, import on another, again
adds nothing) and live in the same data file as the rest (backups carry them)."""

from __future__ import annotations

import json

from desktop_app.interchange.jsonformat import read_json
from desktop_app.services.agenda import AgendaService
from desktop_app.services.backup import BackupService
from desktop_app.services.contact_import import ContactImportService
from desktop_app.services.contacts import ContactsService
from desktop_app.services.missions import MissionsService
from desktop_app.userdata.models import Contact, Email
from tests.missions.conftest import MONTERREY, TIJUANA


def _plan_a_trip(context) -> int:
    missions = MissionsService(context)
    agenda = AgendaService(context, missions)
    maria = ContactsService(context).save(Contact(full_name="María Pérez",
                                                  emails=[Email("maria@claut.mx")]))
    mission = missions.create("North", start="2025-07-14", end="2025-07-18",
                              home_tz="Europe/Madrid", destinations=["Monterrey", "Tijuana"])
    missions.add_member(mission.id, "Ana García", phone="+34 600")
    missions.add_member(mission.id, "Ben Jones")
    first = agenda.add_meeting(mission.id, "2025-07-15 10:00", cluster_ids=[MONTERREY],
                               contact_uids=[maria.uid], members=["Ben"],
                               objective="Two suppliers").meeting
    agenda.add_action(first.id, "Send the brochure", due="2025-07-25", owner="Ben")
    agenda.add_meeting(mission.id, "2025-07-16 10:00", cluster_ids=[TIJUANA])
    return mission.id


def test_the_json_of_everything_carries_missions(make_context, tmp_path):
    laptop_a = make_context(tmp_path / "a")
    _plan_a_trip(laptop_a)
    export = tmp_path / "everything.json"
    ContactsService(laptop_a).export(export, "json")
    data = json.loads(export.read_text("utf-8"))
    (mission,) = data["missions"]
    assert mission["name"] == "North" and [m["name"] for m in mission["members"]] == [
        "Ana García", "Ben Jones"]
    assert [g["start_local"] for g in mission["meetings"]] == ["2025-07-15T10:00",
                                                               "2025-07-16T10:00"]
    assert mission["meetings"][0]["members"] == [mission["members"][1]["uid"]]
    assert mission["meetings"][1]["members"] is None  # the whole delegation
    bundle, _ = read_json(export.read_bytes())
    assert bundle.missions[0].mission.uid == mission["uid"]

    laptop_b = make_context(tmp_path / "b")
    result = ContactImportService(laptop_b).import_file(export)
    assert result.missions_added == 1 and "missions: 1" in result.summary()
    missions_b = MissionsService(laptop_b)
    (north,) = missions_b.list()
    assert (north.uid, north.home_tz, north.destinations) == (mission["uid"], "Europe/Madrid",
                                                              ["Monterrey", "Tijuana"])
    agenda_b = AgendaService(laptop_b, missions_b)
    entries = agenda_b.agenda(north.id)
    assert [e.meeting.uid for e in entries] == [g["uid"] for g in mission["meetings"]]
    assert entries[0].members == ["Ben Jones"] and entries[1].members == ["Ana García",
                                                                          "Ben Jones"]
    assert entries[0].to_dict()["start"] == "2025-07-15T10:00:00-06:00"
    (action,) = agenda_b.actions(north.id)
    assert (action.action, action.owner_name, action.contact_name) == (
        "Send the brochure", "Ben Jones", "María Pérez")
    again = ContactImportService(laptop_b).import_file(export)
    assert again.missions_added == 0 and len(missions_b.list()) == 1
    dry = ContactImportService(make_context(tmp_path / "c")).import_file(export, dry_run=True)
    assert dry.missions_added == 1


def test_an_export_without_missions_still_reads(tmp_path):
    old = {"format": "cluster-atlas-userdata", "version": 1, "contacts": [
        {"full_name": "Ana"}]}
    bundle, result = read_json(json.dumps(old).encode())
    assert bundle.missions == [] and len(result.contacts) == 1


def test_a_backup_holds_the_missions(context, make_context, tmp_path):
    _plan_a_trip(context)
    backup = BackupService(context).backup_now(tmp_path / "copy.sqlite")
    other = make_context(tmp_path / "other")
    BackupService(other).restore(backup)
    (mission,) = MissionsService(other).list()
    assert len(AgendaService(other).agenda(mission.id)) == 2
