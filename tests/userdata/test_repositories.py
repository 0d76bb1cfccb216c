"""The repositories: plain functions over a connection, returning dataclasses."""

from __future__ import annotations

from desktop_app.userdata import bookmarks, contacts, notes
from desktop_app.userdata.contact_values import MatchReason
from desktop_app.userdata.models import (
    Address,
    Contact,
    DatedNote,
    Email,
    FollowUp,
    Phone,
)


def test_bookmarks_are_a_set_of_cluster_ids(conn):
    assert bookmarks.add_bookmark(conn, "mx-nle-claut")
    assert not bookmarks.add_bookmark(conn, "mx-nle-claut")
    assert bookmarks.is_bookmarked(conn, "mx-nle-claut")
    assert bookmarks.bookmarked_ids(conn) == {"mx-nle-claut"}
    assert bookmarks.remove_bookmark(conn, "mx-nle-claut")
    assert not bookmarks.remove_bookmark(conn, "mx-nle-claut")
    assert bookmarks.bookmarked_ids(conn) == set()


def test_lists_are_named_ignoring_case_and_count_their_clusters(conn):
    assert bookmarks.add_to_list(conn, "Monterrey, March", "mx-nle-claut")
    assert not bookmarks.add_to_list(conn, "monterrey,  march", "mx-nle-claut")
    bookmarks.add_to_list(conn, "Monterrey, March", "mx-coa-auto")
    bookmarks.add_to_list(conn, "Querétaro", "mx-que-aero")
    assert [(lst.name, lst.count) for lst in bookmarks.all_lists(conn)] == [
        ("Monterrey, March", 2), ("Querétaro", 1)]
    assert bookmarks.lists_of(conn, "mx-nle-claut") == ["Monterrey, March"]
    assert bookmarks.remove_from_list(conn, "MONTERREY, MARCH", "mx-nle-claut")
    assert bookmarks.rename_list(conn, "Querétaro", "Querétaro, May")
    assert bookmarks.delete_list(conn, "Querétaro, May")
    assert [lst.name for lst in bookmarks.all_lists(conn)] == ["Monterrey, March"]
    assert conn.execute("SELECT count(*) FROM list_items").fetchone()[0] == 1  # cascade


def test_notes_are_dated_several_per_cluster_searchable_and_restorable(conn):
    first = notes.add_note(conn, "mx-nle-claut", "Reunión con el director general")
    notes.add_note(conn, "mx-nle-claut", "Second visit: they want a brochure")
    notes.add_note(conn, "mx-que-aero", "Talleres de mantenimiento")
    assert [n.text[:6] for n in notes.notes_for(conn, "mx-nle-claut")] == ["Reunió", "Second"]
    assert first.created_at.endswith("Z") and first.uid
    assert notes.cluster_ids_matching(conn, "REUNION direc") == {"mx-nle-claut"}
    assert notes.cluster_ids_matching(conn, "mantenim") == {"mx-que-aero"}
    assert notes.cluster_ids_matching(conn, '"AND OR *(') == set()  # typed, not FTS syntax
    notes.edit_note(conn, first.uid, "Cena con la directora")
    assert notes.cluster_ids_matching(conn, "reunion") == set()
    assert notes.cluster_ids_matching(conn, "cena") == {"mx-nle-claut"}
    assert notes.delete_note(conn, first.uid)
    assert notes.cluster_ids_matching(conn, "cena") == set()
    assert len(notes.notes_for(conn, "mx-nle-claut")) == 1
    assert notes.restore_note(conn, first.uid)
    assert notes.cluster_ids_matching(conn, "cena") == {"mx-nle-claut"}


def _person(**changes) -> Contact:
    base = {
        "full_name": "María José Pérez", "given_name": "María José", "family_name": "Pérez",
        "organisation": "CLAUT", "role": "Directora",
        "emails": [Email("mj@claut.mx", "work"), Email("mjperez@gmail.com", "home")],
        "phones": [Phone("+52 81 1234 5678", "mobile"), Phone("81 8888 0000", "work")],
        "website": "https://claut.mx",
        "address": Address(street="Av. Constitución 100", city="Monterrey", region="Nuevo León",
                        postal_code="64000", country="México", kind="work"),
        "cluster_ids": ["mx-nle-claut"], "tags": ["auto", "mission 2024"],
        "met_where": "Hannover Messe", "met_when": "2024-04-22", "met_by": "Ana", "priority": 3,
        "follow_ups": [FollowUp("Send the brochure", "2024-05-01")],
        "notes": [DatedNote("Wants to visit Guadalajara in June")]}
    base.update(changes)
    return Contact(**base)


def test_a_contact_is_stored_whole_and_read_back(conn):
    saved = contacts.save_contact(conn, _person())
    again = contacts.get_contact(conn, saved.uid)
    assert again == saved
    assert [(e.address, e.kind) for e in again.emails] == [("mj@claut.mx", "work"),
                                                          ("mjperez@gmail.com", "home")]
    assert again.address.city == "Monterrey" and again.priority == 3
    assert again.follow_ups[0].uid and again.notes[0].uid and again.notes[0].created_at


def test_saving_normalises_repeats_and_blanks(conn):
    saved = contacts.save_contact(conn, _person(
        emails=[Email(" a@x.mx "), Email("A@X.MX"), Email("")],
        phones=[Phone("81 1234 5678"), Phone("81-1234-5678"), Phone(" ")],
        tags=["auto, mission", "Auto", " "], cluster_ids=["mx-a", "mx-a", ""]))
    assert [e.address for e in saved.emails] == ["a@x.mx"]
    assert [p.number for p in saved.phones] == ["81 1234 5678"]
    assert saved.tags == ["auto", "mission"]
    assert saved.cluster_ids == ["mx-a"]


def test_updating_replaces_and_keeps_the_creation_time(conn):
    saved = contacts.save_contact(conn, _person())
    saved.emails.append(Email("third@x.mx"))
    saved.tags = ["only"]
    again = contacts.save_contact(conn, saved)
    assert again.created_at == saved.created_at
    assert [e.address for e in again.emails][-1] == "third@x.mx"
    assert again.tags == ["only"]
    assert contacts.count_contacts(conn) == 1


def test_search_filters_and_due_follow_ups(conn):
    a = contacts.save_contact(conn, _person())
    b = contacts.save_contact(conn, Contact(
        full_name="John Smith", organisation="Aero Corp", tags=["aero"],
        cluster_ids=["mx-que-aero"], follow_ups=[FollowUp("Call", "2030-01-01"),
                                                 FollowUp("Old", "2020-01-01", "done")]))
    names = lambda found: [c.full_name for c in found]
    assert names(contacts.list_contacts(conn, text="perez")) == ["María José Pérez"]
    assert names(contacts.list_contacts(conn, text="guadal")) == ["María José Pérez"]  # a note
    assert names(contacts.list_contacts(conn, text="brochure")) == ["María José Pérez"]
    assert names(contacts.list_contacts(conn, text="gmail")) == ["María José Pérez"]
    assert names(contacts.list_contacts(conn, text="monterrey")) == ["María José Pérez"]
    assert names(contacts.list_contacts(conn, tag="AERO")) == ["John Smith"]
    assert names(contacts.list_contacts(conn, cluster_id="mx-nle-claut")) == ["María José Pérez"]
    assert names(contacts.list_contacts(conn, due_by="2024-06-01")) == ["María José Pérez"]
    assert names(contacts.list_contacts(conn, due_by="2031-01-01")) == [
        "John Smith", "María José Pérez"]
    due = contacts.due_follow_ups(conn, "2031-01-01")
    assert [(d.contact_uid, d.follow_up.action) for d in due] == [
        (a.uid, "Send the brochure"), (b.uid, "Call")]
    assert [t.tag for t in contacts.all_tags(conn)] == ["aero", "auto", "mission 2024"]


def test_delete_is_soft_and_restorable(conn):
    saved = contacts.save_contact(conn, _person())
    assert contacts.delete_contact(conn, saved.uid)
    assert contacts.get_contact(conn, saved.uid) is None
    assert contacts.list_contacts(conn) == []
    assert contacts.list_contacts(conn, text="perez") == []
    assert contacts.due_follow_ups(conn, "2031-01-01") == []
    assert [c.uid for c in contacts.list_contacts(conn, deleted_only=True)] == [saved.uid]
    assert contacts.restore_contact(conn, saved.uid)
    assert contacts.get_contact(conn, saved.uid) == saved
    assert contacts.purge_contact(conn, saved.uid)
    assert conn.execute("SELECT count(*) FROM contact_emails").fetchone()[0] == 0


def test_likely_duplicates_by_uid_email_or_name_and_organisation(conn):
    saved = contacts.save_contact(conn, _person())
    by = lambda c: [(why, email) for _, why, email in contacts.find_candidates(conn, c)]
    assert by(Contact(uid=saved.uid)) == [(MatchReason.SAME_UID, "")]
    assert by(Contact(full_name="X", emails=[Email("MJ@claut.mx")])) == [
        (MatchReason.SAME_EMAIL, "MJ@claut.mx")]
    assert by(Contact(full_name="maria jose  perez", organisation="claut")) == [
        (MatchReason.SAME_NAME, "")]
    assert by(Contact(full_name="María José Pérez", organisation="Other")) == []
    assert by(Contact(organisation="CLAUT")) == []
