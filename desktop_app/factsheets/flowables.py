"""The sheet's small flowables: a section heading, a fixed stack, a spacer, a bullet, a QR code.

They are measured once and drawn in place (the page is laid out by `page`, not flowed by a
platypus document), so each answers `wrap` with its exact size.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from desktop_app.factsheets import fonts
from desktop_app.factsheets.styles import EMBEDDED_FONT, HAIR, NO_PADDING, Styles
from desktop_app.factsheets.text import break_lines

HEADING_RULE_GAP = 5.0  # between a heading's baseline area and its hairline, plus the line
BULLET = "•"


class Heading(Flowable):
    """A section title in small capitals over a hairline; a long title wraps, never cut."""

    def __init__(self, text: str, colour: colors.Color, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.colour, self.style = text.upper(), colour, style
        self.lines: list[str] = [self.text]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.lines = break_lines(self.text, self.style.fontName, self.style.fontSize,
                                 avail_width) or [""]
        self.height = (self.style.fontSize + HEADING_RULE_GAP
                       + self.style.leading * (len(self.lines) - 1))
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(self.colour)
        c.setFont(self.style.fontName, self.style.fontSize)
        for row, line in enumerate(self.lines):
            c.drawString(0, 4 + self.style.leading * (len(self.lines) - 1 - row), line)
        c.setStrokeColor(HAIR)
        c.setLineWidth(0.6)
        c.line(0, 0.5, self.width, 0.5)


class Stack(Flowable):
    """Flowables one under the other with fixed gaps (measured once, drawn in place)."""

    def __init__(self, items: Sequence[Flowable | None], gap: float = 0.0) -> None:
        super().__init__()
        self.items = [i for i in items if i is not None]
        self.gap = gap
        self.levels: dict[str, int] = {}  # the trim steps `fit` took, per block
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._sizes and self.width == avail_width:  # measured already: same answer
            return self.width, self.height
        self._sizes = [item.wrap(avail_width, 10_000) for item in self.items]
        self.width = avail_width
        self.height = sum(h for _, h in self._sizes) + self.gap * max(0, len(self.items) - 1)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for item, (_, h) in zip(self.items, self._sizes):
            y -= h
            item.drawOn(self.canv, 0, y)
            y -= self.gap


class Spacer(Flowable):
    """Fixed vertical space."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, self.height

    def draw(self) -> None:
        pass


def bulleted(p: Flowable, bullet_w: float, accent: colors.Color, st: Styles) -> Flowable:
    """A list item: a bullet in the accent colour, then the item's paragraph."""
    t = Table([[BULLET, p]], colWidths=[bullet_w, None])
    t.setStyle(TableStyle([EMBEDDED_FONT,
        ("FONT", (0, 0), (0, 0), fonts.BOLD, st.small.fontSize),
        ("TEXTCOLOR", (0, 0), (0, 0), accent),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *NO_PADDING,
    ]))
    return t


@lru_cache(maxsize=256)
def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of a URL (error correction M) as rows of dark/light modules; cached, since
    encoding takes a few milliseconds and previews redraw the same sheets."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(url)
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


class QRCode(Flowable):
    """A QR code drawn as one path of rectangles (runs of dark modules), with a quiet zone."""

    QUIET = 2  # modules of white border (printed on white paper, 2 scan reliably)

    def __init__(self, url: str, size: float) -> None:
        super().__init__()
        self.url, self.size = url, size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        modules = qr_modules(self.url)
        count = len(modules)
        box = self.size / (count + 2 * self.QUIET)
        c = self.canv
        path = c.beginPath()
        for r, row in enumerate(modules):
            y = self.size - (r + self.QUIET + 1) * box
            col = 0
            while col < count:
                if row[col]:
                    start = col
                    while col < count and row[col]:
                        col += 1
                    path.rect((start + self.QUIET) * box, y, (col - start) * box + 0.01, box + 0.01)
                else:
                    col += 1
        c.setFillColor(colors.black)
        c.drawPath(path, stroke=0, fill=1)
