"""One-page cluster fact sheets as PDF (reportlab, no Qt).

- `model`: what a sheet is made of: the record worded for print (`SheetData`), the paper, the
  provenance line, the user's own part of an internal sheet (`UserPart`).
- `fonts`: the embedded DejaVu TTFs, registered once per process; glyph coverage.
- `text`: escaping, cleaning and right-to-left reordering of any text before it meets reportlab.
- `styles`: colours, the page's geometry, paragraph styles at a text scale.
- `flowables`: heading, stack, spacer, bullet, QR code.
- `fitting`: paragraphs of at most N lines (cut with "…"), blocks with trim steps, `fit`.
- `blocks/`: the sections: left column, right column, the private part.
- `header`: the band with the name, the locator map and the label badge.
- `page`: one cluster on exactly one page, `draw_sheet(canvas, sheet, paper)` (shrinks, then
  trims with "…").
- `batch`: many sheets into one PDF, written atomically, with progress and cancellation.
"""

from __future__ import annotations

from desktop_app.factsheets.model import (
    PAPER_SIZES,
    ContactEntry,
    NoteEntry,
    SheetMeta,
    UserPart,
)

__all__ = ["PAPER_SIZES", "ContactEntry", "NoteEntry", "SheetMeta", "UserPart"]
