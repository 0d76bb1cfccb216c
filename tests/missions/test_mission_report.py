"""The mission report after the trip, as PDF and as CSV: meetings held, outcomes, actions with
owners and due dates."""

from __future__ import annotations

import csv
import io

import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.errors import InvalidInput
from desktop_app.services.mission_report import CSV_COLUMNS, MissionReportService
from tests.missions.conftest import MONTERREY, QUERETARO


@pytest.fixture
def after_the_trip(agenda, trip, maria):
    held = agenda.add_meeting(trip.id, "2025-07-14 10:00", cluster_ids=[MONTERREY],
                              contact_uids=[maria.uid]).meeting
    agenda.mark_done(held.id, "Joint bid agreed; María sends the member list")
    agenda.add_action(held.id, "Send our SME catalogue", due="2025-07-25", owner="Ben")
    skipped = agenda.add_meeting(trip.id, "2025-07-15 10:00", cluster_ids=[QUERETARO]).meeting
    agenda.edit_meeting(skipped.id, status="cancelled")
    return trip


def test_the_pdf_report(context, after_the_trip, tmp_path):
    path = MissionReportService(context).export(after_the_trip.id, tmp_path / "report.pdf",
                                                paper="a4")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    assert "MISSION REPORT" in text and "Monterrey, Querétaro, Tijuana" in text
    assert "Joint bid agreed; María sends the member list" in text
    assert "Send our SME catalogue" in text and "Ben Jones" in text and "2025-07-25" in text
    assert "meetings held" in text and "actions promised" in text
    assert "cancelled" in text and "INTERNAL REPORT" in text and "page 1" in text


def test_the_csv_report(context, after_the_trip, tmp_path):
    path = MissionReportService(context).export(after_the_trip.id, tmp_path / "report.csv")
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode())  # spreadsheets read the accents
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == list(CSV_COLUMNS)
    meetings = [r for r in rows if r["record"] == "meeting"]
    actions = [r for r in rows if r["record"] == "action"]
    assert [(m["date"], m["start"], m["tz"], m["status"]) for m in meetings] == [
        ("2025-07-14", "10:00", "America/Monterrey", "done"),
        ("2025-07-15", "10:00", "America/Mexico_City", "cancelled")]
    assert meetings[0]["outcome"] == "Joint bid agreed; María sends the member list"
    assert meetings[0]["contacts"] == "María Pérez"
    assert [(a["action"], a["promised_to"], a["owner"], a["due"], a["state"]) for a in actions] \
        == [("Send our SME catalogue", "María Pérez", "Ben Jones", "2025-07-25", "open")]
    assert actions[0]["meeting_id"] == meetings[0]["meeting_id"]


def test_report_on_the_command_line(capsys, after_the_trip, tmp_path):
    assert main(["mission", "report", str(after_the_trip.id), "-o",
                 str(tmp_path / "r.csv")]) == 0
    assert "report written to" in capsys.readouterr().out
    assert main(["mission", "report", str(after_the_trip.id), "-o",
                 str(tmp_path / "r.docx")]) == 2
    assert "as .pdf or .csv" in capsys.readouterr().err
    assert not (tmp_path / "r.docx").exists()


def test_an_unwritable_report_changes_nothing(context, after_the_trip, tmp_path):
    with pytest.raises(InvalidInput, match="does not exist"):
        MissionReportService(context).export(after_the_trip.id, tmp_path / "no" / "r.pdf")
