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
    table = strings.SheetStrings(**{f.name: _pseudo(getattr(strings.EN, f.name))
                                    for f in dataclasses.fields(strings.SheetStrings)})
    monkeypatch.setitem(strings.LANGUAGES, "xx", table)
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


def test_nothing_the_sheet_prints_is_written_outside_the_table(context, busy_part,
                                                               pseudo_language):
    service = _service(context, busy_part)
    english, pseudo = _pages(service, "en"), _pages(service, "xx")
    # what the catalogue and the user wrote is the same in both: words found there prove nothing
    data = repr(list(service.sheet_pages(CLUSTERS, True))).upper()
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


def test_the_pdfs_properties_come_from_the_table_too(context, pseudo_language):
    import io

    from pypdf import PdfReader

    from desktop_app.services.sheets import SheetsService

    data = SheetsService(context).render(["mx-nle-claut", "mx-son-citic"], lang="xx")
    info = PdfReader(io.BytesIO(data)).metadata
    assert info.title == pseudo_language.document_many.format(count=2)
    assert info.subject == pseudo_language.document_subject


def test_a_language_without_sheets_is_refused_before_anything_is_written(context, tmp_path):
    from desktop_app.services.sheets import SheetsService

    target = tmp_path / "x.pdf"
    with pytest.raises(InvalidInput, match="'zz'"):
        SheetsService(context).export(["mx-nle-claut"], target, lang="zz")
    assert not target.exists()


def test_every_language_fills_every_string():
    for lang, table in strings.LANGUAGES.items():
        for field in dataclasses.fields(strings.SheetStrings):
            value = getattr(table, field.name)
            assert value or field.name == "expired_suffix", (lang, field.name)
        assert len(table.months) == 12
        assert set(table.label_names) == {"gold", "silver", "bronze"}


@pytest.mark.parametrize("iso, shown", [("2019-03", "March 2019"), ("2019-12-31", "December 2019"),
                                        ("2019", "2019"), ("soon", "soon"), ("2019-13", "2019-13")])
def test_month_year(iso, shown):
    assert strings.month_year(strings.EN, iso) == shown


def test_plural():
    assert strings.plural(strings.EN.more_notes, 1) == "… and 1 more note"
    assert strings.plural(strings.EN.more_notes, 3) == "… and 3 more notes"
