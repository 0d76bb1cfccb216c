"""The contact editor: a dialog whose checks help rather than block.

Phone numbers are read with the phonenumbers library (default region Mexico) and rewritten in
international format when understood; an email that looks mistyped is flagged with a suggestion
("did you mean ana@gmail.com?") that one click applies. Nothing stops saving except a contact with
nothing to know it by. The dialog saves through the ContactsService itself, so that an error keeps
it open with what was typed; `saved_contact` is the result.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AtlasError
from desktop_app.services.contacts import ContactsService
from desktop_app.userdata.models import (
    FOLLOW_UP_STATES,
    PRIORITIES,
    Address,
    Contact,
    DatedNote,
    Email,
    FollowUp,
    Phone,
)

EMAIL_KINDS = ("", "work", "home", "other")
PHONE_KINDS = ("", "mobile", "work", "home", "main", "fax", "work fax", "home fax", "pager",
               "assistant", "other")
_UID = Qt.ItemDataRole.UserRole + 1


class _KindTable(QTableWidget):
    """Two columns: a value and its kind (an editable combo: a known kind or the user's own)."""

    def __init__(self, value_title: str, kinds: tuple[str, ...], parent=None) -> None:
        super().__init__(0, 2, parent)
        self._kinds = kinds
        self.setHorizontalHeaderLabels([value_title, "Kind"])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def add_row(self, value: str = "", kind: str = "") -> int:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(value))
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(list(self._kinds))
        combo.setCurrentText(kind)
        self.setCellWidget(row, 1, combo)
        return row

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            combo = self.cellWidget(row, 1)
            value = item.text().strip() if item else ""
            if value:
                out.append((value, combo.currentText().strip() if combo else ""))
        return out

    def value(self, row: int) -> str:
        item = self.item(row, 0)
        return item.text() if item else ""

    def set_value(self, row: int, text: str) -> None:
        item = self.item(row, 0)
        if item is not None:
            item.setText(text)


class ContactEditorDialog(QDialog):
    """Edit one contact (or a new one). `saved` is emitted with the stored contact."""

    saved = Signal(object)

    def __init__(self, contacts: ContactsService, contact: Contact | None = None, parent=None,
                 *, cluster_choices: list[tuple[str, str]] | None = None) -> None:
        super().__init__(parent)
        self._service = contacts
        self._original = contact or Contact()
        self._choices = cluster_choices if cluster_choices is not None else []
        self._names = dict(self._choices)
        self.saved_contact: Contact | None = None
        self.setWindowTitle(f"Contact: {self._original.display_name}" if contact
                            else "New contact")
        self.setMinimumWidth(640)
        self._build()
        self._load(self._original)
        self.refresh_hints()

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        tabs = QTabWidget()
        tabs.addTab(self._person_tab(), "Person")
        tabs.addTab(self._reach_tab(), "Emails and phones")
        tabs.addTab(self._meeting_tab(), "Meeting and follow-up")
        tabs.addTab(self._notes_tab(), "Notes")
        self.tabs = tabs
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b3261e")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _person_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.full_name = QLineEdit()
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.organisation = QLineEdit()
        self.role = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        self.street = QPlainTextEdit()
        self.street.setFixedHeight(48)
        self.city = QLineEdit()
        self.region = QLineEdit()
        self.postal_code = QLineEdit()
        self.country = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("comma-separated, e.g. automotive, mission 2024")
        self.priority = QComboBox()
        for number, name in PRIORITIES.items():
            self.priority.addItem(name.capitalize() or "—", number)
        self.name_hint = QLabel()
        self.name_hint.setStyleSheet("color: #8a6d00")
        self.name_hint.hide()
        for label, widget in (("Name", self.full_name), ("", self.name_hint),
                              ("Given name", self.given_name),
                              ("Family name", self.family_name),
                              ("Organisation", self.organisation), ("Role", self.role),
                              ("Website", self.website), ("Street", self.street),
                              ("City", self.city), ("State / region", self.region),
                              ("Postal code", self.postal_code), ("Country", self.country),
                              ("Tags", self.tags), ("Priority", self.priority)):
            form.addRow(label, widget)
        for field in (self.full_name, self.given_name, self.family_name, self.organisation):
            field.textChanged.connect(self.refresh_hints)
        return page

    def _reach_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.emails = _KindTable("Email", EMAIL_KINDS)
        self.phones = _KindTable("Phone", PHONE_KINDS)
        self.email_hints = QLabel()
        self.phone_hints = QLabel()
        for hint in (self.email_hints, self.phone_hints):
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #8a6d00")
        self.apply_suggestions = QPushButton("Use the suggested addresses")
        self.apply_suggestions.clicked.connect(self.apply_email_suggestions)
        self.apply_suggestions.hide()
        for title, table, hint, extra in (("Emails", self.emails, self.email_hints,
                                           self.apply_suggestions),
                                          ("Phones", self.phones, self.phone_hints, None)):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            row = QHBoxLayout()
            add, remove = QPushButton("Add"), QPushButton("Remove")
            add.clicked.connect(lambda _=False, t=table: self._add_row(t))
            remove.clicked.connect(lambda _=False, t=table: (t.remove_selected(),
                                                            self.refresh_hints()))
            row.addWidget(add)
            row.addWidget(remove)
            if extra is not None:
                row.addWidget(extra)
            row.addStretch(1)
            inner.addLayout(row)
            inner.addWidget(hint)
            layout.addWidget(box)
        self.emails.itemChanged.connect(lambda _item: self.refresh_hints())
        self.phones.itemChanged.connect(self._phone_edited)
        return page

    def _meeting_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.met_where = QLineEdit()
        self.met_where.setPlaceholderText("e.g. Hannover Messe, hall 4")
        self.met_when = QLineEdit()
        self.met_when.setPlaceholderText("YYYY-MM-DD")
        self.met_by = QLineEdit()
        self.met_by.setPlaceholderText("who of the delegation")
        form.addRow("Met where", self.met_where)
        form.addRow("Met when", self.met_when)
        form.addRow("Met by", self.met_by)
        layout.addLayout(form)
        box = QGroupBox("Clusters")
        inner = QVBoxLayout(box)
        self.clusters = QListWidget()
        inner.addWidget(self.clusters)
        row = QHBoxLayout()
        self.cluster_picker = QComboBox()
        self.cluster_picker.setEditable(True)
        self.cluster_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for cluster_id, name in self._choices:
            self.cluster_picker.addItem(name, cluster_id)
        self.cluster_picker.setCurrentIndex(-1)
        link, unlink = QPushButton("Link"), QPushButton("Unlink")
        link.clicked.connect(self._link_picked)
        unlink.clicked.connect(lambda: [self.clusters.takeItem(self.clusters.row(i))
                                        for i in self.clusters.selectedItems()])
        row.addWidget(self.cluster_picker, 1)
        row.addWidget(link)
        row.addWidget(unlink)
        inner.addLayout(row)
        layout.addWidget(box)
        box = QGroupBox("Promised actions")
        inner = QVBoxLayout(box)
        self.follow_ups = QTableWidget(0, 3)
        self.follow_ups.setHorizontalHeaderLabels(["Action", "Due", "State"])
        self.follow_ups.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.follow_ups.verticalHeader().hide()
        self.follow_ups.itemChanged.connect(lambda _item: self.refresh_hints())
        inner.addWidget(self.follow_ups)
        row = QHBoxLayout()
        add, remove = QPushButton("Add"), QPushButton("Remove")
        add.clicked.connect(lambda: self.add_follow_up())
        remove.clicked.connect(lambda: [self.follow_ups.removeRow(r) for r in sorted(
            {i.row() for i in self.follow_ups.selectedIndexes()}, reverse=True)])
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        inner.addLayout(row)
        self.follow_up_hints = QLabel()
        self.follow_up_hints.setStyleSheet("color: #8a6d00")
        inner.addWidget(self.follow_up_hints)
        layout.addWidget(box)
        return page

    def _notes_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        layout.addWidget(QLabel("Notes (newest last)"))
        layout.addWidget(self.notes, 1)
        remove = QPushButton("Remove the selected note")
        remove.clicked.connect(lambda: [self.notes.takeItem(self.notes.row(i))
                                        for i in self.notes.selectedItems()])
        layout.addWidget(remove)
        layout.addWidget(QLabel("Add a note (dated when saved)"))
        self.new_note = QPlainTextEdit()
        self.new_note.setFixedHeight(80)
        layout.addWidget(self.new_note)
        return page

    # --- loading and reading back ----------------------------------------------------------------

    def _load(self, c: Contact) -> None:
        self.full_name.setText(c.full_name)
        self.given_name.setText(c.given_name)
        self.family_name.setText(c.family_name)
        self.organisation.setText(c.organisation)
        self.role.setText(c.role)
        self.website.setText(c.website)
        self.street.setPlainText("\n".join(p for p in (c.address.po_box, c.address.extended,
                                                       c.address.street) if p))
        self.city.setText(c.address.city)
        self.region.setText(c.address.region)
        self.postal_code.setText(c.address.postal_code)
        self.country.setText(c.address.country)
        self.tags.setText(", ".join(c.tags))
        self.priority.setCurrentIndex(max(self.priority.findData(c.priority), 0))
        self.met_where.setText(c.met_where)
        self.met_when.setText(c.met_when)
        self.met_by.setText(c.met_by)
        self.emails.blockSignals(True)
        self.phones.blockSignals(True)
        for e in c.emails:
            self.emails.add_row(e.address, e.kind)
        for p in c.phones:
            self.phones.add_row(p.number, p.kind)
        self.emails.blockSignals(False)
        self.phones.blockSignals(False)
        for cluster_id in c.cluster_ids:
            self._add_cluster(cluster_id)
        for f in c.follow_ups:
            self.add_follow_up(f)
        for note in c.notes:
            item = QListWidgetItem(f"{note.created_at[:10]}  {note.text}")
            item.setData(_UID, note)
            self.notes.addItem(item)

    def _add_row(self, table: _KindTable) -> None:
        row = table.add_row()
        table.setCurrentCell(row, 0)
        table.editItem(table.item(row, 0))

    def _add_cluster(self, cluster_id: str) -> None:
        for i in range(self.clusters.count()):
            if self.clusters.item(i).data(_UID) == cluster_id:
                return
        name = self._names.get(cluster_id)
        text = f"{name} ({cluster_id})" if name else f"{cluster_id} (not in the catalogue)"
        item = QListWidgetItem(text)
        item.setData(_UID, cluster_id)
        self.clusters.addItem(item)

    def _link_picked(self) -> None:
        index = self.cluster_picker.currentIndex()
        cluster_id = self.cluster_picker.itemData(index) if index >= 0 else None
        if cluster_id is None:
            typed = self.cluster_picker.currentText().strip()
            cluster_id = typed if typed in self._names else None
        if cluster_id:
            self._add_cluster(cluster_id)

    def link_cluster(self, cluster_id: str) -> None:
        self._add_cluster(cluster_id)

    def add_follow_up(self, follow_up: FollowUp | None = None) -> int:
        follow_up = follow_up or FollowUp("")
        row = self.follow_ups.rowCount()
        self.follow_ups.blockSignals(True)
        self.follow_ups.insertRow(row)
        action = QTableWidgetItem(follow_up.action)
        action.setData(_UID, follow_up)
        self.follow_ups.setItem(row, 0, action)
        self.follow_ups.setItem(row, 1, QTableWidgetItem(follow_up.due))
        state = QComboBox()
        state.addItems(list(FOLLOW_UP_STATES))
        state.setCurrentText(follow_up.state)
        self.follow_ups.setCellWidget(row, 2, state)
        self.follow_ups.blockSignals(False)
        return row

    def contact(self) -> Contact:
        """The contact as the fields now say (not saved)."""
        before = self._original.address
        typed = self.street.toPlainText().strip()
        if typed == "\n".join(p for p in (before.po_box, before.extended, before.street) if p):
            po_box, extended, street = before.po_box, before.extended, before.street
        else:
            po_box, extended, street = "", "", typed
        follow_ups = []
        for row in range(self.follow_ups.rowCount()):
            action_item = self.follow_ups.item(row, 0)
            due_item = self.follow_ups.item(row, 1)
            state = self.follow_ups.cellWidget(row, 2)
            action = action_item.text().strip() if action_item else ""
            if not action:
                continue
            before = action_item.data(_UID) or FollowUp(action)
            follow_ups.append(replace(before, action=action,
                                      due=due_item.text().strip() if due_item else "",
                                      state=state.currentText() if state else "open"))
        notes = [self.notes.item(i).data(_UID) for i in range(self.notes.count())]
        if self.new_note.toPlainText().strip():
            notes.append(DatedNote(self.new_note.toPlainText().strip()))
        return replace(
            self._original,
            full_name=self.full_name.text().strip(), given_name=self.given_name.text().strip(),
            family_name=self.family_name.text().strip(),
            organisation=self.organisation.text().strip(), role=self.role.text().strip(),
            website=self.website.text().strip(),
            address=Address(street=street, po_box=po_box, extended=extended,
                            city=self.city.text().strip(),
                            region=self.region.text().strip(),
                            postal_code=self.postal_code.text().strip(),
                            country=self.country.text().strip(),
                            kind=self._original.address.kind),
            emails=[Email(v, k) for v, k in self.emails.rows()],
            phones=[Phone(v, k) for v, k in self.phones.rows()],
            cluster_ids=[self.clusters.item(i).data(_UID) for i in range(self.clusters.count())],
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            met_where=self.met_where.text().strip(), met_when=self.met_when.text().strip(),
            met_by=self.met_by.text().strip(), priority=int(self.priority.currentData() or 0),
            follow_ups=follow_ups, notes=notes)

    # --- hints -----------------------------------------------------------------------------------

    def _phone_edited(self, item: QTableWidgetItem) -> None:
        """Show a number in international format as soon as it is understood."""
        if item.column() == 0 and item.text().strip():
            check = self._service.check_phone(item.text())
            if check.ok and check.international != item.text():
                self.phones.blockSignals(True)
                item.setText(check.international)
                self.phones.blockSignals(False)
        self.refresh_hints()

    def refresh_hints(self) -> None:
        hints = self._service.check(self.contact())
        by_field: dict[str, list[str]] = {}
        self._suggestions: dict[int, str] = {}
        for hint in hints:
            if hint.level != "warning":
                continue
            by_field.setdefault(hint.field, []).append(hint.message)
            if hint.field == "emails" and hint.suggestion:
                self._suggestions[hint.index] = hint.suggestion
        self.name_hint.setText("; ".join(by_field.get("name", [])))
        self.name_hint.setVisible(bool(self.name_hint.text()))
        self.email_hints.setText("\n".join(by_field.get("emails", [])))
        self.phone_hints.setText("\n".join(by_field.get("phones", [])))
        self.follow_up_hints.setText("\n".join(by_field.get("follow_ups", [])))
        self.apply_suggestions.setVisible(bool(self._suggestions))

    def hints(self) -> list[str]:
        """Every hint shown now (for tests and for the status line)."""
        return [text for label in (self.name_hint, self.email_hints, self.phone_hints,
                                   self.follow_up_hints)
                for text in label.text().splitlines() if text]

    def apply_email_suggestions(self) -> None:
        """Replace each flagged email by its suggested spelling."""
        rows = [r for r in range(self.emails.rowCount()) if self.emails.value(r).strip()]
        self.emails.blockSignals(True)
        for index, suggestion in self._suggestions.items():
            if index < len(rows):
                self.emails.set_value(rows[index], suggestion)
        self.emails.blockSignals(False)
        self.refresh_hints()

    # --- saving ----------------------------------------------------------------------------------

    def accept(self) -> None:
        contact = self.contact()
        try:
            self.saved_contact = self._service.save(contact)
        except AtlasError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.saved.emit(self.saved_contact)
        super().accept()
