"""The sheet's look: colours, the page's geometry and the paragraph styles at a text scale.

Every size on the sheet is in PDF points (1/72 inch). `styles(scale)` gives the paragraph styles
for one text scale (1.0, or a little smaller when a page's columns run long); they are cached, as
every page of a batch asks for the same few scales.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from desktop_app.factsheets import fonts

# --- colours ------------------------------------------------------------------------------------

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6675")
FAINT = colors.HexColor("#8a94a3")
HAIR = colors.HexColor("#d5dbe2")
TINT = colors.HexColor("#f1f4f7")
PRIVATE = colors.HexColor("#fff6e0")
PRIVATE_EDGE = colors.HexColor("#d9a520")
WHITE = colors.white

SECTOR_COLOURS = {
    "automotive": "#1f4e8c", "aerospace": "#3b3f8f", "ict": "#0e6a6e",
    "renewable-energy": "#2e7031", "energy": "#2e7031",
}
# Sectors without a colour of their own take one of these, always the same for a sector.
_PALETTE = ("#6f3f8f", "#8a5418", "#1d6a86", "#8c1f4e", "#4b6a1d", "#7a4a3a", "#2f5f7a")
LABEL_COLOURS = {"gold": "#a8800f", "silver": "#77818d", "bronze": "#97572a"}

# --- the page's geometry ------------------------------------------------------------------------

MARGIN = 34.0  # around the page; the strip under the footer is left free
GUTTER = 18.0  # between the two columns
BAND = 100.0  # the coloured header band's height
FOOTER = 34.0  # the footer's height above the bottom margin
LEFT_SHARE = 0.6  # the left column's share of the width between the margins (less the gutter)
BLOCK_GAP = 11.0  # between two blocks of a column (at text scale 1)

# Tables set a font for every cell, Helvetica unless told: name the embedded one instead.
EMBEDDED_FONT = ("FONT", (0, 0), (-1, -1), fonts.BODY, 7)
# A table cell without padding (tables are used for layout only).
NO_PADDING = (
    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
)


def sector_colour(sector_id: str) -> colors.Color:
    """The sheet's accent colour for a sector."""
    code = SECTOR_COLOURS.get(sector_id) or _PALETTE[zlib.crc32(sector_id.encode()) % len(_PALETTE)]
    return colors.HexColor(code)


def hex_of(colour: colors.Color) -> str:
    """A colour as paragraph markup writes it ("#1d2733")."""
    return "#" + colour.hexval()[2:]


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one text scale."""

    scale: float
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    heading: ParagraphStyle
    tile_value: ParagraphStyle
    tile_label: ParagraphStyle
    note: ParagraphStyle
    note_rtl: ParagraphStyle


@lru_cache(maxsize=16)
def styles(scale: float = 1.0) -> Styles:
    """The styles at a text scale (1.0: full size)."""
    fonts.register()

    def style(name: str, size: float, leading: float, font: str = fonts.BODY,
              colour: colors.Color = INK, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size * scale,
                              leading=leading * scale, textColor=colour, **kw)

    return Styles(
        scale=scale,
        body=style("body", 8.6, 11.4),
        small=style("small", 7.4, 9.4),
        muted=style("muted", 7.4, 9.4, fonts.ITALIC, MUTED),
        label=style("label", 7.2, 9.4, fonts.BOLD, MUTED),
        heading=style("heading", 7.6, 9.0, fonts.BOLD),
        tile_value=style("tile_value", 12.5, 14.5, fonts.BOLD),
        tile_label=style("tile_label", 6.9, 8.4, colour=MUTED),
        note=style("note", 8.0, 10.4),
        note_rtl=style("note_rtl", 8.0, 10.4, alignment=TA_RIGHT),
    )
