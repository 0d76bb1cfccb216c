"""Showing and printing fact sheet PDFs: pages as images, the print preview, the printer.

The pages are drawn by reportlab (one implementation for the command line and the window). To show
or print them, they are rasterised: by QtPdf when PySide6-Pdf is installed, else by poppler's
`pdftoppm` when it is on the PATH. Printing to a PDF file copies the PDF itself, unchanged, through
the caller's `save(path, pdf)` (the sheets service: never over the user's data, whole or not at
all). When neither renderer exists, the PDF opens in the system's viewer, which prints it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

PREVIEW_DPI = 110
PRINT_DPI = 300
SavePdf = Callable[[Path, bytes], bool]  # True when written


def _pdftoppm() -> str | None:
    return shutil.which("pdftoppm")


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[QImage] | None:
    """The PDF's pages as images, or None when no renderer is available."""
    try:  # an optional wheel (PySide6-Pdf), not one of our modules
        from PySide6.QtPdf import QPdfDocument  # type: ignore[import-not-found]
    except ImportError:
        QPdfDocument = None
    if QPdfDocument is not None:
        return _render_qtpdf(QPdfDocument, pdf, dpi)
    tool = _pdftoppm()
    if tool is None:
        return None
    with tempfile.TemporaryDirectory(prefix="cluster-atlas-sheets-") as tmp:
        source = Path(tmp) / "sheets.pdf"
        source.write_bytes(pdf)
        subprocess.run([tool, "-r", str(dpi), "-png", str(source), str(Path(tmp) / "page")],
                       check=True, capture_output=True, timeout=600)
        files = sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        return [QImage(str(f)) for f in files]


def _render_qtpdf(document_class, pdf: bytes, dpi: int) -> list[QImage]:
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = document_class()
    document.load(buffer)
    images = []
    for index in range(document.pageCount()):
        size = document.pagePointSize(index)
        pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
        images.append(document.render(index, pixels))
    document.close()
    return images


def paint_pages(printer: QPrinter, images: Sequence[QImage]) -> None:
    """Draw page images on a printer (or a preview), one image per page, fitted to the paper."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("SheetPrint", "The printer could not be "
                                                                "started."))
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            page = printer.pageLayout().fullRectPixels(printer.resolution())
            target = QRectF(0, 0, page.width(), page.height())
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
    finally:
        painter.end()


def new_printer(paper: str) -> QPrinter:
    """A high-resolution printer set to the paper, portrait, without Qt's margins (the sheet has
    its own)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = QPageSize(QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def prints_to_file(printer: QPrinter) -> bool:
    """True when the print dialog's choice was "Print to File (PDF)"."""
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat \
        and bool(printer.outputFileName())


def print_pdf(printer: QPrinter, pdf: bytes, save: SavePdf) -> bool:
    """Send the PDF to a printer chosen in the print dialog; True when it went."""
    if prints_to_file(printer):  # "print to file": the PDF itself
        return save(Path(printer.outputFileName()), pdf)
    images = render_pages(pdf, PRINT_DPI)
    if images is not None:
        paint_pages(printer, images)
        return True
    lp = shutil.which("lp")
    if lp:  # CUPS prints PDFs directly
        with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as handle:
            handle.write(pdf)
        try:
            subprocess.run([lp, "-d", printer.printerName(), handle.name], check=True,
                           capture_output=True, timeout=120)
        finally:
            os.unlink(handle.name)
        return True
    open_in_viewer(pdf)
    return True


def open_in_viewer(pdf: bytes) -> Path:
    """Write the PDF to a private temporary folder and open it in the system's viewer."""
    folder = Path(tempfile.mkdtemp(prefix="cluster-atlas-sheets-"))
    path = folder / "fact-sheets.pdf"
    path.write_bytes(pdf)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def paint_preview(printer: QPrinter, pdf: bytes, images: Sequence[QImage],
                  save: SavePdf) -> None:
    """The preview paints page images; printing from it sends the PDF as `print_pdf` does."""
    if prints_to_file(printer):
        save(Path(printer.outputFileName()), pdf)
        return
    paint_pages(printer, images)


def show_preview(parent: QWidget | None, pdf: bytes, images: Sequence[QImage],
                 paper: str, save: SavePdf) -> None:
    """The pages in Qt's print preview, from which the system print dialog is one click away;
    `save(path, pdf)` writes them when that dialog prints to a file."""
    printer = new_printer(paper)  # held here: the dialog does not own it (a temporary crashed)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("SheetPrint", "Fact sheets: preview"))
    dialog.setAccessibleName(dialog.windowTitle())
    dialog.paintRequested.connect(lambda p: paint_preview(p, pdf, images, save))
    dialog.resize(900, 1000)
    dialog.exec()
