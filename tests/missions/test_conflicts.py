"""The conflict rules on their own: overlaps of one person, and travel between cities."""

from __future__ import annotations

import datetime as dt

from desktop_app.missions.conflicts import OVERLAP, TRAVEL, TRAVEL_RULE, Slot, find_conflicts

UTC = dt.UTC


def slot(meeting_id: int, hour: float, minutes: int = 60, members=("ana",), city="monterrey"):
    start = dt.datetime(2025, 7, 15, tzinfo=UTC) + dt.timedelta(hours=hour)
    return Slot(meeting_id, start, start + dt.timedelta(minutes=minutes), frozenset(members),
                city)


def test_two_meetings_of_one_person_at_once_overlap():
    (conflict,) = find_conflicts([slot(1, 10), slot(2, 10.5)])
    assert (conflict.kind, conflict.first, conflict.second) == (OVERLAP, 1, 2)
    assert conflict.members == ("ana",) and conflict.gap == dt.timedelta(minutes=-30)


def test_people_who_split_up_may_be_in_two_places_at_once():
    assert find_conflicts([slot(1, 10, members=("ana",)),
                           slot(2, 10, members=("ben",), city="queretaro")]) == []


def test_back_to_back_in_the_same_city_is_fine():
    assert find_conflicts([slot(1, 10), slot(2, 11), slot(3, 12)]) == []


def test_another_city_less_than_the_travel_rule_later_is_a_travel_conflict():
    (conflict,) = find_conflicts([slot(1, 10), slot(2, 13.5, city="queretaro")])
    assert conflict.kind == TRAVEL and conflict.gap == dt.timedelta(hours=2, minutes=30)
    assert "rule: 3 h" in conflict.describe({1: "CLAUT", 2: "Aerocluster"})
    # exactly the rule's time is enough
    assert find_conflicts([slot(1, 10), slot(2, 11 + TRAVEL_RULE.total_seconds() / 3600,
                                             city="queretaro")]) == []


def test_travel_is_checked_against_the_next_meeting_only():
    # Monterrey 10-11, Monterrey 11:30-12:30, Querétaro 14:00: only the second pair is tight
    found = find_conflicts([slot(1, 10), slot(2, 11.5), slot(3, 14, city="queretaro")])
    assert [(c.kind, c.first, c.second) for c in found] == [(TRAVEL, 2, 3)]


def test_a_pair_is_reported_once_with_every_member_it_concerns():
    found = find_conflicts([slot(1, 10, members=("ana", "ben")),
                            slot(2, 10.5, members=("ana", "ben", "cy"))])
    assert len(found) == 1 and found[0].members == ("ana", "ben")


def test_an_unknown_city_never_makes_a_travel_conflict():
    assert find_conflicts([slot(1, 10, city=""), slot(2, 11.5, city="queretaro")]) == []
