"""Names in parts: kept as files structure them, split from a full name only as the file says, and
written back as vCard `N` and the CSV name columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.interchange.formats import read_bytes, read_file, write_bytes
from desktop_app.interchange.names import name_parts, split_full_name
from desktop_app.userdata.models import Contact, NameParts

MADE = Path(__file__).resolve().parents[1] / "data" / "constructed"


@pytest.mark.parametrize("full, parts", [
    ("María Fernanda Garza Treviño", NameParts("", "María Fernanda Garza", "", "Treviño", "")),
    ("Garza Treviño, María Fernanda", NameParts("", "María Fernanda", "", "Garza Treviño", "")),
    ("Lic. Juan Pérez y García", NameParts("Lic.", "Juan", "", "Pérez y García", "")),
    ("Ana de la Garza", NameParts("", "Ana", "", "de la Garza", "")),
    ("Ludwig van Beethoven", NameParts("", "Ludwig", "", "van Beethoven", "")),
    ("John Doe Jr.", NameParts("", "John", "", "Doe", "Jr.")),
    ("Doe, Dr. John Jr.", NameParts("Dr.", "John", "", "Doe", "Jr.")),
    ("Dr. med. Anna Schmidt", NameParts("Dr. med.", "Anna", "", "Schmidt", "")),
    ("Cher", NameParts("", "Cher", "", "", "")),
    ("ana@x.mx", NameParts()),
    ("", NameParts()),
])
def test_a_full_name_alone_is_split_as_the_file_says(full, parts):
    assert split_full_name(full) == parts


def test_the_spanish_two_surnames_only_where_the_file_says_so():
    from_n, only_fn, conjunction, comma, particle, suffix = [
        p.contact for p in read_file(MADE / "vcard_names.vcf")[0].contacts]
    assert (from_n.given_name, from_n.family_name) == ("María Fernanda", "Garza Treviño")
    assert (only_fn.given_name, only_fn.family_name) == ("María Fernanda Garza", "Treviño")
    assert only_fn.full_name == "María Fernanda Garza Treviño"  # what is shown is unchanged
    assert (conjunction.name_prefix, conjunction.family_name) == ("Lic.", "Pérez y García")
    assert (comma.given_name, comma.family_name) == ("María Fernanda", "Garza Treviño")
    assert particle.family_name == "de la Garza"
    assert suffix.name_suffix == "Jr."


def _person() -> Contact:
    return Contact(full_name="Dra. María Fernanda Garza Treviño", name_prefix="Dra.",
                   given_name="María Fernanda", family_name="Garza Treviño",
                   organisation="CLAUT", uid="u-1")


@pytest.mark.parametrize("fmt, line", [
    ("vcf", b"N:Garza Trevi\xc3\xb1o;Mar\xc3\xada Fernanda;;Dra.;"),
    ("vcf4", b"N:Garza Trevi\xc3\xb1o;Mar\xc3\xada Fernanda;;Dra.;"),
])
def test_vcard_n_is_written_from_the_parts(fmt, line):
    assert line in write_bytes(fmt, [_person()])


def test_a_contact_with_one_name_field_still_gets_its_n():
    data = write_bytes("vcf", [Contact(full_name="Pedro Páramo", uid="u-2")])
    assert "N:Páramo;Pedro;;;".encode() in data


@pytest.mark.parametrize("fmt", ["csv-google", "csv-outlook", "vcf", "vcf4", "json"])
def test_the_name_parts_come_back_from_every_format(fmt):
    kind = "vcf" if fmt.startswith("vcf") else fmt.split("-")[0]
    (again,) = [p.contact for p in read_bytes(write_bytes(fmt, [_person()]), kind)[0].contacts]
    assert (again.name_prefix, again.given_name, again.family_name, again.full_name) == (
        "Dra.", "María Fernanda", "Garza Treviño", "Dra. María Fernanda Garza Treviño")


def test_csv_name_columns_are_the_parts():
    header, row = write_bytes("csv-outlook", [_person()]).decode("utf-8-sig").split("\r\n")[:2]
    cells = dict(zip(header.split(","), row.split(",")))
    assert (cells["Title"], cells["First Name"], cells["Last Name"]) == (
        "Dra.", "María Fernanda", "Garza Treviño")
    header, row = write_bytes("csv-google", [_person()]).decode("utf-8-sig").split("\r\n")[:2]
    cells = dict(zip(header.split(","), row.split(",")))
    assert (cells["Name Prefix"], cells["First Name"], cells["Last Name"]) == (
        "Dra.", "María Fernanda", "Garza Treviño")


def test_stored_parts_win_over_a_split():
    c = Contact(full_name="María Fernanda Garza Treviño", given_name="María Fernanda",
                family_name="Garza Treviño")
    assert name_parts(c).family == "Garza Treviño"
    assert name_parts(Contact(full_name="María Fernanda Garza Treviño")).family == "Treviño"
