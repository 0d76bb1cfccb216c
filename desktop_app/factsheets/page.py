"""One cluster on exactly one page: `draw_sheet(canvas, sheet, paper)`, or `SheetPage` in a
platypus document.

The page is drawn straight onto a reportlab canvas: the header band (`header`), two columns of
blocks (`blocks.profile` | `blocks.context`), the user's private part on internal sheets
(`blocks.private`), a ruled field for handwritten notes in what is left, and a footer with the
sources, the catalogue's version and the page's version.

Nothing is left to chance at the page's end: every block is measured before it is drawn. When the
blocks do not fit, the text is first set a little smaller, then the least important blocks are
trimmed one step at a time (fewer items, fewer lines, always with a visible "…"), and as a last
resort a column is scaled down to its box. So a page never spills over and never overlaps.

Another document (the mission booklet) puts sheets among its own pages in either of two ways:
on a canvas, `draw_sheet(canvas, sheet, paper)` then `canvas.showPage()`; in a platypus
document, a `SheetPage(sheet, paper)` flowable in a frame from `sheet_frame(paper)` (the whole
page, no padding), one per page. The sheets come from `SheetsService.sheet_pages(ids,
with_notes, lang)`. The strip under the bottom margin (`FREE_BOTTOM` points) is left free for the
document's running footer or page number.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame

from desktop_app.factsheets import fonts
from desktop_app.factsheets.blocks.context import right_blocks
from desktop_app.factsheets.blocks.private import user_blocks
from desktop_app.factsheets.blocks.profile import left_blocks
from desktop_app.factsheets.fitting import TALL, Block, clamped, fit, fitted
from desktop_app.factsheets.flowables import Heading, Stack
from desktop_app.factsheets.header import draw_header, header_height
from desktop_app.factsheets.model import PAPER_SIZES, SheetData
from desktop_app.factsheets.strings import month_year
from desktop_app.factsheets.styles import (
    BLOCK_GAP,
    FOOTER,
    GUTTER,
    HAIR,
    LEFT_SHARE,
    MARGIN,
    MUTED,
    PRIVATE,
    PRIVATE_EDGE,
    sector_colour,
    styles,
)
from desktop_app.factsheets.text import clean

FREE_BOTTOM = MARGIN  # nothing of the sheet is drawn below this: room for a running footer
UNLIMITED = 10_000.0  # a column height that never trims: measures what a column needs
BODY_TOP_GAP = 16.0  # under the header band
BODY_BOTTOM_GAP = 12.0  # over the footer
COLUMNS_PRIVATE_GAP = 12.0  # between the columns and the private part
PRIVATE_PADDING = 9.0  # inside the private part's box
PRIVATE_MIN_SHARE = 0.42  # the private part gets its own height up to this share of the body
# Text scales tried in turn for the columns, and whether that pass may trim blocks.
PASSES = ((1.0, False), (0.93, False), (0.87, False), (0.87, True))
FAR_TOO_TALL = 1.15  # at full size: shrinking alone cannot help, trim at TRIM_SCALE at once
TRIM_SCALE = 0.93
FIELD_MIN_HEIGHT = 58.0  # a ruled field for handwritten notes needs at least this much room
FIELD_TOP_GAP = 18.0
FIELD_LINE_SPACING = 20.0
FOOTER_SIZES = (1.0, 0.93, 0.86)  # the provenance line shrinks to stay on one line
FOOTER_SIZE, FOOTER_LEADING = 6.3, 7.8
FOOTER_GAPS = 7.0  # above the sources, between them and the provenance line, under it


@dataclass(frozen=True)
class Fitted:
    """How a page was made to fit: the text scale, the blocks trimmed (name: steps) and whether
    a column had to be scaled down as a last resort (`squeezed`)."""

    scale: float
    trimmed: dict[str, int]
    squeezed: bool


class SheetPage(Flowable):
    """One sheet as a flowable that fills a whole page (put it in a `sheet_frame`); after it is
    drawn, `fitted` tells how the page was made to fit."""

    def __init__(self, sheet: SheetData, paper: str = "a4") -> None:
        super().__init__()
        self.sheet, self.paper = sheet, paper
        self.width, self.height = PAPER_SIZES[paper]
        self.fitted: Fitted | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.fitted = draw_sheet(self.canv, self.sheet, self.paper)


def sheet_frame(paper: str = "a4", frame_id: str = "sheet") -> Frame:
    """A frame covering the whole page without padding: where a `SheetPage` goes."""
    width, height = PAPER_SIZES[paper]
    return Frame(0, 0, width, height, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0, id=frame_id, showBoundary=0)


@dataclass(frozen=True)
class _Private:
    """The private part, measured: its two stacks, their widths and the box's height."""

    left: Stack
    right: Stack
    left_w: float
    right_w: float
    height: float


def draw_sheet(c, data: SheetData, paper: str = "a4") -> Fitted:
    """Draw one sheet on the canvas's current page (the caller calls `showPage()`)."""
    fonts.register()
    width, height = PAPER_SIZES[paper]
    c.setPageSize((width, height))
    accent = sector_colour(data.detail.sector)
    draw_header(c, data, accent, width, height)
    footer_h = _draw_footer(c, data, accent, width)

    body_top = height - header_height(data) - BODY_TOP_GAP
    body_bottom = MARGIN + footer_h + BODY_BOTTOM_GAP
    body_h = body_top - body_bottom
    inner = width - 2 * MARGIN
    left_w = (inner - GUTTER) * LEFT_SHARE
    right_w = inner - GUTTER - left_w

    left = left_blocks(data, accent)
    right = right_blocks(data, accent)
    private = None
    if data.meta.internal and data.user is not None:
        private = _measure_private(data, accent, left, right, left_w, right_w, inner, body_h)
    columns_h = body_h - (private.height + COLUMNS_PRIVATE_GAP if private else 0)

    ls, rs, scale = _fit_columns(left, right, left_w, right_w, columns_h)
    squeezed = _place(c, ls, MARGIN, body_top, left_w, columns_h)
    squeezed |= _place(c, rs, MARGIN + left_w + GUTTER, body_top, right_w, columns_h)
    trimmed = {**ls.levels, **rs.levels}
    # What is left under the columns becomes a ruled field for handwritten notes.
    used = max(min(ls.height, columns_h), min(rs.height, columns_h))
    field_top = body_top - used - FIELD_TOP_GAP
    field_bottom = body_bottom + (private.height + COLUMNS_PRIVATE_GAP if private else 0)
    if field_top - field_bottom >= FIELD_MIN_HEIGHT:
        _draw_writing_field(c, MARGIN, field_bottom, inner, field_top - field_bottom, accent,
                            data.meta.strings.handwritten_notes)
    if private:
        squeezed |= _draw_private(c, private, body_bottom, inner)
        trimmed.update(private.left.levels)
        trimmed.update(private.right.levels)
    return Fitted(scale, trimmed, squeezed)


def _measure_private(data: SheetData, accent: colors.Color, left: list[Block],
                     right: list[Block], left_w: float, right_w: float, inner: float,
                     body_h: float) -> _Private:
    """The private part is set once, at full size: the user's own words stay readable. It gets
    the room the columns leave, but at least its own height up to PRIVATE_MIN_SHARE of the body."""
    st = styles(1.0)
    pad = PRIVATE_PADDING
    user_l, user_r = user_blocks(data.user, data.meta)
    ul_w = (inner - 2 * pad - GUTTER) * LEFT_SHARE
    ur_w = inner - 2 * pad - GUTTER - ul_w
    need_l, _ = fit(left, left_w, UNLIMITED, st, BLOCK_GAP)
    need_r, _ = fit(right, right_w, UNLIMITED, st, BLOCK_GAP)
    columns_need = max(need_l.height, need_r.height)
    full_l, _ = fit(user_l, ul_w, UNLIMITED, st, BLOCK_GAP)
    full_r, _ = fit(user_r, ur_w, UNLIMITED, st, BLOCK_GAP)
    user_need = max(full_l.height, full_r.height) + 2 * pad
    room = max(body_h - columns_need - COLUMNS_PRIVATE_GAP,
               min(user_need, body_h * PRIVATE_MIN_SHARE))
    user_h = min(user_need, room)
    if user_need > user_h:
        full_l, _ = fit(user_l, ul_w, user_h - 2 * pad, st, BLOCK_GAP)
        full_r, _ = fit(user_r, ur_w, user_h - 2 * pad, st, BLOCK_GAP)
    user_h = min(max(full_l.height, full_r.height) + 2 * pad, user_h)
    return _Private(full_l, full_r, ul_w, ur_w, user_h)


def _fit_columns(left: list[Block], right: list[Block], left_w: float, right_w: float,
                 columns_h: float) -> tuple[Stack, Stack, float]:
    """The columns at full size; if they are a little too tall, a slightly smaller size; if
    still too tall (or far too tall to begin with), the least important blocks trimmed."""
    passes = list(PASSES)
    while passes:
        scale, trim = passes.pop(0)
        st = styles(scale)
        gap = BLOCK_GAP * scale
        limit = columns_h if trim else UNLIMITED
        ls, _ = fit(left, left_w, limit, st, gap)
        rs, _ = fit(right, right_w, limit, st, gap)
        if ls.height <= columns_h and rs.height <= columns_h:
            break
        if scale == 1.0 and max(ls.height, rs.height) > columns_h * FAR_TOO_TALL:
            passes = [(TRIM_SCALE, True)]
    return ls, rs, scale


def _draw_private(c, private: _Private, y0: float, inner: float) -> bool:
    """The private part's tinted box with its two columns; True when one had to be scaled."""
    pad = PRIVATE_PADDING
    c.setFillColor(PRIVATE)
    c.setStrokeColor(PRIVATE_EDGE)
    c.setLineWidth(0.8)
    c.roundRect(MARGIN, y0, inner, private.height, 5, stroke=1, fill=1)
    inner_h = private.height - 2 * pad
    top = y0 + private.height - pad
    squeezed = _place(c, private.left, MARGIN + pad, top, private.left_w, inner_h)
    squeezed |= _place(c, private.right, MARGIN + pad + private.left_w + GUTTER, top,
                       private.right_w, inner_h)
    return squeezed


def _draw_footer(c, data: SheetData, accent: colors.Color, width: float) -> float:
    """Sources (web addresses), then the provenance line (the record's id last) beside the
    page's version: nothing cut, each takes the lines it needs. Returns the footer's height
    over the bottom margin."""
    d, meta = data.detail, data.meta
    words = meta.strings
    inner = width - 2 * MARGIN
    small = ParagraphStyle("foot", fontName=fonts.BODY, fontSize=FOOTER_SIZE,
                           leading=FOOTER_LEADING, textColor=MUTED)
    sources = " · ".join(clean(s) for s in d.sources) or words.sources_missing
    p1 = clamped([(words.sources, "b"), (sources, "")], small, inner)
    _, h1 = p1.wrap(inner, TALL)
    provenance = []
    if meta.source_title:
        date = month_year(meta.lang, meta.source_date) if meta.source_date else ""
        provenance.append(f"{meta.source_title} {meta.source_version}, {date}".strip(" ,"))
    if meta.catalogue_version:
        provenance.append(words.catalogue_version.format(version=meta.catalogue_version))
    provenance.append(words.generated.format(date=meta.date(meta.generated)))
    provenance.append(d.id)
    version = words.internal_sheet if meta.internal else words.public_sheet
    p2_w = inner - stringWidth(version, fonts.BOLD, 7.2) - 16
    p2 = fitted(" · ".join(clean(x) for x in provenance), small, p2_w, FOOTER_SIZES)
    _, h2 = p2.wrap(p2_w, TALL)
    height = max(FOOTER, FOOTER_GAPS + h1 + h2)
    c.setStrokeColor(HAIR)
    c.setLineWidth(0.6)
    c.line(MARGIN, MARGIN + height, width - MARGIN, MARGIN + height)
    p1.drawOn(c, MARGIN, MARGIN + height - 3 - h1)
    p2.drawOn(c, MARGIN, MARGIN + 2)
    c.setFont(fonts.BOLD, 7.2)
    c.setFillColor(PRIVATE_EDGE if meta.internal else accent)
    c.drawRightString(width - MARGIN, MARGIN + 3, version)
    return height


def _draw_writing_field(c, x: float, y: float, width: float, height: float,
                        accent: colors.Color, title: str) -> None:
    """A titled, ruled space for notes written by hand at the fair."""
    st = styles(1.0)
    head = Heading(title, accent, st.heading)
    _, hh = head.wrap(width, 20)
    head.drawOn(c, x, y + height - hh)
    c.setStrokeColor(HAIR)
    c.setLineWidth(0.45)
    c.setDash(1, 2.2)
    line_y = y + height - hh - FIELD_LINE_SPACING
    while line_y >= y:
        c.line(x, line_y, x + width, line_y)
        line_y -= FIELD_LINE_SPACING
    c.setDash()


def _place(c, stack: Stack, x: float, top: float, width: float, height: float) -> bool:
    """Draw a measured stack from `top` down; scale it into the box if it is still too tall.
    Returns True when it had to be scaled (the last resort)."""
    _, h = stack.wrap(width, height)
    if h <= height + 0.01:
        stack.drawOn(c, x, top - h)
        return False
    factor = height / h
    c.saveState()
    c.translate(x, top - height)
    c.scale(factor, factor)
    stack.wrap(width / factor, h)
    stack.drawOn(c, 0, 0)
    c.restoreState()
    return True
