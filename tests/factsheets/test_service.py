"""The service's defaults: paper from the locale, the user's part from the user-data services."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from desktop_app.factsheets.model import ContactEntry, NoteEntry
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


def test_user_part_is_read_from_the_user_data_services(monkeypatch, context):
    """With stand-ins shaped like services.library and services.contacts."""
    import sys
    import types

    note = SimpleNamespace(text="from the library", created_at="2024-03-12T10:15:00Z",
                           updated_at="2024-03-13T09:00:00Z")
    person = SimpleNamespace(display_name="Ana Ruiz", role="CEO", organisation="Org",
                             emails=[SimpleNamespace(address="ana@example.mx")],
                             phones=[SimpleNamespace(number="+52 1")])

    class LibraryService:
        def __init__(self, ctx):
            pass

        def is_bookmarked(self, cluster_id):
            return cluster_id == "mx-nle-claut"

        def notes(self, cluster_id):
            return [note]

        def lists_of(self, cluster_id):
            return ["Fair"]

    class ContactsService:
        def __init__(self, ctx):
            pass

        def list_contacts(self, *, cluster_id=None):
            return [person]

    monkeypatch.setitem(sys.modules, "desktop_app.services.library",
                        types.SimpleNamespace(LibraryService=LibraryService))
    monkeypatch.setitem(sys.modules, "desktop_app.services.contacts",
                        types.SimpleNamespace(ContactsService=ContactsService))
    part = sheets.SheetsService(context).user_part("mx-nle-claut")
    assert part.bookmarked and part.lists == ["Fair"]
    assert part.notes == [NoteEntry(dt.date(2024, 3, 13), "from the library")]
    assert part.contacts == [ContactEntry("Ana Ruiz", "CEO", "Org", "ana@example.mx", "+52 1")]


def test_without_user_services_the_internal_sheet_has_an_empty_private_part(context):
    service = sheets.SheetsService(context, user_part=None)
    service._user_part_resolved = True  # as when services.library is not installed
    part = service.user_part("mx-nle-claut")
    assert part.is_empty
    assert service.render(["mx-nle-claut"], paper="a4", with_notes=True).startswith(b"%PDF")


def test_the_internal_sheet_shows_what_the_user_services_hold(context, tmp_path):
    pytest.importorskip("desktop_app.services.library")
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
