"""A mission's agenda: meetings in the place's local time, their conflicts, and the actions
promised at them.

`AgendaService` is what the Missions tab's agenda and `cluster-atlas meeting ...` / `agenda`
call. A meeting's clock is, in this order: the zone given, its city's when that is a border city
with its own clock, the state of its first cluster (`missions.zones`). Conflicts are computed on
every read (`missions.conflicts`) and never block a write: adding a meeting returns them.
Actions are the contacts' own follow-ups (`ContactsService.add_follow_up`), linked to the meeting
and to the delegation member who owns them, so the "To follow up" view lists them as well.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from desktop_app.errors import InvalidInput, NotFound
from desktop_app.missions import zones
from desktop_app.missions.conflicts import Conflict, Slot, conflicts_by_meeting, find_conflicts
from desktop_app.services.contacts import ContactsService
from desktop_app.services.context import AppContext
from desktop_app.services.library import LibraryService
from desktop_app.services.missions import MissionsService
from desktop_app.userdata import contacts as contacts_repo
from desktop_app.userdata import missions as repo
from desktop_app.userdata.db import fold, transaction
from desktop_app.userdata.mission_models import MEETING_STATUSES, Meeting, MeetingAction, Mission

WHOLE_DELEGATION = "the delegation"  # who attends when a mission has no members yet
DEFAULT_MINUTES = 60
_UNSET: Any = object()


@dataclass(frozen=True)
class AgendaEntry:
    """One meeting as the agenda shows it: its times on the place's clock (and the home zone's),
    the names of what it links to, and its conflicts."""

    meeting: Meeting
    start: dt.datetime | dt.date  # aware on the place's clock, or a date for a whole day
    end: dt.datetime | dt.date
    clusters: list[tuple[str, str]]  # (id, name)
    contacts: list[tuple[str, str]]  # (uid, name)
    members: list[str]
    conflicts: list[Conflict] = field(default_factory=list)
    home_start: dt.datetime | None = None
    home_end: dt.datetime | None = None
    state: str = ""  # state code of the first cluster

    @property
    def id(self) -> int:
        return self.meeting.id

    @property
    def day(self) -> dt.date:
        return self.start.date() if isinstance(self.start, dt.datetime) else self.start

    def conflict_lines(self, titles: dict[int, str]) -> list[str]:
        return [c.describe(titles) for c in self.conflicts]

    def to_dict(self, titles: dict[int, str] | None = None) -> dict[str, Any]:
        """The agenda's JSON (a contract: id, title, start, end with the place's UTC offset,
        tz, place, clusters, contacts, status, conflicts, and more)."""
        m = self.meeting
        data: dict[str, Any] = {
            "id": m.id, "uid": m.uid, "title": m.title, "start": self.start.isoformat(),
            "end": self.end.isoformat(), "tz": m.tz, "all_day": m.all_day,
            "minutes": m.minutes, "place": m.place, "city": m.city,
            "clusters": [c for c, _ in self.clusters], "contacts": [c for c, _ in self.contacts],
            "members": self.members, "status": m.status, "objective": m.objective,
            "outcome": m.outcome,
            "conflicts": [{"kind": c.kind, "with": c.second if c.first == m.id else c.first,
                           "members": list(c.members), "text": c.describe(titles)}
                          for c in self.conflicts],
        }
        if self.home_start is not None and self.home_end is not None:
            data["home_start"] = self.home_start.isoformat()
            data["home_end"] = self.home_end.isoformat()
        return data


@dataclass(frozen=True)
class MeetingResult:
    """A meeting as stored, with what the user should know (never a reason not to store it)."""

    meeting: Meeting
    conflicts: list[Conflict]
    warnings: list[str]
    titles: dict[int, str]


class AgendaService:
    """Meetings, conflicts and promised actions of the user's missions."""

    def __init__(self, context: AppContext, missions: MissionsService | None = None) -> None:
        self._context = context
        self.missions = missions or MissionsService(context)

    @property
    def _conn(self):
        return self._context.user_db

    # --- reading --------------------------------------------------------------------------------

    def meeting(self, meeting_id: int | str) -> Meeting:
        text = str(meeting_id).strip().lstrip("#")
        meeting = repo.get_meeting(self._conn, int(text)) if text.isdigit() else None
        if meeting is None or repo.get_mission(self._conn, meeting.mission_id) is None:
            raise NotFound(f"No meeting {str(meeting_id)!r}. 'cluster-atlas agenda MISSION' "
                           "lists a mission's meetings.")
        return meeting

    def agenda(self, ref: str | int | Mission) -> list[AgendaEntry]:
        """The mission's meetings in time order (by instant), with their conflicts."""
        mission = ref if isinstance(ref, Mission) else self.missions.get(ref)
        meetings = repo.list_meetings(self._conn, mission.id)
        cluster_ids = {c for m in meetings for c in m.cluster_ids}
        summaries = self.missions.summaries(cluster_ids)
        names = {m.id: m.name for m in mission.members}
        contact_names = self._contact_names({u for m in meetings for u in m.contact_uids})
        entries = []
        for m in meetings:
            start, end = meeting_times(m)
            home_start = home_end = None
            if mission.home_tz and isinstance(start, dt.datetime):
                home_start = zones.in_zone(start, mission.home_tz)
                home_end = zones.in_zone(end, mission.home_tz)
            first = summaries.get(m.cluster_ids[0]) if m.cluster_ids else None
            entries.append(AgendaEntry(
                meeting=m, start=start, end=end,
                clusters=[(c, summaries[c].acronym or summaries[c].name if c in summaries
                           else f"{c} (no longer in the catalogue)") for c in m.cluster_ids],
                contacts=[(u, contact_names.get(u, "(deleted contact)"))
                          for u in m.contact_uids],
                members=self._attending(mission, m, names), home_start=home_start,
                home_end=home_end, state=(first.state or "") if first else ""))
        entries.sort(key=_order)
        found = conflicts_by_meeting(find_conflicts(self._slots(mission, entries, summaries)))
        return [replace(e, conflicts=found.get(e.id, [])) for e in entries]

    def conflicts(self, ref: str | int | Mission) -> list[Conflict]:
        mission = ref if isinstance(ref, Mission) else self.missions.get(ref)
        entries = self.agenda(mission)
        seen: dict[tuple, Conflict] = {}
        for entry in entries:
            for c in entry.conflicts:
                seen.setdefault((c.kind, c.first, c.second), c)
        return list(seen.values())

    @staticmethod
    def titles(entries: Sequence[AgendaEntry]) -> dict[int, str]:
        return {e.id: e.meeting.title for e in entries}

    def _contact_names(self, uids: set[str]) -> dict[str, str]:
        out = {}
        for uid in uids:
            contact = contacts_repo.get_contact(self._conn, uid)
            if contact is not None:
                out[uid] = contact.display_name
        return out

    @staticmethod
    def _attending(mission: Mission, meeting: Meeting, names: dict[int, str]) -> list[str]:
        if meeting.all_members:
            return [m.name for m in mission.members]
        return [names[i] for i in meeting.member_ids if i in names]

    @staticmethod
    def _slots(mission: Mission, entries: list[AgendaEntry], summaries) -> list[Slot]:
        slots = []
        for e in entries:
            m = e.meeting
            if m.status == "cancelled" or m.all_day:
                continue
            first = summaries.get(m.cluster_ids[0]) if m.cluster_ids else None
            city = fold(m.city) or (fold(first.state_name or "") if first else "") or m.tz
            who = e.members or ([] if mission.members else [WHOLE_DELEGATION])
            slots.append(Slot(m.id, e.start, e.end, frozenset(who), city))
        return slots

    # --- writing --------------------------------------------------------------------------------

    def add_meeting(self, ref: str | int, at: str, *, minutes: int | None = None,
                    cluster_ids: Sequence[str] = (), contact_uids: Sequence[str] = (),
                    members: Sequence[str] = (), place: str = "", city: str = "",
                    tz: str | None = None, title: str = "", objective: str = "",
                    status: str = "planned") -> MeetingResult:
        """Plan a meeting at a local time ("YYYY-MM-DD HH:MM" on the place's clock; a date alone
        for a whole day), lasting `minutes` (default an hour, or the day). Everything
        is checked before anything is stored (NotFound for an unknown cluster, contact, member
        or zone; InvalidInput for a bad time); conflicts are returned, never refused."""
        mission = self.missions.get(ref)
        meeting = Meeting(mission_id=mission.id, start_local="", tz="", minutes=DEFAULT_MINUTES)
        meeting = self.prepare(mission, meeting, at=at,
                              minutes=_UNSET if minutes is None else minutes,
                              cluster_ids=cluster_ids,
                              contact_uids=contact_uids, members=members, place=place,
                              city=city, tz=tz, title=title, objective=objective,
                              status=status)
        return self._store(mission, meeting)

    def edit_meeting(self, meeting_id: int | str, **changes: Any) -> MeetingResult:
        """Change what is given (the keywords of `add_meeting`; `members=[]` with
        `all_members=True` gives it back to the whole delegation, `outcome` too)."""
        meeting = self.meeting(meeting_id)
        mission = self.missions.get(meeting.mission_id)
        meeting = self.prepare(mission, meeting, **changes)
        return self._store(mission, meeting)

    def mark_done(self, meeting_id: int | str, outcome: str | None = None) -> MeetingResult:
        changes: dict[str, Any] = {"status": "done"}
        if outcome is not None:
            changes["outcome"] = outcome
        return self.edit_meeting(meeting_id, **changes)

    def delete_meeting(self, meeting_id: int | str) -> Meeting:
        """Delete a meeting (restorable); the follow-ups promised at it stay with their contacts."""
        meeting = self.meeting(meeting_id)
        repo.set_meeting_deleted(self._conn, meeting.id, True)
        return meeting

    def restore_meeting(self, meeting_id: int) -> Meeting:
        if not repo.set_meeting_deleted(self._conn, int(meeting_id), False):
            raise NotFound(f"No deleted meeting {meeting_id!r}.")
        return self.meeting(meeting_id)

    def _store(self, mission: Mission, meeting: Meeting) -> MeetingResult:
        with transaction(self._conn):
            stored = repo.save_meeting(self._conn, meeting)
            repo.add_clusters(self._conn, mission.id,
                              [c for c in stored.cluster_ids if c not in mission.cluster_ids])
        entries = self.agenda(mission.id)
        mine = next(e for e in entries if e.id == stored.id)
        warnings = []
        if mission.start and mission.end and not stored.all_day and not (
                mission.start <= stored.day <= mission.end):
            warnings.append(f"{stored.day} is outside the mission's dates ({mission.start} to "
                            f"{mission.end}).")
        return MeetingResult(stored, mine.conflicts, warnings, self.titles(entries))

    def prepare(self, mission: Mission, meeting: Meeting, *, at: Any = _UNSET,
               minutes: Any = _UNSET, cluster_ids: Any = _UNSET, contact_uids: Any = _UNSET,
               members: Any = _UNSET, all_members: Any = _UNSET, place: Any = _UNSET,
               city: Any = _UNSET, tz: Any = _UNSET, title: Any = _UNSET,
               objective: Any = _UNSET, status: Any = _UNSET, outcome: Any = _UNSET,
               source_uid: Any = _UNSET) -> Meeting:
        """The meeting with the changes applied and checked, nothing stored (NotFound,
        InvalidInput as for `add_meeting`): what an import plans before it writes."""
        m = replace(meeting)
        if cluster_ids is not _UNSET:
            library = LibraryService(self._context)
            m.cluster_ids = list(dict.fromkeys(library.require_cluster(c) for c in cluster_ids))
        if contact_uids is not _UNSET:
            contacts = ContactsService(self._context)
            m.contact_uids = list(dict.fromkeys(contacts.get(u.strip()).uid
                                                for u in contact_uids))
        if members is not _UNSET:
            chosen = [self.missions.member(mission, name) for name in members]
            m.member_ids = list(dict.fromkeys(x.id for x in chosen))
            m.all_members = not chosen
        if all_members is not _UNSET and all_members:
            m.all_members, m.member_ids = True, []
        for name, value in (("place", place), ("city", city), ("title", title),
                            ("objective", objective), ("outcome", outcome),
                            ("source_uid", source_uid)):
            if value is not _UNSET:
                setattr(m, name, (value or "").strip())
        if status is not _UNSET:
            if status not in MEETING_STATUSES:
                raise InvalidInput(f"Unknown status {status!r}: {', '.join(MEETING_STATUSES)}.")
            m.status = status
        if tz is not _UNSET and tz:
            m.tz = zones.check_zone(tz)
        elif not m.tz or cluster_ids is not _UNSET or city is not _UNSET:
            m.tz = self._place_zone(m) or m.tz  # a new place sets the clock, unless unknown
            if not m.tz:
                raise InvalidInput("Where is this meeting? Give a cluster (its state sets the "
                                   "clock) or a time zone (--tz America/Monterrey).")
        if at is not _UNSET:
            local, all_day = zones.parse_local(at)
            m.start_local = zones.local_text(local)
            if all_day and minutes is _UNSET:
                minutes = 1440
        if minutes is not _UNSET:
            if not isinstance(minutes, int) or minutes <= 0:
                raise InvalidInput(f"A meeting lasts at least a minute, not {minutes!r}.")
            m.minutes = minutes
        if not m.start_local:
            raise InvalidInput("A meeting needs a start: YYYY-MM-DD HH:MM.")
        meeting_times(m)  # InvalidInput for a wall time the clocks skip
        if not m.title:
            m.title = self._default_title(m)
        return m

    def _place_zone(self, meeting: Meeting) -> str | None:
        return self.zone_for(meeting.cluster_ids, meeting.city)

    def zone_for(self, cluster_ids: Sequence[str], city: str = "") -> str | None:
        """Where a meeting's clock runs by default: its city's (a border city) or its first
        cluster's state's; None when neither says."""
        state = None
        if cluster_ids:
            summary = self.missions.summaries(cluster_ids[:1]).get(cluster_ids[0])
            state = summary.state if summary else None
        return zones.default_zone(state, city)

    def _default_title(self, meeting: Meeting) -> str:
        if meeting.cluster_ids:
            summary = self.missions.summaries(meeting.cluster_ids[:1]).get(meeting.cluster_ids[0])
            if summary:
                return f"Meeting with {summary.acronym or summary.name}"
        names = self._contact_names(set(meeting.contact_uids[:1]))
        if names:
            return f"Meeting with {next(iter(names.values()))}"
        return "Meeting"

    # --- actions promised at meetings -----------------------------------------------------------

    def add_action(self, meeting_id: int | str, action: str, *, due: str = "",
                   contact_uid: str | None = None, owner: str | None = None) -> MeetingAction:
        """Record an action promised at a meeting, as a follow-up of the contact it was promised
        to (the meeting's only contact unless one is named), owned by a delegation member."""
        meeting = self.meeting(meeting_id)
        mission = self.missions.get(meeting.mission_id)
        if contact_uid is None:
            if len(meeting.contact_uids) != 1:
                raise InvalidInput("Whom was it promised to? The meeting has "
                                   f"{len(meeting.contact_uids)} contacts: name one (--contact).")
            contact_uid = meeting.contact_uids[0]
        owner_id = self.missions.member(mission, owner).id if owner else None
        contacts = ContactsService(self._context)
        before = {f.uid for f in contacts.get(contact_uid).follow_ups}
        with transaction(self._conn):
            stored = contacts.add_follow_up(contact_uid, action, due)
            (new,) = [f for f in stored.follow_ups if f.uid not in before]
            repo.link_follow_up(self._conn, new.uid, meeting.id, owner_id)
        return next(a for a in repo.meeting_actions(self._conn, mission.id)
                    if a.follow_up_uid == new.uid)

    def actions(self, ref: str | int | Mission) -> list[MeetingAction]:
        """The actions promised at the mission's meetings, soonest due first."""
        mission = ref if isinstance(ref, Mission) else self.missions.get(ref)
        return repo.meeting_actions(self._conn, mission.id)

    def follow_up_origins(self) -> dict[str, tuple[int, int]]:
        """follow-up uid -> (meeting id, mission id): where a follow-up was promised."""
        return repo.follow_up_meetings(self._conn)


def meeting_times(meeting: Meeting) -> tuple[dt.datetime | dt.date, dt.datetime | dt.date]:
    """Start and end on the place's clock (aware), or first day and the day after for a whole-day
    entry. InvalidInput for a wall time the clocks skip."""
    local, all_day = zones.parse_local(meeting.start_local)
    if all_day:
        return local, local + dt.timedelta(days=max(1, meeting.minutes // 1440))
    start = zones.localize(local, meeting.tz)  # type: ignore[arg-type]
    end = (start.astimezone(zones.UTC) + dt.timedelta(minutes=meeting.minutes)).astimezone(
        start.tzinfo)
    return start, end


def _order(entry: AgendaEntry) -> tuple:
    if isinstance(entry.start, dt.datetime):
        return (entry.start.date(), 1, entry.start.astimezone(zones.UTC), entry.id)
    return (entry.start, 0, None, entry.id)
