"""The import preview: added, duplicates with merge-or-skip per row, already there."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from desktop_app.services.contact_import import Choice, ContactImportService
from desktop_app.services.contacts import ContactsService
from desktop_app.ui.contacts.import_preview import ImportPreviewDialog
from desktop_app.userdata.models import Contact, Email
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
    from tests.ui.accessibility import unnamed_controls

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
