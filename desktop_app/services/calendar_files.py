"""Calendar files of a mission's agenda: export to .ics, import an .ics received from others.

Export: one event per meeting on the place's clock (`interchange.ics_write`), its description
naming the clusters, contacts and objective. Import is two steps, like contacts: `preview_import`
reads the file (`interchange.ics_read`) and plans each occurrence, matching organisations to
clusters (names and acronyms in the summary, place, description and e-mail domains, or the
clusters linked to a matched contact) and people to contacts (e-mail, else the same name) and to
the delegation; what matches nothing is listed for the user to link. `apply_import` writes the
plan in one transaction. A meeting imported before (same event UID, or one this program
exported) is updated instead of duplicated.

Where a meeting's clock runs: the place's zone when a matched cluster or a border city in the
location says so, else the event's own zone; a floating time is read on the place's clock, the
`default_tz` given, the calendar's X-WR-TIMEZONE or the mission's first cluster's, in that order.
An event fixed to another zone (a colleague in Madrid) is converted to the place's clock; an
event in the place's zone keeps the wall time it was written with.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.errors import InvalidInput
from desktop_app.interchange.formats import file_bytes
from desktop_app.interchange.ics_read import Occurrence, Person, read_ics
from desktop_app.interchange.ics_write import IcsEvent, meeting_uid_of, write_ics
from desktop_app.missions import zones
from desktop_app.outputs import write_file
from desktop_app.services.agenda import AgendaEntry, AgendaService
from desktop_app.services.browse import BrowseService
from desktop_app.services.context import AppContext
from desktop_app.userdata import contacts as contacts_repo
from desktop_app.userdata import missions as repo
from desktop_app.userdata.contact_values import MatchReason
from desktop_app.userdata.db import fold, transaction
from desktop_app.userdata.mission_models import Meeting, Mission
from desktop_app.userdata.models import Contact, Email

ADD, UPDATE, SKIP = "add", "update", "skip"
_STATUS = {"CONFIRMED": "confirmed", "CANCELLED": "cancelled"}


@dataclass
class ImportRow:
    """One occurrence of the file and what importing it does."""

    occurrence: Occurrence
    action: str  # ADD, UPDATE (a meeting imported or exported before) or SKIP
    meeting: Meeting  # as it would be stored (checked)
    clusters: list[str] = field(default_factory=list)  # names of the matched clusters
    contacts: list[str] = field(default_factory=list)  # names of the matched contacts
    members: list[str] = field(default_factory=list)  # delegation members among the attendees
    unmatched: list[str] = field(default_factory=list)  # people to link by hand
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        m = self.meeting
        when = m.start_local.replace("T", " ")
        where = "" if m.all_day else f" {m.tz}"
        linked = ", ".join(self.clusters + self.contacts)
        return (f"{self.action}: {when}{where}  {m.title}" + (f"  ({linked})" if linked else ""))


@dataclass
class ImportPlan:
    mission: Mission
    source: str
    rows: list[ImportRow] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # occurrences not importable, and why
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    dry_run: bool = False


class CalendarService:
    """Calendar files (.ics) of the user's missions."""

    def __init__(self, context: AppContext, agenda: AgendaService | None = None) -> None:
        self._context = context
        self.agenda = agenda or AgendaService(context)

    @property
    def _conn(self):
        return self._context.user_db

    # --- export ---------------------------------------------------------------------------------

    def export_bytes(self, ref: str | int | Mission) -> bytes:
        """The mission's agenda as an iCalendar file."""
        mission = ref if isinstance(ref, Mission) else self.agenda.missions.get(ref)
        entries = self.agenda.agenda(mission)
        return write_ics([self._event(mission, e) for e in entries], mission.name)

    def export(self, ref: str | int, path: str | os.PathLike[str]) -> Path:
        return write_file(path, self.export_bytes(ref), private=True,
                          protect=self._context.data_dir)

    def _event(self, mission: Mission, entry: AgendaEntry) -> IcsEvent:
        m = entry.meeting
        lines = []
        if entry.clusters:
            lines.append("Clusters: " + "; ".join(f"{name} ({cid})" for cid, name in
                                                  entry.clusters))
        if entry.contacts:
            lines.append("Contacts: " + "; ".join(name for _, name in entry.contacts))
        if m.objective:
            lines.append(f"Objective: {m.objective}")
        if entry.members:
            lines.append("Delegation: " + ", ".join(entry.members))
        if m.outcome:
            lines.append(f"Outcome: {m.outcome}")
        lines.append(f"Mission: {mission.name}")
        stamp = dt.datetime.fromisoformat(m.updated_at) if m.updated_at else None
        location = ", ".join(p for p in (m.place, m.city) if p)
        return IcsEvent(uid=m.uid, summary=m.title, start=entry.start, end=entry.end,
                        location=location, description="\n".join(lines), status=m.status,
                        stamp=stamp)

    # --- import ---------------------------------------------------------------------------------

    def preview_import(self, ref: str | int, path: str | os.PathLike[str], *,
                       default_tz: str | None = None) -> ImportPlan:
        """Read the file and plan the import; nothing is written. ParseError when unreadable,
        NotFound for an unknown mission or zone."""
        path = Path(path)
        data = file_bytes(path)
        return self.preview_bytes(ref, data, path.name, default_tz=default_tz)

    def preview_bytes(self, ref: str | int, data: bytes, source: str = "", *,
                      default_tz: str | None = None) -> ImportPlan:
        missions = self.agenda.missions
        mission = missions.get(ref)
        if default_tz:
            zones.check_zone(default_tz)
        first = dt.date.fromisoformat(mission.start) if mission.start else None
        last = dt.date.fromisoformat(mission.end) if mission.end else None
        read = read_ics(data, source)
        plan = ImportPlan(mission, source)
        outside = [o for o in read.occurrences if not _within(o, first, last)]
        if outside:
            plan.warnings.append(f"{len(outside)} event(s) outside the mission's dates "
                                 f"({mission.start or '…'} to {mission.end or '…'}) were left "
                                 "out")
        if read.truncated:
            plan.warnings.append(f"only the first {len(read.occurrences)} occurrences were "
                                 "read (a series without end?)")
        matcher = _Matcher(self._context, mission)
        mission_zone = matcher.mission_zone()
        known = repo.meeting_ids_for_source(self._conn, mission.id)
        own = {m.uid: m.id for m in repo.list_meetings(self._conn, mission.id)}
        for occurrence in read.occurrences:
            if not _within(occurrence, first, last):
                continue
            try:
                row = self._plan_row(mission, occurrence, matcher, default_tz,
                                     read.default_zone, mission_zone, known, own)
            except InvalidInput as exc:
                plan.left_out.append(f"{_label(occurrence)}: {exc}")
                continue
            if row.action == SKIP:
                plan.left_out.append(f"{_label(occurrence)}: " + "; ".join(row.notes))
                continue
            plan.rows.append(row)
        if not read.occurrences:
            plan.warnings.append("the file holds no event")
        return plan

    def _plan_row(self, mission, occ: Occurrence, matcher: _Matcher, default_tz, calendar_zone,
                  mission_zone, known: dict[str, int], own: dict[str, int]) -> ImportRow:
        clusters, contacts, members, unmatched = matcher.match(occ)
        place_zone = matcher.place_zone(occ, clusters)
        notes = [occ.zone_note] if occ.zone_note else []
        if occ.all_day:
            tz = place_zone or (occ.zone if occ.zone not in (None, "UTC") else None) or \
                default_tz or calendar_zone or mission_zone or "UTC"
            at = occ.wall.isoformat()
            minutes = max(1, occ.duration.days) * 1440
        elif occ.floating:
            tz = place_zone or default_tz or calendar_zone or mission_zone
            if tz is None:
                raise InvalidInput("a floating time and nothing says where: give --tz ZONE")
            at = occ.wall.strftime("%Y-%m-%d %H:%M")
            notes.append(f"no time zone in the file: read on the clock of {tz}")
            minutes = max(1, int(occ.duration.total_seconds() // 60))
        else:
            event_zone = occ.zone if occ.zone != "UTC" else None
            tz = place_zone or event_zone or default_tz or calendar_zone or mission_zone or "UTC"
            if tz == occ.zone:
                wall = occ.wall
            else:
                wall = occ.instant.astimezone(zones.zone(tz)).replace(tzinfo=None)
                notes.append(f"{occ.wall:%H:%M} {occ.zone} is {wall:%H:%M} in {tz}")
            at = wall.strftime("%Y-%m-%d %H:%M")
            minutes = max(1, int(occ.duration.total_seconds() // 60))
        if tz == "UTC":
            notes.append("nothing in the file or the mission says where: kept on UTC's clock "
                         "(import again with --tz ZONE, or edit the meeting)")
        meeting_id = own.get(meeting_uid_of(occ.uid.split("/")[0]) or "") or known.get(occ.uid)
        action = UPDATE if meeting_id else ADD
        base = Meeting(mission_id=mission.id, start_local="", tz="", source_uid=occ.uid)
        if meeting_id:
            stored = repo.get_meeting(self._conn, meeting_id, include_deleted=True)
            if stored.deleted_at:
                return ImportRow(occ, SKIP, stored,
                                 notes=["you deleted it after an earlier import"])
            base = stored
        changes = {"at": at, "minutes": minutes, "tz": tz, "title": occ.summary or "",
                   "place": occ.location, "cluster_ids": clusters, "contact_uids": contacts,
                   "members": members}
        if action == ADD:
            changes["status"] = _STATUS.get(occ.status, "planned")
            changes["objective"] = occ.description[:2000]
        elif occ.status == "CANCELLED":
            changes["status"] = "cancelled"
        meeting = self.agenda.prepare(mission, base, **changes)
        names = self.agenda.missions.summaries(clusters)
        return ImportRow(occ, action, meeting,
                         clusters=[names[c].acronym or names[c].name for c in clusters
                                   if c in names],
                         contacts=matcher.contact_names(contacts), members=members,
                         unmatched=unmatched, notes=notes)

    def apply_import(self, plan: ImportPlan, *, dry_run: bool = False,
                     skip: set[int] | None = None) -> ImportResult:
        """Write the planned meetings (except the row indexes in `skip`) in one transaction."""
        result = ImportResult(dry_run=dry_run)
        rows = [r for i, r in enumerate(plan.rows) if i not in (skip or set())]
        for row in rows:
            if row.action == ADD:
                result.added += 1
            else:
                result.updated += 1
        if dry_run or not rows:
            return result
        with transaction(self._conn):
            for row in rows:
                stored = repo.save_meeting(self._conn, row.meeting)
                repo.add_clusters(self._conn, plan.mission.id, stored.cluster_ids)
        return result


def _within(occ: Occurrence, first: dt.date | None, last: dt.date | None) -> bool:
    """Whether an occurrence falls on the mission's days (any day when a date is not set)."""
    day = occ.wall.date() if isinstance(occ.wall, dt.datetime) else occ.wall
    return (first is None or day >= first) and (last is None or day <= last)


def _label(occ: Occurrence) -> str:
    when = occ.wall.strftime("%Y-%m-%d %H:%M") if isinstance(occ.wall, dt.datetime) else \
        occ.wall.isoformat()
    return f"{when} {occ.summary or '(no title)'}"


class _Matcher:
    """Matches what an event says to the catalogue's clusters, the contacts and the delegation."""

    def __init__(self, context: AppContext, mission: Mission) -> None:
        self._mission = mission
        browse = BrowseService(context)
        self._clusters = browse.search(browse.make_filter())
        self._states = {s.id: s.state for s in self._clusters}
        self._state_names = {s.id: fold(s.state_name or "") for s in self._clusters}
        patterns = []
        for s in self._clusters:
            keys = [fold(s.name)]
            if s.acronym and len(s.acronym) >= 3:
                keys.append(fold(s.acronym))
            patterns.append((s, [re.compile(rf"(?<!\w){re.escape(k)}(?!\w)") for k in keys]))
        self._patterns = patterns
        self._conn = context.user_db

    def mission_zone(self) -> str | None:
        for cluster_id in self._mission.cluster_ids:
            found = zones.state_zone(self._states.get(cluster_id))
            if found:
                return found
        return None

    def place_zone(self, occ: Occurrence, clusters: list[str]) -> str | None:
        where = fold(occ.location)
        for city, zone_name in zones.CITY_ZONES.items():
            if re.search(rf"(?<!\w){re.escape(city)}(?!\w)", where):
                return zone_name
        for cluster_id in clusters:
            found = zones.state_zone(self._states.get(cluster_id))
            if found:
                return found
        return None

    def match(self, occ: Occurrence) -> tuple[list[str], list[str], list[str], list[str]]:
        """(cluster ids, contact uids, member names, people left to link)."""
        people = ([occ.organizer] if occ.organizer else []) + list(occ.attendees)
        text = fold(" ".join([occ.summary, occ.location, occ.description] +
                             [f"{p.name} {p.email}" for p in people]))
        clusters, ambiguous = self._clusters_in(text)
        contacts: list[str] = []
        members: list[str] = []
        unmatched: list[str] = []
        for person in people:
            member = self._member(person)
            if member:
                members.append(member)
                continue
            contact = self._contact(person)
            if contact is not None:
                contacts.append(contact.uid)
                clusters += [c for c in contact.cluster_ids if c in self._states]
            else:
                unmatched.append(f"{person.name} <{person.email}>" if person.name and
                                 person.email else person.name or person.email)
        unmatched += [f"{key} (could be {', '.join(ids)})" for key, ids in ambiguous.items()
                      if not set(ids) & set(clusters)]
        return (list(dict.fromkeys(clusters)), list(dict.fromkeys(contacts)),
                list(dict.fromkeys(members)), unmatched)

    def _clusters_in(self, text: str) -> tuple[list[str], dict[str, list[str]]]:
        """The clusters named in the text (the longest name wins: "Cluster Automotriz de Nuevo
        León" is not also the "Cluster Automotriz" of Coahuila), and the names or acronyms that
        several clusters share and nothing decides (an acronym of a cluster of the mission, or
        whose state the text names, decides)."""
        hits = [(summary.id, hit.start(), hit.end(), hit.group(0))
                for summary, patterns in self._patterns for pattern in patterns
                for hit in pattern.finditer(text)]
        hits = [h for h in hits if not any(o[1] <= h[1] and h[2] <= o[2] and
                                           o[2] - o[1] > h[2] - h[1] and o[0] != h[0]
                                           for o in hits)]
        by_key: dict[str, list[str]] = {}
        for cid, _, _, key in sorted(hits, key=lambda h: h[1]):
            if cid not in by_key.setdefault(key, []):
                by_key[key].append(cid)
        chosen = [ids[0] for ids in by_key.values() if len(ids) == 1]
        ambiguous: dict[str, list[str]] = {}
        for key, ids in by_key.items():
            if len(ids) == 1 or set(ids) & set(chosen):
                continue
            decided = [c for c in ids if c in self._mission.cluster_ids] or [
                c for c in ids if self._state_names.get(c) and
                re.search(rf"(?<!\w){re.escape(self._state_names[c])}(?!\w)", text)]
            if len(decided) == 1:
                chosen.append(decided[0])
            else:
                ambiguous[key.upper()] = ids
        return chosen, ambiguous

    def _member(self, person: Person) -> str | None:
        for m in self._mission.members:
            if (person.email and m.email and person.email.casefold() == m.email.casefold()) or (
                    person.name and fold(person.name) == fold(m.name)):
                return m.name
        return None

    def _contact(self, person: Person) -> Contact | None:
        probe = Contact(full_name=person.name, emails=[Email(person.email)] if person.email
                        else [])
        for contact, reason, _email in contacts_repo.find_candidates(self._conn, probe):
            if reason is MatchReason.SAME_EMAIL:
                return contact
        if person.name:
            named = [c for c in contacts_repo.list_contacts(self._conn, text=person.name)
                     if fold(c.display_name) == fold(person.name)]
            if len(named) == 1:
                return named[0]
        return None

    def contact_names(self, uids: list[str]) -> list[str]:
        out = []
        for uid in uids:
            contact = contacts_repo.get_contact(self._conn, uid)
            if contact is not None:
                out.append(contact.display_name)
        return out

