"""The Contacts tab in Spanish: the list and "Pendientes", the contact editor (its
labels lined up whatever their length, kinds and states in words while the stored values stay
as the address books write them), the import preview, the deleted contacts; nothing cut.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.services.contact_import import ContactImportService
from desktop_app.services.contacts import ContactsService
from desktop_app.ui.common.editor_dialog import ask_discard_changes  # before conftest stands in
from desktop_app.ui.contacts.contact_editor import ContactEditorDialog
from desktop_app.ui.contacts.contacts_view import ContactsView
from desktop_app.ui.contacts.deleted_contacts_dialog import DeletedContactsDialog
from desktop_app.ui.contacts.editor_follow_ups import STATE
from desktop_app.ui.contacts.editor_sections import FORM_LABEL
from desktop_app.ui.contacts.import_preview import ImportPreviewDialog
from desktop_app.userdata.models import Contact, Email, FollowUp, Phone
from tests.ui.spanish import cut_texts

YESTERDAY = (dt.date.today() - dt.timedelta(days=1)).isoformat()


@pytest.fixture
def service(context):
    return ContactsService(context)


def test_the_contacts_tab_and_its_agenda_in_spanish(spanish, qtbot, context, service):
    service.save(Contact(full_name="Fernanda Garza", organisation="CLAUT",
                         follow_ups=[FollowUp("Enviar la presentación", YESTERDAY)]))
    service.save(Contact(full_name="Jorge Ramírez", emails=[Email("jorge@example.mx")],
                         organisation="Consejo Estatal de Desarrollo Económico de Nuevo León",
                         role="Coordinadora de Proyectos Internacionales", tags=["automotriz"],
                         priority=3, phones=[Phone("+52 81 8000 1234"), Phone("+52 1 81 3333 4444")]))
    view = ContactsView(context, cluster_choices=[])
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitExposed(view)
    assert [view.tabs.tabText(i) for i in range(2)] == ["Contactos", "Pendientes (1)"]
    assert view.status.text() == "2 contactos"
    assert view.listing.due_only.text() == "Seguimiento en los próximos 7 días"
    assert [view.new_button.text(), view.deleted_button.text()] == ["Nuevo…", "Eliminados…"]
    assert cut_texts(view) == []
    header = view.listing.table.horizontalHeader()  # no column narrower than its header
    assert [c for c in range(header.count())
            if header.sectionSize(c) < header.sectionSizeHint(c)] == []
    view.show_follow_ups()
    agenda = view.follow_ups.model
    assert agenda.index(0, 0).data() == "Vencidos · 1"
    assert agenda.headerData(0, Qt.Orientation.Horizontal) == "Fecha límite"
    assert cut_texts(view) == []


def test_the_contact_editor_in_spanish_keeps_the_stored_words(spanish, qtbot, service):
    dialog = ContactEditorDialog(service, Contact(
        full_name="Fernanda Garza", phones=[Phone("+52 81 8000 1234", "work fax")],
        follow_ups=[FollowUp("Llamar", "2030-01-15")], priority=3))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Contacto: Fernanda Garza"
    assert [dialog.tabs.tabText(i) for i in range(5)] == [
        "Persona", "Correos y teléfonos", "Encuentro", "Compromisos", "Notas"]
    labels = [w for w in dialog.findChildren(QLabel) if w.property(FORM_LABEL)]
    assert "Nombre completo" in [label.text() for label in labels]
    assert len({label.minimumWidth() for label in labels}) == 1  # every form lines up
    assert all(label.minimumWidth() >= label.sizeHint().width() for label in labels)
    assert dialog.reach.phones.cellWidget(0, 1).currentText() == "fax del trabajo"
    assert dialog.follow_ups.table.cellWidget(0, STATE).currentText() == "pendiente"
    assert dialog.person.priority.currentText() == "Alta"
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert cut_texts(dialog) == []
    contact = dialog.contact()
    assert (contact.phones[0].kind, contact.follow_ups[0].state, contact.priority) == (
        "work fax", "open", 3)


def test_closing_the_editor_with_typing_asks_in_spanish(spanish, qtbot, service, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def answer(box: QMessageBox):
        asked.append((box.windowTitle(), box.text(), box.informativeText(),
                      [b.text().replace("&", "") for b in box.buttons()]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    dialog = ContactEditorDialog(service)
    qtbot.addWidget(dialog)
    dialog.ask_discard = ask_discard_changes  # the real question, its box answered above
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.full_name.setText("Fernanda Garza")
    dialog.reject()  # Escape
    ((title, text, informative, buttons),) = asked
    assert (title, text) == ("Cambios sin guardar", "¿Descartar los cambios?")
    assert informative.startswith("Lo que escribió todavía no está guardado.")
    assert "Guardar" in buttons and "Cancelar" in buttons
    assert dialog.isVisible() and dialog.name.full_name.text() == "Fernanda Garza"  # Cancel


def test_a_contact_with_nothing_to_know_it_by_is_refused_in_spanish(spanish, qtbot, service):
    dialog = ContactEditorDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.hints() == ["agregue un nombre, una organización, un correo o un teléfono"]
    dialog.accept()
    assert dialog.error_label.text().startswith("No se guardó: un contacto necesita un nombre")
    assert service.count() == 0


def test_the_import_preview_in_spanish(spanish, qtbot, context, service):
    service.save(Contact(full_name="Ana Ruiz", emails=[Email("ana@example.mx")]))
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz Soto\r\nEMAIL:ana@example.mx\r\n"
            b"END:VCARD\r\n# exportado a mano\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Beto\r\nEND:VCARD\r\n")
    plan = ContactImportService(context).preview_bytes(data, "vcf", "nuevos.vcf")
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Importar nuevos.vcf"
    assert dialog.summary.text() == (
        "2 contactos en el archivo: por agregar: 1, por combinar: 1, por omitir: 0. "
        "Probablemente ya tiene a 1 de estas personas (decida fila por fila). 1 línea del "
        "archivo se dejó fuera: vea Líneas omitidas.")
    assert dialog.encoding.text() == "Se leyó como UTF-8 (codificación detectada)."
    assert dialog.table.item(0, 3).text() == (
        "Probablemente es Ana Ruiz (mismo correo ana@example.mx)")
    assert dialog.table.cellWidget(0, 4).currentText() == "Combinar"
    assert dialog.skipped_toggle.text() == "Líneas omitidas (1)"
    assert dialog.skipped.item(0, 1).text() == "un comentario"
    assert cut_texts(dialog) == []


def test_the_deleted_contacts_in_spanish(spanish, qtbot, context, service):
    for name in ("Ana Ruiz", "Beto Gómez"):
        service.delete(service.save(Contact(full_name=name)).uid)
    dialog = DeletedContactsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Contactos eliminados"
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Nombre", "Organización", "Eliminado", "Notas", "Seguimientos"]
    assert dialog.table.item(0, 2).text().startswith("hoy ")
    dialog.table.selectAll()
    assert dialog.restore_button.text() == "Restaurar 2"
    qtbot.wait(10)  # the buttons laid out again for the longer text
    assert cut_texts(dialog) == []
