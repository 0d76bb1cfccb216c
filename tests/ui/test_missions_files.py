"""A mission's files from the Missions tab: the agenda as .ics (read back with the icalendar
library), an .ics imported with a preview that skips rows, the booklet (public by default every
time, internal said in the file name and the notice, cancel leaves nothing), the report."""

from __future__ import annotations

import csv
import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import Qt

from desktop_app.services.contacts import ContactsService
from desktop_app.ui.missions.booklet_dialog import BookletDialog
from desktop_app.userdata.models import Contact, Phone
from tests.factsheets.conftest import page_text, read_pdf
from tests.ui.missions_helpers import MONTERREY, TIJUANA, fields, meeting, open_tab


@pytest.fixture
def planned(make_window, qtbot):
    """The tab with a mission of two meetings (Monterrey, Tijuana), a contact with a phone."""
    window, view, stand_ins = open_tab(make_window, qtbot)
    maria = ContactsService(window.browse_context).save(Contact(
        full_name="María Pérez", organisation="CLAUT", phones=[Phone("+52 81 1234 5678")],
        cluster_ids=[MONTERREY]))
    stand_ins.answer("mission", fields(name="North, July", start="2025-07-14",
                                       end="2025-07-18", home_zone="Europe/Madrid"))
    view.new_button.click()
    stand_ins.answer("meeting", meeting("2025-07-15 10:00", clusters=[MONTERREY],
                                        contacts=[maria.uid], objective="Joint bid"),
                     meeting("2025-07-17 10:00", clusters=[TIJUANA]))
    view.detail.agenda.new_button.click()
    view.detail.agenda.new_button.click()
    return window, view, stand_ins


def test_the_agenda_goes_into_a_calendar_file_the_library_reads(planned, tmp_path):
    _window, view, stand_ins = planned
    stand_ins.answer("save", lambda suggested: tmp_path / suggested.name)
    view.detail.file_buttons["ics"].click()
    path = tmp_path / "North-July.ics"
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("DTSTART"))
    starts = [e.decoded("DTSTART") for e in events]
    assert starts == [dt.datetime(2025, 7, 15, 10, tzinfo=ZoneInfo("America/Monterrey")),
                      dt.datetime(2025, 7, 17, 10, tzinfo=ZoneInfo("America/Tijuana"))]
    assert [s.astimezone(dt.UTC).hour for s in starts] == [16, 17]
    assert str(events[0]["SUMMARY"]) == "Meeting with CLAUT"
    assert "Objective: Joint bid" in str(events[0]["DESCRIPTION"])
    assert len({str(e["UID"]) for e in events}) == 2
    notice = view.notice
    assert notice.isVisibleTo(view) and notice.path == path
    assert notice.label.text().startswith("Saved 2 meetings to ")


def test_an_imported_calendar_is_previewed_and_rows_can_be_skipped(planned, tmp_path):
    _window, view, stand_ins = planned
    source = tmp_path / "invitations.ics"
    source.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20250701T000000Z\r\nSUMMARY:Lunch at CLAUT\r\n"
        b"DTSTART:20250716T190000Z\r\nDTEND:20250716T200000Z\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:b@x\r\nDTSTAMP:20250701T000000Z\r\nSUMMARY:Dinner\r\n"
        b"DTSTART:20250716T030000Z\r\nDTEND:20250716T040000Z\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n")
    seen = {}

    def untick_second(dialog):
        model = dialog.model
        rows = {model.index(r, 3).data(): r for r in range(model.rowCount())}
        seen["rows"] = model.rowCount()
        seen["clusters"] = model.index(rows["Lunch at CLAUT"], 4).data()
        model.setData(model.index(rows["Dinner"], 0), Qt.CheckState.Unchecked,
                      Qt.ItemDataRole.CheckStateRole)
        seen["button"] = dialog.import_button.text()
        assert dialog.has_changes()  # closing now would ask first

    stand_ins.answer("open", source).answer("import", untick_second)
    view.detail.file_buttons["import"].click()
    assert seen == {"rows": 2, "clusters": "CLAUT", "button": "Import 1 meeting"}
    titles = [e.meeting.title for e in view.services.agenda.agenda(view.current_mission())]
    assert "Lunch at CLAUT" in titles and "Dinner" not in titles
    assert view.status.text() == "Imported 1 new meeting."


def test_the_booklet_is_public_every_time_unless_internal_is_chosen(planned, tmp_path):
    _window, view, stand_ins = planned
    chosen = []

    def keep_default(dialog: BookletDialog):
        chosen.append(dialog.choice().internal)

    def choose_internal(dialog: BookletDialog):
        chosen.append(dialog.choice().internal)
        dialog.internal.setChecked(True)
        assert "INTERNAL" in dialog.explanation.text()
        assert dialog.file_label.text().endswith("North-July-booklet-internal.pdf")

    stand_ins.answer("booklet", choose_internal, keep_default)
    stand_ins.answer("save", lambda s: tmp_path / s.name, lambda s: tmp_path / s.name)
    view.detail.file_buttons["booklet"].click()
    assert "pages (internal) to " in view.notice.label.text()
    view.detail.file_buttons["booklet"].click()
    assert chosen == [False, False]  # each dialog opened on Public, even after an Internal one
    public = [page_text(p) for p in read_pdf((tmp_path / "North-July-booklet.pdf")
                                             .read_bytes()).pages]
    internal = [page_text(p) for p in read_pdf((tmp_path / "North-July-booklet-internal.pdf")
                                               .read_bytes()).pages]
    assert "(internal)" not in view.notice.label.text()
    assert not any("+52 81 1234 5678" in p or "Joint bid" in p for p in public)
    assert any("+52 81 1234 5678" in p for p in internal)
    assert any("Joint bid" in p for p in internal)


def test_a_cancelled_booklet_leaves_no_file(planned, tmp_path, monkeypatch):
    from desktop_app.ui.sheets import sheet_export

    _window, view, stand_ins = planned
    out = tmp_path / "out"
    out.mkdir()
    stand_ins.answer("booklet", lambda dialog: None)
    stand_ins.answer("save", lambda s: out / s.name)

    def cancelled(parent, total, label, window_title="Fact sheets"):
        return (lambda done, count: False), type("D", (), {
            "wasCanceled": lambda self: True, "close": lambda self: None,
            "deleteLater": lambda self: None})()

    monkeypatch.setattr(sheet_export, "_progress_callback", cancelled)
    view.detail.file_buttons["booklet"].click()
    assert list(out.iterdir()) == []
    assert not view.notice.isVisibleTo(view)


def test_the_report_is_a_pdf_or_a_csv(planned, tmp_path):
    _window, view, stand_ins = planned
    stand_ins.answer("save", lambda s: tmp_path / "report.csv")
    view.detail.file_buttons["report"].click()
    rows = list(csv.DictReader((tmp_path / "report.csv").read_text("utf-8-sig").splitlines()))
    assert [r["title"] for r in rows] == ["Meeting with CLAUT",
                                          ("Meeting with Aerospace Alliance of Baja California, "
                                          "A.C")]
    assert view.notice.label.text().startswith("Saved the report table to ")
    stand_ins.answer("save", lambda s: tmp_path / s.name)
    view.detail.file_buttons["report"].click()
    assert (tmp_path / "North-July-report.pdf").read_bytes()[:5] == b"%PDF-"
