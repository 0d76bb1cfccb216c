"""What the list sections share: a titled, bulleted list whose trim levels show fewer items and
fewer lines per item (a name is never cut: only what follows it), and the one-line summary of
another cluster."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import Flowable

from desktop_app.factsheets.fitting import ALL, Block, Item, Steps, clamped
from desktop_app.factsheets.flowables import Heading, Spacer, Stack, bulleted
from desktop_app.factsheets.model import SheetData, SheetMeta
from desktop_app.factsheets.strings import Plural, plural
from desktop_app.factsheets.styles import Styles, hex_of
from desktop_app.factsheets.text import base_is_rtl, clean, has_rtl, one_line, visual

if TYPE_CHECKING:
    from desktop_app.catalogue.models import ClusterSummary

BULLET_WIDTH = 8.0  # at text scale 1
ITEM_GAP = 2.2  # between two items (at text scale 1)
EMPTY_LINES = 3  # the sentence saying a list is empty


def list_block(name: str, title: str, items: list[Item], accent: colors.Color,
               empty: str | None, steps: Steps, slack: int, more: Plural) -> Block:
    """A titled list; `empty` is said when there are no items (None: the block is left out)."""

    def build(level: int, width: float, st: Styles) -> Flowable | None:
        return list_flowable(title, items, accent, empty, steps.items[level], steps.lines[level],
                             width, st, more)

    return Block(name, build, steps.levels, slack)


def list_flowable(title: str, items: list[Item], accent: colors.Color, empty: str | None,
                  cap: int | None, lines: int | None, width: float, st: Styles,
                  more: Plural) -> Flowable | None:
    """The list at one trim step: at most `cap` items of at most `lines` lines each (more when
    an item's name needs them)."""
    head = Heading(title, accent, st.heading)
    if not items:
        if empty is None:
            return None
        return Stack([head, Spacer(2), clamped([(empty, "i")], st.muted, width, EMPTY_LINES)])
    shown = items if cap is ALL else items[:cap]
    rows: list[Flowable] = [head, Spacer(2)]
    bullet_w = BULLET_WIDTH * st.scale
    for item in shown:
        p = clamped(item.parts, st.small, width - bullet_w, lines, hex_of(accent), item.keep)
        rows.append(bulleted(p, bullet_w, accent, st))
    if len(items) > len(shown):
        rows.append(more_line(more, len(items) - len(shown), width, st))
    return Stack(rows, ITEM_GAP * st.scale)


def more_line(more: Plural, hidden: int, width: float, st: Styles) -> Flowable:
    """"… and 3 more notes": what a trimmed list leaves out."""
    return clamped([(plural(more, hidden), "i")], st.muted, width, 1)


def summary_item(s: ClusterSummary, data: SheetData, label: bool = True) -> Item:
    """Another cluster in one line: its name (never cut), the acronym when the name lacks it,
    its label (marked when expired)."""
    words = data.meta.strings
    name = clean(s.name)
    if s.acronym and s.acronym.casefold() not in s.name.casefold():
        name += f" ({clean(s.acronym)})"
    parts = [(name, "")]
    if s.label and label:
        text = data.label_names.get(s.label, s.label)
        if s.id in data.expired_ids:
            text += words.expired_suffix
        parts.append((f" · {text}", "muted"))
    return Item(parts)


def inline(raw: str | None) -> str:
    """A short user string on one line, right-to-left runs in display order."""
    text = one_line(clean(raw or ""))
    return visual(text, base_is_rtl(text)) if has_rtl(text) else text


def format_date(value: dt.date | dt.datetime | str | None, meta: SheetMeta) -> str:
    """A note's date as printed: its day (ISO in English, '12 mar 2024' in Spanish), with the
    time when there is one; a string that is no ISO date as it is."""
    if value is None or value == "":
        return ""
    clock = ""
    if isinstance(value, dt.datetime):
        clock = f" {value:%H:%M}"
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return clean(value)
    return meta.date(value, short=True) + clock
