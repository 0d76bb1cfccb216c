"""Another document (the mission booklet) can put clusters' sheets among its own pages."""

from __future__ import annotations

import io

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from desktop_app.factsheets import fonts
from desktop_app.factsheets.model import PAPER_SIZES
from desktop_app.factsheets.page import FREE_BOTTOM, SheetPage, sheet_frame
from tests.factsheets.conftest import page_text, read_pdf

IDS = ["mx-nle-claut", "mx-bcn-aerospace-alliance"]


def test_sheet_pages_in_a_platypus_document_with_a_running_footer(service):
    fonts.register()
    paper = "letter"
    width, height = PAPER_SIZES[paper]

    def page_number(canvas, doc):
        canvas.setFont(fonts.BODY, 8)
        canvas.drawCentredString(width / 2, FREE_BOTTOM / 2, f"Booklet page {doc.page}")

    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=PAPER_SIZES[paper])
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(72, 72, width - 144, height - 144)], onPage=page_number),
        PageTemplate("sheet", [sheet_frame(paper)], onPage=page_number),
    ])
    style = getSampleStyleSheet()["Title"]
    style.fontName = fonts.BOLD
    sheets = [SheetPage(sheet, paper) for sheet in service.sheet_pages(IDS, with_notes=False)]
    doc.build([Paragraph("Mission to Monterrey and Tijuana", style), NextPageTemplate("sheet"),
               PageBreak(), *sheets])

    reader = read_pdf(buffer.getvalue())
    assert len(reader.pages) == 3
    assert "Mission to Monterrey" in page_text(reader.pages[0])
    for number, (cluster_id, page) in enumerate(zip(IDS, reader.pages[1:]), start=2):
        text = page_text(page)
        assert cluster_id in text and "Public sheet" in text
        assert f"Booklet page {number}" in text
    assert all(s.fitted is not None and not s.fitted.squeezed for s in sheets)


def test_draw_sheet_on_a_canvas(service):
    from reportlab.pdfgen.canvas import Canvas

    from desktop_app.factsheets.page import draw_sheet

    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=fonts.BODY)
    for sheet in service.sheet_pages(IDS, with_notes=True):
        fitted = draw_sheet(canvas, sheet, "a4")
        canvas.showPage()
        assert not fitted.squeezed
    canvas.save()
    reader = read_pdf(buffer.getvalue())
    assert [cid in page_text(p) for cid, p in zip(IDS, reader.pages)] == [True, True]
    assert "INTERNAL — CONTAINS PRIVATE NOTES" in page_text(reader.pages[0])
