"""Reading the CSV layouts other apps write: Google (current and older exports), Outlook (English
and Spanish headers, Windows-1252), and a hand-made sheet."""

from __future__ import annotations

import codecs

import pytest

from desktop_app.errors import ParseError
from desktop_app.interchange.common import LineProblem
from desktop_app.interchange.csvformats import detect_layout, read_csv

GOOGLE_NOW = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,"
    "Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,"
    "Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
    "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Website 1 - Label,Website 1 - Value\r\n"
    "Lucía,,Hernández,,,,Dra.,,,,Clúster Aeroespacial,Directora,Ventas,,"
    "\"Conocida en FAMEX\nquiere visita\",,* myContacts ::: Querétaro ::: * starred,"
    "* Work,lucia@aero.mx,Home,lucia.h@gmail.com ::: lucia2@gmail.com,Mobile,+52 442 123 4567,"
    "Work Fax,+52 442 765 4321,Work,\"Av. 5 de Febrero 1\nQuerétaro\",Av. 5 de Febrero 1,"
    "Querétaro,,Qro.,76000,México,,,https://aero.mx\r\n"
    ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
    ",,,,,,,,,,,,,1980-01-01,,,,,,,,,,,,,,,,,,,,,,\r\n"
)

GOOGLE_OLD = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
    "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
    "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Organization 1 - Type,"
    "Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,"
    "Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,"
    "Organization 1 - Job Description,Website 1 - Type,Website 1 - Value\n"
    "Jürgen Weiß,Jürgen,,Weiß,,,,,,,,,,,,,,,,,,,,,,Met at Hannover,,,* My Contacts ::: Germany,"
    "* Work,jw@firma.de ::: juergen@web.de,Mobile,+49 170 1234567,Work,+49 511 000,"
    ",Firma GmbH,,Einkauf,,,,,Profile,http://firma.de\n"
)

OUTLOOK_EN = (
    '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title",'
    '"Business Street","Business City","Business State","Business Postal Code",'
    '"Business Country/Region","Business Fax","Business Phone","Home Phone","Mobile Phone",'
    '"Categories","E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address",'
    '"E-mail 3 Address","Notes","Web Page"\r\n'
    '"Sr.","José","","Martínez","","Grupo Industrial","Compras","Gerente","Calle 1",'
    '"Saltillo","Coahuila","25000","México","+52 844 000 0001","+52 844 000 0002","",'
    '"+52 1 844 123 4567","Proveedores;Coahuila","jose@grupo.mx","SMTP",'
    '"José Martínez (jose@grupo.mx)","jmartinez@hotmail.com","jm@otro.mx","Línea 1\r\nLínea 2",'
    '"grupo.mx"\r\n'
)

OUTLOOK_ES = (
    "Nombre;Segundo nombre;Apellidos;Organización;Puesto;Dirección de correo electrónico;"
    "Teléfono móvil;Teléfono del trabajo;Notas;Categorías\r\n"
    "Ana;;López;Cluster TI;Directora;ana@ti.mx;+52 33 1234 5678;+52 33 8765 4321;Nota;TI\r\n"
)


def _one(text: str | bytes, encoding: str = "utf-8"):
    data = text if isinstance(text, bytes) else text.encode(encoding)
    result = read_csv(data, "test.csv")
    return result


def test_google_current_export():
    result = _one(codecs.BOM_UTF8 + GOOGLE_NOW.encode())
    assert result.format == "csv-google"
    (parsed,) = result.contacts
    c = parsed.contact
    assert (c.given_name, c.family_name, c.full_name) == ("Lucía", "Hernández",
                                                          "Dra. Lucía Hernández")
    assert c.organisation == "Clúster Aeroespacial, Ventas" and c.role == "Directora"
    assert [(e.address, e.kind) for e in c.emails] == [
        ("lucia@aero.mx", "work"), ("lucia.h@gmail.com", "home"), ("lucia2@gmail.com", "home")]
    assert [(p.number, p.kind) for p in c.phones] == [("+52 442 123 4567", "mobile"),
                                                      ("+52 442 765 4321", "work fax")]
    assert c.tags == ["Querétaro"]
    assert c.notes[0].text == "Conocida en FAMEX\nquiere visita"
    assert c.address.city == "Querétaro" and c.address.postal_code == "76000"
    assert c.website == "https://aero.mx"
    assert parsed.line == 2
    # the first row spans lines 2-4; a blank row is no record; a birthday alone is not enough
    assert [(s.line, s.problem) for s in result.skipped] == [(6, LineProblem.NO_IDENTITY)]


def test_google_older_export():
    (parsed,) = _one(GOOGLE_OLD).contacts
    c = parsed.contact
    assert c.full_name == "Jürgen Weiß"
    assert [e.address for e in c.emails] == ["jw@firma.de", "juergen@web.de"]
    assert c.organisation == "Firma GmbH" and c.role == "Einkauf"
    assert c.tags == ["Germany"]


def test_outlook_english_in_windows_1252():
    result = _one(OUTLOOK_EN, "cp1252")
    assert result.format == "csv-outlook"
    c = result.contacts[0].contact
    assert (c.given_name, c.family_name, c.full_name) == ("José", "Martínez",
                                                          "Sr. José Martínez")
    assert [e.address for e in c.emails] == ["jose@grupo.mx", "jmartinez@hotmail.com",
                                             "jm@otro.mx"]
    assert {(p.number, p.kind) for p in c.phones} == {
        ("+52 1 844 123 4567", "mobile"), ("+52 844 000 0002", "work"),
        ("+52 844 000 0001", "work fax")}
    assert c.tags == ["Proveedores", "Coahuila"]
    assert c.address.city == "Saltillo" and c.address.kind == "work"
    assert c.notes[0].text == "Línea 1\nLínea 2"


def test_outlook_spanish_headers_and_semicolons():
    c = _one(OUTLOOK_ES).contacts[0].contact
    assert (c.given_name, c.family_name, c.organisation, c.role) == (
        "Ana", "López", "Cluster TI", "Directora")
    assert [e.address for e in c.emails] == ["ana@ti.mx"]
    assert [p.kind for p in c.phones] == ["mobile", "work"]


def test_a_hand_made_sheet():
    c = _one("Name,Email,Phone,Company,Tags\nPedro Páramo,pp@x.mx; pedro@y.mx,"
             "55 1234 5678,Comala SA,\"a, b\"\n").contacts[0].contact
    assert c.full_name == "Pedro Páramo" and len(c.emails) == 2 and c.tags == ["a", "b"]


def test_utf16_with_bom():
    data = codecs.BOM_UTF16_LE + OUTLOOK_EN.encode("utf-16-le")
    assert _one(data).contacts[0].contact.given_name == "José"


@pytest.mark.parametrize("headers, layout", [
    (["First Name", "E-mail 1 - Value"], "google"),
    (["Name", "Group Membership"], "google"),
    (["First Name", "Last Name", "E-mail Address"], "outlook"),
    (["Nombre", "Dirección de correo electrónico"], "outlook-es"),
    (["email"], "csv"),
    (["First Name", "Last Name", "Primary Email", "Display Name"], "thunderbird"),
    (["Vorname", "Nachname", "E-Mail-Adresse"], "outlook-de"),
    (["colour", "size"], ""),
])
def test_layout_detection(headers, layout):
    assert detect_layout(headers) == layout


def test_an_unknown_sheet_is_refused_on_line_1():
    with pytest.raises(ParseError) as info:
        read_csv(b"colour,size\nred,big\n", "things.csv")
    assert info.value.line == 1 and "E-mail Address" in info.value.reason
    assert "things.csv, line 1" in str(info.value)
