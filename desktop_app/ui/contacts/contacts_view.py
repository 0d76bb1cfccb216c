"""The contacts view: the list of people met (search, filter by tag, cluster, follow-up due), and
the "to follow up" list of promised actions, with new / edit / delete (asks; undo) / deleted
(the contacts deleted earlier, to restore) / import (with a preview) / export.

Everything goes through the ContactsService (no SQL here). Whatever would block a test is one
attribute away, so tests replace it instead of clicking a modal dialog:

- `confirm(parent, title, question) -> bool` (default: a Yes/No message box), asked before deleting;
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

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AtlasError
from desktop_app.services.contact_import import ContactImportService, ImportResult
from desktop_app.services.contacts import ContactsService
from desktop_app.ui.contacts.contacts_table_model import (
    CONTACT_COLUMNS,
    ContactRole,
    ContactsTableModel,
    FollowUpRole,
    FollowUpTableModel,
)
from desktop_app.userdata.models import Contact

SEARCH_DELAY_MS = 150
CLUSTERS_COLUMN = CONTACT_COLUMNS.index("Clusters")
IMPORT_FILTER = "Contacts (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;" \
                "Cluster Atlas export (*.json);;All files (*)"
EXPORT_CHOICES = (
    ("vCard 3.0 (Google Contacts, Apple, Android) (*.vcf)", "vcf", ".vcf"),
    ("vCard 4.0 (Thunderbird) (*.vcf)", "vcf4", ".vcf"),
    ("Google Contacts CSV (*.csv)", "csv-google", ".csv"),
    ("Outlook CSV (*.csv)", "csv-outlook", ".csv"),
    ("Everything you own, to import on another computer (*.json)", "json", ".json"),
)


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class FollowUpView(QWidget):
    """The open follow-ups due by today (or all open ones), soonest first; mark done."""

    contact_activated = Signal(str)
    changed = Signal()

    def __init__(self, contacts: ContactsService, parent=None) -> None:
        super().__init__(parent)
        self._service = contacts
        self.model = FollowUpTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._open)
        self.show_all = QCheckBox("Show every open action, not only what is due")
        self.show_all.toggled.connect(self.refresh)
        self.done_button = QPushButton("Mark done")
        self.done_button.clicked.connect(lambda: self.mark_selected("done"))
        self.drop_button = QPushButton("Drop")
        self.drop_button.clicked.connect(lambda: self.mark_selected("dropped"))
        self.empty = QLabel("Nothing to follow up today.")
        row = QHBoxLayout()
        row.addWidget(self.show_all)
        row.addStretch(1)
        row.addWidget(self.done_button)
        row.addWidget(self.drop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def refresh(self) -> None:
        if self.show_all.isChecked():
            items = self._service.follow_ups_due(everything_open=True)
        else:
            items = self._service.follow_ups_due(dt.date.today().isoformat())
        self.model.set_follow_ups(items)
        self.empty.setVisible(not items)

    def mark_selected(self, state: str) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        for row in rows:
            item = self.model.item_at(row)
            if item is not None:
                self._service.set_follow_up_state(item.contact_uid, item.follow_up.uid, state)
        if rows:
            self.refresh()
            self.changed.emit()

    def _open(self, index) -> None:
        uid = self.model.data(index, FollowUpRole.ContactUid)
        if uid:
            self.contact_activated.emit(uid)


class ContactsView(QWidget):
    """The contacts tab: a searchable, filterable list and the "to follow up" list."""

    contact_activated = Signal(str)
    contacts_changed = Signal()
    cluster_activated = Signal(str)

    def __init__(self, contacts: ContactsService, parent=None, *,
                 cluster_choices: list[tuple[str, str]] | None = None) -> None:
        super().__init__(parent)
        self._service = contacts
        self._choices = cluster_choices
        self.confirm = ask_yes_no
        self.run_editor = self._run_editor
        self.run_preview = self._run_preview
        self.ask_open_path = self._ask_open_path
        self.ask_save_path = self._ask_save_path
        self.inform = self._inform
        self.last_import: ImportResult | None = None
        self._build()
        self.refresh()

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search names, organisations, emails, notes…")
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.tag_filter = QComboBox()
        self.cluster_filter = QComboBox()
        self.due_only = QCheckBox("Follow-up due")
        for combo in (self.tag_filter, self.cluster_filter):
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.due_only.toggled.connect(lambda _on: self.refresh())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.cluster_filter, 1)
        filters.addWidget(self.due_only)

        self.model = ContactsTableModel(self, cluster_names=self._cluster_names())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.new_button = QPushButton("New…")
        self.edit_button = QPushButton("Edit…")
        self.delete_button = QPushButton("Delete")
        self.undo_button = QPushButton("Undo delete")
        self.deleted_button = QPushButton("Deleted…")
        self.deleted_button.setToolTip("Contacts deleted earlier: restore them")
        self.import_button = QPushButton("Import…")
        self.export_button = QPushButton("Export…")
        self.new_button.clicked.connect(lambda: self.new_contact())
        self.edit_button.clicked.connect(lambda: self.edit_contact())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.undo_button.clicked.connect(lambda: self.undo_delete())
        self.deleted_button.clicked.connect(lambda: self.show_deleted())
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.undo_button,
                       self.deleted_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        self.status = QLabel()

        listing = QWidget()
        inner = QVBoxLayout(listing)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(filters)
        inner.addWidget(self.table, 1)
        inner.addLayout(buttons)
        inner.addWidget(self.status)

        self.follow_ups = FollowUpView(self._service, self)
        self.follow_ups.contact_activated.connect(self.edit_contact)
        self.follow_ups.changed.connect(self._changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(listing, "Contacts")
        self.tabs.addTab(self.follow_ups, "To follow up")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        QShortcut(QKeySequence.StandardKey.Delete, self.table,
                  activated=lambda: self.delete_selected())
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=lambda: self.undo_delete())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)

    def _cluster_names(self) -> dict[str, str]:
        return dict(self._choices or [])

    def _double_clicked(self, index) -> None:
        """On the Clusters column: show the (first) linked cluster; elsewhere: edit."""
        contact = self.proxy.data(index, ContactRole.Contact)
        if contact is None:
            return
        if index.column() == CLUSTERS_COLUMN and contact.cluster_ids:
            self.cluster_activated.emit(contact.cluster_ids[0])
            return
        self.edit_contact(contact.uid)

    def cluster_choices(self) -> list[tuple[str, str]]:
        """(id, name) of the catalogue's clusters, asked for once."""
        if self._choices is None:
            try:
                self._choices = self._service.cluster_choices()
            except AtlasError:
                self._choices = []
            self.model.set_cluster_names(self._cluster_names())
        return self._choices

    # --- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the contacts again for the current search and filters."""
        self._fill_filters()
        tag = self.tag_filter.currentData() or None
        cluster_id = self.cluster_filter.currentData() or None
        contacts = self._service.list(self.search.text(), tag=tag, cluster_id=cluster_id,
                                      due_by="today" if self.due_only.isChecked() else None)
        selected = set(self.selected_uids())
        self.model.set_contacts(contacts)
        for uid in selected:
            self.select(uid, clear=False)
        total = self._service.count()
        self.status.setText(f"{len(contacts)} of {total} contact(s)" if len(contacts) != total
                            else f"{total} contact(s)")
        self.follow_ups.refresh()
        due = self.follow_ups.model.rowCount()
        self.tabs.setTabText(1, f"To follow up ({due})" if due else "To follow up")
        self._update_buttons()

    def _fill_filters(self) -> None:
        tag = self.tag_filter.currentData()
        cluster = self.cluster_filter.currentData()
        for combo in (self.tag_filter, self.cluster_filter):
            combo.blockSignals(True)
            combo.clear()
        self.tag_filter.addItem("All tags", "")
        for t in self._service.tags():
            self.tag_filter.addItem(f"{t.tag} ({t.count})", t.tag)
        self.cluster_filter.addItem("All clusters", "")
        names = self._cluster_names()
        for cluster_id in sorted(self._service.linked_cluster_ids(),
                                 key=lambda i: names.get(i, i).casefold()):
            self.cluster_filter.addItem(names.get(cluster_id, cluster_id), cluster_id)
        for combo, value in ((self.tag_filter, tag), (self.cluster_filter, cluster)):
            at = combo.findData(value) if value else 0
            if at < 0 and value:  # a filter set from outside (the cluster profile)
                combo.addItem(value, value)
                at = combo.count() - 1
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)

    def set_cluster_filter(self, cluster_id: str | None) -> None:
        """Show the contacts linked to one cluster (None: all)."""
        self.cluster_filter.blockSignals(True)
        at = self.cluster_filter.findData(cluster_id) if cluster_id else 0
        if at < 0:
            self.cluster_filter.addItem(cluster_id, cluster_id)
            at = self.cluster_filter.count() - 1
        self.cluster_filter.setCurrentIndex(at)
        self.cluster_filter.blockSignals(False)
        self.refresh()

    def show_follow_ups(self) -> None:
        self.tabs.setCurrentWidget(self.follow_ups)

    def selected_uids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.proxy.data(index, ContactRole.Uid) for index in rows]

    def select(self, uid: str, *, clear: bool = True) -> bool:
        row = self.model.row_of(uid)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if clear:
            self.table.selectionModel().clearSelection()
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.Select
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        selected = bool(self.selected_uids())
        self.edit_button.setEnabled(len(self.selected_uids()) == 1)
        self.delete_button.setEnabled(selected)
        self.undo_button.setEnabled(self._service.can_undo)

    def _changed(self) -> None:
        self.refresh()
        self.contacts_changed.emit()

    # --- editing ---------------------------------------------------------------------------------

    def _run_editor(self, contact: Contact | None) -> Contact | None:
        from desktop_app.ui.contacts.contact_editor import ContactEditorDialog

        dialog = ContactEditorDialog(self._service, contact, self,
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
            self.select(saved.uid)
        return saved

    def edit_contact(self, uid: str | None = None) -> Contact | None:
        uid = uid or next(iter(self.selected_uids()), None)
        if not uid:
            return None
        try:
            contact = self._service.get(uid)
        except AtlasError as exc:
            self.inform("Contact", str(exc))
            return None
        self.contact_activated.emit(uid)
        saved = self.run_editor(contact)
        if saved is not None:
            self._changed()
            self.select(saved.uid)
        return saved

    def delete_selected(self) -> int:
        """Delete the selected contacts after asking; Undo brings them back."""
        uids = self.selected_uids()
        if not uids:
            return 0
        names = [self.model.contact_at(self.model.row_of(u)).display_name for u in uids]
        question = (f"Delete {names[0]}?" if len(names) == 1
                    else f"Delete {len(names)} contacts ({', '.join(names[:3])}"
                         f"{', …' if len(names) > 3 else ''})?")
        if not self.confirm(self, "Delete contacts", question + " You can undo this."):
            return 0
        for uid in uids:
            self._service.delete(uid)
        self._changed()
        undo_keys = QKeySequence(QKeySequence.StandardKey.Undo).toString()
        self.status.setText(f"Deleted {len(uids)} contact(s). Undo ({undo_keys}) brings "
                            "them back.")
        return len(uids)

    def undo_delete(self) -> Contact | None:
        restored = self._service.undo()
        if restored is not None:
            self._changed()
            self.select(restored.uid)
            self.status.setText(f"{restored.display_name} is back.")
        return restored

    def show_deleted(self):
        """Open the deleted contacts (window-modal, not blocking); returns the dialog."""
        from desktop_app.ui.contacts.deleted_contacts_dialog import DeletedContactsDialog

        dialog = DeletedContactsDialog(self._service, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self, contacts: list[Contact]) -> None:
        """Show the contacts just restored: selected, with the filters cleared if they hid them."""
        self._changed()
        if any(self.model.row_of(c.uid) < 0 for c in contacts):
            self._clear_filters()
        self.table.selectionModel().clearSelection()
        for contact in contacts:
            self.select(contact.uid, clear=False)
        names = [c.display_name for c in contacts]
        if len(names) == 1:
            text = f"{names[0]} is back."
        elif len(names) == 2:
            text = f"{names[0]} and {names[1]} are back."
        else:
            text = (f"{len(names)} contacts are back: {', '.join(names[:3])}"
                    f"{', …' if len(names) > 3 else ''}.")
        self.status.setText(text)

    def _clear_filters(self) -> None:
        for widget in (self.search, self.tag_filter, self.cluster_filter, self.due_only):
            widget.blockSignals(True)
        self.search.clear()
        self.tag_filter.setCurrentIndex(0)
        self.cluster_filter.setCurrentIndex(0)
        self.due_only.setChecked(False)
        for widget in (self.search, self.tag_filter, self.cluster_filter, self.due_only):
            widget.blockSignals(False)
        self.refresh()

    # --- import and export -----------------------------------------------------------------------

    def _ask_open_path(self) -> tuple[str, str | None] | None:
        path, _ = QFileDialog.getOpenFileName(self, "Import contacts", str(Path.home()),
                                              IMPORT_FILTER)
        return (path, None) if path else None

    def _ask_save_path(self) -> tuple[str, str] | None:
        filters = ";;".join(label for label, _, _ in EXPORT_CHOICES)
        path, chosen = QFileDialog.getSaveFileName(self, "Export contacts",
                                                   str(Path.home() / "contacts.vcf"), filters)
        if not path:
            return None
        fmt, suffix = next(((f, s) for label, f, s in EXPORT_CHOICES if label == chosen),
                           ("vcf", ".vcf"))
        if not Path(path).suffix:
            path += suffix
        return path, fmt

    def _run_preview(self, plan) -> dict[int, str] | None:
        from desktop_app.ui.contacts.import_preview import ImportPreviewDialog

        dialog = ImportPreviewDialog(plan, self)
        if dialog.exec() == ImportPreviewDialog.DialogCode.Accepted:
            return dialog.decisions()
        return None

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def import_file(self, path: str | None = None, fmt: str | None = None,
                    ) -> ImportResult | None:
        """Choose a file, show the preview, import what the user chose (all or nothing)."""
        if path is None:
            chosen = self.ask_open_path()
            if not chosen:
                return None
            path, fmt = chosen
        try:
            importer = ContactImportService(self._service.context)
            plan = importer.preview_import(path, fmt)
        except AtlasError as exc:
            self.inform("Import", str(exc))
            return None
        decisions = self.run_preview(plan)
        if decisions is None:
            return None
        try:
            result = importer.apply_import(plan, decisions)
        except AtlasError as exc:
            self.inform("Import", str(exc))
            return None
        self.last_import = result
        self._changed()
        self.status.setText(f"Imported {Path(path).name}: {result.summary()}.")
        return result

    def export_file(self, path: str | None = None, fmt: str | None = None) -> int | None:
        """Export the contacts shown (JSON: everything you own, whatever the filters)."""
        if path is None:
            chosen = self.ask_save_path()
            if not chosen:
                return None
            path, fmt = chosen
        shown = None if fmt == "json" else self.model.contacts()  # JSON: everything
        try:
            count = self._service.export(path, fmt, contacts=shown)
        except AtlasError as exc:
            self.inform("Export", str(exc))
            return None
        self.status.setText(f"Exported {count} contact(s) to {Path(path).name}.")
        return count
