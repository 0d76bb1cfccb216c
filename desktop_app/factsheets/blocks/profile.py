"""The left column: the cluster's profile, its key facts, its sector in Mexico (figures) and the
sector's support programmes."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop_app.factsheets.blocks.lists import list_flowable
from desktop_app.factsheets.fitting import ALL, Block, Item, Part, Steps, clamped, fitted
from desktop_app.factsheets.flowables import Heading, Spacer, Stack
from desktop_app.factsheets.model import FigureLine, SheetData
from desktop_app.factsheets.styles import EMBEDDED_FONT, HAIR, TINT, Styles
from desktop_app.factsheets.text import clean, escape, one_line

Builder = Callable[[int, float, Styles], Flowable | None]

# The key facts every sheet answers, stated or not (services.profile's keys, the same in every
# language): the internal sheet says which of them the briefing does not state.
CORE_FACTS = ("founded", "members", "jobs", "website")
SKIP_FACTS = {"state", "sector", "label"}  # shown in the header instead
UNCUT_KINDS = {"url"}  # facts never cut (a web address)

# Trim steps (see fitting.Steps); `slack` below says which block gives up a step first.
PROFILE_LINES = (ALL, 9, 6, 4, 3)
FACT_LINES = (ALL, 4, 3, 2, 1)  # per fact
SECTOR_FIGURES = Steps(items=(4, 2, 2, 2), lines=(ALL, 4, 3, 2))  # lines: of the text instead
PROGRAMMES = Steps(items=(ALL, ALL, 5, 4, 3, 3), lines=(ALL, 3, 2, 1, 1, 1))
PROGRAMME_NAMES_ONLY = 5  # from this step on, programmes are listed by name only

FACT_LABEL_WIDTH = 62.0  # at text scale 1
FACT_PADDING = 2.6  # above and below each fact (at text scale 1)
FIGURE_GAP = 6.0  # between two figure cards
FIGURE_PADDING = 6.0  # inside a figure card, left and right
FIGURE_VALUE_SIZES = (1.0, 0.85, 0.72, 0.62)  # a figure's value shrinks to fit, then wraps


def left_blocks(data: SheetData, accent: colors.Color) -> list[Block]:
    """The left column's blocks, most important first."""
    return [
        Block("profile", _profile(data, accent), len(PROFILE_LINES), 0),
        Block("facts", _key_facts(data, accent), len(FACT_LINES), 0),
        Block("sector", _sector(data, accent), SECTOR_FIGURES.levels, 1),
        Block("programmes", _programmes(data, accent), PROGRAMMES.levels, 2),
    ]


def _profile(data: SheetData, accent: colors.Color) -> Builder:
    words = data.meta.strings
    text = clean(one_line(data.detail.description)) or words.no_description

    def build(level: int, width: float, st: Styles) -> Flowable:
        return Stack([Heading(words.profile, accent, st.heading), Spacer(2),
                      clamped([(text, "")], st.body, width, PROFILE_LINES[level])])

    return build


def _key_facts(data: SheetData, accent: colors.Color) -> Builder:
    d, words = data.detail, data.meta.strings
    facts = [f for f in data.facts if f.key not in SKIP_FACTS]
    missing: list[str] = []
    if data.meta.internal:  # an editing remark: not for the sheet handed to the cluster
        stated = {f.key for f in facts}
        missing = [words.missing_words[key] for key in CORE_FACTS if key not in stated]
        if not d.committees and not d.committees_note:
            missing.append(words.missing_words["committees"])

    def build(level: int, width: float, st: Styles) -> Flowable | None:
        if not facts and not missing:
            return None  # a public sheet of a bare row: no empty section
        label_w = FACT_LABEL_WIDTH * st.scale
        rows = []
        for fact in facts:
            value = clean(one_line(fact.value))
            lines = ALL if fact.kind in UNCUT_KINDS else FACT_LINES[level]
            cell = clamped([(value, "")], st.small if fact.kind == "list" else st.body,
                           width - label_w, lines)
            rows.append([Paragraph(escape(fact.label or ""), st.label), cell])
        items: list[Flowable] = [Heading(words.key_facts, accent, st.heading)]
        if rows:
            t = Table(rows, colWidths=[label_w, width - label_w])
            t.setStyle(TableStyle([EMBEDDED_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), FACT_PADDING * st.scale),
                ("BOTTOMPADDING", (0, 0), (-1, -1), FACT_PADDING * st.scale),
                ("LINEBELOW", (0, 0), (-1, -2), 0.35, HAIR),
            ]))
            items.append(t)
        if missing:
            items.append(Spacer(3))
            items.append(clamped([(words.not_stated, "b"), (", ".join(missing) + ".", "")],
                                 st.muted, width, 2))
        return Stack(items)

    return build


def _sector(data: SheetData, accent: colors.Color) -> Builder:
    d, words = data.detail, data.meta.strings
    context = d.sector_context
    figures = list(data.figures[:SECTOR_FIGURES.items[0]])
    if context:
        sector = context.focus_name or words.sector_focus.format(sector=context.name)
    else:
        sector = d.sector_name
    title = words.sector_title.format(sector=sector)

    def build(level: int, width: float, st: Styles) -> Flowable | None:
        head = Heading(title, accent, st.heading)
        if not figures:
            text = clean(one_line(context.description)) if context else ""
            text = text or words.no_figures.format(sector=d.sector_name)
            return Stack([head, Spacer(2), clamped([(text, "")], st.small, width,
                                                   SECTOR_FIGURES.lines[level])])
        shown = figures[:SECTOR_FIGURES.items[level]]
        return Stack([head, Spacer(3), _figure_cards(shown, accent, width, st)], 0)

    return build


def _figure_cards(shown: list[FigureLine], accent: colors.Color, width: float,
                  st: Styles) -> Table:
    """The figures as tinted cards, two to a row; a value is never cut (it wraps)."""
    cols = 2 if len(shown) > 1 else 1
    cell_w = (width - (cols - 1) * FIGURE_GAP) / cols
    inner = cell_w - 2 * FIGURE_PADDING
    cells = []
    for fig in shown:
        value = fitted(clean(fig.value), st.tile_value, inner, FIGURE_VALUE_SIZES)
        label = clean(fig.label) + (f" ({fig.year})" if fig.year else "")
        cells.append([value, clamped([(label, "")], st.tile_label, inner, 2)])
    grid = [cells[i:i + cols] for i in range(0, len(cells), cols)]
    if len(grid[-1]) < cols:
        grid[-1].append(None)
    t = Table([[cell if cell is not None else Spacer(0) for cell in row] for row in grid],
              colWidths=[cell_w] * cols)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), FIGURE_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), FIGURE_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 4.5 * st.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * st.scale),
    ]
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell is not None:
                style.append(("BACKGROUND", (c, r), (c, r), TINT))
                style.append(("LINEBEFORE", (c, r), (c, r), 2, accent))
    t.setStyle(TableStyle([EMBEDDED_FONT, *style]))
    return t


def _programmes(data: SheetData, accent: colors.Color) -> Builder:
    words = data.meta.strings
    context = data.detail.sector_context
    programmes = list(context.programmes) if context else []
    title = words.programmes_sector
    if not programmes and data.general_programmes:
        programmes = list(data.general_programmes)
        title = words.programmes_all
    items: list[Item] = []
    for prog in programmes:
        item: list[Part] = [(clean(prog.name), "b")]
        if prog.years:
            item.append((f" ({prog.years})", "muted"))
        if prog.gist:
            item.append((" — " + clean(one_line(prog.gist)), ""))
        items.append(Item(item))
    names = [Item([(clean(p.name), "b")]) for p in programmes]

    def build(level: int, width: float, st: Styles) -> Flowable | None:
        if not items:
            return None
        shown = names if level >= PROGRAMME_NAMES_ONLY else items
        return list_flowable(title, shown, accent, None, PROGRAMMES.items[level],
                             PROGRAMMES.lines[level], width, st, words.more_programmes)

    return build
