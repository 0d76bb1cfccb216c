"""Fixtures for the fact sheets: the service over the session's catalogue, hostile user data,
and reading PDFs back with pypdf."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from desktop_app.factsheets.model import ContactEntry, FollowUpEntry, NoteEntry, UserPart

SECRET = "SECRET-NOTE-7f3a: the buyer wants 20% off"

HOSTILE_NOTES = [
    NoteEntry(dt.date(2024, 3, 12),
              "Met Zbigniew Łukasiewicz & Jiří Dvořák (Škoda) at the stand: <b>not bold</b> "
              "<para> &amp; </font> — Grüße aus München, Straße 5. 😀👍🏽👨‍👩‍👧\nSecond line."),
    NoteEntry("2024-03-13", "שלום עולם, פגישה ב-10:30 עם המנהל (חשוב)"),
    NoteEntry("2024-03-14", "مرحبا بالعالم — اجتماع مع المدير في ١٠:٣٠"),
    NoteEntry(dt.datetime(2024, 3, 15, 9, 30), "Żółć gęślą jaźń. " + "Lorem ipsum dolor sit "
              "amet, consectetur adipiscing elit. " * 360),  # about 20,000 characters
    NoteEntry(None, SECRET),
    NoteEntry("2024-03-16", "\x00\x07control\x1b characters \ufffe\U0010fffd and a tab\there"),
]
HOSTILE_CONTACTS = [
    ContactEntry("María José Pérez-Núñez", "Directora <general>", "CLAUT & Co",
                 "mj@example.mx", "+52 81 1234 5678",
                 (FollowUpEntry("2024-03-20", "Send the brochure <and> the price list"),)),
    ContactEntry("דוד כהן", "", "", "", ""),
    ContactEntry("", "", "", "", ""),
] + [ContactEntry(f"Contact {i}", "Engineer", "Org", f"c{i}@example.org", "") for i in range(30)]


@pytest.fixture
def hostile_part() -> UserPart:
    return UserPart(bookmarked=True, lists=["Monterrey, March", "<b>Fair</b> & co", "Ξ" * 300],
                    notes=list(HOSTILE_NOTES), contacts=list(HOSTILE_CONTACTS))


@pytest.fixture
def busy_part() -> UserPart:
    """What a busy user keeps on a cluster: a few notes, one of them long; contacts with long
    addresses and phone numbers, and follow-ups."""
    notes = [NoteEntry(dt.date(2024, 3, 12), "Met the director at the stand; wants a meeting "
                       "about supplier development in April. " * 4),
             NoteEntry("2024-03-13", "שלום עולם, פגישה ב-10:30 עם המנהל"),
             NoteEntry("2024-03-14", "Long minutes. " + "Lorem ipsum dolor sit amet. " * 110),
             NoteEntry(dt.date(2024, 3, 15), "Send the catalogue.")]
    contacts = [ContactEntry("María José Pérez-Núñez de la Fuente y Villaseñor",
                             "Directora General de Vinculación Empresarial",
                             "Clúster Automotriz de Nuevo León, A.C.",
                             "mariajose.pereznunez@clusterautomotriznl.org.mx",
                             "+52 81 1234 5678 ext. 1234",
                             (FollowUpEntry("2099-01-15", "Send our brochure and price list"),
                              FollowUpEntry("", "Invite to the Hannover fair")))]
    contacts += [ContactEntry(f"Contact {i}", "Engineer", "Org", f"contact{i}@example.org",
                              f"+52 55 5555 000{i}", (FollowUpEntry("2024-01-0{i}", "Call"),))
                 for i in range(1, 8)]
    return UserPart(bookmarked=True, lists=["Monterrey, March", "Fair"], notes=notes,
                    contacts=contacts)


@pytest.fixture
def service(context):
    from desktop_app.services.sheets import SheetsService

    return SheetsService(context)


@pytest.fixture
def hostile_service(context, hostile_part):
    from desktop_app.services.sheets import SheetsService

    return SheetsService(context, user_part=lambda cluster_id: hostile_part)


@pytest.fixture
def all_ids(service) -> list[str]:
    from desktop_app.catalogue.models import ClusterFilter

    return service.ids_for_filter(ClusterFilter())


def read_pdf(data: bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data))


def page_text(page) -> str:
    """A page's text with every run of whitespace as one space."""
    return " ".join((page.extract_text() or "").split())


def squashed(text: str) -> str:
    """Text without any whitespace (a web address may be broken across lines)."""
    return "".join(text.split())
