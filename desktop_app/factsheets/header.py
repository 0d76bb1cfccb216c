"""The sheet's header: on an internal sheet a banner saying so; then the band with the kicker
line and the date of the data, the cluster's name as large as fits (never cut), acronym · state
· sector, a locator map of the state and the ECEI label badge (marked when expired)."""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from desktop_app.factsheets import fonts
from desktop_app.factsheets.fitting import clamped, fitted, line_count
from desktop_app.factsheets.model import SheetData
from desktop_app.factsheets.strings import month_year
from desktop_app.factsheets.styles import (
    BAND,
    INK,
    LABEL_COLOURS,
    MARGIN,
    PRIVATE_EDGE,
    WHITE,
)
from desktop_app.factsheets.text import clean, escape, one_line
from desktop_app.maps.geometry import mexico_map
from desktop_app.maps.locator import locator_drawing

NAME_SIZES = (21, 19, 17, 15.5, 14, 13)  # the name takes the first that fits on NAME_LINES
NAME_LINES = 2
LONG_NAME_SIZE, LONG_NAME_LINES = 11.0, 3  # else this, and only then is the name cut
NAME_LEADING = 1.12  # times the size
KICKER_SIZE = 6.8
KICKER_MIN_SIZE = 5.6  # the kicker and data line shrink to this before they would overflow
SUBTITLE_SIZE = 9.6
SUBTITLE_SIZES = (1.0, 0.9, 0.8)
BADGE_WIDTH = 104.0
BADGE_HEIGHT = 58.0
EXPIRED_BADGE = colors.HexColor("#8a94a3")
SPACING = 14.0  # between the text, the locator and the badge
INTERNAL_STRIP = 16.0  # the internal sheet's banner across the top of the page
INTERNAL_SIZE = 7.6

LOCATOR_WIDTH = 92.0
LOCATOR_LAND, LOCATOR_BORDER, LOCATOR_STATE = "#ffffff", "#c9d3dc", "#f08c00"


def header_height(data: SheetData) -> float:
    """The header's height: the band, and the internal banner over it on an internal sheet."""
    return BAND + (INTERNAL_STRIP if data.meta.internal else 0.0)


def draw_header(c, data: SheetData, accent: colors.Color, width: float, height: float) -> None:
    """The band across the top of the page (under the internal banner on an internal sheet)."""
    d, words = data.detail, data.meta.strings
    top = height
    if data.meta.internal:
        _draw_internal_banner(c, data, width, top)
        top -= INTERNAL_STRIP
    c.setFillColor(accent)
    c.rect(0, top - BAND, width, BAND, stroke=0, fill=1)
    # A thin darker rule under the band gives it an edge on pale printers.
    c.setFillColor(colors.Color(0, 0, 0, alpha=0.18))
    c.rect(0, top - BAND, width, 2.2, stroke=0, fill=1)

    badge_w = BADGE_WIDTH if d.label else 0.0
    right = width - MARGIN - (badge_w + SPACING if d.label else 0)
    locator_w = draw_locator(c, d.state, right, top - BAND + 12, BAND - 24)
    text_w = right - MARGIN - (locator_w + SPACING if locator_w else (2 if d.label else 0))

    _draw_kicker(c, data, top, text_w)
    name = _name_paragraph(clean(one_line(d.name)), text_w)
    _, h = name.wrap(text_w, 200)
    sub_y = top - BAND + 16
    name.drawOn(c, MARGIN, max(sub_y + 15, top - 32 - h))

    subtitle = []
    if d.acronym:
        subtitle.append(clean(d.acronym))
    subtitle.append(clean(d.state_name) if d.state_name else words.state_missing)
    sector = clean(d.sector_name)
    if d.sector_label and d.sector_label not in (d.sector_name, d.sector_name_en):
        # the briefing's own wording, when it is not the sector's name (as services.profile)
        sector = words.listed_as.format(sector=sector, label=clean(d.sector_label))
    subtitle.append(sector)
    st = ParagraphStyle("sub", fontName=fonts.BODY, fontSize=SUBTITLE_SIZE, leading=11,
                        textColor=colors.Color(1, 1, 1, alpha=0.92))
    sub = fitted("  ·  ".join(subtitle), st, text_w, SUBTITLE_SIZES, 1)
    sub.wrap(text_w, 50)
    sub.drawOn(c, MARGIN, sub_y)

    if d.label:
        _draw_badge(c, data, width - MARGIN - badge_w, top - BAND + (BAND - BADGE_HEIGHT) / 2 - 2)


def _name_paragraph(name: str, width: float) -> Paragraph:
    """The name as large as fits on two lines, else smaller on three; cut only past that."""
    for size, lines in [*((s, NAME_LINES) for s in NAME_SIZES),
                        (LONG_NAME_SIZE, LONG_NAME_LINES)]:
        st = ParagraphStyle("name", fontName=fonts.BOLD, fontSize=size,
                            leading=size * NAME_LEADING, textColor=WHITE)
        p = Paragraph(escape(name), st)
        if line_count(p, width) <= lines:
            return p
    return clamped([(name, "")], st, width, LONG_NAME_LINES)


def _draw_internal_banner(c, data: SheetData, width: float, top: float) -> None:
    """A strip across the top of the page: this sheet holds private notes."""
    words = data.meta.strings
    c.setFillColor(PRIVATE_EDGE)
    c.rect(0, top - INTERNAL_STRIP, width, INTERNAL_STRIP, stroke=0, fill=1)
    text = words.internal_banner
    if data.user and data.user.bookmarked:
        text += "   ·   " + words.bookmarked_tag
    c.setFillColor(INK)
    c.setFont(fonts.BOLD, INTERNAL_SIZE)
    c.drawCentredString(width / 2, top - INTERNAL_STRIP + 5, text)


def _draw_kicker(c, data: SheetData, top: float, width: float) -> None:
    """The small line over the name: what the page is, and the date of its data."""
    meta = data.meta
    words = meta.strings
    kicker = words.kicker
    data_line = ""
    if meta.source_date:
        data_line = "   " + words.data_line.format(source=words.source_short,
                                                  date=month_year(meta.lang, meta.source_date))
    full = (stringWidth(kicker, fonts.BOLD, KICKER_SIZE)
            + stringWidth(data_line, fonts.BODY, KICKER_SIZE))
    size = max(KICKER_MIN_SIZE, min(KICKER_SIZE, KICKER_SIZE * width / full))
    c.setFillColor(colors.Color(1, 1, 1, alpha=0.78))
    c.setFont(fonts.BOLD, size)
    c.drawString(MARGIN, top - 22, kicker)
    c.setFillColor(colors.Color(1, 1, 1, alpha=0.95))
    c.setFont(fonts.BODY, size)
    c.drawString(MARGIN + stringWidth(kicker, fonts.BOLD, size), top - 22, data_line)


def _draw_badge(c, data: SheetData, bx: float, by: float) -> None:
    """The ECEI label as a coloured card: its name and validity; grey and marked when the
    validity date has passed (`SheetData.label_expired`, the services' rule)."""
    d, words = data.detail, data.meta.strings
    expired = data.label_expired
    c.setFillColor(WHITE)
    c.roundRect(bx, by, BADGE_WIDTH, BADGE_HEIGHT, 6, stroke=0, fill=1)
    c.setFillColor(EXPIRED_BADGE if expired else colors.HexColor(LABEL_COLOURS[d.label]))
    c.roundRect(bx + 3, by + 3, BADGE_WIDTH - 6, BADGE_HEIGHT - 6, 4.5, stroke=0, fill=1)
    c.setFillColor(WHITE)
    centre = bx + BADGE_WIDTH / 2
    title = (data.label_names.get(d.label) or d.label_name or d.label).upper()
    valid = ""
    if d.label_valid_until:
        valid = words.label_valid.format(date=data.meta.date(d.label_valid_until, short=True))
    inner = BADGE_WIDTH - 12

    def line(text: str, font: str, size: float, y: float) -> None:
        """One centred line, set smaller when it would run over the card's edge."""
        size = min(size, size * inner / max(stringWidth(text, font, size), 0.01))
        c.setFont(font, size)
        c.drawCentredString(centre, y, text)

    line(words.label_kind, fonts.BOLD, 6.6, by + 43)
    line(title, fonts.BOLD, 11.5, by + (29 if expired else 26))
    if expired:
        line(f"{valid},", fonts.BODY, 6.6, by + 18)
        line(words.label_expired.upper(), fonts.BOLD, 7.2, by + 8.5)
    else:
        line(valid, fonts.BODY, 6.6, by + 12)


def draw_locator(c, state: str | None, right: float, bottom: float, height: float) -> float:
    """A small map of Mexico in the header with the cluster's state picked out, its right edge at
    `right`; returns the width used (0 for a cluster without a state).

    The country and each state are PDF forms drawn once per file and reused on every page, so a
    batch holds the map's outline once rather than once per sheet.
    """
    if not state:
        return 0.0
    try:
        mexico_map().shape(state)
    except KeyError:
        return 0.0
    base = _locator_form(c, "locator-mexico", state, height, others=True)
    layer = _locator_form(c, f"locator-{state}", state, height, others=False)
    c.saveState()
    c.setFillAlpha(1)  # the forms inherit the page's graphics state
    c.setStrokeAlpha(1)
    c.translate(right - LOCATOR_WIDTH, bottom)
    c.doForm(base)
    c.doForm(layer)
    c.restoreState()
    return LOCATOR_WIDTH


def _locator_form(c, name: str, state: str, height: float, others: bool) -> str:
    if not c.hasForm(name):
        colour = LOCATOR_LAND if others else LOCATOR_STATE
        drawing = locator_drawing(state, LOCATOR_WIDTH, height, fill=LOCATOR_LAND,
                                  stroke=LOCATOR_BORDER, highlight=colour, others=others)
        drawing.initialFontName = fonts.BODY  # else reportlab names an unembedded Helvetica
        c.beginForm(name, 0, 0, LOCATOR_WIDTH, height)
        renderPDF.draw(drawing, c, 0, 0)
        c.endForm()
    return name
