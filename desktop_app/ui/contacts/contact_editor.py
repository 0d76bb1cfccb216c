"""The contact editor: a dialog whose checks help rather than block, and that never loses typing.

The dialog is a list of sections (`editor_sections.Section`), one per part of a contact: the
name (`editor_name.NameSection`: the full name and its parts), work and address,
emails and phones, the meeting and linked clusters, promised actions, notes. Each fills itself
from the contact and reads its fields back; the dialog only puts them in tabs, shows the
checker's hints (they never block saving: only a contact with nothing to know it by is refused)
and saves through the ContactsService, so that an error keeps it open with what was typed;
`saved_contact` is the result.

Escape in a cell editor closes the cell editor; closing the dialog with unsaved changes asks
(Save / Discard / Cancel, `EditorDialog`); Ctrl+Enter saves, keeping what is typed in an open cell.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AtlasError
from desktop_app.services.contacts import ContactsService
from desktop_app.ui.common.editor_dialog import EditorDialog
from desktop_app.ui.common.error_text import error_text
from desktop_app.ui.contacts.editor_follow_ups import FollowUpSection
from desktop_app.ui.contacts.editor_meeting import MeetingSection
from desktop_app.ui.contacts.editor_name import NameSection
from desktop_app.ui.contacts.editor_notes import NotesSection
from desktop_app.ui.contacts.editor_person import PersonSection
from desktop_app.ui.contacts.editor_reach import ReachSection
from desktop_app.ui.contacts.editor_sections import Section, align_labels
from desktop_app.userdata.models import Contact


class ContactEditorDialog(EditorDialog):
    """Edit one contact (or a new one). `saved` is emitted with the stored contact."""

    saved = Signal(object)

    def __init__(self, contacts: ContactsService, contact: Contact | None = None, parent=None,
                 *, cluster_choices: list[tuple[str, str]] | None = None) -> None:
        super().__init__(parent)
        self._service = contacts
        self._original = contact or Contact()
        self.saved_contact: Contact | None = None
        self.setWindowTitle(self.tr("Contact: {name}").format(name=self._original.display_name)
                            if contact else self.tr("New contact"))
        self.setMinimumWidth(640)
        self.name = NameSection(contacts.split_name)
        self.person = PersonSection()
        self.reach = ReachSection(contacts.check_phone)
        self.meeting = MeetingSection(cluster_choices or [])
        self.follow_ups = FollowUpSection()
        self.notes = NotesSection()
        self.sections: tuple[Section, ...] = (self.name, self.person, self.reach, self.meeting,
                                              self.follow_ups, self.notes)
        self._build()
        for section in self.sections:
            section.load(self._original)
            section.changed.connect(self.refresh_hints)
        self._loaded = self.contact()
        self.refresh_hints()
        self.name.focus()

    def _build(self) -> None:
        person = QWidget()
        column = QVBoxLayout(person)
        column.addWidget(self.name)
        column.addWidget(self.person)
        column.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the contact"))
        for page, title in ((person, self.tr("Person")), (self.reach, self.tr("Emails and phones")),
                            (self.meeting, self.tr("Meeting")),
                            (self.follow_ups, self.tr("Promised actions")),
                            (self.notes, self.tr("Notes"))):
            self.tabs.addTab(page, title)
        align_labels(self.tabs)
        self.buttons = self._lay_out(self.tabs, self.tr("Why the contact was not saved"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save the contact (Ctrl+Enter)"))

    # --- reading back ----------------------------------------------------------------------------

    def contact(self) -> Contact:
        """The contact as the fields now say (not saved)."""
        contact = self._original
        for section in self.sections:
            contact = section.read(contact)
        return contact

    def has_changes(self) -> bool:
        return self.contact() != self._loaded

    def link_cluster(self, cluster_id: str) -> None:
        self.meeting.link_cluster(cluster_id)

    def add_follow_up(self, follow_up=None) -> int:
        return self.follow_ups.add_follow_up(follow_up)

    # --- hints -----------------------------------------------------------------------------------

    def refresh_hints(self) -> None:
        contact = self.contact()
        by_field: dict[str, list[str]] = {}
        if not contact.display_name:  # nothing to know it by: said in the window's words
            by_field["name"] = [self.nameless_text()]
        suggestions: dict[int, str] = {}
        for hint in self._service.check(contact):
            if hint.level != "warning" or hint.field == "name":
                continue
            by_field.setdefault(hint.field, []).append(hint.message)
            if hint.field == "emails" and hint.suggestion:
                suggestions[hint.index] = hint.suggestion
        for section in self.sections:
            if section is self.reach:
                self.reach.show_hints(by_field, suggestions)
            else:
                section.show_hints(by_field)

    def nameless_text(self) -> str:
        return self.tr("add a name, an organisation, an email or a phone")

    def hints(self) -> list[str]:
        """Every hint shown now (for tests and for the status line)."""
        return [text for section in self.sections for text in section.hint_texts()]

    # --- saving ----------------------------------------------------------------------------------

    def accept(self) -> None:
        """Save (an open cell edit included); on an error stay open and say why."""
        self.reach.commit_edits()
        self.follow_ups.commit_edits()
        self.meeting.commit_edits()
        contact = self.contact()
        if not contact.display_name:
            self.show_error(self.tr("Not saved: a contact needs a name, an organisation, an "
                                    "email or a phone."))
            return
        try:
            self.saved_contact = self._service.save(contact)
        except AtlasError as exc:
            self.show_error(error_text(exc))
            return
        self.saved.emit(self.saved_contact)
        super().accept()
