"""The contact editor: phones shown in international format, mistyped emails flagged with a
suggestion, nothing blocked but an empty contact."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from desktop_app.services.contacts import ContactsService
from desktop_app.ui.contacts.contact_editor import ContactEditorDialog
from desktop_app.userdata.models import Contact, DatedNote, Email, FollowUp
from tests.user_fixtures import catalogue_file, cluster_ids  # noqa: F401


@pytest.fixture
def service(context):
    return ContactsService(context)


def test_a_new_contact_with_phones_emails_clusters_and_a_note(qtbot, service, cluster_ids):  # noqa: F811
    dialog = ContactEditorDialog(service, cluster_choices=[(cluster_ids[0], "First")])
    qtbot.addWidget(dialog)
    dialog.name.full_name.setText("Ana Ruiz")
    dialog.person.organisation.setText("CLAUT")
    phones, emails = dialog.reach.phones, dialog.reach.emails
    row = phones.add_row("", "mobile")
    phones.set_value(row, "81 1234 5678")  # typed the Mexican way
    assert phones.value(row) == "+52 81 1234 5678"
    emails.add_row("ana@claut.mx", "work")
    emails.set_value(0, "ana@claut.mx")
    dialog.link_cluster(cluster_ids[0])
    dialog.person.tags.setText("auto, mission 2024")
    dialog.add_follow_up(FollowUp("Send brochure", "2030-01-01"))
    dialog.notes.new_note.setPlainText("Met at the stand")
    with qtbot.waitSignal(dialog.saved) as signal:
        dialog.accept()
    saved = signal.args[0]
    assert saved == dialog.saved_contact
    assert [(p.number, p.kind) for p in saved.phones] == [("+52 81 1234 5678", "mobile")]
    assert [(e.address, e.kind) for e in saved.emails] == [("ana@claut.mx", "work")]
    assert saved.cluster_ids == [cluster_ids[0]] and saved.tags == ["auto", "mission 2024"]
    assert saved.follow_ups[0].due == "2030-01-01"
    assert saved.notes[0].text == "Met at the stand" and saved.notes[0].created_at


def test_a_mistyped_email_is_flagged_and_fixed_with_one_click(qtbot, service):
    dialog = ContactEditorDialog(service, Contact(full_name="Ana",
                                                  emails=[Email("ana@gmial.com")]))
    qtbot.addWidget(dialog)
    assert any("did you mean ana@gmail.com" in h for h in dialog.hints())
    assert dialog.reach.apply_suggestions.isEnabled()
    dialog.reach.apply_email_suggestions()
    assert dialog.reach.emails.value(0) == "ana@gmail.com"
    assert dialog.hints() == [] and not dialog.reach.apply_suggestions.isEnabled()


def test_warnings_do_not_block_saving(qtbot, service):
    dialog = ContactEditorDialog(service, Contact(full_name="Ana"))
    qtbot.addWidget(dialog)
    dialog.reach.emails.add_row("ana@gmail.con")
    dialog.reach.phones.add_row("12")
    dialog.refresh_hints()
    assert len(dialog.hints()) == 2
    dialog.accept()
    assert dialog.saved_contact.emails[0].address == "ana@gmail.con"
    assert dialog.saved_contact.phones[0].number == "12"


def test_an_empty_contact_stays_open_with_the_reason(qtbot, service):
    dialog = ContactEditorDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.hints() == ["add a name, an organisation, an email or a phone"]
    dialog.accept()
    assert dialog.saved_contact is None and not dialog.error_label.isHidden()
    assert "Not saved" in dialog.error_label.text()


def test_editing_keeps_what_the_fields_do_not_show(qtbot, service):
    stored = service.save(Contact(full_name="Ana", photo=b"\xff\xd8\xffdata",
                                  photo_type="jpeg", notes=[DatedNote("old note")],
                                  follow_ups=[FollowUp("Call", "2030-01-01")]))
    dialog = ContactEditorDialog(service, stored)
    qtbot.addWidget(dialog)
    assert not dialog.has_changes()
    dialog.person.role.setText("Buyer")
    dialog.accept()
    again = service.get(stored.uid)
    assert again.role == "Buyer" and again.photo == stored.photo
    assert again.notes == stored.notes and again.follow_ups == stored.follow_ups
    assert again.created_at == stored.created_at
