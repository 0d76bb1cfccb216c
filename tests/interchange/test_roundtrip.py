"""Writing and reading back: several emails and phones per person survive every format, and our
own fields survive the formats that can carry them."""

from __future__ import annotations

import codecs

import pytest

from desktop_app.interchange.formats import read_bytes, write_bytes
from desktop_app.interchange.merge import merge, same_content
from desktop_app.interchange.vcard import read_vcards
from desktop_app.userdata.models import Contact, Email, Phone
from tests.interchange.people import people

FORMATS = ("vcf", "vcf4", "csv-google", "csv-outlook", "json")


def _read(data: bytes, fmt: str) -> list[Contact]:
    kind = "vcf" if fmt.startswith("vcf") else fmt.split("-")[0]
    result, _ = read_bytes(data, kind)
    return [p.contact for p in result.contacts]


@pytest.mark.parametrize("fmt", FORMATS)
def test_several_emails_and_phones_survive(fmt):
    originals = people()
    back = _read(write_bytes(fmt, originals), fmt)
    assert len(back) == len(originals)
    for original, again in zip(originals, back):
        assert [e.address for e in again.emails] == [e.address for e in original.emails]
        assert sorted(p.number for p in again.phones) == sorted(p.number for p in original.phones)
        assert again.display_name == original.display_name
        assert again.organisation == original.organisation
        assert again.uid == original.uid


@pytest.mark.parametrize("fmt", FORMATS)
def test_reading_our_export_back_changes_nothing_on_merge(fmt):
    """What makes importing your own export a no-op."""
    for original, again in zip(people(), _read(write_bytes(fmt, people()), fmt)):
        assert same_content(merge(original, again), original)


@pytest.mark.parametrize("fmt", ["vcf", "vcf4", "json", "csv-google", "csv-outlook"])
def test_our_own_fields_survive(fmt):
    original = people()[0]
    (again, *_) = _read(write_bytes(fmt, people()), fmt)
    assert again.full_name == original.full_name
    assert again.cluster_ids == original.cluster_ids
    assert again.tags == original.tags
    assert (again.met_where, again.met_when, again.met_by, again.priority) == (
        original.met_where, original.met_when, original.met_by, original.priority)
    assert [(f.action, f.due, f.state) for f in again.follow_ups] == [
        (f.action, f.due, f.state) for f in original.follow_ups]
    assert [n.text for n in again.notes] == [n.text for n in original.notes]
    assert again.role == original.role
    assert again.address.city == "Monterrey" and again.address.postal_code == "64000"


@pytest.mark.parametrize("fmt", ["vcf", "vcf4", "json", "csv-google", "csv-outlook"])
def test_kinds_survive(fmt):
    original = people()[0]
    (again, *_) = _read(write_bytes(fmt, people()), fmt)
    assert [(e.address, e.kind) for e in again.emails] == [
        (e.address, e.kind) for e in original.emails]
    # Outlook has a column per kind of phone: the kinds survive, in its column order
    order = sorted if fmt == "csv-outlook" else list
    assert order((p.number, p.kind) for p in again.phones) == order(
        (p.number, p.kind) for p in original.phones)


@pytest.mark.parametrize("fmt", ["vcf", "vcf4", "json"])
def test_dates_and_uids_of_notes_survive_in_vcard_and_json(fmt):
    original = people()[0]
    (again, *_) = _read(write_bytes(fmt, people()), fmt)
    assert [(n.created_at, n.uid) for n in again.notes] == [
        (n.created_at, n.uid) for n in original.notes]
    assert [f.uid for f in again.follow_ups] == ["f-1", "f-2"]


@pytest.mark.parametrize("fmt", ["vcf", "vcf4", "json"])
def test_photos_survive(fmt):
    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    original = Contact(full_name="With photo", photo=photo, photo_type="png")
    (again,) = _read(write_bytes(fmt, [original]), fmt)
    assert again.photo == photo and again.photo_type == "png"


def test_more_emails_and_phones_than_outlook_has_columns():
    many = Contact(full_name="Many", emails=[Email(f"e{i}@x.mx") for i in range(6)],
                   phones=[Phone(f"+52 81 0000 00{i:02d}", "mobile") for i in range(25)])
    (again,) = _read(write_bytes("csv-outlook", [many]), "csv-outlook")
    assert [e.address for e in again.emails] == [e.address for e in many.emails]
    assert sorted(p.number for p in again.phones) == sorted(p.number for p in many.phones)


def test_vcard_lines_are_folded_at_75_octets_with_crlf():
    data = write_bytes("vcf", people())
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # folds never split a character


def test_vcard_3_and_4_say_their_version_and_uid():
    for fmt, version in (("vcf", b"VERSION:3.0"), ("vcf4", b"VERSION:4.0")):
        data = write_bytes(fmt, people())
        assert data.count(version) == 3
        assert b"UID:3f1c-uid-maria" in data


def test_vcard_custom_kinds_use_groups_other_apps_understand():
    data = write_bytes("vcf", [Contact(full_name="X", phones=[Phone("1", "assistant")])])
    assert b"item1.TEL:1" in data and b"item1.X-ABLabel:assistant" in data


@pytest.mark.parametrize("fmt", ["csv-google", "csv-outlook"])
def test_csv_is_utf8_with_a_bom_and_keeps_accents(fmt):
    data = write_bytes(fmt, people())
    assert data.startswith(codecs.BOM_UTF8)
    assert "Pérez-Núñez".encode() in data and "深圳".encode() in data


def test_google_csv_header_is_googles():
    header = write_bytes("csv-google", people())[3:].split(b"\r\n")[0].decode()
    for column in ("First Name", "Last Name", "Organization Name", "Labels", "E-mail 1 - Label",
                   "E-mail 1 - Value", "E-mail 3 - Value", "Phone 4 - Value",
                   "Address 1 - Street"):
        assert column in header.split(",")


def test_outlook_csv_header_is_outlooks():
    header = write_bytes("csv-outlook", people())[3:].split(b"\r\n")[0].decode()
    columns = header.split(",")
    for column in ("First Name", "Last Name", "Company", "Job Title", "E-mail Address",
                   "E-mail 2 Address", "Mobile Phone", "Business Phone", "Business Fax",
                   "Categories", "Notes", "Web Page"):
        assert column in columns


def test_a_real_card_read_written_and_read_again_is_the_same():
    from tests.user_fixtures import VCARD_FILES

    for path in VCARD_FILES:
        first = [p.contact for p in read_vcards(path.read_bytes()).contacts]
        for fmt in ("vcf", "vcf4", "json"):
            again = _read(write_bytes(fmt, first), fmt)
            for a, b in zip(first, again):
                assert same_content(a, b), (path.name, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_tag_with_a_semicolon_or_a_comma_survives(fmt):
    original = Contact(full_name="Ana", tags=["Monterrey; March", "auto"], uid="u-1")
    (again,) = _read(write_bytes(fmt, [original]), fmt)
    assert again.tags == ["Monterrey; March", "auto"]


@pytest.mark.parametrize("fmt", ["vcf", "vcf4", "json", "csv-google", "csv-outlook"])
def test_a_full_name_that_equals_the_organisation_survives(fmt):
    person = Contact(full_name="Grupo Ruiz", organisation="Grupo Ruiz", uid="u-1")
    company = Contact(organisation="Front desk only", emails=[Email("info@x.mx")], uid="u-2")
    again_person, again_company = _read(write_bytes(fmt, [person, company]), fmt)
    assert again_person.full_name == "Grupo Ruiz"
    assert (again_company.full_name, again_company.given_name) == ("", "")
    assert again_company.display_name == "Front desk only"


def test_the_vcard_export_says_when_a_card_is_a_company():
    data = write_bytes("vcf", [Contact(organisation="ACME", uid="u-1")])
    assert b"X-ABShowAs:COMPANY" in data and b"FN:ACME" in data
    assert b"KIND:org" in write_bytes("vcf4", [Contact(organisation="ACME", uid="u-1")])
