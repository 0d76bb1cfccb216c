"""The contact editor's "Emails and phones" tab: two tables of a value and its kind.

Phone numbers are read with the phonenumbers library (through the service's `check_phone`,
default region Mexico) and rewritten in international format as soon as they are understood; a
mistyped email is flagged with a suggestion ("did you mean ana@gmail.com?") that one click
applies. "Add" puts the cursor into the new row, so that typing goes into it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.ui.contacts.editor_sections import Section, hint_label, label_lines
from desktop_app.ui.contacts.editor_table import EditorTable, button_row
from desktop_app.userdata.models import Contact, Email, Phone

EMAIL_KINDS = ("", "work", "home", "other")
PHONE_KINDS = ("", "mobile", "work", "home", "main", "fax", "work fax", "home fax", "pager",
               "assistant", "other")


def kind_text(kind: str) -> str:
    """An email's or phone's kind in words (the stored kind stays as it is: 'work', 'mobile';
    a kind of the user's own is shown as typed)."""
    words = {
        "work": QCoreApplication.translate("editor_reach", "work"),
        "home": QCoreApplication.translate("editor_reach", "home"),
        "other": QCoreApplication.translate("editor_reach", "other"),
        "mobile": QCoreApplication.translate("editor_reach", "mobile"),
        "main": QCoreApplication.translate("editor_reach", "main"),
        "fax": QCoreApplication.translate("editor_reach", "fax"),
        "work fax": QCoreApplication.translate("editor_reach", "work fax"),
        "home fax": QCoreApplication.translate("editor_reach", "home fax"),
        "pager": QCoreApplication.translate("editor_reach", "pager"),
        "assistant": QCoreApplication.translate("editor_reach", "assistant"),
    }
    return words.get(kind, kind)


class KindTable(EditorTable):
    """Two columns: a value and its kind (an editable combo: a known kind, shown in words, or
    the user's own). `kind_name` names a row's kind for assistive technology ('Kind of email
    {number}')."""

    def __init__(self, value_title: str, name: str, kind_name: str, kinds: tuple[str, ...],
                 parent=None) -> None:
        super().__init__([value_title, QCoreApplication.translate("editor_reach", "Kind")],
                         name, parent)
        self._kinds = kinds
        self._kind_name = kind_name
        widest = max(self.fontMetrics().horizontalAdvance(kind_text(k)) for k in kinds)
        self.setColumnWidth(1, widest + 48)  # the longest kind whole, beside the combo's arrow

    def add_row(self, value: str = "", kind: str = "") -> int:
        row = self.rowCount()
        with QSignalBlocker(self):
            self.insertRow(row)
            self.setItem(row, 0, QTableWidgetItem(value))
        combo = QComboBox()
        combo.setEditable(True)
        for known in self._kinds:
            combo.addItem(kind_text(known), known)
        combo.setCurrentText(kind_text(kind))
        combo.setAccessibleName(self._kind_name.format(number=row + 1))
        self.setCellWidget(row, 1, combo)
        return row

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            combo = self.cellWidget(row, 1)
            value = item.text().strip() if item else ""
            if value:
                out.append((value, self._kind_of(combo) if combo else ""))
        return out

    @staticmethod
    def _kind_of(combo: QComboBox) -> str:
        """The kind chosen: a known one by its stored name, else the text typed."""
        text = combo.currentText().strip()
        at = combo.findText(text)
        return combo.itemData(at) if at >= 0 else text

    def value(self, row: int) -> str:
        item = self.item(row, 0)
        return item.text() if item else ""

    def set_value(self, row: int, text: str) -> None:
        item = self.item(row, 0)
        if item is not None:
            item.setText(text)


class ReachSection(Section):
    """Emails and phones, with the checker's hints under each table."""

    def __init__(self, check_phone: Callable, parent=None) -> None:
        super().__init__(parent)
        self._check_phone = check_phone
        self._suggestions: dict[int, str] = {}
        self.emails = KindTable(self.tr("Email"), self.tr("Emails"),
                                self.tr("Kind of email {number}"), EMAIL_KINDS)
        self.phones = KindTable(self.tr("Phone"), self.tr("Phones"),
                                self.tr("Kind of phone {number}"), PHONE_KINDS)
        self.email_hints = hint_label()
        self.phone_hints = hint_label()
        self.email_hints.setAccessibleName(self.tr("Email hints"))
        self.phone_hints.setAccessibleName(self.tr("Phone hints"))
        self.apply_suggestions = QPushButton(self.tr("Use the suggested addresses"))
        self.apply_suggestions.setAccessibleName(self.tr("Use the suggested email addresses"))
        self.apply_suggestions.clicked.connect(self.apply_email_suggestions)
        self.apply_suggestions.setEnabled(False)
        layout = QVBoxLayout(self)
        for title, table, hint, extra, add_name, remove_name in (
                (self.tr("Emails"), self.emails, self.email_hints, self.apply_suggestions,
                 self.tr("Add email"), self.tr("Remove the selected emails")),
                (self.tr("Phones"), self.phones, self.phone_hints, None,
                 self.tr("Add phone"), self.tr("Remove the selected phones"))):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(table, 1)
            add, remove = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
            add.setAccessibleName(add_name)
            remove.setAccessibleName(remove_name)
            add.clicked.connect(lambda _=False, t=table: t.edit_row(t.add_row()))
            remove.clicked.connect(lambda _=False, t=table: (t.remove_selected(),
                                                            self.changed.emit()))
            inner.addLayout(button_row(add, remove, *([extra] if extra is not None else [])))
            inner.addWidget(hint)
            layout.addWidget(box)
        self.emails.itemChanged.connect(lambda _item: self.changed.emit())
        self.phones.itemChanged.connect(self._phone_edited)

    def load(self, contact: Contact) -> None:
        for e in contact.emails:
            self.emails.add_row(e.address, e.kind)
        for p in contact.phones:
            self.phones.add_row(p.number, p.kind)

    def read(self, contact: Contact) -> Contact:
        return replace(contact, emails=[Email(v, k) for v, k in self.emails.rows()],
                       phones=[Phone(v, k) for v, k in self.phones.rows()])

    def commit_edits(self) -> None:
        self.emails.commit_edit()
        self.phones.commit_edit()

    def _phone_edited(self, item: QTableWidgetItem) -> None:
        """Show a number in international format as soon as it is understood."""
        if item.column() == 0 and item.text().strip():
            check = self._check_phone(item.text())
            if check.ok and check.international != item.text():
                with QSignalBlocker(self.phones):
                    item.setText(check.international)
        self.changed.emit()

    def show_hints(self, hints: dict[str, list[str]],
                   suggestions: dict[int, str] | None = None) -> None:
        self.email_hints.setText("\n".join(hints.get("emails", [])))
        self.phone_hints.setText("\n".join(hints.get("phones", [])))
        self._suggestions = dict(suggestions or {})
        self.apply_suggestions.setEnabled(bool(self._suggestions))

    def hint_texts(self) -> list[str]:
        return label_lines(self.email_hints) + label_lines(self.phone_hints)

    def apply_email_suggestions(self) -> None:
        """Replace each flagged email by its suggested spelling."""
        rows = [r for r in range(self.emails.rowCount()) if self.emails.value(r).strip()]
        with QSignalBlocker(self.emails):
            for index, suggestion in self._suggestions.items():
                if index < len(rows):
                    self.emails.set_value(rows[index], suggestion)
        self.changed.emit()
