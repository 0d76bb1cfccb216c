"""Trade missions: the mission, its delegation and clusters, its meetings and their actions.

Plain functions over a connection that take and return the dataclasses of `mission_models`.
Missions and meetings are deleted softly (`deleted_at`), so both can be undone. A meeting names
its contacts by uid; an action promised at a meeting is a contact's follow-up (table
`follow_ups`) linked by its uid, so it lives and dies with the contact, never with the meeting.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict

from desktop_app.userdata.db import transaction
from desktop_app.userdata.mission_models import Meeting, MeetingAction, Member, Mission
from desktop_app.userdata.models import new_uid, now_iso

_MISSION_COLUMNS = ("id, uid, name, start_date, end_date, purpose, destinations, home_tz,"
                    " created_at, updated_at, deleted_at")
_MEETING_COLUMNS = ("id, uid, mission_id, title, start_local, tz, minutes, place, city,"
                    " objective, status, outcome, all_members, source_uid, created_at,"
                    " updated_at, deleted_at")


def _deleted_clause(include_deleted: bool, deleted_only: bool) -> str:
    if deleted_only:
        return "deleted_at IS NOT NULL"
    return "1" if include_deleted else "deleted_at IS NULL"


# --- missions ------------------------------------------------------------------------------------


def _load_missions(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Mission]:
    if not rows:
        return []
    ids = json.dumps([r["id"] for r in rows])
    members: dict[int, list[Member]] = defaultdict(list)
    for r in conn.execute("SELECT id, uid, mission_id, name, organisation, role, phone, email"
                          " FROM mission_members WHERE mission_id IN (SELECT value FROM"
                          " json_each(?)) ORDER BY mission_id, position, id", (ids,)):
        members[r["mission_id"]].append(Member(r["name"], r["organisation"], r["role"],
                                               r["phone"], r["email"], r["uid"], r["id"]))
    clusters: dict[int, list[str]] = defaultdict(list)
    for r in conn.execute("SELECT mission_id, cluster_id FROM mission_clusters WHERE mission_id"
                          " IN (SELECT value FROM json_each(?)) ORDER BY mission_id, position",
                          (ids,)):
        clusters[r[0]].append(r[1])
    return [Mission(name=r["name"], start=r["start_date"], end=r["end_date"],
                    purpose=r["purpose"], destinations=json.loads(r["destinations"] or "[]"),
                    home_tz=r["home_tz"], members=members[r["id"]],
                    cluster_ids=clusters[r["id"]], uid=r["uid"], id=r["id"],
                    created_at=r["created_at"], updated_at=r["updated_at"],
                    deleted_at=r["deleted_at"]) for r in rows]


def get_mission(conn: sqlite3.Connection, mission_id: int, *,
                include_deleted: bool = False) -> Mission | None:
    rows = conn.execute(f"SELECT {_MISSION_COLUMNS} FROM missions WHERE id = ? AND"
                        f" {_deleted_clause(include_deleted, False)}", (mission_id,)).fetchall()
    found = _load_missions(conn, rows)
    return found[0] if found else None


def mission_id_for_uid(conn: sqlite3.Connection, uid: str) -> int | None:
    row = conn.execute("SELECT id FROM missions WHERE uid = ?", (uid,)).fetchone()
    return row[0] if row else None


def list_missions(conn: sqlite3.Connection, *, include_deleted: bool = False,
                  deleted_only: bool = False) -> list[Mission]:
    """Missions by start date (undated last), then name."""
    rows = conn.execute(
        f"SELECT {_MISSION_COLUMNS} FROM missions WHERE"
        f" {_deleted_clause(include_deleted, deleted_only)}"
        " ORDER BY start_date = '', start_date, name COLLATE NOCASE, id").fetchall()
    return _load_missions(conn, rows)


def save_mission(conn: sqlite3.Connection, mission: Mission) -> Mission:
    """Insert the mission (id 0) or update its own fields (name, dates, purpose, destinations,
    home zone); members and clusters have their own functions. Returns it as stored."""
    stamp = now_iso()
    values = (mission.name, mission.start, mission.end, mission.purpose,
              json.dumps(mission.destinations, ensure_ascii=False), mission.home_tz)
    with transaction(conn):
        if mission.id:
            conn.execute("UPDATE missions SET name = ?, start_date = ?, end_date = ?,"
                         " purpose = ?, destinations = ?, home_tz = ?, updated_at = ?"
                         " WHERE id = ?", (*values, stamp, mission.id))
            mission_id = mission.id
        else:
            cur = conn.execute(
                "INSERT INTO missions (uid, name, start_date, end_date, purpose, destinations,"
                " home_tz, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (mission.uid or new_uid(), *values, mission.created_at or stamp,
                 mission.updated_at or stamp))
            mission_id = cur.lastrowid
    stored = get_mission(conn, mission_id, include_deleted=True)
    assert stored is not None
    return stored


def set_mission_deleted(conn: sqlite3.Connection, mission_id: int, deleted: bool) -> bool:
    """Mark a mission deleted (with everything in it) or bring it back; False when it already
    was in that state."""
    with transaction(conn):
        if deleted:
            cur = conn.execute("UPDATE missions SET deleted_at = ? WHERE id = ? AND deleted_at"
                               " IS NULL", (now_iso(), mission_id))
        else:
            cur = conn.execute("UPDATE missions SET deleted_at = NULL WHERE id = ? AND"
                               " deleted_at IS NOT NULL", (mission_id,))
    return cur.rowcount == 1


def add_member(conn: sqlite3.Connection, mission_id: int, member: Member) -> Member:
    with transaction(conn):
        position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM mission_members"
                                " WHERE mission_id = ?", (mission_id,)).fetchone()[0]
        uid = member.uid or new_uid()
        cur = conn.execute(
            "INSERT INTO mission_members (uid, mission_id, position, name, organisation, role,"
            " phone, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (uid, mission_id, position, member.name, member.organisation, member.role,
             member.phone, member.email))
        conn.execute("UPDATE missions SET updated_at = ? WHERE id = ?", (now_iso(), mission_id))
    return Member(member.name, member.organisation, member.role, member.phone, member.email,
                  uid, cur.lastrowid)


def update_member(conn: sqlite3.Connection, member: Member) -> None:
    with transaction(conn):
        conn.execute("UPDATE mission_members SET name = ?, organisation = ?, role = ?,"
                     " phone = ?, email = ? WHERE id = ?",
                     (member.name, member.organisation, member.role, member.phone,
                      member.email, member.id))


def remove_member(conn: sqlite3.Connection, member_id: int) -> bool:
    with transaction(conn):
        cur = conn.execute("DELETE FROM mission_members WHERE id = ?", (member_id,))
    return cur.rowcount == 1


def add_clusters(conn: sqlite3.Connection, mission_id: int, cluster_ids: list[str]) -> list[str]:
    """Add clusters to visit (after those already there); return the ids that were new."""
    added = []
    stamp = now_iso()
    with transaction(conn):
        position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM mission_clusters"
                                " WHERE mission_id = ?", (mission_id,)).fetchone()[0]
        for cluster_id in cluster_ids:
            cur = conn.execute("INSERT OR IGNORE INTO mission_clusters (mission_id, position,"
                               " cluster_id, added_at) VALUES (?, ?, ?, ?)",
                               (mission_id, position, cluster_id, stamp))
            if cur.rowcount:
                added.append(cluster_id)
                position += 1
        if added:
            conn.execute("UPDATE missions SET updated_at = ? WHERE id = ?", (stamp, mission_id))
    return added


def remove_cluster(conn: sqlite3.Connection, mission_id: int, cluster_id: str) -> bool:
    with transaction(conn):
        cur = conn.execute("DELETE FROM mission_clusters WHERE mission_id = ? AND"
                           " cluster_id = ?", (mission_id, cluster_id))
    return cur.rowcount == 1


# --- meetings ------------------------------------------------------------------------------------


def _load_meetings(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Meeting]:
    if not rows:
        return []
    ids = json.dumps([r["id"] for r in rows])
    within = "meeting_id IN (SELECT value FROM json_each(?))"
    clusters: dict[int, list[str]] = defaultdict(list)
    for r in conn.execute(f"SELECT meeting_id, cluster_id FROM meeting_clusters WHERE {within}"
                          " ORDER BY meeting_id, position", (ids,)):
        clusters[r[0]].append(r[1])
    contacts: dict[int, list[str]] = defaultdict(list)
    for r in conn.execute(f"SELECT meeting_id, contact_uid FROM meeting_contacts WHERE {within}"
                          " ORDER BY meeting_id, position", (ids,)):
        contacts[r[0]].append(r[1])
    members: dict[int, list[int]] = defaultdict(list)
    for r in conn.execute(f"SELECT mm.meeting_id, mm.member_id FROM meeting_members mm JOIN"
                          f" mission_members m ON m.id = mm.member_id WHERE mm.{within}"
                          " ORDER BY mm.meeting_id, m.position, m.id", (ids,)):
        members[r[0]].append(r[1])
    return [Meeting(mission_id=r["mission_id"], start_local=r["start_local"], tz=r["tz"],
                    minutes=r["minutes"], title=r["title"], place=r["place"], city=r["city"],
                    objective=r["objective"], status=r["status"], outcome=r["outcome"],
                    cluster_ids=clusters[r["id"]], contact_uids=contacts[r["id"]],
                    member_ids=members[r["id"]], all_members=bool(r["all_members"]),
                    source_uid=r["source_uid"], uid=r["uid"], id=r["id"],
                    created_at=r["created_at"], updated_at=r["updated_at"],
                    deleted_at=r["deleted_at"]) for r in rows]


def get_meeting(conn: sqlite3.Connection, meeting_id: int, *,
                include_deleted: bool = False) -> Meeting | None:
    rows = conn.execute(f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE id = ? AND"
                        f" {_deleted_clause(include_deleted, False)}", (meeting_id,)).fetchall()
    found = _load_meetings(conn, rows)
    return found[0] if found else None


def list_meetings(conn: sqlite3.Connection, mission_id: int, *,
                  include_deleted: bool = False) -> list[Meeting]:
    """A mission's meetings by their stored wall time (the agenda sorts by instant)."""
    rows = conn.execute(f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE mission_id = ? AND"
                        f" {_deleted_clause(include_deleted, False)}"
                        " ORDER BY start_local, id", (mission_id,)).fetchall()
    return _load_meetings(conn, rows)


def meeting_id_for_uid(conn: sqlite3.Connection, uid: str) -> int | None:
    row = conn.execute("SELECT id FROM meetings WHERE uid = ?", (uid,)).fetchone()
    return row[0] if row else None


def meeting_ids_for_source(conn: sqlite3.Connection, mission_id: int) -> dict[str, int]:
    """source uid -> meeting id of the meetings imported from a calendar (deleted ones too)."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT source_uid, id FROM meetings WHERE mission_id = ? AND source_uid != ''",
        (mission_id,))}


def save_meeting(conn: sqlite3.Connection, meeting: Meeting) -> Meeting:
    """Insert (id 0) or replace a meeting with its clusters, contacts and members."""
    stamp = now_iso()
    values = (meeting.title, meeting.start_local, meeting.tz, meeting.minutes, meeting.place,
              meeting.city, meeting.objective, meeting.status, meeting.outcome,
              int(meeting.all_members), meeting.source_uid)
    with transaction(conn):
        if meeting.id:
            meeting_id = meeting.id
            conn.execute("UPDATE meetings SET title = ?, start_local = ?, tz = ?, minutes = ?,"
                         " place = ?, city = ?, objective = ?, status = ?, outcome = ?,"
                         " all_members = ?, source_uid = ?, updated_at = ? WHERE id = ?",
                         (*values, stamp, meeting_id))
            for table in ("meeting_clusters", "meeting_contacts", "meeting_members"):
                conn.execute(f"DELETE FROM {table} WHERE meeting_id = ?", (meeting_id,))
        else:
            cur = conn.execute(
                "INSERT INTO meetings (uid, mission_id, title, start_local, tz, minutes, place,"
                " city, objective, status, outcome, all_members, source_uid, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (meeting.uid or new_uid(), meeting.mission_id, *values,
                 meeting.created_at or stamp, meeting.updated_at or stamp))
            meeting_id = cur.lastrowid
        conn.executemany("INSERT INTO meeting_clusters (meeting_id, position, cluster_id)"
                         " VALUES (?, ?, ?)",
                         [(meeting_id, i, c) for i, c in enumerate(meeting.cluster_ids)])
        conn.executemany("INSERT INTO meeting_contacts (meeting_id, position, contact_uid)"
                         " VALUES (?, ?, ?)",
                         [(meeting_id, i, c) for i, c in enumerate(meeting.contact_uids)])
        if not meeting.all_members:
            conn.executemany("INSERT INTO meeting_members (meeting_id, member_id) VALUES (?, ?)",
                             [(meeting_id, m) for m in meeting.member_ids])
    stored = get_meeting(conn, meeting_id, include_deleted=True)
    assert stored is not None
    return stored


def set_meeting_deleted(conn: sqlite3.Connection, meeting_id: int, deleted: bool) -> bool:
    with transaction(conn):
        if deleted:
            cur = conn.execute("UPDATE meetings SET deleted_at = ? WHERE id = ? AND deleted_at"
                               " IS NULL", (now_iso(), meeting_id))
        else:
            cur = conn.execute("UPDATE meetings SET deleted_at = NULL WHERE id = ? AND"
                               " deleted_at IS NOT NULL", (meeting_id,))
    return cur.rowcount == 1


# --- actions promised at meetings ------------------------------------------------------------------


def link_follow_up(conn: sqlite3.Connection, follow_up_uid: str, meeting_id: int,
                   owner_id: int | None) -> None:
    with transaction(conn):
        conn.execute("INSERT OR REPLACE INTO meeting_follow_ups (follow_up_uid, meeting_id,"
                     " owner_id) VALUES (?, ?, ?)", (follow_up_uid, meeting_id, owner_id))


def meeting_actions(conn: sqlite3.Connection, mission_id: int) -> list[MeetingAction]:
    """The follow-ups promised at the mission's meetings (of contacts not deleted), by due date
    (undated last)."""
    rows = conn.execute(
        "SELECT l.follow_up_uid, l.meeting_id, c.uid AS contact_uid, c.full_name,"
        " c.given_name, c.family_name, c.organisation, f.action, f.due, f.state, l.owner_id,"
        " coalesce(m.name, '') AS owner_name"
        " FROM meeting_follow_ups l JOIN meetings g ON g.id = l.meeting_id"
        " JOIN follow_ups f ON f.uid = l.follow_up_uid JOIN contacts c ON c.id = f.contact_id"
        " LEFT JOIN mission_members m ON m.id = l.owner_id"
        " WHERE g.mission_id = ? AND g.deleted_at IS NULL AND c.deleted_at IS NULL"
        " ORDER BY f.due = '', f.due, g.start_local, f.id", (mission_id,)).fetchall()
    out = []
    for r in rows:
        name = r["full_name"] or " ".join(p for p in (r["given_name"], r["family_name"]) if p)
        out.append(MeetingAction(r["follow_up_uid"], r["meeting_id"], r["contact_uid"],
                                 name or r["organisation"], r["action"], r["due"], r["state"],
                                 r["owner_id"], r["owner_name"]))
    return out


def follow_up_meetings(conn: sqlite3.Connection) -> dict[str, tuple[int, int]]:
    """follow-up uid -> (meeting id, mission id) for every follow-up promised at a meeting of a
    mission not deleted (for the "To follow up" view to say where a promise was made)."""
    return {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT l.follow_up_uid, g.id, g.mission_id FROM meeting_follow_ups l JOIN meetings g"
        " ON g.id = l.meeting_id JOIN missions s ON s.id = g.mission_id"
        " WHERE g.deleted_at IS NULL AND s.deleted_at IS NULL")}
