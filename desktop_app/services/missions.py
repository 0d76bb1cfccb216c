"""Trade missions: create, find, edit, delete and undo; the delegation and the clusters to visit.

`MissionsService` is what the window's Missions tab and `cluster-atlas mission(s)` call. A
mission is found by what a person types (`get`): its number, its uid, or its name (accents and
case ignored). Clusters come from ids, from one of the user's lists, or from a catalogue filter
("make a mission from this list"). Deleting is soft and undone like deleting a contact.
The agenda (meetings, conflicts, actions) is `services.agenda`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from desktop_app.catalogue.models import ClusterFilter, ClusterSummary
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.interchange.missions_json import MeetingExport, MissionExport
from desktop_app.missions.zones import check_zone, parse_date
from desktop_app.services.browse import BrowseService
from desktop_app.services.context import AppContext
from desktop_app.services.library import LibraryService
from desktop_app.userdata import missions as repo
from desktop_app.userdata.db import fold, transaction
from desktop_app.userdata.mission_models import Member, Mission

MAX_NAME = 200


def _text(value: str | None) -> str:
    return " ".join((value or "").split())


class MissionsService:
    """The user's missions; one instance per window or command (it keeps the undo history)."""

    def __init__(self, context: AppContext) -> None:
        self._context = context

    @property
    def _conn(self):
        return self._context.user_db

    # --- finding --------------------------------------------------------------------------------

    def list(self) -> list[Mission]:
        """Every mission not deleted, by start date (undated last), then name."""
        return repo.list_missions(self._conn)

    def get(self, ref: str | int) -> Mission:
        """A mission by number, uid or name (accents and case ignored); NotFound otherwise."""
        text = str(ref).strip()
        mission = None
        if text.isdigit():
            mission = repo.get_mission(self._conn, int(text))
        if mission is None:
            mission_id = repo.mission_id_for_uid(self._conn, text)
            mission = repo.get_mission(self._conn, mission_id) if mission_id else None
        if mission is None:
            named = [m for m in self.list() if fold(m.name) == fold(text)]
            if len(named) > 1:
                raise InvalidInput(f"{len(named)} missions are called {text!r}: give its "
                                   f"number ({', '.join(str(m.id) for m in named)}).")
            mission = named[0] if named else None
        if mission is None:
            raise NotFound(f"No mission {text!r}. 'cluster-atlas missions' lists them.")
        return mission

    def deleted(self) -> list[Mission]:
        """Deleted missions that can still be restored, the most recently deleted first."""
        return sorted(repo.list_missions(self._conn, deleted_only=True),
                      key=lambda m: m.deleted_at or "", reverse=True)

    # --- creating and editing ---------------------------------------------------------------------

    def create(self, name: str, *, start: str = "", end: str = "", purpose: str = "",
               destinations: Sequence[str] = (), home_tz: str = "") -> Mission:
        """A new mission. InvalidInput for no name, a bad date or an end before the start;
        NotFound for an unknown home zone. Nothing is stored on an error."""
        mission = self._checked(Mission(name=_text(name), start=(start or "").strip(),
                                        end=(end or "").strip(), purpose=(purpose or "").strip(),
                                        destinations=[_text(d) for d in destinations
                                                      if _text(d)],
                                        home_tz=(home_tz or "").strip()))
        return repo.save_mission(self._conn, mission)

    def edit(self, ref: str | int, *, name: str | None = None, start: str | None = None,
             end: str | None = None, purpose: str | None = None,
             destinations: Sequence[str] | None = None, home_tz: str | None = None) -> Mission:
        """Change the fields given (None: unchanged; "" clears a date, the purpose, ...)."""
        mission = self.get(ref)
        changed = replace(
            mission,
            name=mission.name if name is None else _text(name),
            start=mission.start if start is None else start.strip(),
            end=mission.end if end is None else end.strip(),
            purpose=mission.purpose if purpose is None else purpose.strip(),
            destinations=mission.destinations if destinations is None else [
                _text(d) for d in destinations if _text(d)],
            home_tz=mission.home_tz if home_tz is None else home_tz.strip())
        return repo.save_mission(self._conn, self._checked(changed))

    @staticmethod
    def _checked(mission: Mission) -> Mission:
        if not mission.name:
            raise InvalidInput("A mission needs a name.")
        if len(mission.name) > MAX_NAME:
            raise InvalidInput(f"A mission's name has at most {MAX_NAME} characters.")
        start = parse_date(mission.start, "start date") if mission.start else None
        end = parse_date(mission.end, "end date") if mission.end else None
        if start and end and end < start:
            raise InvalidInput(f"The mission ends ({end}) before it starts ({start}).")
        if mission.home_tz:
            check_zone(mission.home_tz)
        return replace(mission, start=start.isoformat() if start else "",
                       end=end.isoformat() if end else "")

    def days(self, mission: Mission) -> list[dt.date]:
        """The mission's days, first to last ([] without both dates)."""
        if not (mission.start and mission.end):
            return []
        first, last = dt.date.fromisoformat(mission.start), dt.date.fromisoformat(mission.end)
        return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]

    # --- the delegation -------------------------------------------------------------------------

    def add_member(self, ref: str | int, name: str, *, organisation: str = "", role: str = "",
                   phone: str = "", email: str = "") -> Member:
        """Add a person to the delegation; InvalidInput for no name or a name already there."""
        mission = self.get(ref)
        name = _text(name)
        if not name:
            raise InvalidInput("A delegation member needs a name.")
        if any(fold(m.name) == fold(name) for m in mission.members):
            raise InvalidInput(f"{name} is already in the delegation of {mission.name}.")
        return repo.add_member(self._conn, mission.id, Member(
            name, _text(organisation), _text(role), _text(phone), _text(email)))

    def member(self, mission: Mission, name: str) -> Member:
        """The member called `name` (accents and case ignored; a unique start is enough)."""
        wanted = fold(name)
        exact = [m for m in mission.members if fold(m.name) == wanted]
        found = exact or [m for m in mission.members if fold(m.name).startswith(wanted)]
        if len(found) == 1 and wanted:
            return found[0]
        known = ", ".join(m.name for m in mission.members) or "nobody yet"
        if len(found) > 1:
            raise InvalidInput(f"{name!r} could be {', '.join(m.name for m in found)}: "
                               "give the whole name.")
        raise NotFound(f"No member {name!r} in the delegation of {mission.name} "
                       f"(members: {known}).")

    def edit_member(self, ref: str | int, name: str, *, new_name: str | None = None,
                    organisation: str | None = None, role: str | None = None,
                    phone: str | None = None, email: str | None = None) -> Member:
        """Change what is given of the member called `name` (None: unchanged); InvalidInput
        for no name or the name of another member."""
        mission = self.get(ref)
        member = self.member(mission, name)
        changed = replace(member, **{key: _text(value) for key, value in (
            ("name", new_name), ("organisation", organisation), ("role", role),
            ("phone", phone), ("email", email)) if value is not None})
        if not changed.name:
            raise InvalidInput("A delegation member needs a name.")
        if any(fold(m.name) == fold(changed.name) and m.id != member.id
               for m in mission.members):
            raise InvalidInput(f"{changed.name} is already in the delegation of {mission.name}.")
        repo.update_member(self._conn, changed)
        return changed

    def remove_member(self, ref: str | int, name: str) -> Member:
        mission = self.get(ref)
        member = self.member(mission, name)
        repo.remove_member(self._conn, member.id)
        return member

    # --- the clusters to visit ------------------------------------------------------------------

    def add_clusters(self, ref: str | int, cluster_ids: Iterable[str]) -> list[str]:
        """Add clusters by id (all or none: NotFound for an unknown id); return those new."""
        mission = self.get(ref)
        library = LibraryService(self._context)
        ids = list(dict.fromkeys(library.require_cluster(c) for c in cluster_ids))
        if not ids:
            raise InvalidInput("No cluster given.")
        return repo.add_clusters(self._conn, mission.id, ids)

    def add_clusters_from_list(self, ref: str | int, list_name: str) -> list[str]:
        """Add the clusters of one of the user's lists (in the list's order)."""
        library = LibraryService(self._context)
        items = [c for c, _ in library.list_items(list_name)]
        known = library.catalogue_ids()
        ids = [c for c in items if c in known]  # a listed cluster that left the catalogue stays
        if not ids:
            raise InvalidInput(f"The list {list_name!r} holds no cluster of the catalogue.")
        return self.add_clusters(ref, ids)

    def add_clusters_from_filter(self, ref: str | int, flt: ClusterFilter) -> list[str]:
        """Add every cluster matching a catalogue filter (in table order)."""
        ids = [s.id for s in BrowseService(self._context).search(flt)]
        if not ids:
            raise InvalidInput("No cluster matches this filter: nothing was added.")
        return self.add_clusters(ref, ids)

    def create_from_list(self, list_name: str, name: str | None = None, **fields) -> Mission:
        """'Make a mission from this list': a new mission named after the list (or `name`) with
        the list's clusters. Nothing is stored when the list is unknown or empty."""
        LibraryService(self._context).list_items(list_name)  # NotFound before anything
        with transaction(self._conn):
            mission = self.create(name or list_name, **fields)
            self.add_clusters_from_list(mission.id, list_name)
        return self.get(mission.id)

    def create_from_filter(self, flt: ClusterFilter, name: str, **fields) -> Mission:
        """A new mission with every cluster a catalogue filter shows (the window's "Make a
        mission from these clusters"); nothing is stored when no cluster matches."""
        with transaction(self._conn):
            mission = self.create(name, **fields)
            self.add_clusters_from_filter(mission.id, flt)
        return self.get(mission.id)

    def remove_cluster(self, ref: str | int, cluster_id: str) -> bool:
        mission = self.get(ref)
        return repo.remove_cluster(self._conn, mission.id, cluster_id.strip())

    def clusters(self, mission: Mission) -> list[ClusterSummary]:
        """The mission's clusters in the order added (those still in the catalogue)."""
        by_id = self.summaries(mission.cluster_ids)
        return [by_id[c] for c in mission.cluster_ids if c in by_id]

    def summaries(self, cluster_ids: Iterable[str], lang: str = "en") -> dict[str, ClusterSummary]:
        """The catalogue's rows for some cluster ids (unknown ids are left out), their sector
        and state names in `lang`."""
        browse = BrowseService(self._context)
        ids = frozenset(cluster_ids)
        if not ids:
            return {}
        return {s.id: s for s in browse.search(browse.restrict(browse.make_filter(), ids),
                                               lang=lang)}

    def destinations(self, mission: Mission) -> list[str]:
        """Where the mission goes: as the user wrote it, else the states of its clusters."""
        if mission.destinations:
            return list(mission.destinations)
        return list(dict.fromkeys(s.state_name for s in self.clusters(mission) if s.state_name))

    # --- deleting -------------------------------------------------------------------------------

    def delete(self, ref: str | int) -> Mission:
        """Delete a mission with its agenda; `restore` brings it all back (the window's undo
        stack and `mission undelete` call it)."""
        mission = self.get(ref)
        repo.set_mission_deleted(self._conn, mission.id, True)
        return mission

    def restore(self, ref: str | int) -> Mission:
        """Bring back a deleted mission (by number or uid, or name among the deleted)."""
        text = str(ref).strip()
        for mission in self.deleted():
            if text in (str(mission.id), mission.uid) or fold(mission.name) == fold(text):
                repo.set_mission_deleted(self._conn, mission.id, False)
                return self.get(mission.id)
        raise NotFound(f"No deleted mission {text!r}. 'cluster-atlas missions --deleted' "
                       "lists them.")

    # --- the JSON of everything -----------------------------------------------------------------

    def export_records(self) -> list[MissionExport]:
        """Every mission not deleted with its meetings and their actions (for the JSON export)."""
        out = []
        for mission in self.list():
            uids = {m.id: m.uid for m in mission.members}
            links: dict[int, list[tuple[str, str | None]]] = {}
            for a in repo.meeting_actions(self._conn, mission.id):
                links.setdefault(a.meeting_id, []).append(
                    (a.follow_up_uid, uids.get(a.owner_id) if a.owner_id else None))
            meetings = [MeetingExport(g, None if g.all_members else
                                      [uids[i] for i in g.member_ids if i in uids],
                                      links.get(g.id, []))
                        for g in repo.list_meetings(self._conn, mission.id)]
            out.append(MissionExport(mission, meetings))
        return out

    def new_records(self, records: list[MissionExport]) -> list[MissionExport]:
        """The missions of an export not here yet (by uid, deleted ones count as here)."""
        seen: set[str] = set()
        out = []
        for record in records:
            uid = record.mission.uid
            if uid and (uid in seen or repo.mission_id_for_uid(self._conn, uid)):
                continue
            seen.add(uid)
            out.append(record)
        return out

    def import_records(self, records: list[MissionExport]) -> int:
        """Store the missions of an export that are not here yet, as they were (nothing is
        checked against the catalogue: a cluster that left it stays, shown as such). Returns
        how many; one transaction."""
        added = 0
        with transaction(self._conn):
            for record in self.new_records(records):
                mission = repo.save_mission(self._conn, replace(record.mission, id=0))
                ids = {}
                for member in record.mission.members:
                    stored = repo.add_member(self._conn, mission.id, replace(member, id=0))
                    ids[member.uid] = stored.id
                repo.add_clusters(self._conn, mission.id, list(record.mission.cluster_ids))
                for item in record.meetings:
                    uid = item.meeting.uid
                    if uid and repo.meeting_id_for_uid(self._conn, uid):
                        uid = ""  # a meeting uid already used (a copy of the export)
                    meeting = repo.save_meeting(self._conn, replace(
                        item.meeting, mission_id=mission.id, id=0, uid=uid,
                        member_ids=[ids[u] for u in item.member_uids or [] if u in ids]))
                    for follow_up, owner in item.actions:
                        repo.link_follow_up(self._conn, follow_up, meeting.id, ids.get(owner))
                added += 1
        return added
