"""Missions in the JSON of everything the user owns (`jsonformat`): written and read here, apart
from the contacts, bookmarks and notes.

    "missions": [{"uid": "...", "name": "...", "start": "2026-03-09", "end": "...",
                  "purpose": "...", "destinations": [...], "home_tz": "Europe/Madrid",
                  "created_at": "...", "updated_at": "...",
                  "members": [{"uid", "name", "organisation", "role", "phone", "email"}],
                  "clusters": ["mx-nle-claut", ...],
                  "meetings": [{"uid", "title", "start_local": "2026-03-10T10:00",
                                "tz": "America/Monterrey", "minutes", "place", "city",
                                "objective", "status", "outcome", "clusters", "contacts",
                                "members": [member uids] or null (the whole delegation),
                                "source_uid", "created_at", "updated_at",
                                "actions": [{"follow_up": uid, "owner": member uid or null}]}]}]

Members are named by uid inside a mission, so the file needs no database ids. Deleted missions
and meetings are left out, as deleted contacts are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.userdata.mission_models import MEETING_STATUSES, Meeting, Member, Mission


@dataclass
class MeetingExport:
    meeting: Meeting  # member_ids unused: see member_uids
    member_uids: list[str] | None  # None: the whole delegation
    actions: list[tuple[str, str | None]] = field(default_factory=list)  # follow-up, owner uid


@dataclass
class MissionExport:
    mission: Mission
    meetings: list[MeetingExport] = field(default_factory=list)


def write_missions(missions: list[MissionExport]) -> list[dict[str, Any]]:
    out = []
    for item in missions:
        m = item.mission
        out.append({
            "uid": m.uid, "name": m.name, "start": m.start, "end": m.end, "purpose": m.purpose,
            "destinations": list(m.destinations), "home_tz": m.home_tz,
            "created_at": m.created_at, "updated_at": m.updated_at,
            "members": [{"uid": p.uid, "name": p.name, "organisation": p.organisation,
                         "role": p.role, "phone": p.phone, "email": p.email}
                        for p in m.members],
            "clusters": list(m.cluster_ids),
            "meetings": [{
                "uid": g.meeting.uid, "title": g.meeting.title,
                "start_local": g.meeting.start_local, "tz": g.meeting.tz,
                "minutes": g.meeting.minutes, "place": g.meeting.place, "city": g.meeting.city,
                "objective": g.meeting.objective, "status": g.meeting.status,
                "outcome": g.meeting.outcome, "clusters": list(g.meeting.cluster_ids),
                "contacts": list(g.meeting.contact_uids), "members": g.member_uids,
                "source_uid": g.meeting.source_uid, "created_at": g.meeting.created_at,
                "updated_at": g.meeting.updated_at,
                "actions": [{"follow_up": f, "owner": o} for f, o in g.actions],
            } for g in item.meetings],
        })
    return out


def text_value(item: dict, key: str, where: str, *, required: bool = False) -> str:
    """An object's text (`where` names the object in an error: 'missions[0]'); '' when absent
    or empty, unless `required`. Also `jsonformat`'s, for the rest of the file."""
    value = item.get(key)
    if value is None or value == "":
        if required:
            raise ValueError(f"{where}: '{key}' is missing")
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{where}.{key}: text expected")
    return value


def _objects(item: dict, key: str, where: str) -> list[dict]:
    value = item.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError(f"{where}.{key}: a list of objects expected")
    return value


def _strings(item: dict, key: str, where: str) -> list[str]:
    value = item.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}.{key}: a list of strings expected")
    return value


def read_missions(data: dict) -> list[MissionExport]:
    """The missions of an export (none in an older one); ValueError with where and why."""
    out = []
    for i, item in enumerate(_objects(data, "missions", "export")):
        where = f"missions[{i}]"
        members = [Member(name=text_value(p, "name", f"{where}.members[{j}]", required=True),
                          organisation=text_value(p, "organisation", where),
                          role=text_value(p, "role", where), phone=text_value(p, "phone", where),
                          email=text_value(p, "email", where), uid=text_value(p, "uid", where))
                   for j, p in enumerate(_objects(item, "members", where))]
        mission = Mission(
            name=text_value(item, "name", where, required=True), start=text_value(item, "start", where),
            end=text_value(item, "end", where), purpose=text_value(item, "purpose", where),
            destinations=_strings(item, "destinations", where),
            home_tz=text_value(item, "home_tz", where), members=members,
            cluster_ids=_strings(item, "clusters", where), uid=text_value(item, "uid", where),
            created_at=text_value(item, "created_at", where),
            updated_at=text_value(item, "updated_at", where))
        meetings = []
        for j, g in enumerate(_objects(item, "meetings", where)):
            at = f"{where}.meetings[{j}]"
            minutes = g.get("minutes", 60)
            if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes <= 0:
                raise ValueError(f"{at}.minutes: a positive whole number expected")
            status = text_value(g, "status", at) or "planned"
            if status not in MEETING_STATUSES:
                raise ValueError(f"{at}.status: one of {', '.join(MEETING_STATUSES)} expected")
            member_uids = None if g.get("members") is None else _strings(g, "members", at)
            meeting = Meeting(
                mission_id=0, start_local=text_value(g, "start_local", at, required=True),
                tz=text_value(g, "tz", at, required=True), minutes=minutes,
                title=text_value(g, "title", at), place=text_value(g, "place", at),
                city=text_value(g, "city", at), objective=text_value(g, "objective", at), status=status,
                outcome=text_value(g, "outcome", at), cluster_ids=_strings(g, "clusters", at),
                contact_uids=_strings(g, "contacts", at), all_members=member_uids is None,
                source_uid=text_value(g, "source_uid", at), uid=text_value(g, "uid", at),
                created_at=text_value(g, "created_at", at), updated_at=text_value(g, "updated_at", at))
            actions = [(text_value(a, "follow_up", at, required=True), text_value(a, "owner", at) or None)
                       for a in _objects(g, "actions", at)]
            meetings.append(MeetingExport(meeting, member_uids, actions))
        out.append(MissionExport(mission, meetings))
    return out
