"""Fact sheets from the window: export to PDF, preview and print.

The main window calls three functions, each with the selected (or filtered) cluster ids in table
order, a `SheetsService` and the window's `Settings` (None: nothing remembered):

- `export_sheets(parent, service, ids, settings)`: asks public or internal (public every time, see
  `sheet_options`) and the paper, then where to save (the suggested name says `-internal` for an
  internal sheet); writes one PDF under a progress dialog that can cancel (nothing is left behind)
  and returns what was written (`Exported`: the path and the pages), which the window reports.
- `preview_and_print(parent, service, ids, settings)`: the same choices, then a print preview of
  the pages from which the system print dialog is one click away (`sheet_print`).
- `print_sheets(parent, service, ids, settings)`: straight to the system print dialog (Ctrl+P);
  returns what was printed (`Printed`: the file when the dialog printed to one, which the window
  reports as it does an export).

The internal sheet is asked of the service (`with_notes=True`), which marks it as internal on the
page. The steps a person sees are module functions (`choose_options`, `choose_path`,
`show_error`), so that tests can stand in for them.
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop_app.errors import AtlasError
from desktop_app.services.sheets import SheetsService
from desktop_app.ui.common.error_text import error_text
from desktop_app.ui.settings import Settings
from desktop_app.ui.sheets import sheet_print
from desktop_app.ui.sheets.sheet_options import SheetChoice, choose_options, suggested_name

log = logging.getLogger(__name__)

KEY_PAPER = "sheets/paper"
KEY_FOLDER = "sheets/folder"


class Exported(NamedTuple):
    path: Path
    pages: int
    internal: bool = False  # the user's notes, lists and contacts are in it


class Printed(NamedTuple):
    file: Path | None  # "Print to File (PDF)": where; None for a printer
    pages: int
    internal: bool = False


translate = QCoreApplication.translate


def choose_path(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("SheetExport", "Save fact sheets as"), str(suggested),
        translate("SheetExport", "PDF files (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(path.suffix + ".pdf")


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def _progress_callback(parent: QWidget | None, total: int, label: str, window_title: str
                       ) -> tuple[Callable[[int, int], bool], QProgressDialog]:
    """A callback for the batch that drives a cancellable progress dialog ("{label} 3 of
    10")."""
    dialog = QProgressDialog(label, translate("SheetExport", "Cancel"), 0, max(total, 1), parent)
    dialog.setWindowTitle(window_title)
    dialog.setAccessibleName(translate("SheetExport", "{title}: progress").format(
        title=window_title))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # short batches finish before it shows
    dialog.setValue(0)

    def progress(done: int, count: int) -> bool:
        dialog.setMaximum(max(count, 1))
        dialog.setValue(done)
        dialog.setLabelText(translate("SheetExport", "{step} {done} of {total}").format(
            step=label, done=done, total=count))
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    return progress, dialog


def with_progress(parent: QWidget | None, total: int, label: str, title: str, work,
                  window_title: str = ""):
    """`work(progress)` under a cancellable progress dialog titled `window_title` (default:
    "Fact sheets"), saying "{label} 3 of 10"; None when cancelled or failed (a failure is shown
    to the user under `title`; a cancel, which the service raises as an error, is not). The
    mission booklet uses it too. The texts come translated."""
    progress, dialog = _progress_callback(
        parent, total, label, window_title or translate("SheetExport", "Fact sheets"))
    try:
        return work(progress)
    except AtlasError as exc:
        if not dialog.wasCanceled():
            show_error(parent, title, error_text(exc))
        return None
    finally:
        dialog.close()
        dialog.deleteLater()


def _ask_choice(parent: QWidget | None, service: SheetsService, ids: list[str],
                settings: Settings | None, title: str, verb: str) -> SheetChoice | None:
    """The public/internal, paper and language choice for `ids`, or None (nothing selected, or
    cancelled); the paper is remembered, the version and the language never."""
    if not ids:
        show_error(parent, title, translate("SheetExport", "Select at least one cluster first: "
                                                           "click a row of the table."))
        return None
    paper = (settings.get(KEY_PAPER) if settings else "") or service.default_paper()
    choice = choose_options(parent, ids, paper, verb)
    if choice is not None and settings is not None:
        settings.set(KEY_PAPER, choice.paper)
    return choice


def export_sheets(parent: QWidget | None, service: SheetsService, ids: Sequence[str],
                  settings: Settings | None = None) -> Exported | None:
    """Ask, then write one PDF of sheets; what was written, or None (cancelled or failed)."""
    ids = list(ids)
    title = translate("SheetExport", "Export fact sheets")
    choice = _ask_choice(parent, service, ids, settings, title, "Export")
    if choice is None:
        return None
    folder = Path((settings.get(KEY_FOLDER) if settings else "") or Path.home())
    path = choose_path(parent, folder / suggested_name(ids, choice.with_notes))
    if path is None:
        return None
    pages = with_progress(parent, len(ids), translate("SheetExport", "Writing sheet"), title,
                          lambda progress: service.export(
                              ids, path, paper=choice.paper, with_notes=choice.with_notes,
                              progress=progress, lang=choice.lang))
    if pages is None:
        return None
    if settings is not None:
        settings.set(KEY_FOLDER, str(path.parent))
    log.info("exported %d %s fact sheet(s)", pages, "internal" if choice.with_notes else "public")
    return Exported(path, pages, choice.with_notes)


def _render_with_progress(parent: QWidget | None, service: SheetsService, ids: Sequence[str],
                          choice: SheetChoice) -> bytes | None:
    return with_progress(parent, len(ids), translate("SheetExport", "Preparing sheet"),
                         translate("SheetExport", "Fact sheets"),
                         lambda progress: service.render(
                             list(ids), paper=choice.paper, with_notes=choice.with_notes,
                             progress=progress, lang=choice.lang))


def _saver(parent: QWidget | None, service: SheetsService, with_notes: bool,
           title: str) -> sheet_print.SavePdf:
    """How the print dialogs' "print to file" writes the PDF: through the service (never over
    the user's data, whole or not at all); a refusal or a failure is said, nothing is written."""
    def save(path: Path, pdf: bytes) -> bool:
        try:
            service.save(pdf, path, with_notes)
        except AtlasError as exc:
            show_error(parent, title, error_text(exc))
            return False
        log.info("printed %s fact sheet(s) to a file", "internal" if with_notes else "public")
        return True

    return save


def preview_and_print(parent: QWidget | None, service: SheetsService, ids: Sequence[str],
                      settings: Settings | None = None) -> bool:
    """Ask, then show the pages in a print preview with a Print button; False when cancelled."""
    ids = list(ids)
    choice = _ask_choice(parent, service, ids, settings,
                         translate("SheetExport", "Preview fact sheets"), "Preview")
    if choice is None:
        return False
    pdf = _render_with_progress(parent, service, ids, choice)
    if pdf is None:
        return False
    images = sheet_print.render_pages(pdf, sheet_print.PREVIEW_DPI)
    if images is None:
        sheet_print.open_in_viewer(pdf)
        return True
    sheet_print.show_preview(parent, pdf, images, choice.paper,
                             _saver(parent, service, choice.with_notes,
                                    translate("SheetExport", "Preview fact sheets")))
    return True


def print_sheets(parent: QWidget | None, service: SheetsService, ids: Sequence[str],
                 settings: Settings | None = None) -> Printed | None:
    """Ask, then print through the system print dialog (Ctrl+P); what was printed, or None
    (cancelled, refused or failed: said in a message)."""
    ids = list(ids)
    title = translate("SheetExport", "Print fact sheets")
    choice = _ask_choice(parent, service, ids, settings, title, "Print")
    if choice is None:
        return None
    printer = sheet_print.new_printer(choice.paper)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    pdf = _render_with_progress(parent, service, ids, choice)
    if pdf is None:
        return None
    file = Path(printer.outputFileName()) if sheet_print.prints_to_file(printer) else None
    try:
        went = sheet_print.print_pdf(printer, pdf,
                                     _saver(parent, service, choice.with_notes, title))
    except (OSError, subprocess.SubprocessError) as exc:
        show_error(parent, title, translate("SheetExport", "Printing failed: {error}").format(
            error=exc))
        return None
    return Printed(file, len(ids), choice.with_notes) if went else None
