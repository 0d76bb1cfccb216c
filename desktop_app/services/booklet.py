"""The mission booklet: what `cluster-atlas booklet` and the Missions tab's booklet button call.

`BookletService(context).export(mission, path, paper, internal, progress)` gathers the mission,
its agenda, the fact sheets of the clusters visited (`SheetsService.sheet_pages`: public sheets,
or internal ones with the user's notes) and, for the internal booklet only, the contacts to meet;
`factsheets.booklet` lays them out. The public booklet is given nothing private: no contact
details, no objectives or outcomes, no notes, no member phones or e-mails.
"""

from __future__ import annotations

import datetime as dt
import io
import os

from desktop_app.factsheets.booklet import (
    AnnexEntry,
    BookletData,
    Person,
    Progress,
    Stop,
    Visit,
)
from desktop_app.missions import zones
from desktop_app.missions.conflicts import rule_text
from desktop_app.missions.wording import date_range
from desktop_app.services.agenda import AgendaEntry, AgendaService
from desktop_app.services.context import AppContext
from desktop_app.userdata import contacts as contacts_repo
from desktop_app.userdata.mission_models import Mission


def _short_day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def _zone_label(zone_name: str, start: dt.datetime) -> str:
    city = zone_name.split("/")[-1].replace("_", " ")
    return f"{city} · {zones.offset_text(start)}"


class BookletService:
    """Mission booklets as PDF."""

    def __init__(self, context: AppContext, agenda: AgendaService | None = None) -> None:
        self._context = context
        self.agenda = agenda or AgendaService(context)

    def export(self, ref: str | int, path: str | os.PathLike[str], *, paper: str | None = None,
               internal: bool = False, progress: Progress | None = None) -> int:
        """Write the booklet to `path` atomically; return its pages. NotFound for an unknown
        mission, InvalidInput for a bad paper or path, ExportCancelled when `progress` says
        stop (nothing is written then)."""
        from desktop_app.outputs import check_target, write_file

        check_target(path, self._context.data_dir)  # before the work, not after
        data, pages = self.render(ref, paper=paper, internal=internal, progress=progress)
        write_file(path, data, private=internal, protect=self._context.data_dir)
        return pages

    def render(self, ref: str | int, *, paper: str | None = None, internal: bool = False,
               progress: Progress | None = None) -> tuple[bytes, int]:
        """The booklet in memory and its number of pages (for a preview or a test)."""
        from desktop_app.factsheets.booklet import render_booklet
        from desktop_app.factsheets.model import check_paper
        from desktop_app.services.sheets import SheetsService, default_paper

        sheets = SheetsService(self._context)
        paper = check_paper(paper or default_paper())
        data = self.data(ref, internal=internal, sheets=sheets)
        buffer = io.BytesIO()
        pages = render_booklet(data, buffer, paper, progress)
        return buffer.getvalue(), pages

    def data(self, ref: str | int, *, internal: bool, sheets=None) -> BookletData:
        """What the booklet shows (public: nothing private)."""
        from desktop_app.services.sheets import SheetsService

        missions = self.agenda.missions
        mission = missions.get(ref)
        entries = self.agenda.agenda(mission)
        titles = self.agenda.titles(entries)
        cluster_ids = list(dict.fromkeys(
            [c for e in entries if e.meeting.status != "cancelled"
             for c, _ in e.clusters] + mission.cluster_ids))
        summaries = missions.summaries(cluster_ids)
        cluster_ids = [c for c in cluster_ids if c in summaries]
        sheets = sheets or SheetsService(self._context)
        info = sheets.meta(False)
        source = f"{info.source_title} {info.source_version}".strip()
        members = [Person(m.name, m.organisation, m.role, m.phone if internal else "",
                          m.email if internal else "") for m in mission.members]
        dates = date_range(mission.start, mission.end)
        return BookletData(
            title=mission.name, dates=dates, destinations=missions.destinations(mission),
            purpose=mission.purpose, internal=internal, members=members,
            stops=[self._stop(mission, e, titles, internal) for e in entries],
            visits=self._visits(entries, cluster_ids, summaries),
            sheet_ids=cluster_ids,
            sheet_names={c: summaries[c].name for c in cluster_ids},
            sheets=lambda: sheets.sheet_pages(cluster_ids, internal),
            travel_rule=rule_text(),
            home_zone=mission.home_tz.split("/")[-1].replace("_", " ") if mission.home_tz
            else "",
            annex=self._annex(entries) if internal else [],
            notes_days=missions.days(mission) if internal else [],
            source=source)

    @staticmethod
    def _stop(mission: Mission, entry: AgendaEntry, titles: dict[int, str],
              internal: bool) -> Stop:
        m = entry.meeting
        if m.all_day:
            time, zone, home = "all day", "", ""
        else:
            time = f"{entry.start:%H:%M}–{entry.end:%H:%M}"
            zone = _zone_label(m.tz, entry.start)
            home = f"{entry.home_start:%H:%M} {mission.home_tz.split('/')[-1]}" \
                if entry.home_start else ""
        return Stop(day=entry.day, time=time, zone=zone, home_time=home.replace("_", " "),
                    title=m.title, place=", ".join(p for p in (m.place, m.city) if p),
                    who=tuple(entry.members), clusters=tuple(entry.clusters), status=m.status,
                    conflicts=tuple(c.short(m.id, titles) for c in entry.conflicts),
                    contacts=tuple(name for _, name in entry.contacts) if internal else (),
                    objective=m.objective if internal else "")

    @staticmethod
    def _visits(entries: list[AgendaEntry], cluster_ids: list[str], summaries) -> list[Visit]:
        order: dict[str, tuple[str, list[dt.date], int]] = {}
        for e in entries:
            if e.meeting.status == "cancelled" or not e.state:
                continue
            name = summaries[e.clusters[0][0]].state_name if e.clusters and \
                e.clusters[0][0] in summaries else e.state
            _, days, count = order.get(e.state, (name, [], 0))
            order[e.state] = (name, days + [e.day], count + 1)
        for cid in cluster_ids:  # clusters of the mission without a meeting yet
            s = summaries[cid]
            if s.state and s.state not in order:
                order[s.state] = (s.state_name or s.state, [], 0)
        visits = []
        for code, (name, days, count) in order.items():
            when = ", ".join(_short_day(d) for d in sorted(set(days)))
            when = f"{when} · {count} meeting{'s' if count != 1 else ''}" if count else \
                "no meeting planned yet"
            visits.append(Visit(code, name, when))
        return visits

    def _annex(self, entries: list[AgendaEntry]) -> list[AnnexEntry]:
        meetings: dict[str, list[str]] = {}
        for e in entries:
            when = f"{_short_day(e.day)} " + ("" if e.meeting.all_day else f"{e.start:%H:%M} ")
            for uid, _ in e.contacts:
                meetings.setdefault(uid, []).append(when + e.meeting.title)
        out = []
        conn = self._context.user_db
        for uid, seen in meetings.items():
            c = contacts_repo.get_contact(conn, uid)
            if c is None:
                continue
            out.append(AnnexEntry(c.display_name, c.role, c.organisation,
                                  tuple(p.number for p in c.phones),
                                  tuple(e.address for e in c.emails), tuple(seen)))
        return sorted(out, key=lambda a: a.name.casefold())
