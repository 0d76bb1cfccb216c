"""Fact sheets from the window: options remembered, export with cancel, preview and print."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from desktop_app.ui.sheets import sheet_export  # noqa: E402
from tests.factsheets.conftest import read_pdf  # noqa: E402

IDS = ["mx-nle-claut", "mx-gua-claugto", "mx-bcn-itbaja"]


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def service(context):
    from desktop_app.services.sheets import SheetsService

    return SheetsService(context)


def test_the_options_dialog_remembers_version_and_paper(qtbot, settings):
    dialog = sheet_export.SheetOptionsDialog(None, 3, "a4", settings)
    qtbot.addWidget(dialog)
    assert dialog.public.isChecked() and dialog.choice().paper == "a4"
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.internal.setChecked(True)
    assert dialog.warning.isVisibleTo(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.accept()
    again = sheet_export.SheetOptionsDialog(None, 3, "a4", settings)
    qtbot.addWidget(again)
    assert again.choice() == sheet_export.SheetChoice(with_notes=True, paper="letter")


def test_export_writes_the_pdf_where_asked(qtbot, service, settings, tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda *a: sheet_export.SheetChoice(False, "letter"))
    monkeypatch.setattr(sheet_export, "choose_path", lambda parent, suggested: target)
    assert sheet_export.export_sheets(None, service, IDS, settings) == target
    reader = read_pdf(target.read_bytes())
    assert len(reader.pages) == 3 and float(reader.pages[0].mediabox.width) == 612
    assert settings.value(sheet_export.KEY_FOLDER) == str(tmp_path)


def test_cancelling_the_progress_leaves_no_file(qtbot, service, settings, tmp_path,
                                                monkeypatch):
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda *a: sheet_export.SheetChoice(False, "a4"))
    monkeypatch.setattr(sheet_export, "choose_path", lambda parent, suggested: target)
    monkeypatch.setattr(sheet_export.QProgressDialog, "wasCanceled", lambda self: True)
    assert sheet_export.export_sheets(None, service, IDS, settings) is None
    assert not target.exists()


def test_an_unwritable_target_is_shown_not_raised(qtbot, service, settings, tmp_path,
                                                  monkeypatch):
    shown = []
    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda *a: sheet_export.SheetChoice(False, "a4"))
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
    assert sheet_export.print_pdf(None, printer, pdf)
    assert (tmp_path / "printed.pdf").read_bytes() == pdf


def test_pages_render_to_images_and_paint_on_a_printer(qtbot, service, tmp_path, monkeypatch):
    pdf = service.render(IDS[:2], paper="a4")
    images = sheet_export.render_pages(pdf, 40)
    if images is None:
        pytest.skip("neither QtPdf nor pdftoppm is available")
    assert len(images) == 2 and not images[0].isNull()
    assert images[0].height() > images[0].width()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    sheet_export.paint_pages(printer, images)
    assert len(read_pdf(Path(tmp_path / "painted.pdf").read_bytes()).pages) == 2


def test_without_a_renderer_the_preview_opens_the_pdf(qtbot, service, settings, monkeypatch):
    opened = []
    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda *a: sheet_export.SheetChoice(False, "a4"))
    monkeypatch.setattr(sheet_export, "render_pages", lambda pdf, dpi: None)
    monkeypatch.setattr(sheet_export, "_open_in_viewer", lambda pdf: opened.append(pdf))
    assert sheet_export.preview_and_print(None, service, IDS[:1], settings)
    assert opened and opened[0].startswith(b"%PDF")


def test_the_preview_dialog_paints_the_pages(qtbot, service, settings, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    painted = []
    monkeypatch.setattr(sheet_export, "choose_options",
                        lambda *a: sheet_export.SheetChoice(False, "a4"))
    monkeypatch.setattr(sheet_export, "render_pages", lambda pdf, dpi: ["image"])
    monkeypatch.setattr(sheet_export, "_paint_preview",
                        lambda printer, pdf, images: painted.append(images))

    def fake_exec(dialog):
        dialog.paintRequested.emit(QPrinter())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert sheet_export.preview_and_print(None, service, IDS[:1], settings)
    assert painted == [["image"]]
