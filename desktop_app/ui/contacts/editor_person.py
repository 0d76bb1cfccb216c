"""The contact editor's Person tab below the name (`editor_name.NameSection`): work, address, tags
and priority."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop_app.ui.contacts.contacts_table_model import priority_text
from desktop_app.ui.contacts.editor_sections import Section, add_row, heading, line_field
from desktop_app.userdata.models import PRIORITIES, Address, Contact


class PersonSection(Section):
    """Organisation, role, website, postal address, tags and priority."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.organisation = line_field(self.tr("Organisation"))
        self.role = line_field(self.tr("Role"))
        self.website = line_field(self.tr("Website"), "https://")
        self.street = QPlainTextEdit()
        self.street.setAccessibleName(self.tr("Street"))
        self.street.setTabChangesFocus(True)
        self.street.setFixedHeight(self.street.fontMetrics().lineSpacing() * 2 + 12)
        self.city = line_field(self.tr("City"))
        self.region = line_field(self.tr("State or region"))
        self.postal_code = line_field(self.tr("Postal code"))
        self.country = line_field(self.tr("Country"))
        self.tags = line_field(self.tr("Tags"), self.tr("comma-separated, e.g. automotive, "
                                                        "mission 2024"))
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        for number in PRIORITIES:
            self.priority.addItem(priority_text(number) or "—", number)
        work = QFormLayout()
        add_row(work, self.tr("Organisation"), self.organisation)
        add_row(work, self.tr("Role"), self.role)
        add_row(work, self.tr("Website"), self.website)
        add_row(work, self.tr("Tags"), self.tags)
        add_row(work, self.tr("Priority"), self.priority)
        address = QFormLayout()
        add_row(address, self.tr("Street"), self.street)
        add_row(address, self.tr("City"), self.city)
        add_row(address, self.tr("State / region"), self.region)
        add_row(address, self.tr("Postal code"), self.postal_code)
        add_row(address, self.tr("Country"), self.country)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Work")))
        layout.addLayout(work)
        layout.addWidget(heading(self.tr("Address")))
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
