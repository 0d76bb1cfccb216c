"""One-page cluster fact sheets as PDF (reportlab, no Qt).

- `model`: what a sheet is made of: the record worded for print (`SheetData`), the paper, the
  provenance of an export and the day it is made on (`SheetMeta`), the user's own part of an
  internal sheet (`UserPart`, with contacts and their follow-ups).
- `strings`: every word the sheet prints, one table per language (English, Spanish).
- `mission_strings`: the same for the mission's booklet and report.
- `fonts`: the embedded DejaVu TTFs, registered once per process; glyph coverage.
- `text`: escaping, cleaning and right-to-left reordering of any text before it meets reportlab.
- `styles`: colours, the page's geometry, paragraph styles at a text scale.
- `flowables`: heading (wraps), stack, spacer, bullet, QR code.
- `fitting`: paragraphs of at most N lines (cut with "…", names and addresses never), blocks
  with trim steps, `fit`.
- `blocks/`: the sections: left column, right column, the private part.
- `header`: the internal banner, the band with the name, the data's date, the locator map and
  the label badge.
- `page`: one cluster on exactly one page (shrinks, then trims with "…"). The entry points for
  any document: `draw_sheet(canvas, sheet, paper)` on a canvas, `SheetPage(sheet, paper)` in a
  platypus frame from `sheet_frame(paper)`; the sheets come from
  `services.sheets.SheetsService.sheet_pages(ids, with_notes, lang)`.
- `batch`: many sheets into one PDF, written atomically, with progress and cancellation.
"""
