"""AgendaService: meetings on the place's clock, conflicts flagged and never refused, actions
promised at meetings as the contacts' own follow-ups."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.errors import InvalidInput, NotFound
from desktop_app.userdata.models import Contact
from tests.missions.conftest import MONTERREY, QUERETARO, TIJUANA

UTC = dt.UTC


def test_the_zone_comes_from_the_first_cluster_state(agenda, trip):
    tijuana = agenda.add_meeting(trip.id, "2025-07-15 10:00", cluster_ids=[TIJUANA]).meeting
    monterrey = agenda.add_meeting(trip.id, "2025-07-16 10:00", cluster_ids=[MONTERREY]).meeting
    assert (tijuana.tz, monterrey.tz) == ("America/Tijuana", "America/Monterrey")
    entries = {e.id: e for e in agenda.agenda(trip.id)}
    assert entries[tijuana.id].start.astimezone(UTC).hour == 17
    assert entries[monterrey.id].start.astimezone(UTC).hour == 16
    as_json = entries[tijuana.id].to_dict()
    assert as_json["start"] == "2025-07-15T10:00:00-07:00"
    assert as_json["end"] == "2025-07-15T11:00:00-07:00"
    assert as_json["tz"] == "America/Tijuana" and as_json["clusters"] == [TIJUANA]
    # the delegation's home zone, on request
    assert as_json["home_start"] == "2025-07-15T19:00:00+02:00"


def test_a_border_city_or_an_explicit_zone_overrides_the_state(agenda, trip):
    juarez = agenda.add_meeting(trip.id, "2025-07-15 10:00", city="Ciudad Juárez").meeting
    assert juarez.tz == "America/Ciudad_Juarez"
    own = agenda.add_meeting(trip.id, "2025-07-16 10:00", cluster_ids=[MONTERREY],
                             tz="America/Matamoros").meeting
    assert own.tz == "America/Matamoros"
    with pytest.raises(InvalidInput, match="Where is this meeting"):
        agenda.add_meeting(trip.id, "2025-07-17 10:00", place="Hotel lobby")


def test_the_wall_time_stays_when_the_zone_changes(agenda, trip):
    meeting = agenda.add_meeting(trip.id, "2025-07-15 10:00", cluster_ids=[MONTERREY]).meeting
    moved = agenda.edit_meeting(meeting.id, cluster_ids=[TIJUANA]).meeting
    assert (moved.start_local, moved.tz) == ("2025-07-15T10:00", "America/Tijuana")


def test_conflicts_are_returned_and_the_meeting_is_stored_anyway(agenda, trip):
    first = agenda.add_meeting(trip.id, "2025-07-15 10:00", cluster_ids=[MONTERREY])
    assert first.conflicts == []
    # Tijuana 12:00 is 19:00 UTC, two hours after Monterrey's 11:00 (17:00 UTC): too close
    second = agenda.add_meeting(trip.id, "2025-07-15 12:00", cluster_ids=[TIJUANA],
                                members=["Ana"])
    (conflict,) = second.conflicts
    assert conflict.kind == "travel" and conflict.members == ("Ana García",)
    assert len(agenda.agenda(trip.id)) == 2
    third = agenda.add_meeting(trip.id, "2025-07-15 10:30", cluster_ids=[MONTERREY],
                               members=["Ben Jones"])
    assert [c.kind for c in third.conflicts] == ["overlap"]
    # cancelling a meeting takes it out of the conflicts
    agenda.edit_meeting(third.meeting.id, status="cancelled")
    assert [c.kind for c in agenda.conflicts(trip.id)] == ["travel"]


def test_a_mission_without_members_still_gets_its_conflicts(agenda, missions):
    mission = missions.create("Solo")
    agenda.add_meeting(mission.id, "2025-07-15 10:00", cluster_ids=[MONTERREY])
    result = agenda.add_meeting(mission.id, "2025-07-15 10:30", cluster_ids=[MONTERREY])
    assert [c.members for c in result.conflicts] == [("the delegation",)]


def test_unknown_things_are_refused_before_anything_is_stored(agenda, trip):
    for kwargs, error in (({"cluster_ids": ["mx-nowhere"]}, NotFound),
                          ({"cluster_ids": [MONTERREY], "contact_uids": ["nobody"]}, NotFound),
                          ({"cluster_ids": [MONTERREY], "members": ["Zoe"]}, NotFound),
                          ({"cluster_ids": [MONTERREY], "tz": "Mexico/Atlantis"}, NotFound),
                          ({"cluster_ids": [MONTERREY], "minutes": 0}, InvalidInput),
                          ({"cluster_ids": [MONTERREY], "status": "maybe"}, InvalidInput)):
        with pytest.raises(error):
            agenda.add_meeting(trip.id, "2025-07-15 10:00", **kwargs)
    with pytest.raises(InvalidInput, match="YYYY-MM-DD HH:MM"):
        agenda.add_meeting(trip.id, "2025-07-15 10h", cluster_ids=[MONTERREY])
    assert agenda.agenda(trip.id) == []
    assert agenda.missions.get(trip.id).cluster_ids == []


def test_meeting_clusters_join_the_mission_and_a_date_outside_it_is_noted(agenda, trip):
    result = agenda.add_meeting(trip.id, "2025-07-20 09:00", cluster_ids=[QUERETARO])
    assert agenda.missions.get(trip.id).cluster_ids == [QUERETARO]
    assert result.warnings == [("2025-07-20 is outside the mission's dates (2025-07-14 to "
                                "2025-07-18).")]


def test_whole_days_and_the_order_of_the_agenda(agenda, trip):
    late = agenda.add_meeting(trip.id, "2025-07-15 16:00", cluster_ids=[MONTERREY]).meeting
    # 09:00 in Tijuana (16:00 UTC) comes before 16:00 in Monterrey (22:00 UTC) the same day
    early = agenda.add_meeting(trip.id, "2025-07-15 09:00", cluster_ids=[TIJUANA]).meeting
    fair = agenda.add_meeting(trip.id, "2025-07-15", title="Trade fair", tz="America/Monterrey")
    assert fair.meeting.all_day and fair.meeting.minutes == 1440
    entries = agenda.agenda(trip.id)
    assert [e.id for e in entries] == [fair.meeting.id, early.id, late.id]
    assert entries[0].to_dict()["start"] == "2025-07-15"
    assert entries[0].to_dict()["end"] == "2025-07-16"


def test_done_with_an_outcome(agenda, trip):
    meeting = agenda.add_meeting(trip.id, "2025-07-15 10:00", cluster_ids=[MONTERREY]).meeting
    done = agenda.mark_done(meeting.id, "Two members want a joint project").meeting
    assert (done.status, done.outcome) == ("done", "Two members want a joint project")


def test_actions_are_follow_ups_in_the_to_follow_up_view(agenda, contacts, trip, maria):
    meeting = agenda.add_meeting(trip.id, "2025-07-15 10:00", cluster_ids=[MONTERREY],
                                 contact_uids=[maria.uid]).meeting
    action = agenda.add_action(meeting.id, "Send the brochure", due="2025-07-25", owner="Ana")
    assert (action.contact_name, action.owner_name, action.due) == ("María Pérez", "Ana García",
                                                                    "2025-07-25")
    due = contacts.follow_ups_due("2025-07-31")
    assert [(d.contact_uid, d.follow_up.action) for d in due] == [(maria.uid,
                                                                   "Send the brochure")]
    assert agenda.follow_up_origins()[action.follow_up_uid] == (meeting.id, trip.id)
    # saving the contact again (the Contacts tab does) keeps the link
    contacts.save(contacts.get(maria.uid))
    assert [a.action for a in agenda.actions(trip.id)] == ["Send the brochure"]
    # deleting the meeting never deletes what was promised to the contact
    agenda.delete_meeting(meeting.id)
    assert agenda.actions(trip.id) == []
    assert [f.action for f in contacts.get(maria.uid).follow_ups] == ["Send the brochure"]
    assert agenda.restore_meeting(meeting.id).id == meeting.id
    assert len(agenda.actions(trip.id)) == 1


def test_an_action_needs_to_know_whom_it_was_promised_to(agenda, contacts, trip, maria):
    other = contacts.save(Contact(full_name="Luis Ortega", organisation="CLAUT"))
    meeting = agenda.add_meeting(trip.id, "2025-07-15 10:00", cluster_ids=[MONTERREY],
                                 contact_uids=[maria.uid, other.uid]).meeting
    with pytest.raises(InvalidInput, match="2 contacts"):
        agenda.add_action(meeting.id, "Call back")
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        agenda.add_action(meeting.id, "Call back", contact_uid=other.uid, due="some day")
    assert contacts.get(other.uid).follow_ups == []
    action = agenda.add_action(meeting.id, "Call back", contact_uid=other.uid)
    assert action.contact_name == "Luis Ortega" and action.owner_name == ""


def test_a_deleted_mission_hides_its_meetings(agenda, missions, trip):
    meeting = agenda.add_meeting(trip.id, "2025-07-15 10:00", cluster_ids=[MONTERREY]).meeting
    missions.delete(trip.id)
    with pytest.raises(NotFound):
        agenda.meeting(meeting.id)
    missions.restore(trip.id)
    assert agenda.meeting(meeting.id).id == meeting.id
