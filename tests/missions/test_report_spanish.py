"""The mission report in Spanish (issue 16): the PDF's words, days and due dates in Spanish; the
CSV, data for programs, the same in every language."""

from __future__ import annotations

from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.services.mission_report import MissionReportService
from tests.missions.test_mission_report import after_the_trip  # noqa: F401  (fixture)


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_the_pdf_report_in_spanish(context, after_the_trip, tmp_path):  # noqa: F811
    path = MissionReportService(context, lang="es").export(after_the_trip.id,
                                                           tmp_path / "informe.pdf", paper="a4")
    text = _text(path)
    assert "INFORME DE LA MISIÓN" in text and "14–18 de julio de 2025" in text
    assert "Joint bid agreed; María sends the member list" in text  # as the user wrote it
    assert "reuniones realizadas" in text and "compromisos adquiridos" in text
    assert "Send our SME catalogue" in text and "Ben Jones" in text
    assert "25 jul 2025" in text and "pendiente" in text  # the due date, the action's state
    assert "lun 14 jul 2025 10:00–11:00" in text and "mar 15 jul 2025" in text
    assert "cancelada" in text and "INFORME INTERNO" in text and "página 1" in text
    assert "Preparado con Cluster Atlas el " in text
    for english in ("MISSION REPORT", "meetings held", "Actions promised", "INTERNAL REPORT",
                    "page 1", "cancelled", "2025-07-25"):
        assert english not in text, english


def test_the_csv_is_the_same_in_both_languages(context, after_the_trip, tmp_path):  # noqa: F811
    english = MissionReportService(context).export(after_the_trip.id, tmp_path / "en.csv")
    spanish = MissionReportService(context, lang="es").export(after_the_trip.id,
                                                              tmp_path / "es.csv")
    assert english.read_bytes() == spanish.read_bytes()


def test_report_lang_on_the_command_line(capsys, after_the_trip, tmp_path):  # noqa: F811
    out = tmp_path / "r.pdf"
    assert main(["mission", "report", str(after_the_trip.id), "-o", str(out), "--lang",
                 "es"]) == 0
    assert "INFORME DE LA MISIÓN" in _text(out)
    assert main(["mission", "report", str(after_the_trip.id), "-o", str(out), "--lang",
                 "en"]) == 0
    assert "MISSION REPORT" in _text(out)
