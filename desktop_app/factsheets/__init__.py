"""One-page cluster fact sheets as PDF (reportlab, no Qt).

- `model`: what a sheet is made of besides the catalogue record: the paper, the provenance line,
  the user's own part of an internal sheet (`UserPart`).
- `fonts`: the embedded DejaVu TTFs, registered once per process; glyph coverage.
- `text`: escaping, cleaning and right-to-left reordering of any text before it meets reportlab.
- `layout`: one cluster on one page, always exactly one page (shrinks, then trims with "…").
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
