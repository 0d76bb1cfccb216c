"""The booklet's own pages as reportlab flowables: cover, contents, delegation, map, itinerary,
contact annex, notes. `booklet` puts them in order around the fact sheets; each function takes
the booklet's data (typed loosely here to keep the two modules apart) and returns flowables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.factsheets import fonts
from desktop_app.factsheets.mission_pdf import (
    ACCENT,
    HAIR,
    INK,
    PRIVATE,
    PRIVATE_EDGE,
    TINT,
    grid,
    para,
    styles,
    text,
)

PageOf = Callable[[str], int | None]
VISITED, LAND, BORDER = "#f08c00", "#e9edf1", "#ffffff"


def _page(number: int | None) -> str:
    return f"p. {number}" if number else "p. –"


def _day(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


class Badge(Flowable):
    """'PUBLIC BOOKLET' or 'INTERNAL BOOKLET — PRIVATE' in a coloured box."""

    def __init__(self, label: str, private: bool) -> None:
        super().__init__()
        self.label, self.private = label.upper(), private

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, 20
        return avail_width, 20

    def draw(self) -> None:
        c = self.canv
        w = c.stringWidth(self.label, fonts.BOLD, 9) + 20
        c.setFillColor(PRIVATE if self.private else TINT)
        c.setStrokeColor(PRIVATE_EDGE if self.private else ACCENT)
        c.roundRect(0, 0, w, 20, 4, stroke=1, fill=1)
        c.setFillColor(INK)
        c.setFont(fonts.BOLD, 9)
        c.drawString(10, 6.5, self.label)


class Ruled(Flowable):
    """Ruled lines for writing by hand."""

    def __init__(self, width: float, height: float, gap: float = 22) -> None:
        super().__init__()
        self.width, self.height, self.gap = width, height, gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = min(self.height, avail_height)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(HAIR)
        c.setLineWidth(0.5)
        y = self.height - self.gap
        while y > 0:
            c.line(0, y, self.width, y)
            y -= self.gap


def cover_page(data: Any, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        Spacer(1, 40),
        Paragraph(f'<font color="{ACCENT.hexval().replace("0x", "#")}">MISSION BOOKLET · '
                  'MEXICO</font>', st.cell_bold),
        Spacer(1, 10), para(data.title, st.title), Spacer(1, 8),
        para(data.dates, st.subtitle),
        para(" · ".join(data.destinations), st.subtitle), Spacer(1, 16),
        Badge(data.kind, data.internal), Spacer(1, 26)]
    if data.purpose:
        out += [para("Purpose", st.h2), para(data.purpose, st.body), Spacer(1, 10)]
    if data.members:
        out.append(para("Delegation", st.h2))
        for m in data.members:
            extra = ", ".join(x for x in (m.role, m.organisation) if x)
            out.append(Paragraph(f"<b>{text(m.name)}</b>" + (f" — {text(extra)}" if extra
                                                                  else ""), st.body))
    out += [Spacer(1, 40), para(
        f"Prepared with Cluster Atlas on {data.generated:%d %B %Y}. "
        + (f"Facts on the clusters: {data.source}. " if data.source else "")
        + ("This internal booklet holds contact details and private notes: keep it within the "
           "delegation." if data.internal else
           "This public booklet holds no private notes and no contact details."), st.muted)]
    return out


def contents_page(data: Any, page_of: PageOf) -> list[Flowable]:
    st = styles()
    rows: list[list[Any]] = []

    def line(label: str, name: str, indent: bool = False, bold: bool = False) -> None:
        style = st.cell_bold if bold else st.cell
        shown = ("&nbsp;" * 6 if indent else "") + text(label)
        rows.append([Paragraph(shown, style), Paragraph(_page(page_of(name)), style)])

    line("Delegation", "delegation", bold=True)
    line("Map of the states visited", "map", bold=True)
    line("Itinerary, day by day", "itinerary", bold=True)
    for day in sorted({s.day for s in data.stops}):
        line(_day(day), f"day:{day.isoformat()}", indent=True)
    if data.sheet_ids:
        line("Fact sheets of the clusters visited", "sheets", bold=True)
        for cid in data.sheet_ids:
            line(data.sheet_names.get(cid, cid), f"sheet:{cid}", indent=True)
    if data.internal:
        line("People to meet (contact annex)", "after:annex", bold=True)
        line("Pages for notes", "after:notes", bold=True)
    table = Table(rows, colWidths=["*", 50], hAlign="LEFT")
    table.setStyle(grid(header_rows=0))
    return [para("Contents", st.h1), table]


def delegation_pages(data: Any) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para("Delegation", st.h1)]
    if not data.members:
        return out + [para("No one has been added to the delegation yet.", st.muted)]
    header = ["Name", "Role", "Organisation"] + (["Mobile", "E-mail"] if data.internal else [])
    rows = [[para(h, st.cell_bold) for h in header]]
    for m in data.members:
        row = [para(m.name, st.cell_bold), para(m.role, st.cell), para(m.organisation, st.cell)]
        if data.internal:
            row += [para(m.phone, st.cell), para(m.email, st.cell)]
        rows.append(row)
    widths = [130, 100, "*"] + ([90, 120] if data.internal else [])
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid())
    return out + [table]


def map_page(data: Any, width: float, height: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para("The states visited", st.h1)]
    codes = [v.code for v in data.visits]
    if codes:
        out += [_map_drawing(codes, width, height), Spacer(1, 10)]
    rows = [[para("#", st.cell_bold), para("State", st.cell_bold), para("When", st.cell_bold)]]
    rows += [[para(str(i), st.cell_bold), para(v.name, st.cell), para(v.when, st.cell)]
             for i, v in enumerate(data.visits, 1)]
    if len(rows) > 1:
        table = Table(rows, colWidths=[22, 150, "*"], repeatRows=1, hAlign="LEFT")
        table.setStyle(grid())
        out.append(table)
    else:
        out.append(para("No meeting or cluster with a state yet.", st.muted))
    out += [Spacer(1, 6), para("Map: svg-maps / MapSVG, CC BY 4.0.", st.muted)]
    return out


def _map_drawing(codes: list[str], width: float, height: float) -> Flowable:
    """Mexico with the visited states filled and numbered in the order of the list."""
    from reportlab.graphics.shapes import Circle, String
    from reportlab.lib.colors import HexColor

    from desktop_app.maps.geometry import mexico_map
    from desktop_app.maps.locator import locator_drawing

    geometry = mexico_map()
    known = [c for c in codes if c in geometry.codes]
    if not known:
        return Spacer(1, 1)
    drawing = locator_drawing(known[0], width, height, fill=LAND, stroke=BORDER,
                              highlight=VISITED, geometry=geometry)
    for code in known[1:]:
        layer = locator_drawing(code, width, height, fill=LAND, stroke=BORDER,
                                highlight=VISITED, geometry=geometry, others=False)
        drawing.add(layer.contents[0])
    vb = geometry.view_box
    scale = min(width / vb.width, height / vb.height)  # as locator_drawing places the map
    left = (width - vb.width * scale) / 2
    bottom = (height - vb.height * scale) / 2
    by_code = geometry.by_code()
    for number, code in enumerate(codes, 1):
        if code not in by_code:
            continue
        x, y = by_code[code].label_point
        px, py = left + (x - vb.x) * scale, bottom + (vb.y + vb.height - y) * scale
        drawing.add(Circle(px, py, 8, fillColor=HexColor("#1d2733"), strokeColor=None))
        drawing.add(String(px, py - 3, str(number), fontName=fonts.BOLD, fontSize=8,
                           fillColor=colors.white, textAnchor="middle"))
    drawing.initialFontName = fonts.BODY
    return drawing


def itinerary_pages(data: Any, width: float, page_of: PageOf,
                    mark: Callable[[dt.date], Flowable]) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para("Itinerary", st.h1)]
    lead = ("Times are the local time of each place" + (
        f"; in brackets, {data.home_zone} time" if data.home_zone else "") + ". ")
    if data.travel_rule:
        lead += f"Flagged: {data.travel_rule}"
    out.append(para(lead, st.muted))
    if not data.stops:
        return out + [Spacer(1, 8), para("No meeting planned yet.", st.muted)]
    widths = [92, "*", 96, 118]
    days = sorted({s.day for s in data.stops})
    for day in days:
        header = [para(h, st.cell_bold) for h in ("Time", "Meeting", "Who", "Cluster · sheet")]
        rows = [header]
        for stop in (s for s in data.stops if s.day == day):
            rows.append(_stop_row(stop, data.internal, page_of))
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(grid())
        out += [CondPageBreak(90), mark(day), KeepTogether([para(_day(day), st.h2)]), table]
    return out


def _stop_row(stop: Any, internal: bool, page_of: PageOf) -> list[Flowable | list]:
    st = styles()
    when = [para(stop.time, st.cell_bold), para(stop.zone, st.cell_muted)]
    if stop.home_time:
        when.append(para(f"({stop.home_time})", st.cell_muted))
    what: list[Flowable] = [para(stop.title, st.cell_bold)]
    if stop.place:
        what.append(para(stop.place, st.cell))
    if stop.status in ("cancelled", "planned"):
        what.append(para(stop.status, st.cell_muted))
    if internal and stop.contacts:
        what.append(para("With: " + ", ".join(stop.contacts), st.cell))
    if internal and stop.objective:
        what.append(para("Objective: " + stop.objective, st.cell))
    what += [para("⚠ " + c, st.warn) for c in stop.conflicts]
    who = [para(", ".join(stop.who) or "—", st.cell)]
    clusters = [Paragraph(f"{text(name)} <font color='#5b6675'>"
                          f"{_page(page_of(f'sheet:{cid}'))}</font>", st.cell)
                for cid, name in stop.clusters] or [para("—", st.cell)]
    return [when, what, who, clusters]


def annex_pages(data: Any, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para("People to meet", st.h1),
                           para("Private: contact details from your address book.", st.muted),
                           Spacer(1, 6)]
    if not data.annex:
        return out + [para("No contact is linked to a meeting yet.", st.muted)]
    rows = [[para(h, st.cell_bold) for h in ("Name", "Phone · e-mail", "Meetings")]]
    for person in data.annex:
        who = [para(person.name, st.cell_bold)]
        who += [para(x, st.cell_muted) for x in (person.role, person.organisation) if x]
        reach = [para(x, st.cell) for x in (*person.phones, *person.emails)] or [
            para("—", st.cell)]
        rows.append([who, reach, [para(m, st.cell) for m in person.meetings]])
    table = Table(rows, colWidths=[150, 150, "*"], repeatRows=1, hAlign="LEFT")
    table.setStyle(grid())
    return out + [table]


def notes_pages(data: Any, width: float, height: float) -> list[Flowable]:
    from reportlab.platypus import PageBreak

    st = styles()
    days = data.notes_days or [None, None]
    out: list[Flowable] = []
    for i, day in enumerate(days):
        title = f"Notes — {_day(day)}" if day else "Notes"
        out += [para(title, st.h1), Ruled(width, height - 40)]
        if i < len(days) - 1:
            out.append(PageBreak())
    return out

