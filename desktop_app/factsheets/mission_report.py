"""The mission report as PDF: what happened and what was promised, for after the trip.

A first page with the mission and the figures (meetings held, cancelled, actions open and done),
then the meetings held with their outcomes, the meetings not held, and the actions with their
owners and due dates. An internal document (outcomes and contacts): its footer says so. The content
arrives as plain data (`ReportData`) from `services.mission_report`, worded in `ReportData.lang`;
the report's own words come from `mission_strings`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer, Table

from desktop_app import APP_NAME, __version__
from desktop_app.factsheets import fonts
from desktop_app.factsheets.mission_pdf import FOOT, MARGIN, draw_footer, grid, para, styles
from desktop_app.factsheets.mission_strings import MissionStrings, mission_strings
from desktop_app.factsheets.model import PAPER_SIZES, check_paper
from desktop_app.i18n.formatting import format_date


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
    lang: str = "en"  # of every word printed

    @property
    def words(self) -> MissionStrings:
        return mission_strings(self.lang)

    def held(self) -> list[ReportMeeting]:
        return [m for m in self.meetings if m.status == "done"]

    def not_held(self) -> list[ReportMeeting]:
        return [m for m in self.meetings if m.status != "done"]


def render_report(data: ReportData, out: BinaryIO, paper: str = "a4") -> int:
    """Write the report into `out`; return its number of pages."""
    paper = check_paper(paper)
    fonts.register()
    width, height = PAPER_SIZES[paper]
    words = data.words
    footer_text = words.report_footer.format(title=data.title, dates=data.dates).strip(" ·")

    def footer(canvas, doc) -> None:
        draw_footer(canvas, width, footer_text, words.internal_report, True, words.page)

    frame = Frame(MARGIN, FOOT + 14, width - 2 * MARGIN, height - MARGIN - FOOT - 14,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(out, pagesize=(width, height), title=words.report_title.format(title=data.title),
                          author=APP_NAME, creator=f"{APP_NAME} {__version__}",
                          pageCompression=1, initialFontName=fonts.BODY)
    doc.addPageTemplates([PageTemplate("report", [frame], onPageEnd=footer)])
    doc.build(_story(data))
    return doc.page


def _story(data: ReportData) -> list[Flowable]:
    st = styles()
    words = data.words
    held, not_held = data.held(), data.not_held()
    cancelled = sum(1 for m in not_held if m.status == "cancelled")
    open_actions = sum(1 for a in data.actions if a.state == "open")
    story: list[Flowable] = [
        para(words.report_kicker, st.cell_bold), Spacer(1, 4), para(data.title, st.title),
        para(data.dates, st.subtitle), para(" · ".join(data.destinations), st.subtitle),
        Spacer(1, 12)]
    if data.purpose:
        story += [para(words.purpose_line.format(purpose=data.purpose), st.body)]
    if data.members:
        story += [para(words.delegation_line.format(members=", ".join(data.members)), st.body)]
    counts = (len(held), len(not_held) - cancelled, cancelled, len(data.actions), open_actions)
    figures = [[para(str(v), st.h1), para(k, st.cell_muted)]
               for v, k in zip(counts, words.figure_words)]
    table = Table([[f[0] for f in figures], [f[1] for f in figures]], hAlign="LEFT")
    table.setStyle(grid(header_rows=0))
    story += [Spacer(1, 10), table, Spacer(1, 8)]

    story.append(para(words.held, st.h2))
    if held:
        rows = [[para(h, st.cell_bold) for h in words.held_headers]]
        for m in held:
            what = [para(m.title, st.cell_bold)] + [
                para(x, st.cell_muted) for x in (m.clusters, m.contacts, m.who) if x]
            rows.append([[para(m.when, st.cell), para(m.zone, st.cell_muted)], what,
                         para(m.outcome or "—", st.cell)])
        t = Table(rows, colWidths=[100, 190, "*"], repeatRows=1, hAlign="LEFT")
        t.setStyle(grid())
        story.append(t)
    else:
        story.append(para(words.none_held, st.muted))

    story.append(para(words.actions, st.h2))
    if data.actions:
        rows = [[para(h, st.cell_bold) for h in words.action_headers]]
        for a in data.actions:
            rows.append([[para(a.action, st.cell), para(a.meeting, st.cell_muted)],
                         para(a.promised_to, st.cell), para(a.owner or "—", st.cell),
                         para(a.due or "—", st.cell),
                         para(words.action_states.get(a.state, a.state), st.cell)])
        t = Table(rows, colWidths=["*", 100, 80, 58, 50], repeatRows=1, hAlign="LEFT")
        t.setStyle(grid())
        story.append(t)
    else:
        story.append(para(words.no_actions, st.muted))

    if not_held:
        story.append(para(words.not_held, st.h2))
        rows = [[para(h, st.cell_bold) for h in words.not_held_headers]]
        rows += [[para(m.when, st.cell), para(m.title, st.cell),
                  para(words.statuses.get(m.status, m.status), st.cell)] for m in not_held]
        t = Table(rows, colWidths=[130, "*", 80], repeatRows=1, hAlign="LEFT")
        t.setStyle(grid())
        story.append(t)
    story += [Spacer(1, 14), para(words.report_prepared.format(
        date=format_date(data.generated, data.lang)), st.muted)]
    return story
