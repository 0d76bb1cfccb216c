"""One cluster on exactly one page.

The page is drawn straight onto a reportlab canvas: a coloured header band (name, acronym, state,
sector, the ECEI badge), two columns of blocks (profile, key facts, sector figures, programmes |
website QR code, neighbours, where the facts come from), the user's private part on internal sheets,
and a footer with the sources, the catalogue's version and the page's version.

Nothing is left to chance at the page's end: every block is measured before it is drawn. When the
blocks do not fit, the text is first set a little smaller, then the least important blocks are
trimmed one step at a time (fewer items, fewer lines, always with a visible "…"), and as a last
resort a column is scaled down to its box. So a page never spills over and never overlaps.
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, NamedTuple, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop_app.catalogue.models import ClusterDetail, ClusterSummary, Programme
from desktop_app.factsheets import fonts
from desktop_app.factsheets.model import PAPER_SIZES, SheetMeta, UserPart
from desktop_app.factsheets.text import (
    ELLIPSIS,
    base_is_rtl,
    break_lines,
    clean,
    escape,
    has_rtl,
    one_line,
    visual,
)

# --- look ---------------------------------------------------------------------------------------

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
_PALETTE = ("#6f3f8f", "#8a5418", "#1d6a86", "#8c1f4e", "#4b6a1d", "#7a4a3a", "#2f5f7a")
LABEL_COLOURS = {"gold": "#a8800f", "silver": "#77818d", "bronze": "#97572a"}

MARGIN = 34.0
GUTTER = 18.0
BAND = 100.0
FOOTER = 34.0
NOT_STATED = "not stated in the briefing"
# The key facts every sheet answers, stated or not (what a reader looks for first).
CORE_FACTS = (("Founded", "founding year"), ("Members", "members"), ("Jobs", "jobs"),
              ("Website", "website"))
_SKIP_FACTS = {"State", "Sector", "ECEI label"}  # shown in the header instead


# Tables set a font for every cell, Helvetica unless told: name the embedded one instead.
_EMBEDDED_FONT = ("FONT", (0, 0), (-1, -1), fonts.BODY, 7)


def sector_colour(sector_id: str) -> colors.Color:
    code = SECTOR_COLOURS.get(sector_id) or _PALETTE[zlib.crc32(sector_id.encode()) % len(_PALETTE)]
    return colors.HexColor(code)


def _hex(colour: colors.Color) -> str:
    return "#" + colour.hexval()[2:]


@dataclass(frozen=True)
class Styles:
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


# --- small flowables ----------------------------------------------------------------------------

class Heading(Flowable):
    """A section title in small capitals over a hairline."""

    def __init__(self, text: str, colour: colors.Color, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.colour, self.style = text.upper(), colour, style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.style.fontSize + 5
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(self.colour)
        c.setFont(self.style.fontName, self.style.fontSize)
        text = self.text
        size = self.style.fontSize
        while stringWidth(text, self.style.fontName, size) > self.width and len(text) > 4:
            text = text[:-2] + ELLIPSIS
        c.drawString(0, 4, text)
        c.setStrokeColor(HAIR)
        c.setLineWidth(0.6)
        c.line(0, 0.5, self.width, 0.5)


class Stack(Flowable):
    """Flowables one under the other with fixed gaps (measured once, drawn in place)."""

    def __init__(self, items: Sequence[Flowable], gap: float = 0.0) -> None:
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
    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, self.height

    def draw(self) -> None:
        pass


# --- paragraphs that never run too long ---------------------------------------------------------

Part = tuple[str, str]  # (raw text, "" | "b" | "i" | "muted" | "accent")


def _markup(parts: Sequence[Part], accent: str = "#000000") -> str:
    out = []
    for raw, tag in parts:
        text = escape(raw)
        if tag == "b":
            text = f"<b>{text}</b>"
        elif tag == "i":
            text = f"<i>{text}</i>"
        elif tag == "muted":
            text = f'<font color="{_hex(MUTED)}">{text}</font>'
        elif tag == "accent":
            text = f'<font color="{accent}"><b>{text}</b></font>'
        out.append(text)
    return "".join(out)


def _lines(p: Paragraph, width: float) -> int:
    p.wrap(width, 100_000)
    return len(p.blPara.lines)


def _cut(parts: Sequence[Part], keep: int) -> list[Part]:
    """The first `keep` characters of the parts, ended at a word boundary, with "…"."""
    out: list[Part] = []
    left = keep
    for raw, tag in parts:
        if left <= 0:
            break
        piece = raw[:left]
        left -= len(piece)
        out.append((piece, tag))
    if not out:
        return [(ELLIPSIS, "")]
    raw, tag = out[-1]
    boundary = raw.rstrip().rfind(" ")
    if boundary > len(raw) - 18 and boundary > 0:
        raw = raw[:boundary]
    out[-1] = (raw.rstrip(" ,;:—-–·") + ELLIPSIS, tag)
    return out


def _longest_fitting(make: Callable[[int], Paragraph], total: int, width: float,
                     max_lines: int, font_size: float) -> Paragraph:
    """`make(k)` for the largest k <= total whose paragraph takes at most `max_lines` lines
    (`make(total)` is the uncut text). Long texts are never set whole: the search starts
    from an estimate of how many characters fit, so 20,000 characters cost a few short wraps."""
    per_line = width / (font_size * 0.40)
    estimate = int(per_line * max_lines)
    if total <= estimate * 1.5 + 8:
        whole = make(total)
        lines = _lines(whole, width)
        if lines <= max_lines:
            return whole
        estimate = int(total * max_lines / lines)
    lo, hi = int(estimate * 0.6), min(total - 1, int(estimate * 1.3) + 4)
    if lo and _lines(make(lo), width) > max_lines:
        lo, hi = 0, lo
    while hi < total - 1 and _lines(make(hi), width) <= max_lines:
        lo, hi = hi, min(total - 1, hi * 2 + 8)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _lines(make(mid), width) <= max_lines:
            lo = mid
        else:
            hi = mid - 1
    return make(lo)


def clamped(parts: Sequence[Part], style: ParagraphStyle, width: float,
            max_lines: int | None = None, accent: str = "#000000") -> Paragraph:
    """A paragraph of at most `max_lines` lines: longer text is cut with a visible "…"."""
    total = sum(len(raw) for raw, _ in parts)
    if max_lines is None:
        return Paragraph(_markup(parts, accent), style)

    def make(keep: int) -> Paragraph:
        shown = parts if keep >= total else _cut(parts, keep)
        return Paragraph(_markup(shown, accent), style)

    return _longest_fitting(make, total, width, max_lines, style.fontSize)


def user_paragraph(raw: str, style: ParagraphStyle, rtl_style: ParagraphStyle, width: float,
                   max_lines: int | None = None) -> Paragraph:
    """The user's own text: escaped, newlines kept, right-to-left scripts in display order."""
    text = clean(raw).strip()
    if not has_rtl(text):
        return _clamped_lines(text, style, width, max_lines)
    rtl = base_is_rtl(text)
    if max_lines is not None:  # only what can be shown is broken into lines
        text = text[: int(width / (style.fontSize * 0.30) * (max_lines + 1))]
    lines = break_lines(text, style.fontName, style.fontSize, width)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(" ,;:—-–·") + ELLIPSIS
    shown = "<br/>".join(escape(visual(line, rtl)) or "&nbsp;" for line in lines)
    return Paragraph(shown, rtl_style if rtl else style)


def _clamped_lines(text: str, style: ParagraphStyle, width: float,
                   max_lines: int | None) -> Paragraph:
    """A left-to-right user paragraph with its line breaks, cut to `max_lines` with "…"."""

    def make(keep: int) -> Paragraph:
        shown = text if keep >= len(text) else _cut_text(text, keep)
        return Paragraph("<br/>".join(escape(line) for line in shown.split("\n")), style)

    if max_lines is None:
        return make(len(text))
    return _longest_fitting(make, len(text), width, max_lines, style.fontSize)


def _fitted(raw: str, style: ParagraphStyle, width: float, factors: Sequence[float],
            max_lines: int = 1) -> Paragraph:
    """A short text (a figure, a web address) at the largest size that keeps it on one line;
    at the smallest size it may take `max_lines` lines, then it is cut with "…"."""
    for factor in factors:
        size = style.fontSize * factor
        if max((stringWidth(w, style.fontName, size) for w in raw.split() or [""]),
               default=0) > width:
            continue
        small = ParagraphStyle(f"{style.name}-{factor}", parent=style, fontSize=size,
                               leading=style.leading * factor)
        p = Paragraph(escape(raw), small)
        if _lines(p, width) <= 1:
            return p
    size = style.fontSize * factors[-1]
    small = ParagraphStyle(f"{style.name}-min", parent=style, fontSize=size,
                           leading=style.leading * factors[-1])
    return clamped([(raw, "")], small, width, max_lines)


def _cut_text(text: str, keep: int) -> str:
    return _cut([(text, "")], keep)[0][0]


# --- blocks: what can be trimmed, and how -------------------------------------------------------

@dataclass
class Block:
    """One section of a column. `build(level, width, st)` gives its flowable at a trim level
    (0: everything; higher: shorter). `slack` is how many levels it gives up before others do."""

    name: str
    build: Callable[[int, float, Styles], Flowable | None]
    levels: int = 1
    slack: int = 0
    _built: dict = field(default_factory=dict, repr=False)

    def measured(self, level: int, width: float, st: Styles) -> tuple[Flowable | None, float]:
        """The block's flowable at a trim level and its height (built once per page)."""
        key = (level, round(width, 2), st.scale)
        if key not in self._built:
            f = self.build(level, width, st)
            self._built[key] = (f, f.wrap(width, 100_000)[1] if f is not None else 0.0)
        return self._built[key]


def fit(blocks: list[Block], width: float, height: float, st: Styles, gap: float,
        ) -> tuple[Stack, bool]:
    """The blocks as one stack no taller than `height`, trimmed as little as possible.

    Returns the stack and whether it fits (False only when even the shortest version is too tall).
    """
    levels = {b.name: 0 for b in blocks}

    def measured(b: Block) -> tuple[Flowable | None, float]:
        return b.measured(levels[b.name], width, st)

    def total() -> float:
        heights = [measured(b)[1] for b in blocks]
        shown = [h for h in heights if h > 0]
        return sum(shown) + gap * max(0, len(shown) - 1)

    while total() > height:
        open_blocks = [b for b in blocks if levels[b.name] < b.levels - 1]
        if not open_blocks:
            break
        chosen = min(open_blocks, key=lambda b: (levels[b.name] - b.slack, -blocks.index(b)))
        levels[chosen.name] += 1
    stack = Stack([measured(b)[0] for b in blocks if measured(b)[0] is not None], gap)
    stack.levels = {name: level for name, level in levels.items() if level}
    stack.wrap(width, height)
    return stack, stack.height <= height + 0.01


# --- the content --------------------------------------------------------------------------------

class FactLine(NamedTuple):
    """One worded fact ("Members", "119 (70 Tier 1 members, ...)", "text" | "list" | "url")."""

    label: str
    value: str
    kind: str = "text"


class FigureLine(NamedTuple):
    """One sector figure, worded: value with unit, what it measures, its year."""

    value: str
    label: str
    year: str = ""


@dataclass
class SheetData:
    """Everything one page shows. The wording of facts, figures and provenance comes from the
    services (the same words as the window and `show`); this module only lays them out."""

    detail: ClusterDetail
    meta: SheetMeta
    facts: list[FactLine] = field(default_factory=list)
    figures: list[FigureLine] = field(default_factory=list)
    provenance: str = ""
    user: UserPart | None = None
    state_others: list[ClusterSummary] = field(default_factory=list)
    sector_others: list[ClusterSummary] = field(default_factory=list)
    general_programmes: list[Programme] = field(default_factory=list)


def _label_badge_text(detail: ClusterDetail) -> tuple[str, str] | None:
    if not detail.label:
        return None
    return f"{detail.label.upper()} LABEL", f"valid until {detail.label_valid_until}"


def _summary_line(s: ClusterSummary, label: bool = True) -> list[Part]:
    parts: list[Part] = [(clean(s.name), "")]
    if s.acronym and s.acronym.casefold() not in s.name.casefold():
        parts.append((f" ({clean(s.acronym)})", ""))
    if s.label and label:
        parts.append((f" · {s.label.capitalize()} label", "muted"))
    return parts


def _list_block(name: str, title: str, items: list[list[Part]], accent: colors.Color,
                empty: str | None, caps: Sequence[int | None], lines: Sequence[int | None],
                slack: int, more_word: str = "more") -> Block:
    """A titled list whose levels show fewer items and fewer lines per item."""
    levels = len(caps)

    def build(level: int, width: float, st: Styles) -> Flowable | None:
        head = Heading(title, accent, st.heading)
        if not items:
            if empty is None:
                return None
            return Stack([head, Spacer(2), clamped([(empty, "i")], st.muted, width, 3)])
        cap = caps[level]
        shown = items if cap is None else items[:cap]
        rows: list[Flowable] = [head, Spacer(2)]
        bullet_w = 8 * st.scale
        for item in shown:
            p = clamped(item, st.small, width - bullet_w, lines[level], _hex(accent))
            rows.append(_bulleted(p, bullet_w, accent, st))
        hidden = len(items) - len(shown)
        if hidden > 0:
            rows.append(clamped([(f"{ELLIPSIS} and {hidden} {more_word}", "i")], st.muted, width, 1))
        return Stack(rows, 2.2 * st.scale)

    return Block(name, build, levels, slack)


def _bulleted(p: Flowable, bullet_w: float, accent: colors.Color, st: Styles) -> Flowable:
    t = Table([["•", p]], colWidths=[bullet_w, None])
    t.setStyle(TableStyle([_EMBEDDED_FONT,
        ("FONT", (0, 0), (0, 0), fonts.BOLD, st.small.fontSize),
        ("TEXTCOLOR", (0, 0), (0, 0), accent),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return t


def left_blocks(data: SheetData, accent: colors.Color) -> list[Block]:
    d = data.detail

    def profile(level: int, width: float, st: Styles) -> Flowable:
        max_lines = (None, 9, 6, 4, 3)[level]
        text = clean(one_line(d.description)) or "The briefing gives no description."
        return Stack([Heading("Profile", accent, st.heading), Spacer(2),
                      clamped([(text, "")], st.body, width, max_lines)])

    facts = [f for f in data.facts if f.label not in _SKIP_FACTS]
    stated = {f.label for f in facts}
    missing = [words for label, words in CORE_FACTS if label not in stated]
    if not d.committees and not d.committees_note:
        missing.append("committees")

    def key_facts_block(level: int, width: float, st: Styles) -> Flowable:
        per_fact = (None, 4, 3, 2, 1)[level]
        label_w = 62 * st.scale
        rows = []
        for fact in facts:
            value = clean(one_line(fact.value))
            cell = clamped([(value, "")], st.small if fact.kind == "list" else st.body,
                           width - label_w, per_fact)
            rows.append([Paragraph(escape(fact.label or ""), st.label), cell])
        items: list[Flowable] = [Heading("Key facts", accent, st.heading)]
        if rows:
            t = Table(rows, colWidths=[label_w, width - label_w])
            t.setStyle(TableStyle([_EMBEDDED_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.6 * st.scale),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6 * st.scale),
                ("LINEBELOW", (0, 0), (-1, -2), 0.35, HAIR),
            ]))
            items.append(t)
        if missing:
            words = ", ".join(missing)
            items.append(Spacer(3))
            items.append(clamped([("Not stated in the briefing: ", "b"), (words + ".", "")],
                                 st.muted, width, 2))
        return Stack(items)

    context = d.sector_context
    figures = list(data.figures[:4])
    sector_title = (context.focus_name or f"{context.name} sector") if context else d.sector_name

    def sector_block(level: int, width: float, st: Styles) -> Flowable | None:
        head = Heading(f"{sector_title} in Mexico", accent, st.heading)
        if not figures:
            text = clean(one_line(context.description)) if context else ""
            if not text:
                text = (f"The briefing gives no national figures for the {d.sector_name} sector; "
                        "it lists this cluster among Mexico's formally organised clusters.")
            return Stack([head, Spacer(2), clamped([(text, "")], st.small, width,
                                                   (None, 4, 3, 2)[min(level, 3)])])
        shown = figures if level == 0 else figures[:2]
        cols = 2 if len(shown) > 1 else 1
        cell_w = (width - (cols - 1) * 6) / cols
        cells = []
        for fig in shown:
            value = _fitted(clean(fig.value), st.tile_value, cell_w - 12,
                            (1.0, 0.85, 0.72, 0.62))
            label = clean(fig.label) + (f" ({fig.year})" if fig.year else "")
            cells.append([value, clamped([(label, "")], st.tile_label, cell_w - 12, 2)])
        grid = [cells[i:i + cols] for i in range(0, len(cells), cols)]
        if len(grid[-1]) < cols:
            grid[-1].append(None)
        t = Table([[cell if cell is not None else Spacer(0) for cell in row] for row in grid],
                  colWidths=[cell_w] * cols)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4.5 * st.scale),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * st.scale),
        ]
        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                if cell is not None:
                    style.append(("BACKGROUND", (c, r), (c, r), TINT))
                    style.append(("LINEBEFORE", (c, r), (c, r), 2, accent))
        t.setStyle(TableStyle([_EMBEDDED_FONT, *style]))
        return Stack([head, Spacer(3), t], 0)

    programmes = list(context.programmes) if context else []
    prog_title = "Support programmes for the sector"
    if not programmes and data.general_programmes:
        programmes = list(data.general_programmes)
        prog_title = "Programmes open to every sector"
    prog_items: list[list[Part]] = []
    for prog in programmes:
        item: list[Part] = [(clean(prog.name), "b")]
        if prog.years:
            item.append((f" ({prog.years})", "muted"))
        if prog.gist:
            item.append((" — " + clean(one_line(prog.gist)), ""))
        prog_items.append(item)

    def programmes_block(level: int, width: float, st: Styles) -> Flowable | None:
        if not prog_items:
            return None
        if level >= 5:
            names = [[(clean(p.name), "b")] for p in programmes]
            return _list_block("p", prog_title, names, accent, None, (3,), (1,), 0,
                               "more programmes").build(0, width, st)
        caps = (None, None, 5, 4, 3)[level]
        lines = (None, 3, 2, 1, 1)[level]
        return _list_block("p", prog_title, prog_items, accent, None, (caps,), (lines,), 0,
                           "more programmes").build(0, width, st)

    return [
        Block("profile", profile, 5, 0),
        Block("facts", key_facts_block, 5, 0),
        Block("sector", sector_block, 4, 1),
        Block("programmes", programmes_block, 6, 2),
    ]


@lru_cache(maxsize=256)
def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of a URL (error correction M) as rows of dark/light modules; cached, since
    encoding takes a few milliseconds and previews redraw the same sheets."""
    from reportlab.graphics.barcode import qrencoder

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


def right_blocks(data: SheetData, accent: colors.Color) -> list[Block]:
    d = data.detail

    def website(level: int, width: float, st: Styles) -> Flowable:
        head = Heading("Website", accent, st.heading)
        if not d.website:
            text = [("No website is given in the briefing. ", "i"),
                    ("Search the cluster's name to find its current site.", "i")]
            return Stack([head, Spacer(3), clamped(text, st.muted, width, 3)])
        qr = 74.0 if level == 0 else 58.0
        url = clean(d.website)
        shown = url.removeprefix("https://").removeprefix("http://").rstrip("/")
        text = Stack([
            _fitted(shown, ParagraphStyle("url", parent=st.small, fontName=fonts.BOLD),
                    width - qr - 8, (1.0, 0.9, 0.8), 4),
            Spacer(3),
            clamped([("Scan the code to open the website.", "")], st.muted, width - qr - 8, 2),
        ])
        t = Table([[QRCode(d.website, qr), text]], colWidths=[qr + 8, width - qr - 8])
        t.setStyle(TableStyle([_EMBEDDED_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        return Stack([head, Spacer(4), t])

    state = clean(d.state_name) if d.state_name else None
    neighbours = [_summary_line(s) for s in d.same_sector_same_state]
    if state:
        title = f"{d.sector_name} clusters also in {state}"
        empty = f"No other {d.sector_name} cluster in {state} is listed in the catalogue."
    else:
        title = f"Other {d.sector_name} clusters"
        empty = "The briefing gives no state for this cluster, so none is listed beside it."
    neighbours_block = _list_block("neighbours", title, neighbours, accent, empty,
                                   (10, 8, 5, 3, 1), (2, 2, 1, 1, 1), 2)

    others = [s for s in data.state_others
              if s.sector != d.sector and s.id != d.id]
    others_items = [_summary_line(s, label=False) + [(f" · {s.sector_name}", "muted")]
                    for s in others]
    others_block = _list_block("others", f"Other sectors in {state}" if state else "",
                               others_items, accent, None, (10, 8, 6, 4, 2),
                               (2, 1, 1, 1, 1), 3, "more")
    elsewhere = [s for s in data.sector_others
                 if s.id != d.id and (not d.state or s.state != d.state)]
    elsewhere_items = [_summary_line(s, label=False)
                       + [(f" · {clean(s.state_name) if s.state_name else 'no state'}", "muted")]
                       for s in elsewhere]
    elsewhere_block = _list_block(
        "elsewhere", f"{d.sector_name} clusters elsewhere in Mexico", elsewhere_items, accent,
        None, (8, 6, 4, 2, 1), (2, 1, 1, 1, 1), 4, "more")

    def provenance(level: int, width: float, st: Styles) -> Flowable:
        items: list[Flowable] = [Heading("Where the facts come from", accent, st.heading),
                                 Spacer(2)]
        items.append(clamped([(clean(data.provenance) + ".", "")], st.small, width, 3))
        notes = [clean(one_line(n)) for n in d.notes]
        caps = (None, 2, 1, 0)[level]
        shown = notes if caps is None else notes[:caps]
        for note in shown:
            items.append(Spacer(2))
            items.append(clamped([("Note: ", "b"), (note, "")], st.muted, width,
                                 (4, 3, 2, 2)[level]))
        if len(shown) < len(notes):
            items.append(clamped([(f"{ELLIPSIS} and {len(notes) - len(shown)} more data notes",
                                   "i")], st.muted, width, 1))
        return Stack(items)

    blocks = [Block("website", website, 2, 0), neighbours_block]
    if others_items and state:
        blocks.append(others_block)
    if elsewhere_items:
        blocks.append(elsewhere_block)
    blocks.append(Block("provenance", provenance, 4, 1))
    return blocks


def _format_date(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return clean(str(value))


def user_blocks(user: UserPart, accent: colors.Color) -> tuple[list[Block], list[Block]]:
    """The private part: notes on the left, contacts (and lists) on the right."""
    notes = list(user.notes)

    def notes_block(level: int, width: float, st: Styles) -> Flowable:
        cap = (None, 8, 6, 4, 3, 2, 1)[level]
        per_note = (14, 8, 5, 3, 2, 2, 1)[level]
        head = Heading("Your notes", PRIVATE_EDGE, st.heading)
        if not notes:
            return Stack([head, Spacer(2), clamped([("No notes on this cluster.", "i")],
                                                   st.muted, width, 1)])
        rows: list[Flowable] = [head]
        shown = notes if cap is None else notes[:cap]
        for note in shown:
            date = _format_date(note.date)
            if date:
                rows.append(Paragraph(escape(date), st.label))
            rows.append(user_paragraph(note.text, st.note, st.note_rtl, width, per_note))
        if len(shown) < len(notes):
            rows.append(clamped([(f"{ELLIPSIS} and {len(notes) - len(shown)} more notes",
                                  "i")], st.muted, width, 1))
        return Stack(rows, 2.4 * st.scale)

    contacts = list(user.contacts)

    def contacts_block(level: int, width: float, st: Styles) -> Flowable:
        cap = (None, 4, 2, 1)[level]
        head = Heading("Your contacts", PRIVATE_EDGE, st.heading)
        if not contacts:
            return Stack([head, Spacer(2), clamped([("No contact is linked.", "i")],
                                                   st.muted, width, 1)])
        rows: list[Flowable] = [head]
        shown = contacts if cap is None else contacts[:cap]
        for contact in shown:
            who = [(_inline(contact.name) or "(no name)", "b")]
            role = ", ".join(_inline(x) for x in (contact.role, contact.organisation) if x)
            if role:
                who.append((" — " + role, ""))
            rows.append(clamped(who, st.small, width, 2))
            reach = " · ".join(_inline(x) for x in (contact.email, contact.phone) if x)
            if reach:
                rows.append(clamped([(reach, "muted")], st.small, width, 1))
        if len(shown) < len(contacts):
            rows.append(clamped([(f"{ELLIPSIS} and {len(contacts) - len(shown)} more contacts",
                                  "i")], st.muted, width, 1))
        return Stack(rows, 2.0 * st.scale)

    def lists_block(level: int, width: float, st: Styles) -> Flowable | None:
        if not user.lists and not user.bookmarked:
            return None
        parts: list[Part] = []
        if user.bookmarked:
            parts.append(("★ Bookmarked", "b"))
        if user.lists:
            parts.append((("  ·  " if parts else "") + "In your lists: ", "b"))
            parts.append((", ".join(_inline(x) for x in user.lists), ""))
        return clamped(parts, st.small, width, (3, 2, 1)[min(level, 2)])

    left = [Block("notes", notes_block, 7, 1)]
    right = [Block("lists", lists_block, 3, 0), Block("contacts", contacts_block, 4, 0)]
    return left, right


def _inline(raw: str | None) -> str:
    """A short user string on one line, right-to-left runs in display order."""
    text = one_line(clean(raw or ""))
    return visual(text, base_is_rtl(text)) if has_rtl(text) else text


# --- drawing ------------------------------------------------------------------------------------

def _draw_header(c, data: SheetData, accent: colors.Color, width: float, height: float) -> None:
    d = data.detail
    top = height
    c.setFillColor(accent)
    c.rect(0, top - BAND, width, BAND, stroke=0, fill=1)
    # A thin darker rule under the band gives it an edge on pale printers.
    c.setFillColor(colors.Color(0, 0, 0, alpha=0.18))
    c.rect(0, top - BAND, width, 2.2, stroke=0, fill=1)

    badge = _label_badge_text(d)
    badge_w = 104.0 if badge else 0.0
    right = width - MARGIN - (badge_w + 14 if badge else 0)
    locator_w = _draw_locator(c, d.state, right, top - BAND + 12, BAND - 24)
    text_w = right - MARGIN - (locator_w + 14 if locator_w else (2 if badge else 0))

    c.setFillColor(colors.Color(1, 1, 1, alpha=0.78))
    c.setFont(fonts.BOLD, 6.8)
    kicker = "CLUSTER FACT SHEET · MEXICO"
    c.drawString(MARGIN, top - 22, kicker)
    x_tag = MARGIN + stringWidth(kicker, fonts.BOLD, 6.8) + 10
    if data.meta.internal:
        tag = "INTERNAL"
        w = stringWidth(tag, fonts.BOLD, 6.4) + 10
        c.setFillColor(PRIVATE_EDGE)
        c.roundRect(x_tag, top - 25, w, 11, 2.5, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(fonts.BOLD, 6.4)
        c.drawString(x_tag + 5, top - 22, tag)
        x_tag += w + 8
        if data.user and data.user.bookmarked:
            c.setFillColor(WHITE)
            c.setFont(fonts.BOLD, 6.8)
            c.drawString(x_tag, top - 22, "★ BOOKMARKED")

    # The name: as large as fits on two lines, else cut with "…".
    name = clean(one_line(d.name))
    chosen = None
    for size in (21, 19, 17, 15.5, 14, 13):
        st = ParagraphStyle("name", fontName=fonts.BOLD, fontSize=size, leading=size * 1.12,
                            textColor=WHITE)
        p = Paragraph(escape(name), st)
        if _lines(p, text_w) <= 2:
            chosen = p
            break
    if chosen is None:
        st = ParagraphStyle("name", fontName=fonts.BOLD, fontSize=13, leading=14.6,
                            textColor=WHITE)
        chosen = clamped([(name, "")], st, text_w, 2)
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
    st = ParagraphStyle("sub", fontName=fonts.BODY, fontSize=9.6, leading=11,
                        textColor=colors.Color(1, 1, 1, alpha=0.92))
    sub = clamped([("  ·  ".join(subtitle), "")], st, text_w, 1)
    sub.wrap(text_w, 50)
    sub.drawOn(c, MARGIN, sub_y)

    if badge:
        title, valid = badge
        colour = colors.HexColor(LABEL_COLOURS[d.label])
        bx = width - MARGIN - badge_w
        by = top - BAND + (BAND - 58) / 2 - 2
        c.setFillColor(WHITE)
        c.roundRect(bx, by, badge_w, 58, 6, stroke=0, fill=1)
        c.setFillColor(colour)
        c.roundRect(bx + 3, by + 3, badge_w - 6, 52, 4.5, stroke=0, fill=1)
        c.setFillColor(WHITE)
        c.setFont(fonts.BOLD, 6.6)
        c.drawCentredString(bx + badge_w / 2, by + 42, "ECEI QUALITY LABEL")
        c.setFont(fonts.BOLD, 11.5)
        c.drawCentredString(bx + badge_w / 2, by + 26, title)
        c.setFont(fonts.BODY, 6.6)
        c.drawCentredString(bx + badge_w / 2, by + 12, valid)


LOCATOR_WIDTH = 92.0
LOCATOR_LAND, LOCATOR_BORDER, LOCATOR_STATE = "#ffffff", "#c9d3dc", "#f08c00"


def _draw_locator(c, state: str | None, right: float, bottom: float, height: float) -> float:
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


def _draw_footer(c, data: SheetData, accent: colors.Color, width: float) -> None:
    d, meta = data.detail, data.meta
    inner = width - 2 * MARGIN
    c.setStrokeColor(HAIR)
    c.setLineWidth(0.6)
    c.line(MARGIN, MARGIN + FOOTER, width - MARGIN, MARGIN + FOOTER)
    small = ParagraphStyle("foot", fontName=fonts.BODY, fontSize=6.3, leading=7.8,
                           textColor=MUTED)
    sources = " · ".join(clean(s) for s in d.sources) or "the briefing"
    p1 = clamped([("Sources: ", "b"), (sources, "")], small, inner, 2)
    _, h1 = p1.wrap(inner, 100)
    p1.drawOn(c, MARGIN, MARGIN + FOOTER - 3 - h1)
    provenance = []
    if meta.source_title:
        provenance.append(f"{meta.source_title} {meta.source_version}, {meta.source_date}".strip(" ,"))
    if meta.catalogue_version:
        provenance.append(f"catalogue {meta.catalogue_version}")
    provenance.append(f"generated {meta.generated.isoformat()}")
    provenance.append(d.id)
    right_w = stringWidth(meta.version_text, fonts.BOLD, 7.2) + 4
    p2 = _fitted(" · ".join(clean(x) for x in provenance), small, inner - right_w - 12,
                 (1.0, 0.93, 0.86))
    p2.wrap(inner - right_w - 12, 100)
    p2.drawOn(c, MARGIN, MARGIN + 2)
    c.setFont(fonts.BOLD, 7.2)
    c.setFillColor(PRIVATE_EDGE if meta.internal else accent)
    c.drawRightString(width - MARGIN, MARGIN + 3, meta.version_text)


def _draw_writing_field(c, x: float, y: float, width: float, height: float,
                        accent: colors.Color) -> None:
    """A titled, ruled space for notes written by hand at the fair."""
    st = styles(1.0)
    head = Heading("Notes", accent, st.heading)
    _, hh = head.wrap(width, 20)
    head.drawOn(c, x, y + height - hh)
    c.setStrokeColor(HAIR)
    c.setLineWidth(0.45)
    c.setDash(1, 2.2)
    line_y = y + height - hh - 20
    while line_y >= y:
        c.line(x, line_y, x + width, line_y)
        line_y -= 20
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


@dataclass(frozen=True)
class Fitted:
    """How a page was made to fit: the text scale, the blocks trimmed (name: steps) and whether
    a column had to be scaled down as a last resort (`squeezed`)."""

    scale: float
    trimmed: dict[str, int]
    squeezed: bool


def draw_sheet(c, data: SheetData, paper: str = "a4") -> Fitted:
    """Draw one sheet on the canvas's current page (the caller calls `showPage()`)."""
    fonts.register()
    width, height = PAPER_SIZES[paper]
    c.setPageSize((width, height))
    accent = sector_colour(data.detail.sector)
    _draw_header(c, data, accent, width, height)
    _draw_footer(c, data, accent, width)

    body_top = height - BAND - 16
    body_bottom = MARGIN + FOOTER + 12
    body_h = body_top - body_bottom
    inner = width - 2 * MARGIN
    left_w = (inner - GUTTER) * 0.6
    right_w = inner - GUTTER - left_w
    gap_between = 12.0

    left = left_blocks(data, accent)
    right = right_blocks(data, accent)
    private = data.meta.internal and data.user is not None
    user_l, user_r = user_blocks(data.user, accent) if private else ([], [])

    # The private part is set once, at full size: the user's own words stay readable. It gets
    # the room the columns leave, but at least its own height up to 42% of the body.
    user_h = 0.0
    user_parts = None
    if private:
        st = styles(1.0)
        gap = 11.0
        pad = 9.0
        ul_w = (inner - 2 * pad - GUTTER) * 0.6
        ur_w = inner - 2 * pad - GUTTER - ul_w
        need_l, _ = fit(left, left_w, 10_000, st, gap)
        need_r, _ = fit(right, right_w, 10_000, st, gap)
        columns_need = max(need_l.height, need_r.height)
        full_l, _ = fit(user_l, ul_w, 10_000, st, gap)
        full_r, _ = fit(user_r, ur_w, 10_000, st, gap)
        user_need = max(full_l.height, full_r.height) + 2 * pad
        room = max(body_h - columns_need - gap_between, min(user_need, body_h * 0.42))
        user_h = min(user_need, room)
        if user_need > user_h:
            full_l, _ = fit(user_l, ul_w, user_h - 2 * pad, st, gap)
            full_r, _ = fit(user_r, ur_w, user_h - 2 * pad, st, gap)
        user_h = min(max(full_l.height, full_r.height) + 2 * pad, user_h)
        user_parts = (full_l, full_r, ul_w, ur_w, pad)
    columns_h = body_h - (user_h + gap_between if private else 0)

    # Set the columns at full size; if they are a little too tall, a slightly smaller size; if
    # still too tall (or far too tall to begin with), trim the least important blocks.
    plan = None
    passes = [(1.0, False), (0.93, False), (0.87, False), (0.87, True)]
    while passes:
        scale, trim = passes.pop(0)
        st = styles(scale)
        gap = 11 * scale
        limit = columns_h if trim else 10_000
        ls, _ = fit(left, left_w, limit, st, gap)
        rs, _ = fit(right, right_w, limit, st, gap)
        plan = (ls, rs, columns_h, user_h, user_parts, scale)
        if ls.height <= columns_h and rs.height <= columns_h:
            break
        if scale == 1.0 and max(ls.height, rs.height) > columns_h * 1.15:
            passes = [(0.93, True)]  # shrinking alone cannot do it: trim at a readable size
    ls, rs, columns_h, user_h, user_parts, scale = plan
    squeezed = _place(c, ls, MARGIN, body_top, left_w, columns_h)
    squeezed |= _place(c, rs, MARGIN + left_w + GUTTER, body_top, right_w, columns_h)
    trimmed = {**ls.levels, **rs.levels}
    # What is left under the columns becomes a ruled field for handwritten notes.
    used = max(min(ls.height, columns_h), min(rs.height, columns_h))
    field_top = body_top - used - 18
    field_bottom = body_bottom + (user_h + gap_between if private else 0)
    if field_top - field_bottom >= 58:
        _draw_writing_field(c, MARGIN, field_bottom, inner, field_top - field_bottom, accent)
    if private and user_parts:
        ul, ur, ul_w, ur_w, pad = user_parts
        y0 = body_bottom
        c.setFillColor(PRIVATE)
        c.setStrokeColor(PRIVATE_EDGE)
        c.setLineWidth(0.8)
        c.roundRect(MARGIN, y0, inner, user_h, 5, stroke=1, fill=1)
        inner_h = user_h - 2 * pad
        squeezed |= _place(c, ul, MARGIN + pad, y0 + user_h - pad, ul_w, inner_h)
        squeezed |= _place(c, ur, MARGIN + pad + ul_w + GUTTER, y0 + user_h - pad, ur_w, inner_h)
        trimmed.update(ul.levels)
        trimmed.update(ur.levels)
    return Fitted(scale, trimmed, squeezed)
