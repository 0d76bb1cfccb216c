"""The sheet's header band: kicker line (and the internal tag), the cluster's name as large as
fits, acronym · state · sector, a locator map of the state and the ECEI label badge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from desktop_app.factsheets import fonts
from desktop_app.factsheets.fitting import clamped, line_count
from desktop_app.factsheets.model import SheetData
from desktop_app.factsheets.styles import (
    BAND,
    INK,
    LABEL_COLOURS,
    MARGIN,
    PRIVATE_EDGE,
    WHITE,
)
from desktop_app.factsheets.text import clean, escape, one_line

if TYPE_CHECKING:
    from desktop_app.catalogue.models import ClusterDetail

NAME_SIZES = (21, 19, 17, 15.5, 14, 13)  # the name takes the first that fits on NAME_LINES
NAME_LINES = 2
NAME_LEADING = 1.12  # times the size
KICKER_SIZE = 6.8
TAG_SIZE = 6.4
SUBTITLE_SIZE = 9.6
BADGE_WIDTH = 104.0
BADGE_HEIGHT = 58.0
SPACING = 14.0  # between the text, the locator and the badge

LOCATOR_WIDTH = 92.0
LOCATOR_LAND, LOCATOR_BORDER, LOCATOR_STATE = "#ffffff", "#c9d3dc", "#f08c00"


def label_badge_text(detail: ClusterDetail) -> tuple[str, str] | None:
    """The badge's title and validity line, or None for a cluster without a label."""
    if not detail.label:
        return None
    return f"{detail.label.upper()} LABEL", f"valid until {detail.label_valid_until}"


def draw_header(c, data: SheetData, accent: colors.Color, width: float, height: float) -> None:
    """The band across the top of the page."""
    d = data.detail
    top = height
    c.setFillColor(accent)
    c.rect(0, top - BAND, width, BAND, stroke=0, fill=1)
    # A thin darker rule under the band gives it an edge on pale printers.
    c.setFillColor(colors.Color(0, 0, 0, alpha=0.18))
    c.rect(0, top - BAND, width, 2.2, stroke=0, fill=1)

    badge = label_badge_text(d)
    badge_w = BADGE_WIDTH if badge else 0.0
    right = width - MARGIN - (badge_w + SPACING if badge else 0)
    locator_w = draw_locator(c, d.state, right, top - BAND + 12, BAND - 24)
    text_w = right - MARGIN - (locator_w + SPACING if locator_w else (2 if badge else 0))

    _draw_kicker(c, data, top)
    # The name: as large as fits on two lines, else cut with "…".
    name = clean(one_line(d.name))
    chosen = None
    for size in NAME_SIZES:
        st = ParagraphStyle("name", fontName=fonts.BOLD, fontSize=size,
                            leading=size * NAME_LEADING, textColor=WHITE)
        p = Paragraph(escape(name), st)
        if line_count(p, text_w) <= NAME_LINES:
            chosen = p
            break
    if chosen is None:
        size = NAME_SIZES[-1]
        st = ParagraphStyle("name", fontName=fonts.BOLD, fontSize=size,
                            leading=size * NAME_LEADING, textColor=WHITE)
        chosen = clamped([(name, "")], st, text_w, NAME_LINES)
    _, h = chosen.wrap(text_w, 200)
    sub_y = top - BAND + 16
    name_y = max(sub_y + 15, top - 32 - h)
    chosen.drawOn(c, MARGIN, name_y)

    subtitle = []
    if d.acronym:
        subtitle.append(clean(d.acronym))
    subtitle.append(clean(d.state_name) if d.state_name else "State not given in the briefing")
    sector = clean(d.sector_name)
    if d.sector_label and d.sector_label != d.sector_name:
        sector += f" (listed as {clean(d.sector_label)})"
    subtitle.append(sector)
    st = ParagraphStyle("sub", fontName=fonts.BODY, fontSize=SUBTITLE_SIZE, leading=11,
                        textColor=colors.Color(1, 1, 1, alpha=0.92))
    sub = clamped([("  ·  ".join(subtitle), "")], st, text_w, 1)
    sub.wrap(text_w, 50)
    sub.drawOn(c, MARGIN, sub_y)

    if badge:
        _draw_badge(c, badge, colors.HexColor(LABEL_COLOURS[d.label]),
                    width - MARGIN - badge_w, top - BAND + (BAND - BADGE_HEIGHT) / 2 - 2)


def _draw_kicker(c, data: SheetData, top: float) -> None:
    """The small line over the name; on an internal sheet, the INTERNAL tag and the bookmark."""
    c.setFillColor(colors.Color(1, 1, 1, alpha=0.78))
    c.setFont(fonts.BOLD, KICKER_SIZE)
    kicker = "CLUSTER FACT SHEET · MEXICO"
    c.drawString(MARGIN, top - 22, kicker)
    x_tag = MARGIN + stringWidth(kicker, fonts.BOLD, KICKER_SIZE) + 10
    if not data.meta.internal:
        return
    tag = "INTERNAL"
    w = stringWidth(tag, fonts.BOLD, TAG_SIZE) + 10
    c.setFillColor(PRIVATE_EDGE)
    c.roundRect(x_tag, top - 25, w, 11, 2.5, stroke=0, fill=1)
    c.setFillColor(INK)
    c.setFont(fonts.BOLD, TAG_SIZE)
    c.drawString(x_tag + 5, top - 22, tag)
    x_tag += w + 8
    if data.user and data.user.bookmarked:
        c.setFillColor(WHITE)
        c.setFont(fonts.BOLD, KICKER_SIZE)
        c.drawString(x_tag, top - 22, "★ BOOKMARKED")


def _draw_badge(c, badge: tuple[str, str], colour: colors.Color, bx: float, by: float) -> None:
    """The ECEI label as a coloured card: its title and validity."""
    title, valid = badge
    c.setFillColor(WHITE)
    c.roundRect(bx, by, BADGE_WIDTH, BADGE_HEIGHT, 6, stroke=0, fill=1)
    c.setFillColor(colour)
    c.roundRect(bx + 3, by + 3, BADGE_WIDTH - 6, BADGE_HEIGHT - 6, 4.5, stroke=0, fill=1)
    c.setFillColor(WHITE)
    centre = bx + BADGE_WIDTH / 2
    c.setFont(fonts.BOLD, 6.6)
    c.drawCentredString(centre, by + 42, "ECEI QUALITY LABEL")
    c.setFont(fonts.BOLD, 11.5)
    c.drawCentredString(centre, by + 26, title)
    c.setFont(fonts.BODY, 6.6)
    c.drawCentredString(centre, by + 12, valid)


def draw_locator(c, state: str | None, right: float, bottom: float, height: float) -> float:
    """A small map of Mexico in the header with the cluster's state picked out, its right edge at
    `right`; returns the width used (0 for a cluster without a state).

    The country and each state are PDF forms drawn once per file and reused on every page, so a
    batch holds the map's outline once rather than once per sheet.
    """
    if not state:
        return 0.0
    from desktop_app.maps.geometry import mexico_map

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
        from reportlab.graphics import renderPDF

        from desktop_app.maps.locator import locator_drawing

        colour = LOCATOR_LAND if others else LOCATOR_STATE
        drawing = locator_drawing(state, LOCATOR_WIDTH, height, fill=LOCATOR_LAND,
                                  stroke=LOCATOR_BORDER, highlight=colour, others=others)
        drawing.initialFontName = fonts.BODY  # else reportlab names an unembedded Helvetica
        c.beginForm(name, 0, 0, LOCATOR_WIDTH, height)
        renderPDF.draw(drawing, c, 0, 0)
        c.endForm()
    return name
