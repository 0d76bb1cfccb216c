"""The mission booklet: its pages in order, page numbers that are right, a running footer, and a
public booklet with nothing private in it (read back with pypdf)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.factsheets.batch import ExportCancelled
from desktop_app.missions.wording import date_range
from desktop_app.services.booklet import BookletService
from desktop_app.services.library import LibraryService
from desktop_app.userdata.models import Contact, Email, Phone
from tests.missions.conftest import MONTERREY, QUERETARO, TIJUANA

PRIVATE = ("PRIVATE-CLUSTER-NOTE", "PRIVATE-CONTACT-NOTE", "PRIVATE-OBJECTIVE",
           "PRIVATE-OUTCOME", "+52 81 1234 5678", "maria@claut.mx", "María Pérez",
           "+34 600 000 001", "ana@example.es", "PRIVATE-FOLLOW-UP")


@pytest.fixture
def booked(context, agenda, contacts, trip):
    """The issue's mission: Monterrey, Querétaro and Tijuana, private things everywhere."""
    maria = contacts.save(Contact(full_name="María Pérez", organisation="CLAUT",
                                  emails=[Email("maria@claut.mx")],
                                  phones=[Phone("+52 81 1234 5678")],
                                  cluster_ids=[MONTERREY]))
    contacts.add_note(maria.uid, "PRIVATE-CONTACT-NOTE prefers mornings")
    LibraryService(context).add_note(MONTERREY, "PRIVATE-CLUSTER-NOTE ask about Tier 2")
    first = agenda.add_meeting(trip.id, "2025-07-14 10:00", cluster_ids=[MONTERREY],
                               contact_uids=[maria.uid], place="Av. Constitución 100",
                               objective="PRIVATE-OBJECTIVE two suppliers").meeting
    agenda.add_action(first.id, "PRIVATE-FOLLOW-UP send the brochure", due="2025-07-25")
    agenda.mark_done(first.id, "PRIVATE-OUTCOME joint bid")
    agenda.add_meeting(trip.id, "2025-07-15 09:30", cluster_ids=[QUERETARO])
    agenda.add_meeting(trip.id, "2025-07-15 12:00", cluster_ids=[TIJUANA], members=["Ben"])
    return trip


def _contents(page: str) -> dict[str, int]:
    """The contents page's entries: title -> page (pypdf gives the number on the next line)."""
    lines = [line.strip() for line in page.splitlines()]
    return {lines[i - 1]: int(m.group(1)) for i, line in enumerate(lines)
            if (m := re.fullmatch(r"p\. (\d+)", line)) and i}


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_the_public_booklet_in_order_with_right_page_numbers(booked, context):
    data, count = BookletService(context).render(booked.id, paper="a4")
    pages = _pages(data)
    assert len(pages) == count == 4 + 1 + 3  # cover, contents, delegation, map, itinerary, 3
    assert "Monterrey, Querétaro, Tijuana" in pages[0] and "PUBLIC BOOKLET" in pages[0]
    assert "14–18 July 2025" in pages[0] and "Ana García" in pages[0]
    assert pages[1].startswith("Contents")
    for number, text in enumerate(pages, 1):  # the running footer on every page
        assert f"page {number}" in text and "PUBLIC BOOKLET" in text
    contents = _contents(pages[1])
    assert contents["Delegation"] == 3 and contents["Map of the states visited"] == 4
    assert contents["Itinerary, day by day"] == 5 == contents["Tuesday 15 July 2025"]
    assert pages[2].startswith("Delegation") and pages[3].startswith("The states visited")
    for name in ("Cluster Automotriz de Nuevo León", "Aerocluster de Querétaro"):
        sheet = " ".join(pages[contents[name] - 1].split())
        assert name in sheet and "CLUSTER FACT SHEET" in sheet
    # the itinerary names each cluster's sheet page, and that page is the cluster's sheet
    itinerary = pages[4]
    assert "Monday 14 July 2025" in itinerary and "10:00–11:00" in itinerary
    assert "Tijuana · UTC-7" in itinerary and "(21:00 Madrid)" in itinerary
    for name, number in re.findall(r"(CLAUT|Aerocluster de Querétaro|Aerospace Alliance)"
                                   r"[^\n]*?p\. (\d+)", itinerary):
        assert "CLUSTER FACT SHEET" in pages[int(number) - 1]
        assert name.split()[0] in pages[int(number) - 1]
    assert "Travel: only" in itinerary  # Querétaro 12:00 → Tijuana 12:00 for Ben


def test_the_public_booklet_carries_nothing_private(booked, context):
    data, _ = BookletService(context).render(booked.id, paper="letter")
    text = "\n".join(_pages(data))
    for secret in PRIVATE:
        assert secret not in text, secret
    assert "Public sheet" in text and "Internal" not in text


def test_the_internal_booklet_has_the_annex_notes_and_private_sheets(booked, context):
    data, count = BookletService(context).render(booked.id, paper="a4", internal=True)
    pages = _pages(data)
    text = "\n".join(pages)
    for secret in ("PRIVATE-CLUSTER-NOTE", "PRIVATE-OBJECTIVE", "+52 81 1234 5678",
                   "maria@claut.mx", "+34 600 000 001"):
        assert secret in text, secret
    annex = next(i for i, p in enumerate(pages) if p.startswith("People to meet"))
    assert "María Pérez" in pages[annex] and "Mon 14 Jul 10:00" in pages[annex]
    notes = [p for p in pages if p.startswith("Notes — ")]
    assert len(notes) == 5 and "Monday 14 July 2025" in notes[0]  # one per mission day
    assert count == len(pages) and all("INTERNAL BOOKLET" in p for p in pages)
    contents = _contents(pages[1])
    assert pages[contents["People to meet (contact annex)"] - 1].startswith("People")
    assert pages[contents["Pages for notes"] - 1].startswith("Notes")


def test_paper_sizes(booked, context):
    letter, _ = BookletService(context).render(booked.id, paper="letter")
    box = PdfReader(io.BytesIO(letter)).pages[5].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    with pytest.raises(InvalidInput, match="a4 or letter"):
        BookletService(context).render(booked.id, paper="A3")


def test_cancelling_writes_nothing(booked, context, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        BookletService(context).export(booked.id, folder / "booklet.pdf", paper="a4",
                                       progress=lambda done, total: done < 2)
    assert list(folder.iterdir()) == []


def test_an_empty_mission_still_makes_a_booklet(missions, context):
    mission = missions.create("Not planned yet")
    data, count = BookletService(context).render(mission.id, paper="a4")
    text = "\n".join(_pages(data))
    assert count == 5 and "No meeting planned yet." in text
    assert "No one has been added to the delegation yet." in text


def test_booklet_on_the_command_line(capsys, booked, tmp_path):
    target = tmp_path / "trip.pdf"
    assert main(["booklet", str(booked.id), "-o", str(target), "--paper", "a4"]) == 0
    assert "8 pages written" in capsys.readouterr().out
    assert len(PdfReader(target).pages) == 8
    assert main(["booklet", "nope", "-o", str(target)]) == 2
    assert "No mission 'nope'" in capsys.readouterr().err
    # a missing folder is created and said, as for every command that writes a file
    assert main(["booklet", str(booked.id), "-o", str(tmp_path / "no" / "x.pdf")]) == 0
    assert (tmp_path / "no" / "x.pdf").is_file()
    assert "created the folder" in capsys.readouterr().err


def test_date_ranges():
    assert date_range("2026-03-09", "2026-03-13") == "9–13 March 2026"
    assert date_range("2026-02-27", "2026-03-03") == "27 February – 3 March 2026"
    assert date_range("2026-12-30", "2027-01-02") == "30 December 2026 – 2 January 2027"
    assert date_range("2026-03-09", "") == "9 March 2026" and date_range("", "") == ""


def test_unknown_mission(context):
    with pytest.raises(NotFound):
        BookletService(context).render("nope")
