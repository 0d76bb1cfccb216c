"""The right column: the website with its QR code, the clusters around this one (same sector and
state, other sectors in the state, the sector elsewhere) and where the facts come from."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from desktop_app.factsheets import fonts
from desktop_app.factsheets.blocks.lists import list_block, summary_line
from desktop_app.factsheets.fitting import ALL, Block, Steps, clamped, fitted
from desktop_app.factsheets.flowables import Heading, QRCode, Spacer, Stack
from desktop_app.factsheets.model import SheetData
from desktop_app.factsheets.styles import EMBEDDED_FONT, NO_PADDING, Styles
from desktop_app.factsheets.text import ELLIPSIS, clean, one_line

# Trim steps (see fitting.Steps) and each block's slack (how early it gives up a step).
QR_SIZES = (74.0, 58.0)  # the website block's steps: the QR code's side
NEIGHBOURS = Steps(items=(10, 8, 5, 3, 1), lines=(2, 2, 1, 1, 1))
OTHER_SECTORS = Steps(items=(10, 8, 6, 4, 2), lines=(2, 1, 1, 1, 1))
ELSEWHERE = Steps(items=(8, 6, 4, 2, 1), lines=(2, 1, 1, 1, 1))
DATA_NOTES = Steps(items=(ALL, 2, 1, 0), lines=(4, 3, 2, 2))
URL_SIZES = (1.0, 0.9, 0.8)  # the web address shrinks to stay on one line
URL_LINES = 4  # at the smallest size
QR_GAP = 8.0  # between the QR code and the address


def right_blocks(data: SheetData, accent: colors.Color) -> list[Block]:
    """The right column's blocks, most important first."""
    d = data.detail
    state = clean(d.state_name) if d.state_name else None
    neighbours = [summary_line(s) for s in d.same_sector_same_state]
    if state:
        title = f"{d.sector_name} clusters also in {state}"
        empty = f"No other {d.sector_name} cluster in {state} is listed in the catalogue."
    else:
        title = f"Other {d.sector_name} clusters"
        empty = "The briefing gives no state for this cluster, so none is listed beside it."
    blocks = [Block("website", _website(data, accent), len(QR_SIZES), 0),
              list_block("neighbours", title, neighbours, accent, empty, NEIGHBOURS, 2)]

    others = [s for s in data.state_others if s.sector != d.sector and s.id != d.id]
    others_items = [summary_line(s, label=False) + [(f" · {s.sector_name}", "muted")]
                    for s in others]
    if others_items and state:
        blocks.append(list_block("others", f"Other sectors in {state}", others_items, accent,
                                 None, OTHER_SECTORS, 3))
    elsewhere = [s for s in data.sector_others
                 if s.id != d.id and (not d.state or s.state != d.state)]
    elsewhere_items = [summary_line(s, label=False)
                       + [(f" · {clean(s.state_name) if s.state_name else 'no state'}", "muted")]
                       for s in elsewhere]
    if elsewhere_items:
        blocks.append(list_block("elsewhere", f"{d.sector_name} clusters elsewhere in Mexico",
                                 elsewhere_items, accent, None, ELSEWHERE, 4))
    blocks.append(Block("provenance", _provenance(data, accent), DATA_NOTES.levels, 1))
    return blocks


def _website(data: SheetData, accent: colors.Color):
    d = data.detail

    def build(level: int, width: float, st: Styles) -> Flowable:
        head = Heading("Website", accent, st.heading)
        if not d.website:
            text = [("No website is given in the briefing. ", "i"),
                    ("Search the cluster's name to find its current site.", "i")]
            return Stack([head, Spacer(3), clamped(text, st.muted, width, 3)])
        qr = QR_SIZES[level]
        url = clean(d.website)
        shown = url.removeprefix("https://").removeprefix("http://").rstrip("/")
        text_w = width - qr - QR_GAP
        text = Stack([
            fitted(shown, ParagraphStyle("url", parent=st.small, fontName=fonts.BOLD),
                   text_w, URL_SIZES, URL_LINES),
            Spacer(3),
            clamped([("Scan the code to open the website.", "")], st.muted, text_w, 2),
        ])
        t = Table([[QRCode(d.website, qr), text]], colWidths=[qr + QR_GAP, text_w])
        t.setStyle(TableStyle([EMBEDDED_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), *NO_PADDING]))
        return Stack([head, Spacer(4), t])

    return build


def _provenance(data: SheetData, accent: colors.Color):
    notes = [clean(one_line(n)) for n in data.detail.notes]

    def build(level: int, width: float, st: Styles) -> Flowable:
        items: list[Flowable] = [Heading("Where the facts come from", accent, st.heading),
                                 Spacer(2)]
        items.append(clamped([(clean(data.provenance) + ".", "")], st.small, width, 3))
        cap = DATA_NOTES.items[level]
        shown = notes if cap is ALL else notes[:cap]
        for note in shown:
            items.append(Spacer(2))
            items.append(clamped([("Note: ", "b"), (note, "")], st.muted, width,
                                 DATA_NOTES.lines[level]))
        if len(shown) < len(notes):
            items.append(clamped([(f"{ELLIPSIS} and {len(notes) - len(shown)} more data notes",
                                   "i")], st.muted, width, 1))
        return Stack(items)

    return build
