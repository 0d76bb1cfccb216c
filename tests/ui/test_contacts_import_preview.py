"""The import preview: added, duplicates with merge-or-skip per row, already there; the lines
the reader left out and the encoding it read the file in, on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from desktop_app.services.contact_import import Choice, ContactImportService
from desktop_app.services.contacts import ContactsService
from desktop_app.ui.contacts.import_preview import ImportPreviewDialog
from desktop_app.userdata.models import Contact, Email
from tests.ui.accessibility import unnamed_controls
from tests.user_fixtures import catalogue_file  # noqa: F401

FILE = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana R.\r\nEMAIL:ana@claut.mx\r\nTEL:+52 1\r\n"
        b"END:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Beto\r\nEMAIL:beto@x.mx\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Caro\r\nEMAIL:caro@x.mx\r\nTEL:+52 2\r\n"
        b"END:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva\r\nEMAIL:eva@x.mx\r\nEND:VCARD\r\n")


@pytest.fixture
def plan(context):
    service = ContactsService(context)
    service.save(Contact(full_name="Ana Ruiz", emails=[Email("ana@claut.mx")]))
    service.save(Contact(full_name="Beto", emails=[Email("beto@x.mx")]))
    service.save(Contact(full_name="Caro", emails=[Email("caro@x.mx")]))
    return service, ContactImportService(context).preview_bytes(FILE, "vcf", "phone.vcf")


def test_rows_say_what_happens(qtbot, plan):
    _, plan = plan
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 4
    what = [dialog.table.item(r, 3).text() for r in range(4)]
    assert what[0].startswith("Likely the same as Ana Ruiz (same email")
    assert what[1] == "Already in your contacts as Beto"
    assert what[3] == "New contact"
    assert dialog.choice(0) == Choice.MERGE and dialog.choice(3) == Choice.ADD and dialog.choice(1) == ""
    assert dialog.counts() == {"add": 1, "merge": 2, "skip": 1}
    assert "1 to add, 2 to merge, 1 to skip" in dialog.summary.text()


def test_merge_or_skip_per_row_and_for_all(qtbot, plan):
    service, plan = plan
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.set_decision(0, Choice.SKIP)
    assert dialog.counts()["merge"] == 1
    dialog.set_all_duplicates(Choice.SKIP)
    assert dialog.decisions() == {0: Choice.SKIP, 2: Choice.SKIP, 3: Choice.ADD}
    dialog.set_all_duplicates(Choice.MERGE)
    dialog.set_decision(3, Choice.SKIP)
    result = ContactImportService(service.context).apply_import(plan, dialog.decisions())
    assert (result.added, result.merged, result.skipped) == (0, 2, 2)
    assert [p.number for p in service.list("ana")[0].phones] == ["+52 1"]
    assert service.list("eva") == []


def test_nothing_to_import_disables_import(qtbot, context):
    service = ContactsService(context)
    service.save(Contact(full_name="Eva", emails=[Email("eva@x.mx")]))
    plan = ContactImportService(context).preview_bytes(
        b"BEGIN:VCARD\r\nFN:Eva\r\nEMAIL:eva@x.mx\r\nEND:VCARD\r\n", "vcf")
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert not dialog.merge_all.isEnabled()


def test_closing_after_changing_choices_asks_and_escape_keeps_them(qtbot, plan):
    from PySide6.QtCore import Qt

    from desktop_app.ui.common.editor_dialog import Unsaved
    from desktop_app.ui.contacts.import_preview import SKIP

    _, plan = plan
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = []
    dialog.ask_discard = lambda parent, save_text: asked.append(save_text) or Unsaved.CANCEL
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing chosen yet: closes without asking
    assert not dialog.isVisible() and asked == []

    dialog.show()
    dialog.set_decision(3, SKIP)  # leave Eva out: a choice worth keeping
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Import"] and dialog.isVisible() and dialog.choice(3) == SKIP
    dialog.ask_discard = lambda parent, save_text: Unsaved.SAVE  # "Import"
    dialog.reject()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.decisions()[3] == SKIP
    assert unnamed_controls(dialog) == []


# --- what the reader left out, and how it read the file (real files) ---------------------------

QUIRKS = Path(__file__).resolve().parent.parent / "data" / "vcard-quirks"
CONSTRUCTED = Path(__file__).resolve().parent.parent / "data" / "constructed"


def preview_of(qtbot, context, path: Path) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(ContactImportService(context).preview_import(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def skipped_rows(dialog) -> list[tuple[str, str, str]]:
    table = dialog.skipped
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def test_comment_lines_are_listed_where_selecting_a_row_does_not_hide_them(qtbot, context):
    dialog = preview_of(qtbot, context, QUIRKS / "aosp_v21_invalid_comment_line.vcf")
    assert skipped_rows(dialog) == [
        (str(s.line), s.problem.text, s.shown) for s in dialog.plan.skipped_lines]
    assert [(line, why) for line, why, _ in skipped_rows(dialog)] == [
        ("6", "a comment"), ("9", "a comment")]
    assert skipped_rows(dialog)[0][2] == "# This line must be ignored."
    assert dialog.skipped_toggle.text() == "Skipped lines (2)"
    assert dialog.skipped.isVisible() and dialog.skipped_toggle.isChecked()
    assert "2 lines of the file left out" in dialog.summary.text()
    assert dialog.encoding.text() == "Read as UTF-8 (detected)."
    dialog.table.selectRow(0)  # the selected row's details take their own line
    assert dialog.skipped.isVisible() and len(skipped_rows(dialog)) == 2
    dialog.skipped_toggle.click()  # folded away, and back
    assert not dialog.skipped.isVisible()
    dialog.skipped_toggle.click()
    assert dialog.skipped.isVisible()
    assert unnamed_controls(dialog) == []


def test_a_bare_fn_line_and_a_value_left_out_are_both_said(qtbot, context):
    dialog = preview_of(qtbot, context, QUIRKS / "kcontacts_vcard4_bare_fn.vcf")
    assert skipped_rows(dialog) == [("3", "a line with no ':' (no value)", "FN")]
    (row,) = dialog.plan.rows
    assert row.warnings and all(w in dialog.table.item(0, 3).text() for w in row.warnings)
    dialog.table.selectRow(0)  # the details say whose values they are
    assert dialog.details.text().startswith(f"{row.name} (line {row.line}): {row.warnings[0]}")


def test_a_windows_1250_file_says_how_it_was_read_and_lists_nothing_skipped(qtbot, context):
    dialog = preview_of(qtbot, context, CONSTRUCTED / "vcard_polish_cp1250_no_charset.vcf")
    assert dialog.encoding.text() == "Read as Windows-1250 (guessed from the letters)."
    names = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Paweł Mańkowski" in names  # ń, not ñ
    assert not dialog.skipped_toggle.isVisible() and not dialog.skipped.isVisible()
    assert "left out" not in dialog.summary.text()


def test_the_counts_add_up_with_the_cards_nothing_identifies(qtbot, context):
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n"
            b"# exported by hand\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nX-CUSTOM:1\r\nEND:VCARD\r\n")
    plan = ContactImportService(context).preview_bytes(data, "vcf", "two.vcf")
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.counts() == {"add": 1, "merge": 0,
                                                                 "skip": 1}
    assert dialog.summary.text().startswith(
        "2 contacts in the file: 1 to add, 0 to merge, 1 to skip (1 with no name, "
        "organisation, email or phone). 1 line of the file left out")
    assert [(line, why) for line, why, _ in skipped_rows(dialog)] == [
        ("5", "a comment"), ("6", "a record with no name, organisation, email or phone")]


def test_tab_leaves_the_rows_for_the_choices_and_the_skipped_lines(qtbot, context):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dialog = preview_of(qtbot, context, QUIRKS / "aosp_v21_invalid_comment_line.vcf")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    reached = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert dialog.table.cellWidget(0, 4) in reached and dialog.skipped_toggle in reached
    qtbot.keyClick(dialog.skipped_toggle, Qt.Key.Key_Space)  # folds with the keyboard
    assert not dialog.skipped.isVisible()
