"""The mission booklet in Spanish (issue 16): every page's words, the days and dates written by
Babel, page numbers still right, the clusters' sheets in Spanish, and a public booklet that
carries nothing private in this language either."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.errors import InvalidInput
from desktop_app.factsheets.mission_strings import EN, ES
from desktop_app.missions.wording import date_range
from desktop_app.services.booklet import BookletService
from tests.missions.test_booklet import PRIVATE, booked  # noqa: F401  (fixture)


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _contents(page: str) -> dict[str, int]:
    """The contents page's entries: title -> page ("pág. 5" on the line after)."""
    lines = [line.strip() for line in page.splitlines()]
    return {lines[i - 1]: int(m.group(1)) for i, line in enumerate(lines)
            if (m := re.fullmatch(r"pág\. (\d+)", line)) and i}


def test_the_public_booklet_in_spanish_with_right_page_numbers(booked, context):  # noqa: F811
    data, count = BookletService(context, lang="es").render(booked.id, paper="a4")
    pages = _pages(data)
    assert len(pages) == count == 8
    cover = pages[0]
    assert "CARPETA INFORMATIVA DE LA MISIÓN · MÉXICO" in cover
    assert "14–18 de julio de 2025" in cover and "CARPETA PÚBLICA" in cover
    assert "Objetivo" in cover and "Delegación" in cover
    assert "Preparada con Cluster Atlas el " in " ".join(cover.split())
    for number, text in enumerate(pages, 1):  # the running footer on every page
        assert f"página {number}" in text and "CARPETA PÚBLICA" in text
    assert pages[1].startswith("Contenido")
    contents = _contents(pages[1])
    assert contents["Delegación"] == 3 and contents["Mapa de los estados visitados"] == 4
    assert contents["Itinerario día por día"] == 5 == contents["martes, 15 de julio de 2025"]
    assert pages[2].startswith("Delegación") and "Cargo" in pages[2]
    assert pages[3].startswith("Los estados visitados")
    assert "lun 14 jul · 1 reunión" in pages[3] and "Cuándo" in pages[3]
    itinerary = pages[4]
    assert itinerary.startswith("Itinerario")
    assert "lunes, 14 de julio de 2025" in itinerary and "10:00–11:00" in itinerary
    assert "Ciudad de México · UTC-6" in " ".join(itinerary.split())
    assert "Tijuana · UTC-7" in itinerary and "(21:00 Madrid)" in itinerary
    assert "Traslado: solo" in itinerary and "por confirmar" in itinerary
    assert "pág. 6" in itinerary
    for name in ("Cluster Automotriz de Nuevo León", "Aerocluster de Querétaro"):
        sheet = " ".join(pages[contents[name] - 1].split())
        assert name in sheet and "FICHA DEL CLÚSTER · MÉXICO" in sheet
        assert "Ficha pública" in sheet and "Datos: informe preparatorio de la ECCP" in sheet


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_public_spanish_booklet_carries_nothing_private(booked, context, paper):  # noqa: F811
    data, _ = BookletService(context, lang="es").render(booked.id, paper=paper)
    text = "\n".join(_pages(data))
    for secret in PRIVATE:
        assert secret not in text, secret
    assert "Ficha pública" in text
    for internal_word in ("Uso interno", "USO INTERNO", "CONFIDENCIAL", ES.annex_title,
                          ES.objective, ES.with_contacts):
        assert internal_word not in text, internal_word


def test_the_internal_spanish_booklet_has_its_annex_and_notes(booked, context):  # noqa: F811
    data, count = BookletService(context).render(booked.id, paper="a4", internal=True,
                                                 lang="es")
    pages = _pages(data)
    text = "\n".join(pages)
    for secret in ("PRIVATE-CLUSTER-NOTE", "PRIVATE-OBJECTIVE", "+52 81 1234 5678",
                   "maria@claut.mx", "+34 600 000 001"):
        assert secret in text, secret
    assert "Objetivo: PRIVATE-OBJECTIVE" in text and "Con: María Pérez" in text
    annex = next(i for i, p in enumerate(pages) if p.startswith(ES.annex_title))
    assert "María Pérez" in pages[annex] and "lun 14 jul 10:00" in pages[annex]
    notes = [p for p in pages if p.startswith("Notas — ")]
    assert len(notes) == 5 and "lunes, 14 de julio de 2025" in notes[0]
    assert count == len(pages) and all("CARPETA INTERNA — CONFIDENCIAL" in p for p in pages)
    assert "USO INTERNO — CONTIENE NOTAS PRIVADAS" in text  # the internal sheets
    contents = _contents(pages[1])
    assert pages[contents[ES.annex_entry] - 1].startswith(ES.annex_title)
    assert pages[contents["Páginas para notas"] - 1].startswith("Notas")


def test_no_english_word_of_the_booklet_is_left(booked, context):  # noqa: F811
    spanish = "\n".join(_pages(BookletService(context).render(
        booked.id, paper="a4", internal=True, lang="es")[0]))
    english = "\n".join(_pages(BookletService(context).render(
        booked.id, paper="a4", internal=True, lang="en")[0]))
    checked = 0
    for value in vars(EN).values():
        for phrase in (value if isinstance(value, tuple) else (value,)):
            if not isinstance(phrase, str):
                continue
            for part in re.split(r"\{[a-z]+\}", phrase):
                part = part.strip(" .:;,()·—'")
                if len(part) >= 8 and part in english:
                    checked += 1
                    assert part not in spanish, part
    assert checked > 20


def test_spanish_dates():
    assert date_range("2026-03-09", "2026-03-13", "es") == "9–13 de marzo de 2026"
    thin = "\u2009–\u2009"  # Babel's: a thin space each side of the dash between two dates
    assert date_range("2026-02-27", "2026-03-03", "es") == f"27 de febrero{thin}3 de marzo de 2026"
    assert date_range("2026-12-30", "2027-01-02", "es") == \
        f"30 de diciembre de 2026{thin}2 de enero de 2027"
    assert date_range("2026-03-09", "", "es") == "9 de marzo de 2026"
    assert date_range("", "", "es") == ""


def test_booklet_lang_on_the_command_line(capsys, booked, tmp_path, monkeypatch):  # noqa: F811
    target = tmp_path / "carpeta.pdf"
    assert main(["booklet", str(booked.id), "-o", str(target), "--paper", "a4",
                 "--lang", "es"]) == 0
    assert "CARPETA PÚBLICA" in PdfReader(target).pages[0].extract_text()
    for name in ("LC_ALL", "LC_MESSAGES"):  # the default: the system's language
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert main(["booklet", str(booked.id), "-o", str(target), "--paper", "a4"]) == 0
    assert "CARPETA PÚBLICA" in PdfReader(target).pages[0].extract_text()
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main(["booklet", str(booked.id), "-o", str(target), "--paper", "a4"]) == 0
    assert "PUBLIC BOOKLET" in PdfReader(target).pages[0].extract_text()


def test_a_language_without_booklets_is_refused(booked, context, tmp_path):  # noqa: F811
    with pytest.raises(InvalidInput, match="'de'"):
        BookletService(context).export(booked.id, tmp_path / "x.pdf", lang="de")
    assert not (tmp_path / "x.pdf").exists()
