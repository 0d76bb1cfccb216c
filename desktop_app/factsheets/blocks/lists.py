"""What the list sections share: a titled, bulleted list whose trim levels show fewer items and
fewer lines per item, and the one-line summary of another cluster."""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.platypus import Flowable

from desktop_app.catalogue.models import ClusterSummary
from desktop_app.factsheets.fitting import ALL, Block, Part, Steps, clamped
from desktop_app.factsheets.flowables import Heading, Spacer, Stack, bulleted
from desktop_app.factsheets.styles import Styles, hex_of
from desktop_app.factsheets.text import ELLIPSIS, base_is_rtl, clean, has_rtl, one_line, visual

BULLET_WIDTH = 8.0  # at text scale 1
ITEM_GAP = 2.2  # between two items (at text scale 1)
EMPTY_LINES = 3  # the sentence saying a list is empty


def list_block(name: str, title: str, items: list[list[Part]], accent: colors.Color,
               empty: str | None, steps: Steps, slack: int, more_word: str = "more") -> Block:
    """A titled list; `empty` is said when there are no items (None: the block is left out)."""

    def build(level: int, width: float, st: Styles) -> Flowable | None:
        return list_flowable(title, items, accent, empty, steps.items[level], steps.lines[level],
                             width, st, more_word)

    return Block(name, build, steps.levels, slack)


def list_flowable(title: str, items: list[list[Part]], accent: colors.Color, empty: str | None,
                  cap: int | None, lines: int | None, width: float, st: Styles,
                  more_word: str = "more") -> Flowable | None:
    """The list at one trim step: at most `cap` items of at most `lines` lines each."""
    head = Heading(title, accent, st.heading)
    if not items:
        if empty is None:
            return None
        return Stack([head, Spacer(2), clamped([(empty, "i")], st.muted, width, EMPTY_LINES)])
    shown = items if cap is ALL else items[:cap]
    rows: list[Flowable] = [head, Spacer(2)]
    bullet_w = BULLET_WIDTH * st.scale
    for item in shown:
        p = clamped(item, st.small, width - bullet_w, lines, hex_of(accent))
        rows.append(bulleted(p, bullet_w, accent, st))
    hidden = len(items) - len(shown)
    if hidden > 0:
        rows.append(clamped([(f"{ELLIPSIS} and {hidden} {more_word}", "i")], st.muted, width, 1))
    return Stack(rows, ITEM_GAP * st.scale)


def summary_line(s: ClusterSummary, label: bool = True) -> list[Part]:
    """Another cluster in one line: name, acronym when the name lacks it, its label."""
    parts: list[Part] = [(clean(s.name), "")]
    if s.acronym and s.acronym.casefold() not in s.name.casefold():
        parts.append((f" ({clean(s.acronym)})", ""))
    if s.label and label:
        parts.append((f" · {s.label.capitalize()} label", "muted"))
    return parts


def inline(raw: str | None) -> str:
    """A short user string on one line, right-to-left runs in display order."""
    text = one_line(clean(raw or ""))
    return visual(text, base_is_rtl(text)) if has_rtl(text) else text


def format_date(value: dt.date | dt.datetime | str | None) -> str:
    """A note's date as printed: ISO date, with the time when there is one."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return clean(str(value))
