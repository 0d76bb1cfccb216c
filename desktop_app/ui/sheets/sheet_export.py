"""Fact sheets from the window: export to PDF, preview and print.

The main window calls three functions, each with the selected (or filtered) cluster ids in table
order and a `SheetsService`:

- `export_sheets(parent, service, ids)`: asks public or internal (remembered) and the paper, then
  where to save; writes one PDF with a progress dialog that can cancel (nothing is left behind).
- `preview_and_print(parent, service, ids)`: the same choices, then a print preview of the pages
  (QPrintPreviewDialog) from which the system print dialog is one click away.
- `print_sheets(parent, service, ids)`: straight to the system print dialog (Ctrl+P).

The pages are drawn by reportlab (one implementation for the command line and the window). To show
or print them, they are rasterised: by QtPdf when PySide6-Pdf is installed, else by poppler's
`pdftoppm` when it is on the PATH. Printing to a PDF file copies the PDF itself, unchanged. When
neither renderer exists, the PDF opens in the system's viewer, which prints it.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

KEY_INTERNAL = "sheets/with_notes"
KEY_PAPER = "sheets/paper"
KEY_FOLDER = "sheets/folder"
PREVIEW_DPI = 110
PRINT_DPI = 300
PAPERS = (("a4", "A4 (210 × 297 mm)"), ("letter", "US Letter (8.5 × 11 in)"))


def settings_store() -> QSettings:
    """The window's settings file (the same one as `ui.settings.Settings`)."""
    from desktop_app.ui.settings import settings_file

    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def _bool(value) -> bool:
    return value in (True, "true", "1", 1)


@dataclass(frozen=True)
class SheetChoice:
    with_notes: bool
    paper: str


class SheetOptionsDialog(QDialog):
    """Which version (public or internal) and which paper; the choice is remembered."""

    def __init__(self, parent: QWidget | None, count: int, default_paper: str,
                 settings: QSettings, action: str = "Export") -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(f"{action} fact sheets")
        layout = QVBoxLayout(self)
        what = "1 cluster" if count == 1 else f"{count} clusters"
        layout.addWidget(QLabel(f"One page per cluster: {what}."))
        self.public = QRadioButton("Public sheet: catalogue facts only, safe to hand out")
        self.internal = QRadioButton("Internal sheet: adds your bookmark, notes and contacts")
        group = QButtonGroup(self)
        group.addButton(self.public)
        group.addButton(self.internal)
        (self.internal if _bool(settings.value(KEY_INTERNAL, False)) else self.public
         ).setChecked(True)
        layout.addWidget(self.public)
        layout.addWidget(self.internal)
        self.warning = QLabel("The internal sheet holds your private notes: do not give it away.")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9a6a00;")
        layout.addWidget(self.warning)
        self.internal.toggled.connect(self.warning.setVisible)
        self.warning.setVisible(self.internal.isChecked())
        form = QFormLayout()
        self.paper = QComboBox()
        for key, title in PAPERS:
            self.paper.addItem(title, key)
        remembered = str(settings.value(KEY_PAPER, default_paper) or default_paper)
        index = self.paper.findData(remembered)
        self.paper.setCurrentIndex(index if index >= 0 else 0)
        form.addRow("Paper:", self.paper)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> SheetChoice:
        return SheetChoice(self.internal.isChecked(), self.paper.currentData())

    def accept(self) -> None:
        choice = self.choice()
        self._settings.setValue(KEY_INTERNAL, choice.with_notes)
        self._settings.setValue(KEY_PAPER, choice.paper)
        self._settings.sync()
        super().accept()


# --- the steps a person sees (module functions, so that tests can stand in for them) ----------

def choose_options(parent: QWidget | None, count: int, default_paper: str,
                   settings: QSettings, action: str) -> SheetChoice | None:
    dialog = SheetOptionsDialog(parent, count, default_paper, settings, action)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_path(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Save fact sheets as", str(suggested),
                                          "PDF files (*.pdf)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(path.suffix + ".pdf")


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def _progress_callback(parent: QWidget | None, total: int, label: str
                       ) -> tuple[Callable[[int, int], bool], QProgressDialog]:
    """A callback for the batch that drives a cancellable progress dialog."""
    dialog = QProgressDialog(label, "Cancel", 0, max(total, 1), parent)
    dialog.setWindowTitle("Fact sheets")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # short batches finish before it shows
    dialog.setValue(0)

    def progress(done: int, count: int) -> bool:
        dialog.setMaximum(max(count, 1))
        dialog.setValue(done)
        dialog.setLabelText(f"{label} {done} of {count}")
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    return progress, dialog


def _suggested_name(service, ids: Sequence[str], with_notes: bool) -> str:
    base = ids[0] if len(ids) == 1 else f"fact-sheets-{len(ids)}-clusters"
    return f"{base}-internal.pdf" if with_notes else f"{base}.pdf"


def _ask_choice(parent: QWidget | None, service, ids: list[str], settings: QSettings,
                title: str, verb: str) -> SheetChoice | None:
    """The public/internal and paper choice for `ids`, or None (nothing selected, or cancelled)."""
    if not ids:
        show_error(parent, title, f"Select at least one cluster to {verb.lower()}.")
        return None
    return choose_options(parent, len(ids), service.default_paper(), settings, verb)


def export_sheets(parent: QWidget | None, service, ids: Sequence[str],
                  settings: QSettings | None = None) -> Path | None:
    """Ask, then write one PDF of sheets; returns the file written, or None (cancelled/failed)."""
    ids = list(ids)
    settings = settings or settings_store()
    choice = _ask_choice(parent, service, ids, settings, "Export fact sheets", "Export")
    if choice is None:
        return None
    folder = Path(str(settings.value(KEY_FOLDER, "") or Path.home()))
    path = choose_path(parent, folder / _suggested_name(service, ids, choice.with_notes))
    if path is None:
        return None
    written = _with_progress(parent, len(ids), "Writing sheet", "Export fact sheets",
                             lambda progress: service.export(
                                 ids, path, paper=choice.paper, with_notes=choice.with_notes,
                                 progress=progress))
    if written is None:
        return None
    settings.setValue(KEY_FOLDER, str(path.parent))
    return path


# --- showing and printing the pages -----------------------------------------------------------

def _pdftoppm() -> str | None:
    return shutil.which("pdftoppm")


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[QImage] | None:
    """The PDF's pages as images, or None when no renderer is available."""
    try:
        from PySide6.QtPdf import QPdfDocument  # type: ignore[import-not-found]
    except ImportError:
        QPdfDocument = None  # noqa: N806
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
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize

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
        raise OSError("The printer could not be started.")
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


def _configure_printer(printer: QPrinter, paper: str) -> None:
    size = QPageSize(QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the sheet has its own margins


def print_pdf(parent: QWidget | None, printer: QPrinter, pdf: bytes) -> bool:
    """Send the PDF to a printer chosen in the print dialog; True when it went."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        Path(printer.outputFileName()).write_bytes(pdf)  # "print to file": the PDF itself
        return True
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
    _open_in_viewer(pdf)
    return True


def _open_in_viewer(pdf: bytes) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="cluster-atlas-sheets-"))
    path = folder / "fact-sheets.pdf"
    path.write_bytes(pdf)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def _with_progress(parent: QWidget | None, total: int, label: str, title: str, work):
    """`work(progress)` under a cancellable progress dialog; None when cancelled or failed (the
    failure shown to the user)."""
    from desktop_app.errors import AtlasError
    from desktop_app.factsheets.batch import ExportCancelled

    progress, dialog = _progress_callback(parent, total, label)
    try:
        return work(progress)
    except ExportCancelled:
        return None
    except AtlasError as exc:
        show_error(parent, title, str(exc))
        return None
    finally:
        dialog.close()
        dialog.deleteLater()


def _render_with_progress(parent: QWidget | None, service, ids: Sequence[str],
                          choice: SheetChoice) -> bytes | None:
    return _with_progress(parent, len(ids), "Preparing sheet", "Fact sheets",
                          lambda progress: service.render(
                              list(ids), paper=choice.paper, with_notes=choice.with_notes,
                              progress=progress))


def preview_and_print(parent: QWidget | None, service, ids: Sequence[str],
                      settings: QSettings | None = None) -> bool:
    """Ask, then show the pages in a print preview with a Print button; False when cancelled."""
    ids = list(ids)
    settings = settings or settings_store()
    choice = _ask_choice(parent, service, ids, settings, "Fact sheets", "Preview")
    if choice is None:
        return False
    pdf = _render_with_progress(parent, service, ids, choice)
    if pdf is None:
        return False
    images = render_pages(pdf, PREVIEW_DPI)
    if images is None:
        _open_in_viewer(pdf)
        return True
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _configure_printer(printer, choice.paper)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Fact sheets: preview")
    dialog.paintRequested.connect(lambda p: _paint_preview(p, pdf, images))
    dialog.resize(900, 1000)
    dialog.exec()
    return True


def _paint_preview(printer: QPrinter, pdf: bytes, images: Sequence[QImage]) -> None:
    """The preview paints page images; printing from it sends the PDF as `print_pdf` does."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        Path(printer.outputFileName()).write_bytes(pdf)
        return
    paint_pages(printer, images)


def print_sheets(parent: QWidget | None, service, ids: Sequence[str],
                 settings: QSettings | None = None) -> bool:
    """Ask, then print through the system print dialog (Ctrl+P); False when cancelled."""
    ids = list(ids)
    settings = settings or settings_store()
    choice = _ask_choice(parent, service, ids, settings, "Print fact sheets", "Print")
    if choice is None:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _configure_printer(printer, choice.paper)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    pdf = _render_with_progress(parent, service, ids, choice)
    if pdf is None:
        return False
    try:
        return print_pdf(parent, printer, pdf)
    except (OSError, subprocess.SubprocessError) as exc:
        show_error(parent, "Print fact sheets", f"Printing failed: {exc}")
        return False
