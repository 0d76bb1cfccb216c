"""Every word the sheet prints comes from the strings table (factsheets/strings.py), so that a
language is one more table: proved by printing sheets in a made-up language."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from desktop_app.errors import InvalidInput
from desktop_app.factsheets import strings
from tests.factsheets.conftest import page_text, read_pdf

_ACCENTED = str.maketrans("aeiouyAEIOUY", "áéíóúýÁÉÍÓÚÝ")
_FIELD = re.compile(r"(\{[a-z_]+\})")
CLUSTERS = ("mx-nle-aerocluster", "mx-jal-ijalti", "mx-son-citic", "mx-tam-altamira")


def _pseudo(value):
    """The same text with every vowel accented; {fields} kept."""
    if isinstance(value, str):
        return "".join(part if _FIELD.fullmatch(part) else part.translate(_ACCENTED)
                       for part in _FIELD.split(value))
    if isinstance(value, tuple):
        return tuple(_pseudo(v) for v in value)
    if isinstance(value, dict):
        return {k: _pseudo(v) for k, v in value.items()}
    return value


def _fragments(value) -> list[str]:
    """The fixed words of a string (between its {fields}), long enough to be told apart."""
    if isinstance(value, (tuple, list)):
        return [f for v in value for f in _fragments(v)]
    if isinstance(value, dict):
        return _fragments(list(value.values()))
    pieces = [p.strip(" ·:,.()—…") for p in _FIELD.split(value) if not _FIELD.fullmatch(p)]
    return [p for p in pieces if len(p) >= 8]


@pytest.fixture
def pseudo_language(monkeypatch):
    """English with every vowel accented, put in English's place: the catalogue's text stays
    English (it has no made-up language), every word of the table changes."""
    table = strings.SheetStrings(**{f.name: _pseudo(getattr(strings.EN, f.name))
                                    for f in dataclasses.fields(strings.SheetStrings)})
    monkeypatch.setitem(strings.LANGUAGES, "en", table)
    return table


def _service(context, busy_part):
    from desktop_app.services.sheets import SheetsService

    return SheetsService(context, user_part=lambda cluster_id: busy_part,
                         today=dt.date(2025, 1, 1))


def _pages(service, lang: str) -> list[str]:
    texts = []
    for with_notes in (False, True):
        reader = read_pdf(service.render(CLUSTERS, paper="a4", with_notes=with_notes, lang=lang))
        texts += [page_text(page).upper() for page in reader.pages]
    return texts


def test_nothing_the_sheet_prints_is_written_outside_the_table(context, busy_part, monkeypatch):
    service = _service(context, busy_part)
    english = _pages(service, "en")
    # what the catalogue and the user wrote is the same in both: words found there prove nothing
    data = repr(list(service.sheet_pages(CLUSTERS, True, "en"))).upper()
    monkeypatch.setitem(strings.LANGUAGES, "en", strings.SheetStrings(
        **{f.name: _pseudo(getattr(strings.EN, f.name))
           for f in dataclasses.fields(strings.SheetStrings)}))
    pseudo = _pages(service, "en")
    checked = 0
    for field in dataclasses.fields(strings.SheetStrings):
        for fragment in _fragments(getattr(strings.EN, field.name)):
            fragment = fragment.upper()
            if fragment in data:
                continue
            for en_text, xx_text in zip(english, pseudo):
                if fragment in en_text:  # printed in English...
                    checked += 1
                    # ...and gone in the other language: it came from the table
                    assert fragment not in xx_text, (field.name, fragment)
    assert checked > 60


def test_no_english_is_left_on_a_spanish_sheet(context, busy_part):
    service = _service(context, busy_part)
    english, spanish = _pages(service, "en"), _pages(service, "es")
    # the user's own words, the catalogue's (names, web addresses) and what both tables write
    # alike ("Sector", "Notas") prove nothing
    user = repr(list(service.sheet_pages(CLUSTERS, True, "es"))).upper()
    same = {f.upper() for f in _fragments([getattr(strings.ES, f.name)
                                           for f in dataclasses.fields(strings.SheetStrings)])}
    checked = 0
    for field in dataclasses.fields(strings.SheetStrings):
        for fragment in _fragments(getattr(strings.EN, field.name)):
            fragment = fragment.upper()
            if fragment in user or fragment in same:
                continue
            for en_text, es_text in zip(english, spanish):
                if fragment in en_text:
                    checked += 1
                    # as whole words: "cluster in" is not "Cluster Industrial de ..."
                    whole = re.compile(rf"(?<!\w){re.escape(fragment)}(?!\w)")
                    assert not whole.search(es_text), (field.name, fragment)
    assert checked > 60
    # nor the catalogue's English: the facts' labels, the profile's words, the months
    words = ("FOUNDED", "MEMBERS", "VALID UNTIL", "LISTED IN", "MILLION", "MARCH", "JANUARY",
             "EXPIRED", "OVERDUE")
    for es_text in spanish:
        for english_word in words:
            if english_word not in repr(busy_part).upper():  # the list "Monterrey, March"
                assert english_word not in es_text, english_word
    assert "MARZO DE 2019" in spanish[0] and "MARCH 2019" in english[0]


def test_the_pdfs_properties_come_from_the_table_too(context, pseudo_language):
    import io

    from pypdf import PdfReader

    from desktop_app.services.sheets import SheetsService

    data = SheetsService(context).render(["mx-nle-claut", "mx-son-citic"], lang="en")
    info = PdfReader(io.BytesIO(data)).metadata
    assert info.title == pseudo_language.document_many.format(count=2)
    assert info.subject == pseudo_language.document_subject
    spanish = PdfReader(io.BytesIO(SheetsService(context).render(["mx-nle-claut"], lang="es")))
    assert spanish.metadata.title == strings.ES.document_one.format(
        name="Cluster Automotriz de Nuevo León")


def test_a_language_without_sheets_is_refused_before_anything_is_written(context, tmp_path):
    from desktop_app.services.sheets import SheetsService

    target = tmp_path / "x.pdf"
    with pytest.raises(InvalidInput, match="'zz'"):
        SheetsService(context).export(["mx-nle-claut"], target, lang="zz")
    assert not target.exists()


def test_every_language_fills_every_string():
    assert set(strings.LANGUAGES) == {"en", "es"}
    for lang, table in strings.LANGUAGES.items():
        for field in dataclasses.fields(strings.SheetStrings):
            value = getattr(table, field.name)
            assert value, (lang, field.name)
        assert set(table.missing_words) == {"founded", "members", "jobs", "website",
                                            "committees"}


def test_spanish_is_written_for_a_mexican_reader_not_word_by_word():
    es = strings.ES
    assert es.kicker == "FICHA DEL CLÚSTER · MÉXICO"
    assert es.data_line.format(source=es.source_short, date="marzo de 2019") == \
        "Datos: informe preparatorio de la ECCP, marzo de 2019"
    assert es.label_expired == "vencido"
    assert strings.plural(es.more_notes, 1) == "… y 1 nota más"
    assert strings.plural(es.more_notes, 4) == "… y 4 notas más"
    # the formal "usted" throughout, as a business document in Mexico is written
    assert "Escanee" in es.scan_code and "Busque" in es.no_website


@pytest.mark.parametrize("lang, iso, shown", [
    ("en", "2019-03", "March 2019"), ("en", "2019-12-31", "December 2019"),
    ("es", "2019-03", "marzo de 2019"), ("es", "2019-12-31", "diciembre de 2019"),
    ("en", "2019", "2019"), ("es", "soon", "soon"), ("en", "2019-13", "2019-13")])
def test_month_year_from_babel(lang, iso, shown):
    assert strings.month_year(lang, iso) == shown


@pytest.mark.parametrize("lang, value, short, shown", [
    ("en", "2020-05-04", False, "2020-05-04"), ("es", "2020-05-04", False, "4 de mayo de 2020"),
    ("es", "2020-05-04", True, "4 may 2020"), ("es", dt.date(2099, 1, 15), True, "15 ene 2099"),
    ("es", "next week", True, "next week")])
def test_record_dates(lang, value, short, shown):
    assert strings.record_date(lang, value, short) == shown


def test_plural():
    assert strings.plural(strings.EN.more_notes, 1) == "… and 1 more note"
    assert strings.plural(strings.EN.more_notes, 3) == "… and 3 more notes"
