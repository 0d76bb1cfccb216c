"""The contact editor's structured name: the parts fill from a full name typed into a new contact,
the full name follows the parts unless typed by hand, a stored full name alone shows its split as
a suggestion (stored only when saved), and what the editor saves is what a vCard's N says."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.services.contacts import ContactsService
from desktop_app.ui.contacts.contact_editor import ContactEditorDialog
from desktop_app.userdata.models import Contact
from tests.user_fixtures import catalogue_file  # noqa: F401


@pytest.fixture
def service(context):
    return ContactsService(context)


def type_into(field: QLineEdit, text: str, *, replace: bool = False) -> None:
    """Type as a person does, one key at a time (QTest's key clicks know ASCII only)."""
    field.setFocus()
    if replace:
        field.selectAll()
    for char in text:
        QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, 0,
                                                Qt.KeyboardModifier.NoModifier, char))


def open_editor(qtbot, service, contact=None) -> ContactEditorDialog:
    dialog = ContactEditorDialog(service, contact)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # so that the keyboard focus is in it
    return dialog


def parts(dialog) -> tuple[str, str, str, str, str]:
    name = dialog.name
    return (name.prefix.text(), name.given_name.text(), name.middle_name.text(),
            name.family_name.text(), name.suffix.text())


def vcard_n_line(service, contact) -> str:
    text = service.export_bytes("vcf", [contact]).decode("utf-8")
    (line,) = [ln for ln in text.splitlines() if ln.startswith("N:")]
    return line


def test_a_full_name_typed_into_a_new_contact_fills_the_parts_and_reaches_the_vcard(qtbot,
                                                                                   service):
    dialog = open_editor(qtbot, service)
    type_into(dialog.name.full_name, "María Fernanda Garza Treviño")
    # two surnames only where the source says so: the split takes one, and says to check
    assert parts(dialog) == ("", "María Fernanda Garza", "", "Treviño", "")
    assert dialog.name.note.text() == dialog.name.filled_note()
    type_into(dialog.name.family_name, "Garza Treviño", replace=True)
    assert parts(dialog) == ("", "María Fernanda", "", "Garza Treviño", "")  # given follows
    assert dialog.name.full_name.text() == "María Fernanda Garza Treviño"  # typed: kept
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    stored = service.get(dialog.saved_contact.uid)
    assert (stored.full_name, stored.given_name, stored.family_name) == (
        "María Fernanda Garza Treviño", "María Fernanda", "Garza Treviño")
    assert vcard_n_line(service, stored) == "N:Garza Treviño;María Fernanda;;;"


def test_every_part_goes_to_its_place_in_n(qtbot, service):
    dialog = open_editor(qtbot, service)
    name = dialog.name
    assert name.more.isVisibleTo(dialog) and not name.prefix.isVisibleTo(dialog)
    name.more.click()
    assert name.prefix.isVisibleTo(dialog) and name.suffix.isVisibleTo(dialog)
    for field, text in ((name.prefix, "Dr."), (name.given_name, "José"),
                        (name.middle_name, "Luis"), (name.family_name, "de la Garza"),
                        (name.suffix, "PhD")):
        type_into(field, text)
    assert name.full_name.text() == "Dr. José Luis de la Garza PhD"  # followed the parts
    dialog.accept()
    assert vcard_n_line(service, dialog.saved_contact) == "N:de la Garza;José;Luis;Dr.;PhD"


def test_the_full_name_follows_the_parts_until_typed_by_hand(qtbot, service):
    dialog = open_editor(qtbot, service)
    name = dialog.name
    type_into(name.given_name, "Ana")
    type_into(name.family_name, "Ruiz")
    assert name.full_name.text() == "Ana Ruiz" and name.follows_parts
    assert name.note.text() == "" and not name.from_parts.isVisibleTo(dialog)
    type_into(name.full_name, "Anita Ruiz", replace=True)
    assert not name.follows_parts
    type_into(name.family_name, "Ruiz López", replace=True)
    assert name.full_name.text() == "Anita Ruiz"  # the user's own, never rewritten
    assert parts(dialog) == ("", "Ana", "", "Ruiz López", "")  # typed parts stay as typed
    assert name.from_parts.isVisibleTo(dialog)
    name.from_parts.click()
    assert name.full_name.text() == "Ana Ruiz López" and name.follows_parts
    type_into(name.given_name, "Ana María", replace=True)
    assert name.full_name.text() == "Ana María Ruiz López"


def test_a_title_typed_in_the_full_name_opens_the_more_fields(qtbot, service):
    dialog = open_editor(qtbot, service)
    type_into(dialog.name.full_name, "Dra. Ana López")
    assert parts(dialog) == ("Dra.", "Ana", "", "López", "")
    assert dialog.name.prefix.isVisibleTo(dialog)  # nothing filled in out of sight
    dialog.name.more.click()  # closed again: the button says what it hides
    assert not dialog.name.prefix.isVisibleTo(dialog)
    assert dialog.name.more.text() == "More name fields (Dra.)"


def test_clearing_the_full_name_clears_the_parts_it_filled_only(qtbot, service):
    dialog = open_editor(qtbot, service)
    type_into(dialog.name.full_name, "Luis Garza")
    type_into(dialog.name.given_name, "Luis Alberto", replace=True)
    dialog.name.full_name.selectAll()
    qtbot.keyClick(dialog.name.full_name, Qt.Key.Key_Delete)
    assert parts(dialog) == ("", "Luis Alberto", "", "", "")
    type_into(dialog.name.family_name, "Garza")  # follows the parts again
    assert dialog.name.full_name.text() == "Luis Alberto Garza"


def test_a_stored_full_name_alone_shows_its_parts_as_a_suggestion_stored_only_on_save(
        qtbot, service):
    stored = service.save(Contact(full_name="Luis Ortega Ruiz", organisation="CLAUT"))
    dialog = open_editor(qtbot, service, stored)
    assert parts(dialog) == ("", "Luis Ortega", "", "Ruiz", "")
    assert dialog.name.note.text() == dialog.name.suggested_note()
    assert not dialog.has_changes()  # closing asks nothing, and stores nothing
    dialog.reject()
    assert (service.get(stored.uid).given_name, service.get(stored.uid).family_name) == ("", "")
    dialog = open_editor(qtbot, service, stored)
    type_into(dialog.name.family_name, "Ortega Ruiz", replace=True)
    assert dialog.name.given_name.text() == "Luis"
    assert dialog.name.full_name.text() == "Luis Ortega Ruiz"
    dialog.accept()
    again = service.get(stored.uid)
    assert (again.full_name, again.given_name, again.family_name) == (
        "Luis Ortega Ruiz", "Luis", "Ortega Ruiz")


def test_stored_parts_are_kept_and_a_matching_full_name_follows_them(qtbot, service):
    ana = service.save(Contact(full_name="Ana Ruiz", given_name="Ana", family_name="Ruiz",
                               name_prefix="Lic."))
    dialog = open_editor(qtbot, service, ana)
    assert parts(dialog) == ("Lic.", "Ana", "", "Ruiz", "") and dialog.name.note.text() == ""
    assert dialog.name.prefix.isVisibleTo(dialog)  # a stored prefix is shown
    assert not dialog.has_changes()
    type_into(dialog.name.family_name, "Ruiz Soto", replace=True)
    # "Ana Ruiz" was not the parts joined ("Lic. Ana Ruiz"): it is the user's own
    assert dialog.name.full_name.text() == "Ana Ruiz"
    bea = service.save(Contact(full_name="Bea Soto", given_name="Bea", family_name="Soto"))
    dialog = open_editor(qtbot, service, bea)
    type_into(dialog.name.family_name, "Soto Paz", replace=True)
    assert dialog.name.full_name.text() == "Bea Soto Paz"


def test_a_contact_stored_with_parts_and_no_full_name_shows_them_joined(qtbot, service):
    carlos = service.save(Contact(given_name="Carlos", family_name="Núñez"))
    dialog = open_editor(qtbot, service, carlos)
    assert dialog.name.full_name.text() == "Carlos Núñez" and not dialog.has_changes()


def test_tab_goes_from_a_typed_full_name_to_the_organisation(qtbot, service):
    """Type the full name, Tab, the organisation: the organisation does not land in Given name
    (the parts filled in from the full name are no Tab stops); Alt+G still reaches them."""
    dialog = open_editor(qtbot, service)
    name = dialog.name
    type_into(name.full_name, "Lucía Fernández")
    qtbot.keyClick(name.full_name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.person.organisation
    qtbot.keyClicks(dialog.person.organisation, "CLAUT")
    assert (name.given_name.text(), name.family_name.text()) == ("Lucía", "Fernández")
    assert dialog.person.organisation.text() == "CLAUT"
    qtbot.keyClick(dialog.person.organisation, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is name.given_name


def test_tab_goes_through_the_name_parts_once_they_are_the_users(qtbot, service):
    dialog = open_editor(qtbot, service)
    name = dialog.name
    for field, text in ((name.prefix, "Dra."), (name.given_name, "Ana María"),
                        (name.middle_name, "Luisa"), (name.family_name, "López"),
                        (name.suffix, "PhD")):
        name.more.setChecked(True)
        type_into(field, text, replace=True)
    type_into(name.full_name, "Ana López", replace=True)  # by hand: "From parts" shows
    name.full_name.setFocus()
    order = [name.full_name]
    for _ in range(7):
        qtbot.keyClick(order[-1], Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [name.full_name, name.from_parts, name.given_name, name.family_name,
                     name.more, name.prefix, name.middle_name, name.suffix]
    qtbot.keyClick(name.more, Qt.Key.Key_Space)  # closes them: Tab skips what is hidden
    name.family_name.setFocus()
    qtbot.keyClick(name.family_name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is name.more
    qtbot.keyClick(name.more, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.person.organisation
