"""The look shared by a mission's PDFs (the booklet and the report): colours, paragraph styles,
the running footer with page numbers, and small helpers that clean text before reportlab sees it.

The fact sheets inside a booklet keep their own look (`layout`); these pages frame them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle

from desktop_app.factsheets import fonts
from desktop_app.factsheets.text import clean, escape

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6675")
HAIR = colors.HexColor("#d5dbe2")
TINT = colors.HexColor("#f1f4f7")
ACCENT = colors.HexColor("#1f4e8c")
PRIVATE = colors.HexColor("#fff6e0")
PRIVATE_EDGE = colors.HexColor("#d9a520")
WARN = colors.HexColor("#a23b1d")
MARGIN = 34.0  # as the fact sheets
FOOT = 30.0  # the running footer's band at the bottom of a page


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    warn: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    fonts.register()

    def style(name: str, size: float, leading: float, font: str = fonts.BODY,
              colour: colors.Color = INK, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading,
                              textColor=colour, **kw)

    return Styles(
        title=style("m-title", 26, 31, fonts.BOLD),
        subtitle=style("m-subtitle", 13, 17, colour=MUTED),
        h1=style("m-h1", 16, 20, fonts.BOLD, ACCENT, spaceAfter=8),
        h2=style("m-h2", 11, 14, fonts.BOLD, spaceBefore=10, spaceAfter=4),
        body=style("m-body", 9.5, 13),
        small=style("m-small", 8, 10.5),
        muted=style("m-muted", 8, 10.5, fonts.ITALIC, MUTED),
        cell=style("m-cell", 8.2, 10.4),
        cell_bold=style("m-cell-bold", 8.2, 10.4, fonts.BOLD),
        cell_muted=style("m-cell-muted", 7.4, 9.4, colour=MUTED),
        warn=style("m-warn", 7.6, 9.6, fonts.BOLD, WARN),
    )


def text(value: str | None) -> str:
    """User or catalogue text as paragraph markup that prints literally (glyphs the font lacks
    shown as boxes, never dropped)."""
    return escape(clean(value or ""))


def para(value: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value).replace("\n", "<br/>"), style)


def grid(header_rows: int = 1) -> TableStyle:
    """A plain table: a tinted header, hairlines between rows, text at the top of its cell."""
    commands = [
        ("FONT", (0, 0), (-1, -1), fonts.BODY, 8.2),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, HAIR),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), TINT),
                     ("FONT", (0, 0), (-1, header_rows - 1), fonts.BOLD, 7.6)]
    return TableStyle(commands)


def draw_footer(canvas, page_width: float, left: str, right_tag: str, private: bool,
                page: str = "page {number}") -> None:
    """The running footer: what the document is on the left, its kind and the page number on
    the right (`page`, the language's words for it), under a hairline (drawn in the bottom
    band, clear of a fact sheet's own footer)."""
    fonts.register()
    canvas.saveState()
    canvas.setStrokeColor(HAIR)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, FOOT, page_width - MARGIN, FOOT)
    canvas.setFont(fonts.BODY, 7.2)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, FOOT - 11, clean(left)[:110])
    number = page.format(number=canvas.getPageNumber())
    canvas.setFont(fonts.BOLD, 7.2)
    width = canvas.stringWidth(number, fonts.BOLD, 7.2)
    canvas.drawRightString(page_width - MARGIN, FOOT - 11, number)
    canvas.setFillColor(PRIVATE_EDGE if private else ACCENT)
    canvas.drawRightString(page_width - MARGIN - width - 10, FOOT - 11, right_tag)
    canvas.restoreState()
