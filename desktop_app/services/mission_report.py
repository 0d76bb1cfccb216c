"""The mission report after the trip: `cluster-atlas mission report MISSION -o FILE.pdf|.csv`.

The meetings held with their outcomes, those not held, and the actions promised at them (the
contacts' follow-ups, with the delegation member who owns each and its due date), as a PDF
(`factsheets.mission_report`) or as one CSV table (UTF-8 with a byte order mark, so that
spreadsheet programs read the accents): one row per meeting, then one per action.

The PDF is worded in `lang` ("en" or "es": each call's, else the service's, the caller's
language): its words, days and due dates. The CSV is data for programs: ISO dates, the stored
status words and the same columns in every language.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from desktop_app.errors import InvalidInput
from desktop_app.factsheets.mission_report import (
    ReportAction,
    ReportData,
    ReportMeeting,
    render_report,
)
from desktop_app.factsheets.mission_strings import mission_strings
from desktop_app.factsheets.strings import record_date
from desktop_app.i18n import DEFAULT_LANGUAGE
from desktop_app.i18n.formatting import format_day
from desktop_app.missions.wording import date_range
from desktop_app.outputs import write_file
from desktop_app.services.agenda import WHOLE_DELEGATION, AgendaEntry, AgendaService
from desktop_app.services.booklet import zone_label
from desktop_app.services.context import AppContext
from desktop_app.services.sheets import default_paper
from desktop_app.userdata.mission_models import Mission

CSV_COLUMNS = ("record", "meeting_id", "date", "start", "end", "tz", "title", "status",
               "place", "clusters", "contacts", "members", "outcome", "action", "promised_to",
               "owner", "due", "state")


def _when(entry: AgendaEntry, lang: str) -> str:
    """'Tue 10 Mar 2026 10:00–11:00' / 'mar 10 mar 2026 10:00–11:00'; a whole day says so."""
    day = format_day(entry.day, lang, short=True)
    if entry.meeting.all_day:
        return f"{day}, {mission_strings(lang).all_day}"
    return f"{day} {entry.start:%H:%M}–{entry.end:%H:%M}"


class MissionReportService:
    """What happened on a mission and what was promised."""

    def __init__(self, context: AppContext, agenda: AgendaService | None = None,
                 lang: str = DEFAULT_LANGUAGE) -> None:
        self._context = context
        self.agenda = agenda or AgendaService(context)
        self.lang = lang

    def export(self, ref: str | int, path: str | os.PathLike[str],
               paper: str | None = None, lang: str | None = None) -> Path:
        """Write the report as PDF or CSV (from the file name) atomically."""
        suffix = Path(path).suffix.lower()
        if suffix not in (".pdf", ".csv"):
            raise InvalidInput(f"A report is written as .pdf or .csv, not {suffix or 'no'} "
                               f"({Path(path).name}).")
        data = self.pdf_bytes(ref, paper, lang) if suffix == ".pdf" else self.csv_bytes(ref)
        return write_file(path, data, private=True, protect=self._context.data_dir)

    def data(self, ref: str | int | Mission, lang: str | None = None) -> ReportData:
        """What the PDF shows, worded in `lang` (InvalidInput for a language without it)."""
        lang = lang or self.lang
        words = mission_strings(lang)
        missions = self.agenda.missions
        mission = ref if isinstance(ref, Mission) else missions.get(ref)
        entries = self.agenda.agenda(mission)
        by_id = {e.id: e for e in entries}
        meetings = [ReportMeeting(
            when=_when(e, lang), zone="" if e.meeting.all_day else
            zone_label(e.meeting.tz, e.start, lang),
            title=e.meeting.title, status=e.meeting.status,
            clusters=", ".join(name for _, name in e.clusters),
            contacts=", ".join(name for _, name in e.contacts),
            who=", ".join(words.whole_delegation if m == WHOLE_DELEGATION else m
                          for m in e.members),
            place=e.meeting.place, outcome=e.meeting.outcome) for e in entries]
        actions = []
        for a in self.agenda.actions(mission):
            entry = by_id.get(a.meeting_id)
            where = (f"{format_day(entry.day, lang, short=True, year=False)} · "
                     f"{entry.meeting.title}") if entry else ""
            due = record_date(lang, a.due, short=True) if a.due else ""
            actions.append(ReportAction(a.action, a.contact_name, a.owner_name, due, a.state,
                                        where))
        return ReportData(title=mission.name,
                          dates=date_range(mission.start, mission.end, lang),
                          destinations=missions.destinations(mission), purpose=mission.purpose,
                          members=[m.name for m in mission.members], meetings=meetings,
                          actions=actions, lang=lang)

    def pdf_bytes(self, ref: str | int, paper: str | None = None,
                  lang: str | None = None) -> bytes:
        buffer = io.BytesIO()
        render_report(self.data(ref, lang), buffer, paper or default_paper())
        return buffer.getvalue()

    def rows(self, ref: str | int) -> list[dict[str, str]]:
        """The CSV's rows: each meeting, then each action."""
        mission = self.agenda.missions.get(ref)
        entries = self.agenda.agenda(mission)
        rows = []
        for e in entries:
            m = e.meeting
            timed = not m.all_day
            rows.append({
                "record": "meeting", "meeting_id": str(m.id), "date": e.day.isoformat(),
                "start": f"{e.start:%H:%M}" if timed else "", "end": f"{e.end:%H:%M}" if timed
                else "", "tz": m.tz, "title": m.title, "status": m.status, "place": m.place,
                "clusters": "; ".join(c for c, _ in e.clusters),
                "contacts": "; ".join(name for _, name in e.contacts),
                "members": "; ".join(e.members), "outcome": m.outcome})
        for a in self.agenda.actions(mission):
            rows.append({"record": "action", "meeting_id": str(a.meeting_id),
                         "action": a.action, "promised_to": a.contact_name,
                         "owner": a.owner_name, "due": a.due, "state": a.state})
        return rows

    def csv_bytes(self, ref: str | int) -> bytes:
        out = io.StringIO()
        writer = csv.DictWriter(out, CSV_COLUMNS, restval="", lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(self.rows(ref))
        return ("\ufeff" + out.getvalue()).encode("utf-8")
