"""The service's defaults: paper from the locale, the user's part from the user-data services."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.factsheets.model import ContactEntry, FollowUpEntry
from desktop_app.services import sheets


@pytest.mark.parametrize("name, paper", [
    ("en_US.UTF-8", "letter"), ("es_MX.UTF-8", "letter"), ("fr_CA", "letter"),
    ("en-US", "letter"), ("English_United States.1252", "letter"), ("es_CL.utf8", "letter"),
    ("de_DE.UTF-8", "a4"), ("en_GB.UTF-8", "a4"), ("pl_PL", "a4"), ("cs_CZ.UTF-8", "a4"),
    ("C.UTF-8", "a4"), ("POSIX", "a4"), ("", "a4"), (None, "a4"), ("es_ES@euro", "a4"),
])
def test_paper_follows_the_locale(name, paper):
    assert sheets.paper_for_locale(name) == paper


def test_default_paper_reads_lc_all_then_lc_paper_then_lang(monkeypatch):
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert sheets.default_paper() == "a4"
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    assert sheets.default_paper() == "letter"
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert sheets.default_paper() == "a4"


def test_user_part_is_read_from_the_user_data_services(context):
    from desktop_app.services.contacts import ContactsService
    from desktop_app.services.library import LibraryService
    from desktop_app.userdata.models import Contact, Email, FollowUp, Phone

    library = LibraryService(context)
    library.bookmark("mx-nle-claut")
    library.bookmark("mx-nle-claut", "Fair")
    first = library.add_note("mx-nle-claut", "the first note")
    library.add_note("mx-nle-claut", "from the library")
    library.add_note("mx-gua-claugto", "another cluster's note")
    ContactsService(context).save(Contact(
        full_name="Ana Ruiz", role="CEO", organisation="Org",
        emails=[Email("ana@example.mx"), Email("ana@home.example")],
        phones=[Phone("+52 81 1234 5678")], cluster_ids=["mx-nle-claut"],
        follow_ups=[FollowUp("undated call"), FollowUp("send brochure", "2024-04-02"),
                    FollowUp("done already", "2024-03-01", "done"),
                    FollowUp("visit", "2024-03-20")]))
    ContactsService(context).save(Contact(full_name="Not linked", cluster_ids=[]))

    part = sheets.SheetsService(context).user_part("mx-nle-claut")
    assert part.bookmarked and part.lists == ["Fair"]
    assert [n.text for n in part.notes] == ["from the library", "the first note"]  # newest first
    written = dt.datetime.fromisoformat(first.updated_at).astimezone().date()
    assert part.notes[1].date == written  # the local date
    assert part.contacts == [ContactEntry(
        "Ana Ruiz", "CEO", "Org", "ana@example.mx", "+52 81 1234 5678",
        (FollowUpEntry("2024-03-20", "visit"), FollowUpEntry("2024-04-02", "send brochure"),
         FollowUpEntry("", "undated call")))]


def test_without_user_data_the_internal_sheet_says_so(context):
    from tests.factsheets.conftest import page_text, read_pdf

    service = sheets.SheetsService(context)
    assert service.user_part("mx-nle-claut").is_empty
    text = page_text(read_pdf(service.render(["mx-nle-claut"], paper="a4",
                                             with_notes=True)).pages[0])
    assert "No notes on this cluster." in text and "No contact is linked." in text


def test_the_internal_sheet_shows_what_the_user_services_hold(context, tmp_path):
    from desktop_app.services.library import LibraryService
    from tests.factsheets.conftest import page_text, read_pdf

    library = LibraryService(context)
    library.bookmark("mx-nle-claut")
    library.add_note("mx-nle-claut", "Ask about the <supplier> day & the Škoda visit")
    service = sheets.SheetsService(context)
    internal = page_text(read_pdf(service.render(["mx-nle-claut"], paper="a4",
                                                 with_notes=True)).pages[0])
    assert "Ask about the <supplier> day & the Škoda visit" in internal
    assert "BOOKMARKED" in internal
    public = page_text(read_pdf(service.render(["mx-nle-claut"], paper="a4")).pages[0])
    assert "supplier> day" not in public
