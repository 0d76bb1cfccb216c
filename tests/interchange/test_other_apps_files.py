"""Issue 12, class by class, on files other apps wrote: Thunderbird CSV, localised Outlook CSV,
the odd vCard lines, encodings, nested and multi-version files, phones, and the size cap."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.errors import ParseError
from desktop_app.interchange.common import (
    MAX_VALUE_BYTES,
    EncodingSource,
    LineProblem,
)
from desktop_app.interchange.formats import read_bytes, read_file
from desktop_app.interchange.vcard import read_vcards
from desktop_app.userdata.contact_values import normalised

DATA = Path(__file__).resolve().parents[1] / "data"
CSV, QUIRKS, MADE = DATA / "csv", DATA / "vcard-quirks", DATA / "constructed"


def read(path: Path):
    result, _ = read_file(path)
    return result


def people(path: Path):
    return [p.contact for p in read(path).contacts]


def test_every_sample_file_is_there_with_its_sources():
    for folder in (CSV, QUIRKS, MADE):
        assert (folder / "SOURCES.md").exists()
        named = (folder / "SOURCES.md").read_text(encoding="utf-8")
        for path in folder.iterdir():
            if path.suffix in (".csv", ".vcf"):
                assert f"`{path.name}`" in named, path.name


@pytest.mark.parametrize("path", sorted(p for folder in (CSV, QUIRKS, MADE)
                                        for p in folder.iterdir() if p.suffix in (".csv", ".vcf")),
                         ids=lambda p: p.name)
def test_every_sample_is_read_with_names_that_decode(path):
    result = read(path)
    assert result.contacts
    for parsed in result.contacts:
        assert parsed.contact.display_name and "\ufffd" not in parsed.contact.display_name


# --- 1. Thunderbird's CSV ---------------------------------------------------------------------


@pytest.mark.parametrize("name, encoding, expected", [
    ("thunderbird_basic_addressbook.csv", "utf-8", [("John Doe", "johndoe@host.invalid")]),
    ("thunderbird_basic_csv_addressbook.csv", "utf-8",
     [("John Doe", "john@doe.invalid"), ("Jane Doe", "jane@doe.invalid")]),
    ("thunderbird_csv_semicolon.csv", "utf-8",
     [("John Doe", "john@doe.invalid"), ("Jane Doe", "jane@doe.invalid")]),
    ("thunderbird_utf16_addressbook.csv", "utf-16-le", [("John Doe", "johndoe@host.invalid")]),
    ("thunderbird_shiftjis_addressbook.csv", "shift_jis",
     [("名無しの権兵衛", "名無しの権兵衛@host.invalid")]),
])
def test_thunderbird_csv_keeps_display_name_and_primary_email(name, encoding, expected):
    result = read(CSV / name)
    assert result.format == "csv-thunderbird" and result.encoding.name == encoding
    assert [(c.contact.full_name, c.contact.emails[0].address) for c in result.contacts] == (
        expected)


def test_thunderbird_company_row_with_only_a_phone_is_kept():
    (acer,) = people(CSV / "thunderbird_quote.csv")
    assert acer.organisation == "Acer America" and acer.display_name == "Acer America"
    assert (acer.full_name, acer.given_name) == ("", "")  # a company, not a person "America"
    assert [(p.number, p.kind) for p in acer.phones] == [("(800) 000-0000", "work")]


def test_thunderbird_export_with_cr_tab_and_quotes_in_cells():
    one, two = people(CSV / "thunderbird_export.csv")
    assert (one.given_name, one.family_name, one.full_name) == ("contact", "one",
                                                                 "contact number one")
    assert [e.address for e in two.emails] == ["contact2@invalid"]
    assert two.notes[0].text == "here's some unicode text…"


# --- 2. Outlook in other languages, and generic columns ----------------------------------------


@pytest.mark.parametrize("name, given, family, organisation, email, mobile, codepage", [
    ("outlook_de_cp1252.csv", "Jürgen", "Weiß", "Maschinenbau Süd GmbH, Einkauf",
     "j.weiss@ms-sued.de", "+49 170 1234567", "cp1252"),
    ("outlook_fr_cp1252.csv", "François", "Lefèvre", "Aéro Sud", "f.lefevre@aerosud.fr",
     "+33 6 12 34 56 78", "cp1252"),
    ("outlook_es_cp1252.csv", "María Fernanda", "Garza Treviño", "Clúster Automotriz",
     "mfgarza@claut.mx", "+52 81 1234 5678", "cp1252"),
    ("outlook_it_cp1252.csv", "Giulia", "Ricciardi", "Meccanica Città Srl",
     "g.ricciardi@meccanica.it", "+39 333 123 4567", "cp1252"),
    ("outlook_nl_cp1252.csv", "Joost", "Berg", "Hoofddorp Techniek BV",
     "joost@hoofddorp-techniek.nl", "+31 6 1234 5678", "cp1252"),
    ("outlook_pl_cp1250.csv", "Paweł", "Mańkowski", "Zakłady Łódź Sp. z o.o.",
     "pawel.mankowski@zaklady-lodz.pl", "+48 601 234 567", "cp1250"),
    ("outlook_pt_cp1252.csv", "João", "Conceição", "Metalúrgica do Porto",
     "joao.conceicao@metporto.pt", "+351 912 345 678", "cp1252"),
    ("outlook_pt_br_cp1252.csv", "Luciana", "Magalhães", "Autopeças São Paulo",
     "luciana@autopecas.com.br", "+55 11 91234 5678", "cp1252"),
    ("outlook_cs_cp1250.csv", "Jiří", "Dvořák", "Strojírny Příbram a.s.",
     "jiri.dvorak@strojirny.cz", "+420 601 234 567", "cp1250"),
    ("outlook_da_cp1252.csv", "Søren", "Østergaard", "Ålborg Maskinfabrik",
     "soeren@aalborg-maskin.dk", "+45 20 12 34 56", "cp1252"),
])
def test_localised_outlook_csv(name, given, family, organisation, email, mobile, codepage):
    result = read(MADE / name)
    assert result.format.startswith("csv-outlook-")
    assert result.encoding.name == codepage
    c = result.contacts[0].contact
    assert (c.given_name, c.family_name, c.organisation) == (given, family, organisation)
    assert c.emails[0].address == email
    assert (mobile, "mobile") in [(p.number, p.kind) for p in c.phones]


def test_french_outlook_titre_twice_is_title_then_job_title():
    (c,) = people(MADE / "outlook_fr_cp1252.csv")
    assert (c.name_prefix, c.role) == ("M.", "Directeur")


def test_german_outlook_work_details_and_a_company_row():
    jurgen, company = people(MADE / "outlook_de_cp1252.csv")
    assert jurgen.name_prefix == "Herr" and jurgen.role == "Leiter"
    assert jurgen.address.city == "Stuttgart" and jurgen.address.kind == "work"
    assert jurgen.tags == ["Hannover Messe", "Automotive"]
    assert {p.kind for p in jurgen.phones} == {"work", "work fax", "mobile"}
    assert company.organisation == "Zulieferer Nord AG"
    assert [(p.number, p.kind) for p in company.phones] == [("+49 40 555 0", "main")]


def test_generic_email_and_phone_columns():
    (c,) = people(MADE / "generic_web_app_columns.csv")
    assert [(e.address, e.kind) for e in c.emails] == [
        ("ana@claut.mx", ""), ("ana.ruiz@gmail.com", "home"), ("aruiz@claut.mx", "work"),
        ("ana@otro.mx", "other")]
    assert [(p.number, p.kind) for p in c.phones] == [("+52 81 1111 2222", "mobile"),
                                                      ("+52 81 3333 4444", "work")]
    assert (c.organisation, c.role) == ("CLAUT", "Directora")


def test_lines_above_the_header_row_are_named_and_the_rows_read():
    result = read(MADE / "linkedin_connections_preamble.csv")
    assert [(s.line, s.problem) for s in result.skipped] == [
        (1, LineProblem.BEFORE_HEADER), (2, LineProblem.BEFORE_HEADER)]
    assert result.skipped[0].shown == "Notes:"
    maria, john = [p.contact for p in result.contacts]
    assert [p.line for p in result.contacts] == [5, 6]
    assert (maria.given_name, maria.family_name, maria.organisation, maria.role) == (
        "María", "Pérez Gómez", "CLAUT", "Directora de Innovación")
    assert [e.address for e in maria.emails] == ["maria@claut.com.mx"]
    assert maria.website == "https://www.linkedin.com/in/mariaperez"
    assert (john.full_name, john.emails) == ("John Smith", [])


def test_a_preamble_above_a_semicolon_header_and_a_file_with_no_header_at_all():
    text = ("Exported by SomeCRM 4.2\r\n\r\nName;Email;Phone\r\n"
            "Ana Ruiz;ana@claut.mx;+52 81 1111 2222\r\n")
    result, _ = read_bytes(text.encode(), "csv")
    (c,) = [p.contact for p in result.contacts]
    assert (c.full_name, c.emails[0].address, c.phones[0].number) == (
        "Ana Ruiz", "ana@claut.mx", "+52 81 1111 2222")
    assert [(s.line, s.shown) for s in result.skipped] == [(1, "Exported by SomeCRM 4.2")]
    assert result.contacts[0].line == 4
    with pytest.raises(ParseError, match="line 1"):
        read_bytes(b"Notes:\nsome text\nnothing,that,names,columns\n", "csv")


def test_phones_written_as_tel_uris_keep_their_extension():
    (c,) = people(MADE / "vcard40_nextcloud_tel_uri.vcf")
    assert [(p.number, p.kind) for p in c.phones] == [("+52-81-1234-5678", "mobile"),
                                                      ("+52-81-8000-1000 ext. 123", "work")]
    assert c.tags == ["energía", "Monterrey"]


# --- 3. one odd line -----------------------------------------------------------------------------


def test_comment_lines_are_skipped_but_a_qp_continuation_starting_with_hash_is_kept():
    result = read(QUIRKS / "aosp_v21_invalid_comment_line.vcf")
    (c,) = [p.contact for p in result.contacts]
    assert [(s.line, s.problem) for s in result.skipped] == [(6, LineProblem.COMMENT),
                                                            (9, LineProblem.COMMENT)]
    assert c.notes[0].text == ("This is an (sharp ->#<- sharp) example. This message must NOT "
                               "be ignored.")


def test_a_stray_line_before_the_first_card():
    result = read(MADE / "vcard_stray_encoding_line.vcf")
    assert [c.contact.full_name for c in result.contacts] == ["Ana Ruiz"]
    assert [(s.line, s.problem, s.shown) for s in result.skipped] == [
        (1, LineProblem.OUTSIDE_CARD, "ENCODING:UTF-8")]


def test_a_bare_fn_without_a_colon_is_skipped_and_the_card_kept():
    result = read(QUIRKS / "kcontacts_vcard4_bare_fn.vcf")
    (c,) = [p.contact for p in result.contacts]
    assert [(s.line, s.problem, s.shown) for s in result.skipped] == [
        (3, LineProblem.NO_VALUE, "FN")]
    assert c.organisation == "Ximian, Inc." and c.emails[0].address == "hello@ximian.com"
    assert len(c.phones) == 2


def test_a_bare_cr_inside_a_field_stays_in_the_value():
    result = read(MADE / "vcard_bare_cr_in_custom_field.vcf")
    (parsed,) = result.contacts
    assert result.skipped == [] and parsed.contact.notes[0].text == "one\ntwo"
    assert parsed.contact.phones[0].number == "+52 442 000 0000"
    assert "x-custom1" in parsed.warnings[0]


def test_a_parameter_after_a_comma():
    (c,) = people(MADE / "vcard_label_comma_type.vcf")
    assert (c.address.street, c.address.city, c.address.kind) == ("Calle 1", "Querétaro",
                                                                  "home")


def test_property_names_with_a_slash_are_read_and_left_out():
    result = read(QUIRKS / "kcontacts_legacy_messaging_fields.vcf")
    (parsed,) = result.contacts
    assert result.skipped == [] and parsed.contact.full_name == "My Name"
    assert "x-messaging/twitter-all" in parsed.warnings[0]


@pytest.mark.parametrize("name, names", [
    ("thunderbird_dos_vcard_addressbook.vcf", ["Name Surname"]),
    ("thunderbird_emptylines_vcard_addressbook.vcf", ["John Doe", "Jane Doe"]),
    ("ezvcard_gmail_list_v30.vcf", ["Arnold Smith", "Chris Beatle", "Doug White"]),
    ("aosp_v21_invalid_multiple_line.vcf", ["Omega"]),
])
def test_line_endings_blank_lines_and_folds(name, names):
    assert [c.full_name for c in people(QUIRKS / name)] == names


# --- 4. encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name, codec", [("thunderbird_utf16le_no_bom.csv", "utf-16-le"),
                                         ("thunderbird_utf16be_no_bom.csv", "utf-16-be"),
                                         ("vcard_utf16le_no_bom.vcf", "utf-16-le")])
def test_utf16_without_a_byte_order_mark(name, codec):
    result = read(MADE / name)
    assert (result.encoding.name, result.encoding.source) == (codec, EncodingSource.DETECTED)
    assert result.contacts[0].contact.emails


def test_polish_in_windows_1250_keeps_its_letters():
    result = read(MADE / "vcard_polish_cp1250_no_charset.vcf")
    assert (result.encoding.name, result.encoding.source) == ("cp1250", EncodingSource.GUESSED)
    assert str(result.encoding) == "Windows-1250 (guessed from the letters)"
    pawel, grazyna = [p.contact for p in result.contacts]
    assert pawel.full_name == "Paweł Mańkowski" and pawel.organisation == "Zakłady Łódź"
    assert grazyna.family_name == "Wiśniewska"


def test_shift_jis_declared_per_property_on_a_nec_phone():
    result = read(QUIRKS / "aosp_v21_multiple_entry.vcf")
    assert (result.encoding.name, result.encoding.source) == ("shift_jis",
                                                              EncodingSource.DECLARED)
    assert [c.contact.family_name for c in result.contacts] == [
        "安藤ロイド3", "安藤ロイド4", "安藤ロイド5"]


# --- 5. nested and multi-version files -----------------------------------------------------------


@pytest.mark.parametrize("path, names", [
    (QUIRKS / "aosp_v21_nest.vcf", ["parent", "nest1", "nest2"]),
    (MADE / "vcard_agent_v21.vcf", ["Rodrigo Treviño", "Paola Salinas"]),
    (MADE / "vcard_agent_v30_escaped.vcf", ["Rodrigo Treviño", "Paola Salinas"]),
])
def test_each_card_inside_a_card_counts(path, names):
    contacts = people(path)
    assert [c.full_name for c in contacts] == names
    if "agent" in path.name:
        assert contacts[1].emails[0].address == "psalinas@x.mx"
        assert contacts[0].emails[0].address == "rtrevino@x.mx"  # after the embedded card


def test_a_file_mixing_21_30_and_40_cards():
    first, second, third = people(MADE / "vcard_mixed_21_30_40.vcf")
    assert first.family_name == "Angstadt" and first.emails
    assert second.organisation == "Smith Auto Repair"
    assert third.full_name == "Dummy, Dummy" and len(third.phones) == 2


# --- 6. phones ------------------------------------------------------------------------------------


def test_phones_are_merged_only_when_kind_and_value_coincide():
    (c,) = people(MADE / "vcard_phones_same_digits.vcf")
    assert [(p.number, p.kind) for p in normalised(c).phones] == [
        ("+52 81 1234 5678", "work"), ("+52 81 1234 5678", "work fax"),
        ("555 1234 (Ana)", ""), ("555 1234 (Bea)", "")]


# --- 7. one property too large ---------------------------------------------------------------------


def test_a_value_over_the_cap_is_left_out_and_said_so():
    photo = b"A" * (MAX_VALUE_BYTES + 10)
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nEMAIL:big@x.mx\r\n"
            b"PHOTO;ENCODING=b;TYPE=JPEG:" + photo + b"\r\nEND:VCARD\r\n")
    (parsed,) = read_vcards(data).contacts
    assert parsed.contact.photo is None and parsed.contact.emails[0].address == "big@x.mx"
    assert parsed.warnings == [
        "line 5: photo left out: 2.0 MB is over the 2 MB limit for one value"]


def test_an_email_written_with_the_name_keeps_the_address():
    (omega,) = people(QUIRKS / "aosp_v21_invalid_multiple_line.vcf")
    assert [e.address for e in omega.emails] == ["omega@example.com"]


def test_a_csv_cell_over_the_cap_is_left_out_and_said_so():
    note = "x" * (MAX_VALUE_BYTES + 1)
    data = f'Name,Email,Notes\r\nAna,ana@x.mx,"{note}"\r\nBea,bea@x.mx,short\r\n'.encode()
    result, _ = read_bytes(data, "csv")
    ana, bea = result.contacts
    assert ana.contact.notes == [] and ana.contact.emails[0].address == "ana@x.mx"
    assert ana.warnings == ["line 2: Notes left out: 2.0 MB is over the 2 MB limit for one value"]
    assert bea.contact.notes[0].text == "short" and bea.warnings == []


@pytest.mark.parametrize("header, row, expected", [
    (("Formatted Name,Family Name,Given Name,Additional Names,Honorific Prefixes,Email Address,"
      "Mobile Phone,Organization,Role"),
     "Dr. Ana María Ruiz,Ruiz,Ana,María,Dr.,ana@x.mx,+52 1,CLAUT,Directora",
     ("Dr.", "Ana", "María", "Ruiz", "ana@x.mx", "+52 1", "CLAUT")),
    ("First,Middle,Last,Email,Alternate Email 1,Mobile,Company",
     "Ana,María,Ruiz,ana@x.mx,ana2@x.mx,+52 1,CLAUT",
     ("", "Ana", "María", "Ruiz", "ana@x.mx", "+52 1", "CLAUT")),
])
def test_other_apps_generic_columns(header, row, expected):
    result, _ = read_bytes(f"{header}\r\n{row}\r\n".encode(), "csv")
    c = result.contacts[0].contact
    assert (c.name_prefix, c.given_name, c.middle_name, c.family_name, c.emails[0].address,
            c.phones[0].number, c.organisation) == expected


def test_quoted_type_lists_as_nextcloud_writes_them():
    data = (b'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nTEL;TYPE="HOME,VOICE":+52 1\r\n'
            b'EMAIL;TYPE="INTERNET,WORK":ana@x.mx\r\nEND:VCARD\r\n')
    (c,) = [p.contact for p in read_vcards(data).contacts]
    assert [(p.number, p.kind) for p in c.phones] == [("+52 1", "home")]
    assert [(e.address, e.kind) for e in c.emails] == [("ana@x.mx", "work")]


def test_excel_sep_line_and_cards_joined_with_their_byte_order_marks():
    result, _ = read_bytes(b"sep=;\r\nName;Email\r\nAna;ana@x.mx\r\n", "csv")
    assert [(p.line, p.contact.emails[0].address) for p in result.contacts] == [(3, "ana@x.mx")]
    card = "\ufeffBEGIN:VCARD\r\nFN:{0}\r\nEMAIL:{0}@x.mx\r\nEND:VCARD\r\n"
    joined = (card.format("ana") + card.format("bea")).encode("utf-8")
    result = read_vcards(joined)
    assert [c.contact.full_name for c in result.contacts] == ["ana", "bea"]
    assert result.skipped == []


@pytest.mark.parametrize(("data", "said"), [
    (b"PK\x03\x04\x14\x00\x06\x00", "save it from the spreadsheet as CSV"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office 97-2003"),
    (b"%PDF-1.4\n", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"SQLite format 3\x00", "restored, not imported"),
])
def test_a_file_that_is_no_text_at_all_is_named(data, said):
    for fmt in ("csv", "vcf", "json"):
        with pytest.raises(ParseError, match=said) as refused:
            read_bytes(data + b"\x00" * 64, fmt, "picked.csv")
        assert refused.value.line is None
