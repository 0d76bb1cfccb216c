"""The booklet's own pages as reportlab flowables: cover, contents, delegation, map, itinerary,
contact annex, notes. `booklet` puts them in order around the fact sheets; each function takes
the booklet's data (typed loosely here to keep the two modules apart) and returns flowables,
every word from `data.words` (`mission_strings`) and every day written by Babel in `data.lang`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from reportlab.graphics.shapes import Circle, String
from reportlab.lib import colors
from reportlab.lib.colors import HexColor
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

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
from desktop_app.i18n.formatting import format_date, format_day
from desktop_app.maps.geometry import mexico_map
from desktop_app.maps.locator import locator_drawing

PageOf = Callable[[str], int | None]
VISITED, LAND, BORDER = "#f08c00", "#e9edf1", "#ffffff"


def _page(data: Any, number: int | None) -> str:
    words = data.words
    return words.page_ref.format(number=number) if number else words.page_unknown


def _day(data: Any, day: dt.date) -> str:
    """'Monday 14 July 2025' / 'lunes, 14 de julio de 2025'."""
    return format_day(day, data.lang)


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
    words = data.words
    out: list[Flowable] = [
        Spacer(1, 40),
        Paragraph(f'<font color="{ACCENT.hexval().replace("0x", "#")}">'
                  f'{text(words.booklet_kicker)}</font>', st.cell_bold),
        Spacer(1, 10), para(data.title, st.title), Spacer(1, 8),
        para(data.dates, st.subtitle),
        para(" · ".join(data.destinations), st.subtitle), Spacer(1, 16),
        Badge(data.kind, data.internal), Spacer(1, 26)]
    if data.purpose:
        out += [para(words.purpose, st.h2), para(data.purpose, st.body), Spacer(1, 10)]
    if data.members:
        out.append(para(words.delegation, st.h2))
        for m in data.members:
            extra = ", ".join(x for x in (m.role, m.organisation) if x)
            out.append(Paragraph(f"<b>{text(m.name)}</b>" + (f" — {text(extra)}" if extra
                                                                  else ""), st.body))
    out += [Spacer(1, 40), para(
        words.prepared.format(date=format_date(data.generated, data.lang))
        + (words.facts_source.format(source=data.source) if data.source else "")
        + (words.internal_note if data.internal else words.public_note), st.muted)]
    return out


def contents_page(data: Any, page_of: PageOf) -> list[Flowable]:
    st = styles()
    rows: list[list[Any]] = []

    def line(label: str, name: str, indent: bool = False, bold: bool = False) -> None:
        style = st.cell_bold if bold else st.cell
        shown = ("&nbsp;" * 6 if indent else "") + text(label)
        rows.append([Paragraph(shown, style), Paragraph(_page(data, page_of(name)), style)])

    words = data.words
    line(words.delegation, "delegation", bold=True)
    line(words.map_entry, "map", bold=True)
    line(words.itinerary_entry, "itinerary", bold=True)
    for day in sorted({s.day for s in data.stops}):
        line(_day(data, day), f"day:{day.isoformat()}", indent=True)
    if data.sheet_ids:
        line(words.sheets_entry, "sheets", bold=True)
        for cid in data.sheet_ids:
            line(data.sheet_names.get(cid, cid), f"sheet:{cid}", indent=True)
    if data.internal:
        line(words.annex_entry, "after:annex", bold=True)
        line(words.notes_entry, "after:notes", bold=True)
    table = Table(rows, colWidths=["*", 50], hAlign="LEFT")
    table.setStyle(grid(header_rows=0))
    return [para(words.contents, st.h1), table]


def delegation_pages(data: Any) -> list[Flowable]:
    st = styles()
    words = data.words
    out: list[Flowable] = [para(words.delegation, st.h1)]
    if not data.members:
        return out + [para(words.no_delegation, st.muted)]
    header = [*words.delegation_headers, *(words.reach_headers if data.internal else ())]
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
    words = data.words
    out: list[Flowable] = [para(words.map_title, st.h1)]
    codes = [v.code for v in data.visits]
    if codes:
        out += [_map_drawing(codes, width, height), Spacer(1, 10)]
    rows = [[para(h, st.cell_bold) for h in words.map_headers]]
    rows += [[para(str(i), st.cell_bold), para(v.name, st.cell), para(v.when, st.cell)]
             for i, v in enumerate(data.visits, 1)]
    if len(rows) > 1:
        table = Table(rows, colWidths=[22, 150, "*"], repeatRows=1, hAlign="LEFT")
        table.setStyle(grid())
        out.append(table)
    else:
        out.append(para(words.no_states, st.muted))
    out += [Spacer(1, 6), para(words.map_credit, st.muted)]
    return out


def _map_drawing(codes: list[str], width: float, height: float) -> Flowable:
    """Mexico with the visited states filled and numbered in the order of the list."""
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
    words = data.words
    out: list[Flowable] = [para(words.itinerary, st.h1)]
    lead = (words.local_times + (words.home_times.format(zone=data.home_zone)
                                 if data.home_zone else "") + ". ")
    if data.travel_rule:
        lead += words.flagged.format(rule=data.travel_rule)
    out.append(para(lead, st.muted))
    if not data.stops:
        return out + [Spacer(1, 8), para(words.no_meetings, st.muted)]
    widths = [92, "*", 96, 118]
    days = sorted({s.day for s in data.stops})
    for day in days:
        rows = [[para(h, st.cell_bold) for h in words.itinerary_headers]]
        for stop in (s for s in data.stops if s.day == day):
            rows.append(_stop_row(data, stop, page_of))
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(grid())
        out += [CondPageBreak(90), mark(day), KeepTogether([para(_day(data, day), st.h2)]),
                table]
    return out


def _stop_row(data: Any, stop: Any, page_of: PageOf) -> list[Flowable | list]:
    st = styles()
    words, internal = data.words, data.internal
    when = [para(stop.time, st.cell_bold), para(stop.zone, st.cell_muted)]
    if stop.home_time:
        when.append(para(f"({stop.home_time})", st.cell_muted))
    what: list[Flowable] = [para(stop.title, st.cell_bold)]
    if stop.place:
        what.append(para(stop.place, st.cell))
    if stop.status in ("cancelled", "planned"):
        what.append(para(words.statuses[stop.status], st.cell_muted))
    if internal and stop.contacts:
        what.append(para(words.with_contacts + ", ".join(stop.contacts), st.cell))
    if internal and stop.objective:
        what.append(para(words.objective + stop.objective, st.cell))
    what += [para("⚠ " + c, st.warn) for c in stop.conflicts]
    who = [para(", ".join(stop.who) or "—", st.cell)]
    clusters = [Paragraph(f"{text(name)} <font color='#5b6675'>"
                          f"{_page(data, page_of(f'sheet:{cid}'))}</font>", st.cell)
                for cid, name in stop.clusters] or [para("—", st.cell)]
    return [when, what, who, clusters]


def annex_pages(data: Any, width: float) -> list[Flowable]:
    st = styles()
    words = data.words
    out: list[Flowable] = [para(words.annex_title, st.h1),
                           para(words.annex_private, st.muted), Spacer(1, 6)]
    if not data.annex:
        return out + [para(words.no_annex, st.muted)]
    rows = [[para(h, st.cell_bold) for h in words.annex_headers]]
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
    st = styles()
    days = data.notes_days or [None, None]
    out: list[Flowable] = []
    for i, day in enumerate(days):
        title = data.words.notes_day.format(day=_day(data, day)) if day else data.words.notes
        out += [para(title, st.h1), Ruled(width, height - 40)]
        if i < len(days) - 1:
            out.append(PageBreak())
    return out

