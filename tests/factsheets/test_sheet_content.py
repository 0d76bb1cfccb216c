"""What a sheet says (issue 13): nothing that matters is cut; a public sheet can be handed to the
cluster; labels past their validity are marked; the data's date and the internal/public choice
show on the page."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.factsheets.model import ContactEntry, FollowUpEntry, UserPart
from tests.factsheets.conftest import page_text, read_pdf, squashed


def _text(service, cluster_id: str, with_notes: bool = False, paper: str = "a4") -> str:
    return page_text(read_pdf(service.render([cluster_id], paper=paper,
                                             with_notes=with_notes)).pages[0])


def _service(context, today: dt.date | None = None, part: UserPart | None = None):
    from desktop_app.services.sheets import SheetsService

    return SheetsService(context, today=today,
                         user_part=(lambda cluster_id: part) if part else None)


# --- nothing cut that matters ------------------------------------------------------------------

@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_headings_wrap_instead_of_being_cut(service, paper):
    text = _text(service, "mx-bcn-aerospace-alliance", paper=paper)
    assert "AEROSPACE CLUSTERS ALSO IN BAJA CALIFORNIA" in text
    assert "CALIFO…" not in text


def test_a_figure_is_never_cut(service):
    text = _text(service, "mx-bcn-baja-cluster-aeroespacial")
    assert "330 companies and support entities" in text


def test_no_cluster_name_in_a_list_is_cut(service, all_ids):
    names = {" ".join(service._browse.cluster(cid).name.split()) for cid in all_ids}
    reader = read_pdf(service.render(all_ids, paper="a4"))
    for cluster_id, page in zip(all_ids, reader.pages):
        text = page_text(page)
        for name in names:
            for end in range(12, len(name)):
                assert name[:end] + "…" not in text, (cluster_id, name)


def test_a_contacts_phone_and_email_are_never_cut(context):
    contact = ContactEntry("María José Pérez-Núñez de la Fuente y Villaseñor",
                           "Directora General de Vinculación Empresarial y Relaciones "
                           "Institucionales", "Clúster Automotriz de Nuevo León, A.C.",
                           "mariajose.pereznunez-de-la-fuente@clusterautomotriznl.org.mx",
                           "+52 81 1234 5678 ext. 1234")
    part = UserPart(contacts=[contact] * 3)
    for cluster_id in ("mx-nle-claut", "mx-son-citic"):
        text = _text(_service(context, part=part), cluster_id, with_notes=True)
        assert text.count("+52 81 1234 5678 ext. 1234") == 3
        assert squashed(text).count(contact.email) == 3
        assert "María José Pérez-Núñez de la Fuente y Villaseñor" in text


def test_follow_ups_are_listed_with_their_dates_on_the_internal_sheet(context):
    contact = ContactEntry("Ana Ruiz", "CEO", "Org", "ana@example.mx", "+52 1", (
        FollowUpEntry("2024-05-20", "Visit the plant"),
        FollowUpEntry("2024-06-10", "Send the brochure"),
        FollowUpEntry("", "Invite to Hannover")))
    service = _service(context, today=dt.date(2024, 6, 1), part=UserPart(contacts=[contact]))
    internal = _text(service, "mx-nle-claut", with_notes=True)
    assert "Overdue since 2024-05-20: Visit the plant" in internal
    assert "Follow up by 2024-06-10: Send the brochure" in internal
    assert "Follow up: Invite to Hannover" in internal
    assert "Send the brochure" not in _text(service, "mx-nle-claut")


# --- a public sheet to hand over ---------------------------------------------------------------

def test_editing_notes_are_on_the_internal_sheet_only(service, all_ids):
    noted = [cid for cid in all_ids if service._browse.cluster(cid).notes]
    assert len(noted) > 10
    public = read_pdf(service.render(noted, paper="a4"))
    internal = read_pdf(service.render(noted, paper="a4", with_notes=True))
    for cluster_id, pub, mine in zip(noted, public.pages, internal.pages):
        first_words = " ".join(service._browse.cluster(cluster_id).notes[0].split()[:4])
        pub_text, mine_text = page_text(pub), page_text(mine)
        assert "Note:" not in pub_text and first_words not in pub_text, cluster_id
        assert "Not stated in the briefing" not in pub_text
        assert f"Note: {first_words}" in mine_text, cluster_id


def test_a_label_past_its_date_is_shown_as_expired(context):
    service = _service(context, today=dt.date(2019, 6, 1))
    aero = _text(service, "mx-nle-aerocluster")  # bronze, valid until 2019-05-03
    assert "valid until 2019-05-03, EXPIRED" in aero
    claut = _text(service, "mx-nle-claut")  # gold, valid until 2019-06-23
    assert "valid until 2019-06-23" in claut and "EXPIRED" not in claut


def test_a_label_is_still_valid_on_its_last_day(context):
    text = _text(_service(context, today=dt.date(2019, 5, 3)), "mx-nle-aerocluster")
    assert "valid until 2019-05-03" in text and "EXPIRED" not in text


def test_an_expired_label_is_marked_in_the_list_of_neighbours(context):
    # IJALTI's page lists CIAT (bronze, valid until 2019-06-17) among Jalisco's ICT clusters
    before = _text(_service(context, today=dt.date(2019, 6, 17)), "mx-jal-ijalti")
    after = _text(_service(context, today=dt.date(2019, 6, 18)), "mx-jal-ijalti")
    assert "Bronze label" in before and "Bronze label, expired" not in before
    assert "Bronze label, expired" in after


def test_the_datas_date_is_in_the_header(service):
    text = _text(service, "mx-nle-claut")
    assert "Data: ECCP briefing, March 2019" in text
    assert text.index("Data: ECCP briefing") < text.index("Cluster Automotriz de Nuevo León")


# --- public or internal, visible -----------------------------------------------------------------

def test_the_internal_sheet_says_so_in_a_banner(service):
    internal = _text(service, "mx-nle-claut", with_notes=True)
    public = _text(service, "mx-nle-claut")
    assert internal.startswith("INTERNAL — CONTAINS PRIVATE NOTES")
    assert "Internal — contains private notes" in internal  # and in the footer
    assert "INTERNAL" not in public and "Public sheet" in public


def test_the_suggested_file_name_says_internal():
    from desktop_app.services.sheets import SheetsService

    assert SheetsService.suggested_file_name(["mx-nle-claut"], False) == "mx-nle-claut.pdf"
    assert SheetsService.suggested_file_name(["mx-nle-claut"], True) == \
        "mx-nle-claut-internal.pdf"
    assert SheetsService.suggested_file_name(["a", "b", "c"], True) == \
        "fact-sheets-3-clusters-internal.pdf"


def test_a_public_sheet_without_key_facts_has_no_empty_section(service):
    public = _text(service, "mx-son-citic")  # the briefing states none of its facts
    internal = _text(service, "mx-son-citic", with_notes=True)
    assert "KEY FACTS" not in public
    assert "KEY FACTS Not stated in the briefing: founding year, members" in internal
