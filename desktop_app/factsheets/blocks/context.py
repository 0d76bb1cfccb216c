"""The right column: the website with its QR code, the clusters around this one (same sector and
state, other sectors in the state, the sector elsewhere) and where the facts come from."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from desktop_app.factsheets import fonts
from desktop_app.factsheets.blocks.lists import list_block, more_line, summary_item
from desktop_app.factsheets.fitting import ALL, Block, Item, Steps, clamped, fitted
from desktop_app.factsheets.flowables import Heading, QRCode, Spacer, Stack
from desktop_app.factsheets.model import SheetData
from desktop_app.factsheets.styles import EMBEDDED_FONT, NO_PADDING, Styles
from desktop_app.factsheets.text import clean, one_line

Builder = Callable[[int, float, Styles], Flowable | None]

# Trim steps (see fitting.Steps) and each block's slack (how early it gives up a step).
QR_SIZES = (74.0, 58.0)  # the website block's steps: the QR code's side
NEIGHBOURS = Steps(items=(10, 8, 5, 3, 1), lines=(2, 2, 1, 1, 1))
OTHER_SECTORS = Steps(items=(10, 8, 6, 4, 2), lines=(2, 1, 1, 1, 1))
ELSEWHERE = Steps(items=(8, 6, 4, 2, 1), lines=(2, 1, 1, 1, 1))
DATA_NOTES = Steps(items=(ALL, 2, 1, 0), lines=(4, 3, 2, 2))  # internal sheets only
URL_SIZES = (1.0, 0.9, 0.8)  # the web address shrinks to stay on one line, then wraps
QR_GAP = 8.0  # between the QR code and the address


def right_blocks(data: SheetData, accent: colors.Color) -> list[Block]:
    """The right column's blocks, most important first."""
    d, meta = data.detail, data.meta
    words = meta.strings
    state = clean(d.state_name) if d.state_name else None
    neighbours = [summary_item(s, data) for s in d.same_sector_same_state]
    if state:
        title = words.neighbours_in_state.format(sector=d.sector_name, state=state)
        empty = words.neighbours_none_in_state.format(sector=d.sector_name, state=state)
    else:
        title = words.neighbours_no_state.format(sector=d.sector_name)
        empty = words.neighbours_none_no_state
    blocks = [Block("website", _website(data, accent), len(QR_SIZES), 0),
              list_block("neighbours", title, neighbours, accent, empty, NEIGHBOURS, 2,
                         words.more_clusters)]

    others = [s for s in data.state_others if s.sector != d.sector and s.id != d.id]
    if others and state:
        items = [Item([*summary_item(s, data, label=False).parts,
                       (f" · {s.sector_name}", "muted")]) for s in others]
        blocks.append(list_block("others", words.other_sectors_in.format(state=state), items,
                                 accent, None, OTHER_SECTORS, 3, words.more_clusters))
    elsewhere = [s for s in data.sector_others
                 if s.id != d.id and (not d.state or s.state != d.state)]
    if elsewhere:
        items = [Item([*summary_item(s, data, label=False).parts,
                       (f" · {clean(s.state_name) if s.state_name else words.no_state}",
                        "muted")]) for s in elsewhere]
        blocks.append(list_block("elsewhere", words.elsewhere.format(sector=d.sector_name),
                                 items, accent, None, ELSEWHERE, 4, words.more_clusters))
    blocks.append(Block("provenance", _provenance(data, accent), DATA_NOTES.levels, 1))
    return blocks


def _website(data: SheetData, accent: colors.Color) -> Builder:
    d, words = data.detail, data.meta.strings

    def build(level: int, width: float, st: Styles) -> Flowable:
        head = Heading(words.website, accent, st.heading)
        if not d.website:
            return Stack([head, Spacer(3), clamped([(words.no_website, "i")], st.muted, width,
                                                   3)])
        qr = QR_SIZES[level]
        url = clean(d.website)
        shown = url.removeprefix("https://").removeprefix("http://").rstrip("/")
        text_w = width - qr - QR_GAP
        text = Stack([
            fitted(shown, ParagraphStyle("url", parent=st.small, fontName=fonts.BOLD),
                   text_w, URL_SIZES),
            Spacer(3),
            clamped([(words.scan_code, "")], st.muted, text_w, 2),
        ])
        t = Table([[QRCode(d.website, qr), text]], colWidths=[qr + QR_GAP, text_w])
        t.setStyle(TableStyle([EMBEDDED_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), *NO_PADDING]))
        return Stack([head, Spacer(4), t])

    return build


def _provenance(data: SheetData, accent: colors.Color) -> Builder:
    words = data.meta.strings
    # The catalogue's editing notes ("Merged: Table 6 ... = Table 2 ...") are for the user, not
    # for the cluster the public sheet is handed to.
    notes = [clean(one_line(n)) for n in data.detail.notes] if data.meta.internal else []

    def build(level: int, width: float, st: Styles) -> Flowable:
        items: list[Flowable] = [Heading(words.provenance, accent, st.heading), Spacer(2)]
        items.append(clamped([(clean(data.provenance) + ".", "")], st.small, width, 3))
        cap = DATA_NOTES.items[level]
        shown = notes if cap is ALL else notes[:cap]
        for note in shown:
            items.append(Spacer(2))
            items.append(clamped([(words.data_note, "b"), (note, "")], st.muted, width,
                                 DATA_NOTES.lines[level]))
        if len(shown) < len(notes):
            items.append(more_line(words.more_data_notes, len(notes) - len(shown), width, st))
        return Stack(items)

    return build
