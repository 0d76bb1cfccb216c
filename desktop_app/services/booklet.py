"""The mission booklet: what `cluster-atlas booklet` and the Missions tab's booklet button call.

`BookletService(context).export(mission, path, paper, internal, progress)` gathers the mission,
its agenda, the fact sheets of the clusters visited (`SheetsService.sheet_pages`: public sheets,
or internal ones with the user's notes) and, for the internal booklet only, the contacts to meet;
`factsheets.booklet` lays them out. The public booklet is given nothing private: no contact
details, no objectives or outcomes, no notes, no member phones or e-mails.

`lang` ("en" or "es": each call's, else the service's, the caller's language) words the whole
booklet: its own pages (`factsheets.mission_strings`), the days and dates (Babel), the agenda's
parts worded here (times of a whole day, conflicts, the states' visits) and the fact sheets.
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
    render_booklet,
)
from desktop_app.factsheets.mission_strings import MissionStrings, mission_strings
from desktop_app.factsheets.model import check_paper
from desktop_app.factsheets.strings import plural
from desktop_app.i18n import DEFAULT_LANGUAGE
from desktop_app.i18n.formatting import format_day, format_zone_city
from desktop_app.missions import zones
from desktop_app.missions.conflicts import OVERLAP, TRAVEL_RULE, Conflict
from desktop_app.missions.wording import date_range
from desktop_app.outputs import check_target, write_file
from desktop_app.services.agenda import WHOLE_DELEGATION, AgendaEntry, AgendaService
from desktop_app.services.context import AppContext
from desktop_app.services.sheets import SheetsService, default_paper
from desktop_app.userdata import contacts as contacts_repo
from desktop_app.userdata.mission_models import Mission

CONFLICT_TITLE = 42  # the other meeting's title is cut to this many characters


def _short_day(day: dt.date, lang: str) -> str:
    """'Mon 14 Jul' / 'lun 14 jul'."""
    return format_day(day, lang, short=True, year=False)


def zone_label(zone_name: str, start: dt.datetime, lang: str) -> str:
    """'Mexico City · UTC-6' / 'Ciudad de México · UTC-6': a meeting's clock."""
    return f"{format_zone_city(zone_name, lang)} · {zones.offset_text(start)}"


def conflict_text(conflict: Conflict, meeting_id: int, titles: dict[int, str],
                  words: MissionStrings) -> str:
    """A conflict seen from one of its two meetings, in the booklet's language: 'Travel: only
    30 min after “Lunch …” in another city (rule: 3 h) · Ben Jones' / 'Traslado: solo 30 min
    después de “Comida …” en otra ciudad (mínimo: 3 h) · Ben Jones'."""
    other = conflict.second if meeting_id == conflict.first else conflict.first
    title = titles.get(other, f"#{other}")
    if len(title) > CONFLICT_TITLE:
        title = title[:CONFLICT_TITLE - 1].rstrip() + "…"
    who = ", ".join(_member(m, words) for m in conflict.members)
    if conflict.kind == OVERLAP:
        return words.overlap.format(title=title, who=who)
    minutes = max(0, int(conflict.gap.total_seconds() // 60))
    hours, rest = divmod(minutes, 60)
    gap = f"{hours} h {rest:02d}" if hours else f"{rest} min"
    side = words.after if meeting_id == conflict.second else words.before
    rule = int(TRAVEL_RULE.total_seconds() // 3600)
    return words.travel.format(gap=gap, side=side, title=title, rule=rule, who=who)


def _member(name: str, words: MissionStrings) -> str:
    """A member's name; the whole delegation (a mission without members) in the language."""
    return words.whole_delegation if name == WHOLE_DELEGATION else name


class BookletService:
    """Mission booklets as PDF."""

    def __init__(self, context: AppContext, agenda: AgendaService | None = None,
                 lang: str = DEFAULT_LANGUAGE) -> None:
        self._context = context
        self.agenda = agenda or AgendaService(context)
        self.lang = lang

    def export(self, ref: str | int, path: str | os.PathLike[str], *, paper: str | None = None,
               internal: bool = False, progress: Progress | None = None,
               lang: str | None = None) -> int:
        """Write the booklet to `path` atomically; return its pages. NotFound for an unknown
        mission, InvalidInput for a bad paper, language or path, ExportCancelled when
        `progress` says stop (nothing is written then)."""
        check_target(path, self._context.data_dir)  # before the work, not after
        data, pages = self.render(ref, paper=paper, internal=internal, progress=progress,
                                  lang=lang)
        write_file(path, data, private=internal, protect=self._context.data_dir)
        return pages

    def render(self, ref: str | int, *, paper: str | None = None, internal: bool = False,
               progress: Progress | None = None, lang: str | None = None,
               ) -> tuple[bytes, int]:
        """The booklet in memory and its number of pages (for a preview or a test)."""
        sheets = SheetsService(self._context)
        paper = check_paper(paper or default_paper())
        data = self.data(ref, internal=internal, sheets=sheets, lang=lang)
        buffer = io.BytesIO()
        pages = render_booklet(data, buffer, paper, progress)
        return buffer.getvalue(), pages

    def data(self, ref: str | int, *, internal: bool, sheets=None,
             lang: str | None = None) -> BookletData:
        """What the booklet shows (public: nothing private), worded in `lang`."""
        lang = lang or self.lang
        words = mission_strings(lang)  # InvalidInput for a language without booklets
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
        info = sheets.meta(False, lang)
        source = f"{info.source_title} {info.source_version}".strip()
        members = [Person(m.name, m.organisation, m.role, m.phone if internal else "",
                          m.email if internal else "") for m in mission.members]
        dates = date_range(mission.start, mission.end, lang)
        return BookletData(
            title=mission.name, dates=dates, destinations=missions.destinations(mission),
            purpose=mission.purpose, internal=internal, members=members,
            stops=[self._stop(mission, e, titles, internal, lang) for e in entries],
            visits=self._visits(entries, cluster_ids, summaries, lang),
            sheet_ids=cluster_ids,
            sheet_names={c: summaries[c].name for c in cluster_ids},
            sheets=lambda: sheets.sheet_pages(cluster_ids, internal, lang),
            travel_rule=words.travel_rule.format(
                hours=int(TRAVEL_RULE.total_seconds() // 3600)),
            home_zone=format_zone_city(mission.home_tz, lang) if mission.home_tz else "",
            annex=self._annex(entries, lang) if internal else [],
            notes_days=missions.days(mission) if internal else [],
            source=source, lang=lang)

    @staticmethod
    def _stop(mission: Mission, entry: AgendaEntry, titles: dict[int, str],
              internal: bool, lang: str) -> Stop:
        words = mission_strings(lang)
        m = entry.meeting
        if m.all_day:
            time, zone, home = words.all_day, "", ""
        else:
            time = f"{entry.start:%H:%M}–{entry.end:%H:%M}"
            zone = zone_label(m.tz, entry.start, lang)
            home = f"{entry.home_start:%H:%M} {format_zone_city(mission.home_tz, lang)}" \
                if entry.home_start else ""
        return Stop(day=entry.day, time=time, zone=zone, home_time=home,
                    title=m.title, place=", ".join(p for p in (m.place, m.city) if p),
                    who=tuple(_member(name, words) for name in entry.members),
                    clusters=tuple(entry.clusters), status=m.status,
                    conflicts=tuple(conflict_text(c, m.id, titles, words)
                                    for c in entry.conflicts),
                    contacts=tuple(name for _, name in entry.contacts) if internal else (),
                    objective=m.objective if internal else "")

    @staticmethod
    def _visits(entries: list[AgendaEntry], cluster_ids: list[str], summaries,
                lang: str) -> list[Visit]:
        words = mission_strings(lang)
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
            when = ", ".join(_short_day(d, lang) for d in sorted(set(days)))
            when = f"{when} · {plural(words.visit_meetings, count)}" if count else \
                words.no_meeting_yet
            visits.append(Visit(code, name, when))
        return visits

    def _annex(self, entries: list[AgendaEntry], lang: str) -> list[AnnexEntry]:
        meetings: dict[str, list[str]] = {}
        for e in entries:
            when = f"{_short_day(e.day, lang)} " + ("" if e.meeting.all_day
                                                    else f"{e.start:%H:%M} ")
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
