"""Many sheets into one PDF: one page per cluster, written atomically, cancellable.

The PDF is written through `desktop_app.outputs` (a temporary file beside the target, renamed over
it only when every page is done), so a cancelled or failed export leaves no half-written file and
an existing file is left untouched. `progress(done, total)` is called before the first page and
after each page; when it returns False the export stops and `ExportCancelled` is raised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas

from desktop_app import APP_NAME, __version__
from desktop_app.errors import AtlasError, InvalidInput
from desktop_app.factsheets import fonts
from desktop_app.factsheets.model import PAPER_SIZES, SheetData, check_paper
from desktop_app.factsheets.page import Fitted, draw_sheet
from desktop_app.factsheets.strings import DEFAULT_LANGUAGE, sheet_strings
from desktop_app.outputs import open_replacing

Progress = Callable[[int, int], bool]


class ExportCancelled(AtlasError):
    """The person cancelled the export; nothing was written."""




def render(sheets: Iterable[SheetData], out: BinaryIO | str, *, paper: str = "a4",
           total: int = 0, progress: Progress | None = None, title: str = "",
           fitted: list[Fitted] | None = None, lang: str = DEFAULT_LANGUAGE) -> int:
    """Draw the sheets into `out` (a binary file or a path), one page each; return the pages.
    `fitted`, when given, receives how each page was made to fit (for tests and benchmarks)."""
    paper = check_paper(paper)
    words = sheet_strings(lang)
    if progress is not None and progress(0, total) is False:
        raise ExportCancelled("Export cancelled; nothing was written.")
    fonts.register()
    # The initial font is the embedded one, so no page refers to a font the PDF lacks.
    canvas = Canvas(out, pagesize=PAPER_SIZES[paper], pageCompression=1,
                    initialFontName=fonts.BODY, initialFontSize=9)
    canvas.setTitle(title or words.document_default)
    canvas.setAuthor(APP_NAME)
    canvas.setCreator(f"{APP_NAME} {__version__}")
    canvas.setSubject(words.document_subject)
    pages = 0
    for sheet in sheets:
        how = draw_sheet(canvas, sheet, paper)
        canvas.showPage()
        _compress_finished_page(canvas)
        if fitted is not None:
            fitted.append(how)
        pages += 1
        if progress is not None and progress(pages, max(total, pages)) is False:
            raise ExportCancelled("Export cancelled; nothing was written.")
    if pages == 0:
        raise InvalidInput("Nothing to export: no cluster was given or matched.")
    canvas.save()
    return pages


def _compress_finished_page(canvas) -> None:
    """Compress the page just finished now rather than when the file is saved.

    reportlab keeps every page's drawing commands as text until `save()`, about 25 KB a sheet;
    compressed they are about 5 KB, so a batch of 1,000 sheets holds 5 MB instead of 25 MB.
    This reaches into reportlab's document objects; if they change, pages are simply left to be
    compressed at the end as before.
    """
    try:
        page = canvas._doc.Pages.pages[-1]
        if not page.stream or page.Contents or not canvas._pageCompression:
            return
        code = page.stream
        data = code.encode("latin-1") if isinstance(code, str) else bytes(code)
        stream = PDFStream(content=PDFZCompress.encode(data), filters=[])
        stream.dictionary["Filter"] = PDFArray([PDFName(PDFZCompress.pdfname)])
        stream.__Comment__ = "page stream"
        page.Contents = stream
        page.stream = None
    except Exception:  # noqa: BLE001 - an optimisation only
        return


def write(sheets: Iterable[SheetData], target: Path | str, *, paper: str = "a4", total: int = 0,
          progress: Progress | None = None, title: str = "", private: bool = False,
          protect: Path | None = None, lang: str = DEFAULT_LANGUAGE) -> int:
    """Write the sheets to `target` atomically (`outputs.open_replacing`: `private` for the
    internal sheet, `protect` the user's data folder); return the number of pages written.

    InvalidInput when the target cannot be written; ExportCancelled when `progress` says stop.
    Either way, and on any other failure, no partial file is left and an old file is kept.
    """
    paper = check_paper(paper)
    with open_replacing(target, private=private, protect=protect) as handle:
        return render(sheets, handle, paper=paper, total=total, progress=progress, title=title,
                      lang=lang)
