"""The mission report as PDF: what happened and what was promised, for after the trip.

A first page with the mission and the figures (meetings held, cancelled, actions open and done),
then the meetings held with their outcomes, the meetings not held, and the actions with their
owners and due dates. An internal document (outcomes and contacts): its footer says so. The content
arrives as plain data (`ReportData`) from `services.mission_report`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer, Table

from desktop_app import APP_NAME, __version__
from desktop_app.factsheets import fonts
from desktop_app.factsheets.mission_pdf import FOOT, MARGIN, draw_footer, grid, para, styles
from desktop_app.factsheets.model import PAPER_SIZES, check_paper


@dataclass(frozen=True)
class ReportMeeting:
    when: str  # "Tue 10 Mar 2026 10:00–11:00"
    zone: str  # "Monterrey · UTC-6"
    title: str
    status: str
    clusters: str
    contacts: str
    who: str
    place: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class ReportAction:
    action: str
    promised_to: str
    owner: str
    due: str
    state: str
    meeting: str  # "Tue 10 Mar · Meeting with CLAUT"


@dataclass
class ReportData:
    title: str
    dates: str
    destinations: list[str]
    purpose: str
    members: list[str]
    meetings: list[ReportMeeting] = field(default_factory=list)
    actions: list[ReportAction] = field(default_factory=list)
    generated: dt.date = field(default_factory=dt.date.today)

    def held(self) -> list[ReportMeeting]:
        return [m for m in self.meetings if m.status == "done"]

    def not_held(self) -> list[ReportMeeting]:
        return [m for m in self.meetings if m.status != "done"]


def render_report(data: ReportData, out: BinaryIO, paper: str = "a4") -> int:
    """Write the report into `out`; return its number of pages."""
    paper = check_paper(paper)
    fonts.register()
    width, height = PAPER_SIZES[paper]
    footer_text = f"Mission report · {data.title} · {data.dates}".strip(" ·")

    def footer(canvas, doc) -> None:
        draw_footer(canvas, width, footer_text, "INTERNAL REPORT", True)

    frame = Frame(MARGIN, FOOT + 14, width - 2 * MARGIN, height - MARGIN - FOOT - 14,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(out, pagesize=(width, height), title=f"Mission report: {data.title}",
                          author=APP_NAME, creator=f"{APP_NAME} {__version__}",
                          pageCompression=1, initialFontName=fonts.BODY)
    doc.addPageTemplates([PageTemplate("report", [frame], onPageEnd=footer)])
    doc.build(_story(data))
    return doc.page


def _story(data: ReportData) -> list[Flowable]:
    st = styles()
    held, not_held = data.held(), data.not_held()
    cancelled = sum(1 for m in not_held if m.status == "cancelled")
    open_actions = sum(1 for a in data.actions if a.state == "open")
    story: list[Flowable] = [
        para("MISSION REPORT", st.cell_bold), Spacer(1, 4), para(data.title, st.title),
        para(data.dates, st.subtitle), para(" · ".join(data.destinations), st.subtitle),
        Spacer(1, 12)]
    if data.purpose:
        story += [para(f"Purpose: {data.purpose}", st.body)]
    if data.members:
        story += [para("Delegation: " + ", ".join(data.members), st.body)]
    figures = [[para(v, st.h1), para(k, st.cell_muted)] for v, k in (
        (str(len(held)), "meetings held"), (str(len(not_held) - cancelled), "planned, not held"),
        (str(cancelled), "cancelled"), (str(len(data.actions)), "actions promised"),
        (str(open_actions), "still open"))]
    table = Table([[f[0] for f in figures], [f[1] for f in figures]], hAlign="LEFT")
    table.setStyle(grid(header_rows=0))
    story += [Spacer(1, 10), table, Spacer(1, 8)]

    story.append(para("Meetings held", st.h2))
    if held:
        rows = [[para(h, st.cell_bold) for h in ("When", "Meeting", "Outcome")]]
        for m in held:
            what = [para(m.title, st.cell_bold)] + [
                para(x, st.cell_muted) for x in (m.clusters, m.contacts, m.who) if x]
            rows.append([[para(m.when, st.cell), para(m.zone, st.cell_muted)], what,
                         para(m.outcome or "—", st.cell)])
        t = Table(rows, colWidths=[100, 190, "*"], repeatRows=1, hAlign="LEFT")
        t.setStyle(grid())
        story.append(t)
    else:
        story.append(para("No meeting is marked done yet ('meeting done MEETING').", st.muted))

    story.append(para("Actions promised", st.h2))
    if data.actions:
        rows = [[para(h, st.cell_bold) for h in ("Action", "To", "Owner", "Due", "State")]]
        for a in data.actions:
            rows.append([[para(a.action, st.cell), para(a.meeting, st.cell_muted)],
                         para(a.promised_to, st.cell), para(a.owner or "—", st.cell),
                         para(a.due or "—", st.cell), para(a.state, st.cell)])
        t = Table(rows, colWidths=["*", 100, 80, 58, 42], repeatRows=1, hAlign="LEFT")
        t.setStyle(grid())
        story.append(t)
    else:
        story.append(para("No action was recorded ('meeting action MEETING TEXT').", st.muted))

    if not_held:
        story.append(para("Meetings not held", st.h2))
        rows = [[para(h, st.cell_bold) for h in ("When", "Meeting", "Status")]]
        rows += [[para(m.when, st.cell), para(m.title, st.cell), para(m.status, st.cell)]
                 for m in not_held]
        t = Table(rows, colWidths=[130, "*", 70], repeatRows=1, hAlign="LEFT")
        t.setStyle(grid())
        story.append(t)
    story += [Spacer(1, 14), para(f"Prepared with Cluster Atlas on {data.generated:%d %B %Y}. "
                                  "Internal: it names the people met and what was agreed.",
                                  st.muted)]
    return story
