"""The Missions tab in Spanish, as a Mexican cluster manager reads it: buttons, the agenda's
headers and days, clocks and conflicts worded in Spanish, the meeting editor's line under the
time, the booklet's dialog (whose language starts as the window's), and nothing cut at 1280x800.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from desktop_app.missions.zones import MEXICO_ZONES
from desktop_app.services.agenda import AgendaService
from desktop_app.services.missions import MissionsService
from desktop_app.ui.missions.agenda_model import CLOCK, FLAG, STATUS, TIME
from desktop_app.ui.missions.booklet_dialog import BookletDialog
from desktop_app.ui.missions.meeting_dialog import MeetingDialog
from desktop_app.ui.missions.meeting_when import WhenSection
from desktop_app.ui.missions.mission_services import MissionServices
from tests.ui.missions_helpers import MONTERREY, TIJUANA, agenda_texts, meeting, open_tab
from tests.ui.spanish import cut_texts


def trip(context):
    """'Norte, julio': 14-18 July 2025 from Madrid, two members, two clusters, two meetings on
    the 15th too close to fly between (a conflict for Ana)."""
    missions = MissionsService(context)
    mission = missions.create("Norte, julio", start="2025-07-14", end="2025-07-18",
                              home_tz="Europe/Madrid")
    missions.add_member(mission.id, "Ana García", organisation="Cluster Auto Spain")
    missions.add_member(mission.id, "Ben Jones")
    missions.add_clusters(mission.id, [MONTERREY, TIJUANA])
    agenda = AgendaService(context, missions)
    agenda.add_meeting(mission.id, "2025-07-15 10:00", cluster_ids=[MONTERREY])
    agenda.add_meeting(mission.id, "2025-07-15 12:00", cluster_ids=[TIJUANA],
                       members=["Ana García"])
    return missions.get(mission.id)


@pytest.fixture
def tab(spanish, make_window, qtbot):
    window, view, stand_ins = open_tab(make_window, qtbot)
    window.resize(1280, 800)
    mission = trip(window.browse_context)
    view.show_mission(mission.id)
    return window, view, stand_ins, mission


def test_the_missions_tab_says_everything_in_spanish(tab):
    window, view, _stand_ins, _mission = tab
    pages = window.pages
    assert pages.tabText(pages.indexOf(window.missions.page)) == "Misiones"
    assert view.new_button.text() == "&Nueva misión…"
    agenda, detail = view.detail.agenda, view.detail
    assert agenda.new_button.text() == "Nueva &reunión…"
    assert agenda.done_button.text() == "Marcar como reali&zada…"
    assert agenda.home_toggle.text() == "Mostrar la hora de &origen (Madrid)"
    assert [detail.tabs.tabText(i) for i in range(3)] == [
        "A&genda", "&Delegación (2)", "C&lústeres por visitar (2)"]
    assert [b.text() for b in detail.file_buttons.values()] == [
        "E&xportar calendario (.ics)…", "Im&portar calendario…", "Carpeta &informativa…",
        "In&forme…"]
    assert detail.facts.text().startswith("14–18 de julio de 2025 · ")
    assert detail.facts.text().endswith("Zona de origen: Madrid (Europe/Madrid)")
    model = agenda.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["", "Hora", "Zona horaria", "Hora de Madrid", "Reunión", "Clústeres",
                       "Quién", "Lugar", "Estado"]
    headings = [model.index(r, 0).data() for r in model.heading_rows()]
    assert headings[:2] == ["lunes, 14 de julio de 2025 · todavía sin reuniones",
                            "martes, 15 de julio de 2025 · 2 reuniones"]
    assert agenda_texts(view, TIME) == ["10:00–11:00", "12:00–13:00"]
    assert agenda_texts(view, CLOCK) == ["Monterrey · UTC-6", "Tijuana · UTC-7"]
    assert agenda_texts(view, STATUS) == ["Por confirmar", "Por confirmar"]
    assert agenda.summary.text().startswith("⚠ 1 conflicto, señalado en la agenda (no impide "
                                            "nada):\n   • Traslado: solo 2 h 00 entre #1")
    assert agenda.summary.text().endswith(
        "Se señala: la misma persona en dos reuniones a la vez, o menos de 3 h entre reuniones "
        "en ciudades distintas.")
    row = model.row_of(2)
    assert model.index(row, FLAG).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Traslado: solo 2 h 00 después de “Meeting with CLAUT”")


def test_the_missions_tab_cuts_nothing_in_spanish_at_1280_by_800(tab, qtbot):
    window, view, _stand_ins, _mission = tab
    window.show()
    for index in range(view.detail.tabs.count()):
        view.detail.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        assert cut_texts(window.missions.page) == []


def test_the_meeting_editor_says_when_and_where_in_spanish(tab, qtbot):
    window, view, _stand_ins, mission = tab
    dialog = MeetingDialog(MissionServices(window.browse_context), mission, parent=view,
                           cluster_id=TIJUANA)
    qtbot.addWidget(dialog)
    meeting("2025-07-16 10:00", clusters=[TIJUANA])(dialog)
    assert dialog.windowTitle() == "Nueva reunión de Norte, julio"
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "&Reunión", "&Personas", "Despué&s de la reunión"]
    assert dialog.when.resolved.text() == (
        "mié 16 jul 2025, 10:00–11:00, hora de Tijuana (UTC-7) · 19:00–20:00 en Madrid")
    assert dialog.when.status.currentText() == "Por confirmar"
    dialog.show()
    qtbot.waitExposed(dialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert cut_texts(dialog) == []
    dialog.accept()  # no title typed: the meeting is named in the window's language
    assert dialog.saved.meeting.title == "Reunión con Aerospace Alliance of Baja California, A.C"


def test_the_booklet_dialog_starts_in_the_window_s_language(spanish, qtbot):
    dialog = BookletDialog("North, July", "a4")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Carpeta informativa de la misión"
    assert dialog.public.isChecked() and dialog.choice().lang == "es"
    assert dialog.file_label.text() == "Nombre del archivo: North-July-carpeta.pdf"
    dialog.internal.setChecked(True)
    assert dialog.explanation.text().startswith("INTERNA: agrega los contactos")
    assert dialog.file_label.text().endswith("North-July-carpeta-interna.pdf")
    assert cut_texts(dialog) == []


def test_every_zone_of_mexico_has_its_places_in_words(spanish, qtbot):
    when = WhenSection()
    qtbot.addWidget(when)
    assert [when.zone_places(name) for name, _ in MEXICO_ZONES][:3] == [
        "Centro de México", "Nuevo León, Coahuila, Tamaulipas, Durango",
        "Franja fronteriza de Coahuila, Nuevo León y Tamaulipas"]


def test_the_mission_member_and_import_dialogs_cut_nothing_in_spanish(tab, qtbot, tmp_path):
    from desktop_app.services.calendar_files import CalendarService
    from desktop_app.ui.missions.calendar_import_dialog import CalendarImportDialog
    from desktop_app.ui.missions.member_dialog import MemberDialog
    from desktop_app.ui.missions.mission_dialog import MissionDialog

    window, _view, _stand_ins, mission = tab
    calendar = CalendarService(window.browse_context)
    calendar.export(mission.id, tmp_path / "norte.ics")
    other = MissionsService(window.browse_context).create("Sur")
    preview = CalendarImportDialog(calendar.preview_import(other.id, tmp_path / "norte.ics"))
    dialogs = [MissionDialog(lambda f: None), MemberDialog(lambda f: None), preview]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert cut_texts(dialog) == [], dialog.windowTitle()
    assert dialogs[0].windowTitle() == "Nueva misión"
    assert preview.import_button.text() == "Importar 2 reuniones"
    header = preview.table.horizontalHeader()  # no column narrower than its header
    assert [c for c in range(header.count())
            if header.sectionSize(c) < header.sectionSizeHint(c)] == []
