"""What the Missions tab asks of the services besides the command line's calls: editing a member,
a mission from a filter, the default zone of a place, several actions at once, where a follow-up
was promised, the list of Mexico's zones and the rule in words."""

from __future__ import annotations

import pytest

from desktop_app.errors import InvalidInput, NotFound
from desktop_app.missions import conflicts, zones
from desktop_app.services.browse import BrowseService
from desktop_app.services.meeting_actions import ActionDraft, MeetingActions
from tests.missions.conftest import MONTERREY, QUERETARO, TIJUANA


def test_a_member_is_edited_by_name_and_keeps_unique(missions, trip):
    edited = missions.edit_member(trip.id, "Ben", new_name="Ben Jones-Smith",
                                  phone=" +44 7700 900000 ")
    assert (edited.name, edited.phone, edited.organisation) == (
        "Ben Jones-Smith", "+44 7700 900000", "Aero UK")
    assert [m.name for m in missions.get(trip.id).members] == ["Ana García", "Ben Jones-Smith"]
    with pytest.raises(InvalidInput, match="already in the delegation"):
        missions.edit_member(trip.id, "Ben", new_name="ana garcia")
    with pytest.raises(InvalidInput, match="needs a name"):
        missions.edit_member(trip.id, "Ben", new_name="  ")
    assert missions.get(trip.id).members[1].name == "Ben Jones-Smith"


def test_a_mission_from_a_filter_has_its_clusters_or_is_not_made(context, missions):
    browse = BrowseService(context)
    flt = browse.make_filter(states=["NLE"])
    expected = [s.id for s in browse.search(flt)]
    mission = missions.create_from_filter(flt, "Nuevo León", start="2025-07-14")
    assert mission.cluster_ids == expected and mission.start == "2025-07-14"
    with pytest.raises(InvalidInput, match="No cluster matches"):
        missions.create_from_filter(browse.make_filter("zzzz-nothing"), "Nothing")
    assert [m.name for m in missions.list()] == ["Nuevo León"]


def test_the_default_zone_of_a_place(agenda):
    assert agenda.zone_for([TIJUANA]) == "America/Tijuana"
    assert agenda.zone_for([QUERETARO, TIJUANA]) == "America/Mexico_City"
    assert agenda.zone_for([MONTERREY], "Reynosa") == "America/Matamoros"
    assert agenda.zone_for([]) is None


def test_actions_are_added_all_or_none_and_say_where_they_were_promised(
        context, agenda, trip, maria, contacts):
    meeting = agenda.add_meeting(trip.id, "2025-07-15 10:00", cluster_ids=[MONTERREY],
                                 contact_uids=[maria.uid]).meeting
    actions = MeetingActions(context, agenda)
    with pytest.raises(NotFound):
        actions.add_actions(meeting.id, [ActionDraft("Send the brochure", "2025-07-20"),
                                         ActionDraft("Call back", owner="Nobody Here")])
    assert contacts.get(maria.uid).follow_ups == []
    added = actions.add_actions(meeting.id, [ActionDraft("Send the brochure", "2025-07-20",
                                                         owner="Ana García"),
                                             ActionDraft("Invite to Madrid")])
    assert [(a.action, a.owner_name) for a in added] == [("Send the brochure", "Ana García"),
                                                         ("Invite to Madrid", "")]
    labels = actions.origin_labels()
    assert labels[added[0].follow_up_uid] == (
        "Meeting with CLAUT, Tue 15 Jul · Monterrey, Querétaro, Tijuana")
    # the promises are the contact's follow-ups: the "To follow up" view lists them
    due = {d.follow_up.action for d in contacts.follow_ups_due(everything_open=True)}
    assert {"Send the brochure", "Invite to Madrid"} <= due


def test_the_zone_list_holds_every_state_and_border_city_zone():
    listed = [name for name, _ in zones.MEXICO_ZONES]
    assert len(listed) == len(set(listed))
    assert set(zones.STATE_ZONES.values()) | set(zones.CITY_ZONES.values()) == set(listed)
    for name in listed:
        zones.check_zone(name)
    assert "Europe/Madrid" in zones.known_zones()
    assert zones.city_name("America/Ciudad_Juarez") == "Ciudad Juarez"


def test_the_rule_in_words_follows_the_rule():
    assert "3 hours" in conflicts.rule_text()
    assert "2 hours" in conflicts.rule_text(conflicts.TRAVEL_RULE / 1.5)
