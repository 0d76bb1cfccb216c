"""Making text and blocks fit: paragraphs of at most N lines, and columns of at most H points.

- `clamped(parts, style, width, max_lines)`: a paragraph cut at a word with a visible "…" when it
  would run longer than `max_lines`; `user_paragraph` does the same for the user's own text
  (newlines kept, right-to-left scripts in display order); `fitted` sets a short text (a figure, a
  web address) at the largest size that keeps it on one line.
- `Block` and `fit`: a column's sections, each with trim levels (0: everything, then shorter), and
  the search for the least trimming that makes them fit a height.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from desktop_app.factsheets.flowables import Stack
from desktop_app.factsheets.styles import MUTED, Styles, hex_of
from desktop_app.factsheets.text import (
    ELLIPSIS,
    base_is_rtl,
    break_lines,
    clean,
    escape,
    has_rtl,
    visual,
)

Part = tuple[str, str]  # (raw text, "" | "b" | "i" | "muted" | "accent")


class Item(NamedTuple):
    """A list item: its parts, of which the first `keep` are never cut (a name, a date)."""

    parts: list[Part]
    keep: int = 1

ALL = None  # a cap (items or lines) that shows everything
TALL = 100_000.0  # a height no paragraph reaches: measure without a limit
# Average glyph width over font size, used only to guess where to start cutting long text.
_CHARS_ESTIMATE = 0.40
_RTL_CHARS_ESTIMATE = 0.30
_TRAILING = " ,;:—-–·"  # stripped before the "…" of a cut text


def markup(parts: Sequence[Part], accent: str = "#000000") -> str:
    """Parts as reportlab paragraph markup, each escaped and tagged."""
    out = []
    for raw, tag in parts:
        text = escape(raw)
        if tag == "b":
            text = f"<b>{text}</b>"
        elif tag == "i":
            text = f"<i>{text}</i>"
        elif tag == "muted":
            text = f'<font color="{hex_of(MUTED)}">{text}</font>'
        elif tag == "accent":
            text = f'<font color="{accent}"><b>{text}</b></font>'
        out.append(text)
    return "".join(out)


def line_count(p: Paragraph, width: float) -> int:
    """How many lines the paragraph takes at this width."""
    p.wrap(width, TALL)
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
    out[-1] = (raw.rstrip(_TRAILING) + ELLIPSIS, tag)
    return out


def _cut_text(text: str, keep: int) -> str:
    return _cut([(text, "")], keep)[0][0]


def _longest_fitting(make: Callable[[int], Paragraph], total: int, width: float,
                     max_lines: int, font_size: float) -> Paragraph:
    """`make(k)` for the largest k <= total whose paragraph takes at most `max_lines` lines
    (`make(total)` is the uncut text). Long texts are never set whole: the search starts
    from an estimate of how many characters fit, so 20,000 characters cost a few short wraps."""
    per_line = width / (font_size * _CHARS_ESTIMATE)
    estimate = int(per_line * max_lines)
    if total <= estimate * 1.5 + 8:
        whole = make(total)
        lines = line_count(whole, width)
        if lines <= max_lines:
            return whole
        estimate = int(total * max_lines / lines)
    lo, hi = int(estimate * 0.6), min(total - 1, int(estimate * 1.3) + 4)
    if lo and line_count(make(lo), width) > max_lines:
        lo, hi = 0, lo
    while hi < total - 1 and line_count(make(hi), width) <= max_lines:
        lo, hi = hi, min(total - 1, hi * 2 + 8)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if line_count(make(mid), width) <= max_lines:
            lo = mid
        else:
            hi = mid - 1
    return make(lo)


def clamped(parts: Sequence[Part], style: ParagraphStyle, width: float,
            max_lines: int | None = ALL, accent: str = "#000000", keep: int = 0) -> Paragraph:
    """A paragraph of at most `max_lines` lines: longer text is cut with a visible "…".

    The first `keep` parts (a name, a date, an address) are never cut: they take the lines they
    need, and what follows them is cut, or left out when nothing of it fits."""
    total = sum(len(raw) for raw, _ in parts)
    if max_lines is ALL:
        return Paragraph(markup(parts, accent), style)
    head = list(parts[:keep])
    head_chars = sum(len(raw) for raw, _ in head)
    if head:  # most items fit whole: measure the head only when they do not
        whole = Paragraph(markup(parts, accent), style)
        if line_count(whole, width) <= max_lines:
            return whole
        max_lines = max(max_lines, line_count(Paragraph(markup(head, accent), style), width))

    def make(chars: int) -> Paragraph:
        if chars >= total:
            shown = list(parts)
        elif chars <= head_chars:
            shown = head
        else:
            shown = _cut(parts, chars)
            if len(shown) == len(head) + 1 and not shown[-1][0].strip(_TRAILING + ELLIPSIS):
                shown = head  # only a separator and "…" would follow the head
        return Paragraph(markup(shown, accent), style)

    return _longest_fitting(make, total, width, max_lines, style.fontSize)


def user_paragraph(raw: str, style: ParagraphStyle, rtl_style: ParagraphStyle, width: float,
                   max_lines: int | None = ALL) -> Paragraph:
    """The user's own text: escaped, newlines kept, right-to-left scripts in display order."""
    text = clean(raw).strip()
    if not has_rtl(text):
        return _clamped_lines(text, style, width, max_lines)
    rtl = base_is_rtl(text)
    if max_lines is not ALL:  # only what can be shown is broken into lines
        text = text[: int(width / (style.fontSize * _RTL_CHARS_ESTIMATE) * (max_lines + 1))]
    lines = break_lines(text, style.fontName, style.fontSize, width)
    if max_lines is not ALL and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(_TRAILING) + ELLIPSIS
    shown = "<br/>".join(escape(visual(line, rtl)) or "&nbsp;" for line in lines)
    return Paragraph(shown, rtl_style if rtl else style)


def _clamped_lines(text: str, style: ParagraphStyle, width: float,
                   max_lines: int | None) -> Paragraph:
    """A left-to-right user paragraph with its line breaks, cut to `max_lines` with "…"."""

    def make(keep: int) -> Paragraph:
        shown = text if keep >= len(text) else _cut_text(text, keep)
        return Paragraph("<br/>".join(escape(line) for line in shown.split("\n")), style)

    if max_lines is ALL:
        return make(len(text))
    return _longest_fitting(make, len(text), width, max_lines, style.fontSize)


def fitted(raw: str, style: ParagraphStyle, width: float, factors: Sequence[float],
           max_lines: int | None = ALL) -> Paragraph:
    """A short text (a figure, a web address) at the largest size that keeps it on one line;
    at the smallest size it takes the lines it needs (at most `max_lines`, then cut with "…")."""
    for factor in factors:
        size = style.fontSize * factor
        if max((stringWidth(w, style.fontName, size) for w in raw.split() or [""]),
               default=0) > width:
            continue
        small = ParagraphStyle(f"{style.name}-{factor}", parent=style, fontSize=size,
                               leading=style.leading * factor)
        p = Paragraph(escape(raw), small)
        if line_count(p, width) <= 1:
            return p
    size = style.fontSize * factors[-1]
    small = ParagraphStyle(f"{style.name}-min", parent=style, fontSize=size,
                           leading=style.leading * factors[-1])
    return clamped([(raw, "")], small, width, max_lines)


# --- blocks: what can be trimmed, and how -------------------------------------------------------

BlockBuilder = Callable[[int, float, Styles], Flowable | None]


class Steps(NamedTuple):
    """What a block shows at each trim level (0: everything, then shorter): at most
    `items[level]` items of at most `lines[level]` lines each (ALL: no cap)."""

    items: tuple[int | None, ...]
    lines: tuple[int | None, ...]

    @property
    def levels(self) -> int:
        return len(self.items)


@dataclass
class Block:
    """One section of a column. `build(level, width, st)` gives its flowable at a trim level
    (0: everything; higher: shorter). `slack` is how many levels it gives up before others do."""

    name: str
    build: BlockBuilder
    levels: int = 1
    slack: int = 0
    _built: dict = field(default_factory=dict, repr=False)

    def measured(self, level: int, width: float, st: Styles) -> tuple[Flowable | None, float]:
        """The block's flowable at a trim level and its height (built once per page)."""
        key = (level, round(width, 2), st.scale)
        if key not in self._built:
            f = self.build(level, width, st)
            self._built[key] = (f, f.wrap(width, TALL)[1] if f is not None else 0.0)
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
