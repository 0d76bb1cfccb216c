"""The questions of the Contacts tab's Import… and Export…: which file (and, for an export, which
format), and what to do with each contact of a file (the import preview).

Plain functions; the view calls them through attributes (`ask_open_path`, `ask_save_path`,
`run_preview`) that tests replace, so no modal dialog ever waits for a person in a test.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def export_choices() -> tuple[tuple[str, str, str], ...]:
    """(filter shown, format, suffix) of each export format."""
    return (
        ("vCard 3.0 (Google Contacts, Apple, Android) (*.vcf)", "vcf", ".vcf"),
        ("vCard 4.0 (Thunderbird) (*.vcf)", "vcf4", ".vcf"),
        (QCoreApplication.translate("contacts_files", "Google Contacts CSV (*.csv)"),
         "csv-google", ".csv"),
        (QCoreApplication.translate("contacts_files", "Outlook CSV (*.csv)"), "csv-outlook",
         ".csv"),
        (QCoreApplication.translate(
            "contacts_files", "Everything you own, to import on another computer (*.json)"),
         "json", ".json"),
    )


def ask_open_path(parent: QWidget | None) -> tuple[str, str | None] | None:
    """The file to import (its format guessed from it), or None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("contacts_files", "Import contacts"),
        str(Path.home()), QCoreApplication.translate(
            "contacts_files", "Contacts (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;"
            "CSV (*.csv);;Cluster Atlas export (*.json);;All files (*)"))
    return (path, None) if path else None


def ask_save_path(parent: QWidget | None) -> tuple[str, str] | None:
    """The file to export to and its format, or None when cancelled."""
    choices = export_choices()
    filters = ";;".join(label for label, _, _ in choices)
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("contacts_files", "Export contacts"),
        str(Path.home() / QCoreApplication.translate("contacts_files", "contacts.vcf")),
        filters)
    if not path:
        return None
    fmt, suffix = next(((f, s) for label, f, s in choices if label == chosen),
                       ("vcf", ".vcf"))
    if not Path(path).suffix:
        path += suffix
    return path, fmt


def run_preview(parent: QWidget | None, plan) -> dict[int, str] | None:
    """Show what importing would do; the choices made, or None when cancelled."""
    from desktop_app.ui.contacts.import_preview import ImportPreviewDialog

    dialog = ImportPreviewDialog(plan, parent)
    if dialog.exec() == ImportPreviewDialog.DialogCode.Accepted:
        return dialog.decisions()
    return None
