"""The contacts view: the list of people met (`contacts_list`: search, filter by tag, cluster,
follow-up due) and the "To follow up" agenda (`follow_up_view`), with new / edit / delete (asks;
Edit › Undo brings them back) / deleted (the contacts deleted earlier, to restore) / import (with a
preview) / export.

Everything goes through the services (no SQL here). Deleting is a command on the window's one
undo stack (`undo_stack`; a view on its own makes its own). Whatever would block a test is one
attribute away, so tests replace it instead of clicking a modal dialog:

- `confirm(parent, title, question) -> bool` (default: `user_dialogs.ask_yes_no`), before deleting;
- `run_editor(contact | None) -> Contact | None` (default: ContactEditorDialog);
- `run_preview(plan) -> dict | None` (default: ImportPreviewDialog; None when cancelled);
- `ask_open_path() / ask_save_path() -> (path, format) | None` (default: file dialogs);
- `inform(title, text)` (default: a message box), for errors such as a bad file.

"Deleted…" opens DeletedContactsDialog window-modal without blocking (`show_deleted` returns it),
so tests drive it directly.

Signals: `contact_activated(uid)` when a contact is opened, `contacts_changed()` after any
change, `cluster_activated(cluster_id)` when the user double-clicks a contact's clusters (the
window shows that cluster's profile).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AtlasError
from desktop_app.services.contact_import import ContactImportService, ImportResult
from desktop_app.services.contacts import ContactsService
from desktop_app.services.context import AppContext
from desktop_app.ui.common.error_text import error_text
from desktop_app.ui.common.undo_commands import DeleteContactsCommand, ServiceCommand
from desktop_app.ui.contacts import contacts_files
from desktop_app.ui.contacts.contacts_list import ContactList
from desktop_app.ui.contacts.follow_up_view import FollowUpView
from desktop_app.ui.library import user_dialogs
from desktop_app.userdata.models import Contact


def names_text(names: list[str]) -> str:
    """'Ana', 'Ana and Beto', 'Ana, Beto, Caro…' (the first three of more)."""
    if len(names) == 2:
        return QCoreApplication.translate("contacts_view", "{first} and {second}").format(
            first=names[0], second=names[1])
    return ", ".join(names[:3]) + ("…" if len(names) > 3 else "")


class ContactsView(QWidget):
    """The contacts tab: a searchable, filterable list and the "To follow up" agenda."""

    contact_activated = Signal(str)
    contacts_changed = Signal()
    cluster_activated = Signal(str)

    def __init__(self, context: AppContext, parent=None, *,
                 cluster_choices: list[tuple[str, str]] | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.service = ContactsService(context)
        self._choices = cluster_choices
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.confirm = user_dialogs.ask_yes_no
        self.run_editor = self._run_editor
        self.run_preview = lambda plan: contacts_files.run_preview(self, plan)
        self.ask_open_path = lambda: contacts_files.ask_open_path(self)
        self.ask_save_path = lambda: contacts_files.ask_save_path(self)
        self.inform = lambda title, text: user_dialogs.inform(self, title, text)
        self.last_import: ImportResult | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.listing = ContactList(self.service, dict(self._choices or []))
        self.listing.filters_changed.connect(self.refresh)
        self.listing.selection_changed.connect(self._update_buttons)
        self.listing.contact_chosen.connect(self.edit_contact)
        self.listing.cluster_chosen.connect(self.cluster_activated)
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setAccessibleName(self.tr("New contact"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected contact"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected contacts"))
        self.deleted_button = QPushButton(self.tr("Deleted…"))
        self.deleted_button.setToolTip(self.tr("Contacts deleted earlier: restore them"))
        self.deleted_button.setAccessibleName(self.tr("Deleted contacts"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setAccessibleName(self.tr("Import contacts"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export contacts"))
        for button, slot in ((self.new_button, self.new_contact),
                             (self.edit_button, self.edit_contact),
                             (self.delete_button, self.delete_selected),
                             (self.deleted_button, self.show_deleted),
                             (self.import_button, self.import_file),
                             (self.export_button, self.export_file)):
            button.clicked.connect(lambda _=False, slot=slot: slot())
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button,
                       self.deleted_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened last"))
        page = QWidget()
        inner = QVBoxLayout(page)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.listing, 1)
        inner.addLayout(buttons)
        inner.addWidget(self.status)
        self.follow_ups = FollowUpView(self.service, self)
        self.follow_ups.contact_activated.connect(self.edit_contact)
        self.follow_ups.changed.connect(self._changed)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Contacts and what to follow up"))
        self.tabs.addTab(page, self.tr("Contacts"))
        self.tabs.addTab(self.follow_ups, self.tr("To follow up"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.StandardKey.Delete, self.listing.table,
                  activated=lambda: self.delete_selected())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

    def cluster_choices(self) -> list[tuple[str, str]]:
        """(id, name) of the catalogue's clusters, asked for once."""
        if self._choices is None:
            try:
                self._choices = self.service.cluster_choices()
            except AtlasError:
                self._choices = []
            self.listing.set_cluster_names(dict(self._choices))
        return self._choices

    # --- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the contacts and the agenda again."""
        shown = self.listing.refresh()
        total = self.service.count()
        self.status.setText(self.tr("{shown} of %n contact(s)", "", total).format(shown=shown)
                            if shown != total else self.tr("%n contact(s)", "", total))
        self.follow_ups.refresh()
        due = self.follow_ups.count()
        self.tabs.setTabText(1, self.tr("To follow up ({count})").format(count=due) if due
                             else self.tr("To follow up"))
        self._update_buttons()

    def set_cluster_filter(self, cluster_id: str | None) -> None:
        """Show the contacts linked to one cluster (None: all)."""
        self.listing.set_cluster_filter(cluster_id)
        self.refresh()

    def clear_filters(self) -> None:
        self.listing.clear_filters()
        self.refresh()

    def show_contact(self, uid: str) -> bool:
        """The list, its filters cleared, with this contact selected and the focus in it."""
        self.clear_filters()
        self.tabs.setCurrentIndex(0)
        found = self.listing.select(uid)
        self.listing.table.setFocus()
        return found

    def show_follow_ups(self) -> None:
        self.tabs.setCurrentWidget(self.follow_ups)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.listing.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.listing.search.selectAll()

    def _update_buttons(self) -> None:
        selected = self.listing.selected_uids()
        self.edit_button.setEnabled(len(selected) == 1)
        self.delete_button.setEnabled(bool(selected))

    def _changed(self) -> None:
        self.refresh()
        self.contacts_changed.emit()

    def _show_back(self, contacts: list[Contact], message: str) -> None:
        """Show contacts just brought back: selected, the filters cleared if they hid them."""
        self._changed()
        if not all(self.listing.is_shown(c.uid) for c in contacts):
            self.clear_filters()
        self.listing.table.selectionModel().clearSelection()
        for contact in contacts:
            self.listing.select(contact.uid, clear=False)
        self.status.setText(message)

    # --- editing ---------------------------------------------------------------------------------

    def _run_editor(self, contact: Contact | None) -> Contact | None:
        from desktop_app.ui.contacts.contact_editor import ContactEditorDialog

        dialog = ContactEditorDialog(self.service, contact, self,
                                     cluster_choices=self.cluster_choices())
        if dialog.exec() == ContactEditorDialog.DialogCode.Accepted:
            return dialog.saved_contact
        return None

    def new_contact(self, *, cluster_id: str | None = None) -> Contact | None:
        """Open the editor on a new contact (linked to `cluster_id` when given)."""
        draft = Contact(cluster_ids=[cluster_id]) if cluster_id else None
        saved = self.run_editor(draft)
        if saved is not None:
            self._changed()
            self.listing.select(saved.uid)
        return saved

    def edit_contact(self, uid: str | None = None) -> Contact | None:
        uid = uid or next(iter(self.listing.selected_uids()), None)
        if not uid:
            return None
        try:
            contact = self.service.get(uid)
        except AtlasError as exc:
            self.inform(self.tr("Contact"), error_text(exc))
            return None
        self.contact_activated.emit(uid)
        saved = self.run_editor(contact)
        if saved is not None:
            self._changed()
            self.listing.select(saved.uid)
        return saved

    def delete_selected(self) -> int:
        """Delete the selected contacts after asking; Edit › Undo brings them back."""
        contacts = self.listing.selected_contacts()
        if not contacts:
            return 0
        if not self.confirm(self, self.tr("Delete contacts"), self.tr(
                "Delete {names}? You can undo this.").format(
                    names=names_text([c.display_name for c in contacts]))):
            return 0
        command = DeleteContactsCommand(self._context, contacts, self._undo_step, self.inform)
        self.undo_stack.push(command)
        return 0 if command.error else len(contacts)

    def _undo_step(self, command: ServiceCommand) -> None:
        """After a delete, its undo or its redo (from here or the window's Edit menu)."""
        if command.undone:
            self._show_back(command.restored, command.message)
            return
        self._changed()
        keys = QKeySequence(QKeySequence.StandardKey.Undo).toString()
        back = self.tr("Edit › Undo ({keys}) brings the contact back.") \
            if len(command.uids) == 1 else self.tr("Edit › Undo ({keys}) brings them back.")
        self.status.setText(f"{command.message} {back.format(keys=keys)}")

    def show_deleted(self):
        """Open the deleted contacts (window-modal, not blocking); returns the dialog."""
        from desktop_app.ui.contacts.deleted_contacts_dialog import DeletedContactsDialog

        dialog = DeletedContactsDialog(self._context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(lambda contacts: self._show_back(contacts, (
            self.tr("{names} is back.") if len(contacts) == 1 else self.tr("{names} are back.")
        ).format(names=names_text([c.display_name for c in contacts]))))
        dialog.open()
        return dialog

    # --- import and export -----------------------------------------------------------------------

    def import_file(self, path: str | None = None, fmt: str | None = None,
                    ) -> ImportResult | None:
        """Choose a file, show the preview, import what the user chose (all or nothing)."""
        if path is None:
            chosen = self.ask_open_path()
            if not chosen:
                return None
            path, fmt = chosen
        try:
            importer = ContactImportService(self.service.context)
            plan = importer.preview_import(path, fmt)
        except AtlasError as exc:
            self.inform(self.tr("Import"), error_text(exc))
            return None
        decisions = self.run_preview(plan)
        if decisions is None:
            return None
        try:
            result = importer.apply_import(plan, decisions)
        except AtlasError as exc:
            self.inform(self.tr("Import"), error_text(exc))
            return None
        self.last_import = result
        self._changed()
        self.status.setText(self.imported_text(Path(path).name, result))
        return result

    def export_file(self, path: str | None = None, fmt: str | None = None) -> int | None:
        """Export the contacts shown (JSON: everything you own, whatever the filters)."""
        if path is None:
            chosen = self.ask_save_path()
            if not chosen:
                return None
            path, fmt = chosen
        shown = None if fmt == "json" else self.listing.contacts()  # JSON: everything
        try:
            count = self.service.export(path, fmt, contacts=shown)
        except AtlasError as exc:
            self.inform(self.tr("Export"), error_text(exc))
            return None
        self.status.setText(self.tr("Exported %n contact(s) to {file}.", "", count).format(
            file=Path(path).name))
        return count

    def imported_text(self, name: str, result: ImportResult) -> str:
        """'Imported ana.vcf: 2 added, 1 merged, 0 skipped.', and what else came with it."""
        text = self.tr("Imported {file}: {added} added, {merged} merged, {skipped} skipped."
                       ).format(file=name, added=result.added, merged=result.merged,
                                skipped=result.skipped)
        if result.bookmarks_added or result.list_items_added or result.notes_added:
            text += " " + self.tr("Bookmarks: {bookmarks}, list entries: {entries}, cluster "
                                  "notes: {notes}.").format(
                bookmarks=result.bookmarks_added, entries=result.list_items_added,
                notes=result.notes_added)
        if result.missions_added:
            text += " " + self.tr("Missions: {missions}.").format(missions=result.missions_added)
        return text
