"""Every cluster of the catalogue on exactly one page, in both paper sizes and both languages,
public and internal (with long notes); nothing that matters cut on any of them."""

from __future__ import annotations

import io

import pytest

from desktop_app.factsheets import batch
from desktop_app.factsheets.model import PAPER_SIZES
from desktop_app.factsheets.strings import sheet_strings
from tests.factsheets.conftest import page_text, read_pdf, squashed

RICH = ("mx-bcn-itbaja", "mx-gua-claugto", "mx-nle-aerocluster")


def _render(service, ids, paper, internal=False, lang="en"):
    fitted: list = []
    buffer = io.BytesIO()
    pages = batch.render(service.sheet_pages(ids, internal, lang), buffer, paper=paper,
                         fitted=fitted, lang=lang)
    return buffer.getvalue(), pages, fitted


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_cluster_is_one_finished_page(service, all_ids, paper, lang):
    words = sheet_strings(lang)
    data, pages, fitted = _render(service, all_ids, paper, lang=lang)
    reader = read_pdf(data)
    assert pages == len(reader.pages) == len(all_ids) >= 88
    width, height = PAPER_SIZES[paper]
    squeezed = [cid for cid, how in zip(all_ids, fitted) if how.squeezed]
    assert squeezed == [], "these pages needed the last-resort scaling"
    for cluster_id, page in zip(all_ids, reader.pages):
        assert float(page.mediabox.width) == pytest.approx(width, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(height, abs=0.01)
        detail = service._browse.cluster(cluster_id, lang)
        text = page_text(page)
        assert " ".join(detail.name.split()) in text, cluster_id
        if detail.state_name:
            assert detail.state_name in text, cluster_id
        else:
            assert words.state_missing in text
        assert detail.sector_name in text, cluster_id
        if detail.website:
            assert squashed(detail.website) in squashed(text), cluster_id
        assert cluster_id in text  # the footer names the record
        assert words.public_sheet in text


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_single_sheet_pdf_of_each_rich_profile(service, paper):
    for cluster_id in RICH:
        reader = read_pdf(service.render([cluster_id], paper=paper))
        assert len(reader.pages) == 1
        assert float(reader.pages[0].mediabox.height) == pytest.approx(PAPER_SIZES[paper][1],
                                                                       abs=0.01)


def test_the_richest_public_sheets_need_no_trimming(service):
    _, _, fitted = _render(service, list(RICH), "a4")
    assert all(how.trimmed == {} and not how.squeezed for how in fitted)


def test_header_badge_key_facts_and_context_are_printed(service):
    text = page_text(read_pdf(service.render(["mx-gua-claugto"], paper="a4")).pages[0])
    for expected in ("CLAUGTO", "Guanajuato", "BRONZE LABEL", "valid until 2020-05-04",
                     "Founded", "2012", "Members", "70 Tier 1 members", "Human Capital",
                     "PROFILE", "KEY FACTS", "SUPPORT PROGRAMMES", "WHERE THE FACTS COME FROM",
                     "Sources:", "generated"):
        assert expected in text, expected


def test_a_bare_row_states_what_the_briefing_does_not_say_on_the_internal_sheet(service,
                                                                                all_ids):
    bare = [cid for cid in all_ids if service._browse.cluster(cid).appears_in == ["table6"]
            and not service._browse.cluster(cid).website]
    assert bare
    public = page_text(read_pdf(service.render([bare[0]], paper="a4")).pages[0])
    internal = page_text(read_pdf(service.render([bare[0]], paper="a4",
                                                 with_notes=True)).pages[0])
    assert "Not stated in the briefing" in internal  # an editing remark, for the user only
    assert "Not stated in the briefing" not in public
    for text in (public, internal):
        assert "No website is given in the briefing" in text
        assert "NOTES" in text  # the rest of the page is a ruled field for handwritten notes


def test_catalogue_version_and_source_are_in_the_footer(service):
    info = service._browse.info()
    text = page_text(read_pdf(service.render(["mx-nle-claut"], paper="a4")).pages[0])
    assert info.catalogue_version in text
    assert info.source_version in text


@pytest.mark.parametrize("lang, promise", [("en", "Follow up by 2099-01-15: "),
                                            ("es", "Pendiente para el 15 ene 2099: ")])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_internal_sheet_with_long_notes_is_one_finished_page(context, all_ids, paper,
                                                                   busy_part, lang, promise):
    from desktop_app.services.sheets import SheetsService

    words = sheet_strings(lang)
    service = SheetsService(context, user_part=lambda cluster_id: busy_part)
    data, pages, fitted = _render(service, all_ids, paper, internal=True, lang=lang)
    reader = read_pdf(data)
    assert pages == len(reader.pages) == len(all_ids)
    squeezed = [cid for cid, how in zip(all_ids, fitted) if how.squeezed]
    assert squeezed == [], "these pages needed the last-resort scaling"
    first = busy_part.contacts[0]
    for cluster_id, page in zip(all_ids, reader.pages):
        text = page_text(page)
        detail = service._browse.cluster(cluster_id, lang)
        assert " ".join(detail.name.split()) in text, cluster_id
        assert words.internal_banner in text
        assert cluster_id in text  # the footer names the record
        if detail.website:
            assert squashed(detail.website) in squashed(text), cluster_id
        # the first contact whole: never "+52…"; and what was promised to them
        assert first.name in text, cluster_id
        assert first.email in squashed(text) and first.phone in text, cluster_id
        assert promise in text, cluster_id
        assert "…" in text  # the long note was cut visibly


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_hostile_notes_still_give_one_valid_page(hostile_service, all_ids, paper):
    ids = [*RICH, all_ids[0], all_ids[-1], "mx-zac-clusmin"]
    ids = [i for i in dict.fromkeys(ids) if i in set(all_ids)]
    data, pages, fitted = _render(hostile_service, ids, paper, internal=True)
    reader = read_pdf(data)
    assert pages == len(reader.pages) == len(ids)
    assert not any(how.squeezed for how in fitted)
    for page in reader.pages:
        text = page_text(page)
        assert "mj@example.mx" in text and "+52 81 1234 5678" in text
        assert "Overdue since 2024-03-20: Send the brochure <and> the price list" in text
        assert "Internal — contains private notes" in text
        assert "<b>not bold</b>" in text and "<para> &amp; </font>" in text  # printed literally
        assert "Łukasiewicz" in text and "Dvořák" in text and "Grüße" in text
        assert "<b>Fair</b> & co" in text
        assert "Directora <general>" in text
        assert "BOOKMARKED" in text
        assert "…" in text  # the 20,000 characters were cut visibly


def test_fonts_are_embedded(service):
    reader = read_pdf(service.render(["mx-bcn-itbaja"], paper="a4"))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
            else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_a_public_sheet_never_prints_a_note(context, hostile_part, all_ids):
    from desktop_app.services.sheets import SheetsService

    asked: list[str] = []

    def provider(cluster_id):
        asked.append(cluster_id)
        return hostile_part

    public = SheetsService(context, user_part=provider).render(all_ids[:5], paper="a4")
    assert asked == []
    reader = read_pdf(public)
    for page in reader.pages:
        text = page_text(page)
        assert "SECRET-NOTE" not in squashed(text)
        assert "Łukasiewicz" not in text and "YOUR NOTES" not in text
        assert "Public sheet" in text and "Internal" not in text
    assert b"SECRET-NOTE" not in public
    internal = SheetsService(context, user_part=provider).render(all_ids[:1], paper="a4",
                                                                 with_notes=True)
    assert "SECRET-NOTE" in squashed(page_text(read_pdf(internal).pages[0]))


def test_pages_follow_the_order_given(service):
    ids = ["mx-nle-claut", "mx-bcn-itbaja", "mx-gua-claugto"]
    reader = read_pdf(service.render(ids, paper="a4"))
    for cluster_id, page in zip(ids, reader.pages):
        assert cluster_id in page_text(page)
