"""Fact sheets from the window: public every time, paper and folder remembered, export with
cancel, preview and print."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from desktop_app.ui.settings import Settings
from desktop_app.ui.sheets import sheet_export, sheet_options, sheet_print
from tests.factsheets.conftest import read_pdf

IDS = ["mx-nle-claut", "mx-gua-claugto", "mx-bcn-itbaja"]


@pytest.fixture
def settings(tmp_path):
    return Settings(tmp_path / "window.ini")


@pytest.fixture
def service(context):
    from desktop_app.services.sheets import SheetsService

    return SheetsService(context)


def _dialog(qtbot, ids=IDS, paper="a4", action="Export"):
    dialog = sheet_options.SheetOptionsDialog(None, ids, paper, action)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_export_starts_public_even_after_an_internal_one(qtbot, service, settings,
                                                                tmp_path, monkeypatch):
    """Ctrl+E, Enter never prints private notes: Internal is never remembered."""
    seen = []

    def choose(parent, ids, paper, action):
        dialog = sheet_options.SheetOptionsDialog(parent, ids, paper, action)
        qtbot.addWidget(dialog)
        seen.append(dialog.choice())
        if len(seen) == 1:
            dialog.internal.setChecked(True)  # the first export: Internal, deliberately
        return dialog.choice()

    monkeypatch.setattr(sheet_export, "choose_options", choose)
    monkeypatch.setattr(sheet_export, "choose_path",
                        lambda parent, suggested: tmp_path / suggested.name)
    first = sheet_export.export_sheets(None, service, IDS[:1], settings)
    second = sheet_export.export_sheets(None, service, IDS[:1], settings)
    assert [c.with_notes for c in seen] == [False, False]
    assert first.path.name == "mx-nle-claut-internal.pdf"
    assert second.path.name == "mx-nle-claut.pdf"
    assert "with_notes" not in Path(settings.path).read_text(encoding="utf-8")


def test_enter_in_the_dialog_exports_the_public_sheet(qtbot):
    dialog = _dialog(qtbot)
    assert dialog.public.isChecked() and not dialog.internal.isChecked()
    assert dialog.ok_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == sheet_options.QDialog.DialogCode.Accepted
    assert dialog.choice() == sheet_options.SheetChoice(with_notes=False, paper="a4", lang="en")


def test_internal_is_shown_in_the_dialog_and_the_file_name(qtbot):
    dialog = _dialog(qtbot)
    assert "safe to hand out" in dialog.explanation.text()
    assert dialog.file_label.text().endswith("fact-sheets-3-clusters.pdf")
    dialog.internal.setChecked(True)
    assert "INTERNAL" in dialog.explanation.text()
    assert dialog.file_label.text().endswith("fact-sheets-3-clusters-internal.pdf")
    assert sheet_options.suggested_name(IDS[:1], True) == "mx-nle-claut-internal.pdf"


def test_the_layout_does_not_move_when_the_choice_changes(qtbot):
    dialog = _dialog(qtbot)
    before = (dialog.size(), dialog.ok_button.geometry(), dialog.paper.geometry())
    dialog.internal.setChecked(True)
    qtbot.wait(10)
    after_internal = (dialog.size(), dialog.ok_button.geometry(), dialog.paper.geometry())
    dialog.public.setChecked(True)
    qtbot.wait(10)
    after_public = (dialog.size(), dialog.ok_button.geometry(), dialog.paper.geometry())
    assert before == after_internal == after_public
    # the warning is whole: its wrapped text fits the room the label has
    dialog.internal.setChecked(True)
    label = dialog.explanation
    assert label.height() >= label.heightForWidth(label.width())


def test_the_paper_and_folder_are_remembered(qtbot, service, settings, tmp_path, monkeypatch):
    papers = []
    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda parent, ids, paper, action: papers.append(paper)
                        or sheet_options.SheetChoice(False, "letter"))
    targets = []
    monkeypatch.setattr(sheet_export, "choose_path",
                        lambda parent, suggested: targets.append(suggested)
                        or tmp_path / "out.pdf")
    exported = sheet_export.export_sheets(None, service, IDS, settings)
    assert exported == sheet_export.Exported(tmp_path / "out.pdf", 3)
    reader = read_pdf(exported.path.read_bytes())
    assert len(reader.pages) == 3 and float(reader.pages[0].mediabox.width) == 612
    sheet_export.export_sheets(None, service, IDS, settings)
    assert papers[1] == "letter"
    assert targets[1].parent == tmp_path
    assert settings.get("sheets/folder") == str(tmp_path)


def test_the_internal_sheet_is_asked_of_the_service(qtbot, settings, tmp_path, monkeypatch):
    asked = []

    class Service:
        def default_paper(self):
            return "a4"

        def export(self, ids, path, paper, with_notes, progress, lang):
            asked.append((with_notes, lang))
            return len(ids)

    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda *a: sheet_options.SheetChoice(True, "a4", "es"))
    monkeypatch.setattr(sheet_export, "choose_path", lambda parent, suggested: suggested)
    exported = sheet_export.export_sheets(None, Service(), IDS, settings)
    assert asked == [(True, "es")] and exported.path.name.endswith("-internal.pdf")
    assert exported.internal


def test_cancelling_the_progress_leaves_no_file(qtbot, service, settings, tmp_path,
                                                monkeypatch):
    target = tmp_path / "out.pdf"
    shown = []
    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda *a: sheet_options.SheetChoice(False, "a4"))
    monkeypatch.setattr(sheet_export, "choose_path", lambda parent, suggested: target)
    monkeypatch.setattr(sheet_export, "show_error", lambda parent, title, msg: shown.append(msg))
    monkeypatch.setattr(sheet_export.QProgressDialog, "wasCanceled", lambda self: True)
    assert sheet_export.export_sheets(None, service, IDS, settings) is None
    assert not target.exists() and not shown


def test_an_unwritable_target_is_shown_not_raised(qtbot, service, settings, tmp_path,
                                                  monkeypatch):
    shown = []
    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda *a: sheet_options.SheetChoice(False, "a4"))
    monkeypatch.setattr(sheet_export, "choose_path",
                        lambda parent, suggested: tmp_path / "missing" / "out.pdf")
    monkeypatch.setattr(sheet_export, "show_error", lambda parent, title, msg: shown.append(msg))
    assert sheet_export.export_sheets(None, service, IDS, settings) is None
    assert shown and "does not exist" in shown[0]


def test_nothing_selected_says_so(qtbot, service, settings, monkeypatch):
    shown = []
    monkeypatch.setattr(sheet_export, "show_error", lambda parent, title, msg: shown.append(msg))
    assert sheet_export.export_sheets(None, service, [], settings) is None
    assert shown


def test_printing_to_a_pdf_file_copies_the_pdf(qtbot, service, tmp_path):
    pdf = service.render(IDS[:1], paper="a4")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    save = sheet_export._saver(None, service, False, "Print fact sheets")
    assert sheet_print.print_pdf(printer, pdf, save)
    assert (tmp_path / "printed.pdf").read_bytes() == pdf


def print_dialog_to(target: Path):
    """A stand-in for the print dialog: the user chose "Print to File (PDF)" at `target`."""

    class PrintToFile:
        def __init__(self, printer, parent):
            self.printer = printer

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            return sheet_export.QDialog.DialogCode.Accepted

    return PrintToFile


@pytest.mark.parametrize("name", ["user.sqlite", "user.sqlite-wal"])
def test_printing_to_a_file_never_writes_over_the_users_data(qtbot, service, settings, context,
                                                            monkeypatch, name):
    """Issue 11's sibling: the print dialog's "Print to file" is a file write like any other."""
    from desktop_app.services.library import LibraryService

    LibraryService(context).add_note(IDS[0], "met the director")
    data = context.data_dir / "user.sqlite"
    before = data.read_bytes()
    shown = []
    monkeypatch.setattr(sheet_export, "show_error", lambda parent, title, msg: shown.append(msg))
    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda *a: sheet_options.SheetChoice(True, "a4"))

    monkeypatch.setattr(sheet_export, "QPrintDialog",
                        print_dialog_to(context.data_dir / ".." / context.data_dir.name / name))
    assert not sheet_export.print_sheets(None, service, IDS[:1], settings)
    assert shown and "data" in shown[0].lower()
    assert data.read_bytes() == before
    assert LibraryService(context).notes(IDS[0])[0].text == "met the director"


def test_the_preview_prints_to_a_file_owner_only_when_internal(qtbot, service, tmp_path):
    pdf = service.render(IDS[:1], paper="a4", with_notes=True)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "internal.pdf"))
    sheet_print.paint_preview(printer, pdf, [], sheet_export._saver(None, service, True, "t"))
    assert (tmp_path / "internal.pdf").read_bytes() == pdf
    assert (tmp_path / "internal.pdf").stat().st_mode & 0o777 == 0o600


def test_pages_render_to_images_and_paint_on_a_printer(qtbot, service, tmp_path):
    pdf = service.render(IDS[:2], paper="a4")
    images = sheet_print.render_pages(pdf, 40)
    if images is None:
        pytest.skip("neither QtPdf nor pdftoppm is available")
    assert len(images) == 2 and not images[0].isNull()
    assert images[0].height() > images[0].width()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    sheet_print.paint_pages(printer, images)
    assert len(read_pdf(Path(tmp_path / "painted.pdf").read_bytes()).pages) == 2


def test_without_a_renderer_the_preview_opens_the_pdf(qtbot, service, settings, monkeypatch):
    opened = []
    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda *a: sheet_options.SheetChoice(False, "a4"))
    monkeypatch.setattr(sheet_print, "render_pages", lambda pdf, dpi: None)
    monkeypatch.setattr(sheet_print, "open_in_viewer", lambda pdf: opened.append(pdf))
    assert sheet_export.preview_and_print(None, service, IDS[:1], settings)
    assert opened and opened[0].startswith(b"%PDF")


def test_the_preview_dialog_paints_the_pages(qtbot, service, settings, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    painted = []
    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda *a: sheet_options.SheetChoice(False, "a4"))
    monkeypatch.setattr(sheet_print, "render_pages", lambda pdf, dpi: ["image"])
    monkeypatch.setattr(sheet_print, "paint_preview",
                        lambda printer, pdf, images, save: painted.append(images))

    def fake_exec(dialog):
        dialog.paintRequested.emit(QPrinter())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert sheet_export.preview_and_print(None, service, IDS[:1], settings)
    assert painted == [["image"]]


def test_the_real_preview_dialog_opens_paints_and_closes(qtbot, service, monkeypatch):
    """Qt's preview dialog does not own its printer: a temporary one crashed the app (segfault)
    as soon as the preview painted. The dialog here is the real one, closed once it painted."""
    pdf = service.render(IDS[:2], paper="a4")
    images = sheet_print.render_pages(pdf, 40)
    if images is None:
        pytest.skip("neither QtPdf nor pdftoppm is available")
    painted = []
    real_paint = sheet_print.paint_preview

    def paint(printer, pdf, images, save):
        real_paint(printer, pdf, images, save)
        painted.append(printer.pageLayout().pageSize().id())
        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())

    def close_if_open():  # never hang
        if QApplication.activeModalWidget() is not None:
            QApplication.activeModalWidget().reject()

    monkeypatch.setattr(sheet_print, "paint_preview", paint)
    QTimer.singleShot(5000, close_if_open)
    gc.collect()
    sheet_print.show_preview(None, pdf, images, "letter", lambda path, data: True)
    assert painted and painted[0] == QPageSize.PageSizeId.Letter


def test_printing_to_a_file_says_where_it_went(qtbot, service, settings, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"
    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda *a: sheet_options.SheetChoice(False, "letter"))

    monkeypatch.setattr(sheet_export, "QPrintDialog", print_dialog_to(target))
    printed = sheet_export.print_sheets(None, service, IDS[:2], settings)
    assert printed == sheet_export.Printed(target, 2, False)
    assert len(read_pdf(target.read_bytes()).pages) == 2
