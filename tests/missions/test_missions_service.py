"""MissionsService: creating, finding, editing, the delegation, the clusters, delete and undo."""

from __future__ import annotations

import pytest

from desktop_app.errors import InvalidInput, NotFound
from desktop_app.services.library import LibraryService
from tests.missions.conftest import MONTERREY, QUERETARO, TIJUANA


def test_a_mission_is_found_by_number_uid_or_name(missions, trip):
    assert missions.get(trip.id).uid == trip.uid
    assert missions.get(str(trip.id)).id == trip.id
    assert missions.get(trip.uid).id == trip.id
    assert missions.get("monterrey, queretaro, tijuana").id == trip.id
    with pytest.raises(NotFound, match="No mission 'Cancún'"):
        missions.get("Cancún")


def test_two_missions_with_one_name_need_their_number(missions):
    a = missions.create("March")
    b = missions.create("march")
    with pytest.raises(InvalidInput, match=f"{a.id}, {b.id}"):
        missions.get("MARCH")


@pytest.mark.parametrize("fields, words", [
    ({"start": "2025-07-18", "end": "2025-07-14"}, r"ends \(2025-07-14\) before it starts"),
    ({"start": "18/07/2025"}, "Bad start date"),
    ({"end": "2025-13-01"}, "Bad end date"),
    ({"home_tz": "Europe/Atlantis"}, "Unknown time zone"),
])
def test_bad_missions_are_refused_and_nothing_is_stored(missions, fields, words):
    with pytest.raises((InvalidInput, NotFound), match=words):
        missions.create("Trip", **fields)
    assert missions.list() == []


def test_editing_checks_the_dates_against_each_other(missions, trip):
    with pytest.raises(InvalidInput, match="before it starts"):
        missions.edit(trip.id, end="2025-07-01")
    assert missions.get(trip.id).end == "2025-07-18"
    edited = missions.edit(trip.id, purpose="Aerospace only", destinations=["Querétaro"])
    assert edited.purpose == "Aerospace only" and missions.destinations(edited) == ["Querétaro"]
    assert missions.days(edited)[0].isoformat() == "2025-07-14" and len(missions.days(edited)) == 5


def test_the_delegation(missions, trip):
    assert [m.name for m in trip.members] == ["Ana García", "Ben Jones"]
    assert missions.member(trip, "ana garcia").role == "Head of delegation"
    assert missions.member(trip, "Ben").name == "Ben Jones"  # a unique start is enough
    with pytest.raises(InvalidInput, match="already in the delegation"):
        missions.add_member(trip.id, "ANA GARCÍA")
    with pytest.raises(NotFound, match="No member 'Zoe'.*Ana García, Ben Jones"):
        missions.member(trip, "Zoe")
    missions.remove_member(trip.id, "Ben Jones")
    assert [m.name for m in missions.get(trip.id).members] == ["Ana García"]


def test_clusters_from_ids_all_or_none(missions, trip):
    assert missions.add_clusters(trip.id, [MONTERREY, QUERETARO]) == [MONTERREY, QUERETARO]
    assert missions.add_clusters(trip.id, [QUERETARO, TIJUANA]) == [TIJUANA]
    with pytest.raises(NotFound, match="mx-nowhere"):
        missions.add_clusters(trip.id, ["mx-nle-claut", "mx-nowhere"])
    assert missions.get(trip.id).cluster_ids == [MONTERREY, QUERETARO, TIJUANA]
    # destinations default to the states of the clusters
    assert missions.destinations(missions.get(trip.id)) == ["Nuevo León", "Querétaro",
                                                            "Baja California"]


def test_a_mission_from_a_list_and_from_a_filter(context, missions):
    library = LibraryService(context)
    for cluster_id in (TIJUANA, MONTERREY):
        library.bookmark(cluster_id, "North, July")
    mission = missions.create_from_list("North, July", start="2025-07-14", end="2025-07-18")
    assert mission.name == "North, July" and mission.cluster_ids == [TIJUANA, MONTERREY]
    from desktop_app.services.browse import BrowseService

    browse_filter = BrowseService(context).make_filter(states=["Querétaro"],
                                                       sectors=["aerospace"])
    added = missions.add_clusters_from_filter(mission.id, browse_filter)
    assert QUERETARO in added
    with pytest.raises(NotFound, match="No list called 'Nope'"):
        missions.create_from_list("Nope")
    assert [m.name for m in missions.list()] == ["North, July"]


def test_a_mission_from_a_list_with_bad_dates_stores_nothing(context, missions):
    LibraryService(context).bookmark(MONTERREY, "North")
    with pytest.raises(InvalidInput):
        missions.create_from_list("North", start="2025-07-18", end="2025-07-14")
    assert missions.list() == []


def test_delete_and_restore(missions, trip):
    missions.delete(trip.id)
    assert missions.list() == [] and [m.id for m in missions.deleted()] == [trip.id]
    with pytest.raises(NotFound):
        missions.get(trip.id)
    assert missions.restore(trip.id).id == trip.id
    missions.delete(trip.name)
    restored = missions.restore(trip.name)
    assert [m.name for m in restored.members] == ["Ana García", "Ben Jones"]
    with pytest.raises(NotFound, match="No deleted mission"):
        missions.restore(trip.id)
