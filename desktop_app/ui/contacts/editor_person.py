"""The contact editor's Person tab: the name (a section of its own, so that structured names can
come in without touching the rest), then work, address, tags and priority."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop_app.ui.contacts.editor_sections import (
    Section,
    add_row,
    heading,
    hint_label,
    label_lines,
)
from desktop_app.userdata.models import PRIORITIES, Address, Contact


def _line(name: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(name)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


class NameSection(Section):
    """How the person is called: the name as shown, and its given and family parts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.full_name = _line("Name", "as you would write it on a letter")
        self.given_name = _line("Given name")
        self.family_name = _line("Family name")
        self.hint = hint_label()
        self.hint.setAccessibleName("Name hint")
        form = QFormLayout()
        add_row(form, "Name", self.full_name)
        add_row(form, "Given name", self.given_name)
        add_row(form, "Family name", self.family_name)
        form.addRow("", self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Name"))
        layout.addLayout(form)
        for field in (self.full_name, self.given_name, self.family_name):
            field.textChanged.connect(self.changed)

    def load(self, contact: Contact) -> None:
        self.full_name.setText(contact.full_name)
        self.given_name.setText(contact.given_name)
        self.family_name.setText(contact.family_name)

    def read(self, contact: Contact) -> Contact:
        return replace(contact, full_name=self.full_name.text().strip(),
                       given_name=self.given_name.text().strip(),
                       family_name=self.family_name.text().strip())

    def show_hints(self, hints: dict[str, list[str]]) -> None:
        self.hint.setText("; ".join(hints.get("name", [])))

    def hint_texts(self) -> list[str]:
        return label_lines(self.hint)

    def focus(self) -> None:
        self.full_name.setFocus()


class PersonSection(Section):
    """Organisation, role, website, postal address, tags and priority."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.organisation = _line("Organisation")
        self.role = _line("Role")
        self.website = _line("Website", "https://")
        self.street = QPlainTextEdit()
        self.street.setAccessibleName("Street")
        self.street.setTabChangesFocus(True)
        self.street.setFixedHeight(self.street.fontMetrics().lineSpacing() * 2 + 12)
        self.city = _line("City")
        self.region = _line("State or region")
        self.postal_code = _line("Postal code")
        self.country = _line("Country")
        self.tags = _line("Tags", "comma-separated, e.g. automotive, mission 2024")
        self.priority = QComboBox()
        self.priority.setAccessibleName("Priority")
        for number, name in PRIORITIES.items():
            self.priority.addItem(name.capitalize() or "—", number)
        work = QFormLayout()
        add_row(work, "Organisation", self.organisation)
        add_row(work, "Role", self.role)
        add_row(work, "Website", self.website)
        add_row(work, "Tags", self.tags)
        add_row(work, "Priority", self.priority)
        address = QFormLayout()
        add_row(address, "Street", self.street)
        add_row(address, "City", self.city)
        add_row(address, "State / region", self.region)
        add_row(address, "Postal code", self.postal_code)
        add_row(address, "Country", self.country)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Work"))
        layout.addLayout(work)
        layout.addWidget(heading("Address"))
        layout.addLayout(address)
        self.organisation.textChanged.connect(self.changed)  # a name for the contact too

    def load(self, c: Contact) -> None:
        self.organisation.setText(c.organisation)
        self.role.setText(c.role)
        self.website.setText(c.website)
        self.street.setPlainText(self._street_of(c.address))
        self.city.setText(c.address.city)
        self.region.setText(c.address.region)
        self.postal_code.setText(c.address.postal_code)
        self.country.setText(c.address.country)
        self.tags.setText(", ".join(c.tags))
        self.priority.setCurrentIndex(max(self.priority.findData(c.priority), 0))

    @staticmethod
    def _street_of(address: Address) -> str:
        return "\n".join(p for p in (address.po_box, address.extended, address.street) if p)

    def read(self, contact: Contact) -> Contact:
        before = contact.address
        typed = self.street.toPlainText().strip()
        if typed == self._street_of(before):  # the parts the field joins stay as they were
            po_box, extended, street = before.po_box, before.extended, before.street
        else:
            po_box, extended, street = "", "", typed
        return replace(
            contact, organisation=self.organisation.text().strip(),
            role=self.role.text().strip(), website=self.website.text().strip(),
            address=Address(street=street, po_box=po_box, extended=extended,
                            city=self.city.text().strip(), region=self.region.text().strip(),
                            postal_code=self.postal_code.text().strip(),
                            country=self.country.text().strip(), kind=before.kind),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            priority=int(self.priority.currentData() or 0))
