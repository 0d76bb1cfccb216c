"""Calendar files: the agenda exported as iCalendar (parsed back by the library), and .ics files
from other projects' test suites and from Outlook, Exchange and Google imported without shifting
any meeting by an hour."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest

from desktop_app.cli import main
from desktop_app.errors import InvalidInput
from desktop_app.services.calendar_files import CalendarService
from tests.missions.conftest import MONTERREY, QUERETARO, TIJUANA

ICS = Path(__file__).resolve().parent.parent / "data" / "ics"


@pytest.fixture
def calendars(context, agenda) -> CalendarService:
    return CalendarService(context, agenda)


def _walls(plan) -> list[tuple[str, str]]:
    return [(r.meeting.start_local, r.meeting.tz) for r in plan.rows]


# --- export ------------------------------------------------------------------------------------


@pytest.fixture
def planned(agenda, trip, maria):
    agenda.add_meeting(trip.id, "2025-07-15 10:00", cluster_ids=[MONTERREY],
                       contact_uids=[maria.uid], place="Av. Constitución 100",
                       objective="Tier 1 suppliers for our members", status="confirmed")
    agenda.add_meeting(trip.id, "2025-07-16 15:30", minutes=90, cluster_ids=[TIJUANA],
                       place="Blvd. Agua Caliente 1000")
    agenda.add_meeting(trip.id, "2025-07-17", title="Fair day", cluster_ids=[QUERETARO])
    return trip


def test_the_export_parses_back_with_the_library(calendars, planned):
    data = calendars.export_bytes(planned.id)
    cal = icalendar.Calendar.from_ical(data)
    events = cal.walk("VEVENT")
    assert len(events) == 3
    monterrey, tijuana, fair = events
    assert str(monterrey["SUMMARY"]) == "Meeting with CLAUT"
    assert str(monterrey["LOCATION"]) == "Av. Constitución 100"
    description = str(monterrey["DESCRIPTION"])
    assert "CLAUT (mx-nle-claut)" in description and "María Pérez" in description
    assert "Objective: Tier 1 suppliers for our members" in description
    assert str(monterrey["STATUS"]) == "CONFIRMED"
    assert monterrey["DTSTART"].params["TZID"] == "America/Monterrey"
    assert monterrey.decoded("DTSTART") == dt.datetime(
        2025, 7, 15, 16, 0, tzinfo=dt.UTC)
    assert tijuana["DTSTART"].params["TZID"] == "America/Tijuana"
    assert tijuana.decoded("DTEND") - tijuana.decoded("DTSTART") == dt.timedelta(minutes=90)
    assert tijuana.decoded("DTSTART").astimezone(dt.UTC).hour == 22
    assert fair.decoded("DTSTART") == dt.date(2025, 7, 17)
    # a VTIMEZONE for every zone used, and the UIDs stay the same from one export to the next
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} >= {"America/Monterrey",
                                                                 "America/Tijuana"}
    again = icalendar.Calendar.from_ical(calendars.export_bytes(planned.id))
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == [str(e["UID"]) for e in events]


def test_an_exported_agenda_imported_again_updates_instead_of_duplicating(calendars, planned,
                                                                          tmp_path):
    path = tmp_path / "agenda.ics"
    calendars.export(planned.id, path)
    plan = calendars.preview_import(planned.id, path)
    assert [r.action for r in plan.rows] == ["update", "update", "update"]
    assert _walls(plan) == [("2025-07-15T10:00", "America/Monterrey"),
                            ("2025-07-16T15:30", "America/Tijuana"),
                            ("2025-07-17", "America/Mexico_City")]
    calendars.apply_import(plan)
    assert len(calendars.agenda.agenda(planned.id)) == 3


def test_agenda_ics_on_the_command_line(capsys, planned, tmp_path):
    target = tmp_path / "trip.ics"
    assert main(["agenda", str(planned.id), "--format", "ics", "-o", str(target)]) == 0
    assert "3 meeting(s) written" in capsys.readouterr().out
    assert len(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 3


# --- import ------------------------------------------------------------------------------------


def test_every_test_file_is_read(calendars, missions):
    mission = missions.create("Anything")
    for path in sorted(ICS.glob("*.ics")):
        plan = calendars.preview_import(mission.id, path, default_tz="America/Monterrey")
        assert plan.rows, path.name
        assert all(r.meeting.tz for r in plan.rows)
    assert (ICS / "SOURCES.md").read_text().count(".ics") >= len(list(ICS.glob("*.ics")))


def test_an_exchange_zone_with_stale_daylight_saving_keeps_its_wall_time(calendars, missions):
    # Exchange's VTIMEZONE says -05:00 in July (Mexico's DST before 2022); the organiser typed
    # 10:00 Mexico City time, which is UTC-6 today
    mission = missions.create("Mexico")
    plan = calendars.preview_import(mission.id, ICS / "atlas_exchange_mexico_city_old_dst.ics")
    assert _walls(plan) == [("2025-07-15T10:00", "America/Mexico_City")]
    (row,) = plan.rows
    assert "CLAUT (could be mx-nle-claut, mx-mex-claut)" in row.unmatched


def test_people_and_organisations_are_matched(calendars, missions, trip, maria):
    missions.add_clusters(trip.id, [MONTERREY])
    plan = calendars.preview_import(trip.id, ICS / "atlas_exchange_mexico_city_old_dst.ics")
    (row,) = plan.rows
    assert row.meeting.cluster_ids == [MONTERREY]
    assert row.meeting.contact_uids == [maria.uid]
    assert row.members == ["Ana García"] and not row.meeting.all_members
    assert row.unmatched == ["Laura Méndez <laura.mendez@example.mx>",
                             "Pedro Ruiz <pedro.ruiz@example.mx>"]
    # CLAUT is in Nuevo León: the meeting runs on Monterrey's clock, still at 10:00
    assert _walls(plan) == [("2025-07-15T10:00", "America/Monterrey")]


def test_google_utc_times_come_back_to_the_calendar_zone(calendars, trip):
    plan = calendars.preview_import(trip.id, ICS / "atlas_google_monterrey_utc.ics")
    assert _walls(plan) == [("2025-07-16T09:00", "America/Monterrey"),
                            ("2025-07-17", "America/Monterrey")]
    assert plan.rows[0].meeting.cluster_ids == [MONTERREY]  # named in the summary
    assert plan.rows[1].meeting.all_day and plan.rows[1].meeting.minutes == 1440
    google = calendars.preview_import(trip.id, ICS / "rie_x_wr_timezone_simple_events_issue_59.ics")
    assert _walls(google) == [] and google.warnings == [
        "2 event(s) outside the mission's dates (2025-07-14 to 2025-07-18) were left out"]
    other = calendars.agenda.missions.create("Undated")
    google = calendars.preview_import(other.id,
                                      ICS / "rie_x_wr_timezone_simple_events_issue_59.ics")
    assert _walls(google) == [("2021-12-22T12:00", "America/New_York"),
                              ("2021-12-22T21:00", "America/New_York")]


def test_an_outlook_series_in_tijuana_with_a_moved_and_a_removed_occurrence(calendars, trip):
    plan = calendars.preview_import(trip.id, ICS / "atlas_outlook_tijuana_series.ics")
    assert _walls(plan) == [("2025-07-14T09:00", "America/Tijuana"),
                            ("2025-07-15T14:00", "America/Tijuana"),
                            ("2025-07-17T09:00", "America/Tijuana")]
    assert [r.meeting.minutes for r in plan.rows] == [90, 90, 90]
    assert len({r.meeting.source_uid for r in plan.rows}) == 3


def test_windows_and_google_zones_from_other_projects(calendars, missions):
    mission = missions.create("Elsewhere")
    exchange = calendars.preview_import(mission.id, ICS / "rie_issue_27_t1.ics")
    assert _walls(exchange) == [("2020-04-26T14:00", "Europe/Berlin"),
                                ("2020-04-28T14:00", "Europe/Berlin")]  # EXDATE: no 27th
    mozilla = calendars.preview_import(mission.id, ICS / "rie_issue_107_omitting_last_event.ics")
    assert len(mozilla.rows) == 23
    assert {w for _, w in _walls(mozilla)} == {"America/Los_Angeles"}
    assert all(s.endswith("T10:00") for s, _ in _walls(mozilla))  # across the March DST change
    moved = calendars.preview_import(mission.id, ICS / "rie_issue_62_moved_event.ics")
    days = [s[:10] for s, _ in _walls(moved)]
    assert "2021-12-17" in days and "2021-12-31" not in days
    whole = calendars.preview_import(mission.id, ICS / "rie_one_day_event.ics")
    assert _walls(whole)[0][0] == "2019-03-04" and whole.rows[0].meeting.all_day


def test_floating_times_need_a_place(calendars, missions):
    mission = missions.create("Floating")
    plan = calendars.preview_import(mission.id, ICS / "rie_issue_222_range_floating_forward.ics")
    assert plan.rows == [] and len(plan.left_out) == 4
    assert "give --tz ZONE" in plan.left_out[0]
    plan = calendars.preview_import(mission.id, ICS / "rie_issue_222_range_floating_forward.ics",
                                    default_tz="America/Cancun")
    assert _walls(plan) == [("2026-03-27T10:00", "America/Cancun"),
                            ("2026-03-30T10:00", "America/Cancun"),
                            ("2026-03-31T10:00", "America/Cancun"),
                            ("2026-04-01T10:00", "America/Cancun")]
    assert len({r.meeting.source_uid for r in plan.rows}) == 4


def test_attendees_nobody_knows_are_listed_to_link(calendars, missions):
    mission = missions.create("Zimbra")
    plan = calendars.preview_import(mission.id, ICS / "icaljs_recur_instances_finite.ics")
    assert len(plan.rows) == 5  # a monthly series until December with two extra dates
    assert "James Lal <jlal@mozilla.com>" in plan.rows[0].unmatched


def test_import_is_all_or_nothing_and_again_updates(calendars, agenda, trip):
    plan = calendars.preview_import(trip.id, ICS / "atlas_outlook_tijuana_series.ics")
    result = calendars.apply_import(plan, dry_run=True)
    assert (result.added, result.updated) == (3, 0) and agenda.agenda(trip.id) == []
    calendars.apply_import(plan)
    assert len(agenda.agenda(trip.id)) == 3
    again = calendars.preview_import(trip.id, ICS / "atlas_outlook_tijuana_series.ics")
    assert [r.action for r in again.rows] == ["update"] * 3
    agenda.delete_meeting(agenda.agenda(trip.id)[0].id)
    again = calendars.preview_import(trip.id, ICS / "atlas_outlook_tijuana_series.ics")
    assert len(again.rows) == 2 and "you deleted it" in again.left_out[0]


def test_meeting_import_on_the_command_line(capsys, trip):
    code = main(["meeting", "import", str(trip.id), str(ICS / "atlas_google_monterrey_utc.ics"),
                 "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0 and "would import 2 meeting(s)" in out and "nothing was changed" in out
    assert main(["meeting", "import", str(trip.id),
                 str(ICS / "atlas_google_monterrey_utc.ics")]) == 0
    capsys.readouterr()
    assert main(["agenda", str(trip.id), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["start"] for r in rows] == ["2025-07-16T09:00:00-06:00", "2025-07-17"]


@pytest.mark.parametrize("content, words", [(b"", "empty"), (b"hello", "not an iCalendar"),
                                            (b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2025",
                                             "ends before END:VCALENDAR")])
def test_a_file_that_is_not_a_calendar_changes_nothing(capsys, calendars, trip, tmp_path,
                                                       content, words):
    path = tmp_path / "bad.ics"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=words):
        calendars.preview_import(trip.id, path)
    assert main(["meeting", "import", str(trip.id), str(path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Nothing was imported" in err


def test_a_meeting_nothing_places_is_kept_on_utc_and_said(calendars, missions):
    mission = missions.create("Nowhere")
    plan = calendars.preview_import(mission.id, ICS / "rie_issue_28_rrule_with_UTC_endinginZ.ics")
    assert plan.rows and all(r.meeting.tz == "UTC" for r in plan.rows)
    assert "kept on UTC's clock" in plan.rows[0].notes[-1]
