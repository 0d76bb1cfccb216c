"""A file is refused, as InvalidInput with its line and the reason, only when it is really broken:
no card or row can be read, a card is cut short, the quoting is broken. One odd line is skipped
and named, and the rest is read."""

from __future__ import annotations

import pytest

from desktop_app.errors import InvalidInput, ParseError
from desktop_app.interchange.common import LineProblem
from desktop_app.interchange.formats import guess_format, read_bytes, read_file

GOOD_CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEMAIL:ana@x.mx\r\nEND:VCARD\r\n"


@pytest.mark.parametrize("text, line, words", [
    ("", 1, "no vCard"),
    ("hello world\n", 1, "no vCard"),
    (GOOD_CARD + "BEGIN:VCARD\r\nFN:Cut short\r\n", 6, "no END:VCARD"),
    ("END:VCARD\r\n", 1, "no vCard"),
    ("BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\nBEGIN:VCARD\r\nBEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n",
     4, "no END:VCARD"),
])
def test_broken_vcards_name_the_line_and_the_reason(text, line, words):
    with pytest.raises(ParseError) as info:
        read_bytes(text.encode(), "vcf", "people.vcf")
    assert isinstance(info.value, InvalidInput)
    assert info.value.line == line
    assert words in info.value.reason
    assert f"people.vcf, line {line}" in str(info.value)
    assert "Nothing was imported" in str(info.value)


@pytest.mark.parametrize("text, line, words", [
    ("First Name,E-mail 1 - Value\nBea,bea@x.mx,extra\n", 2, "3 cells"),
    ('First Name,E-mail 1 - Value\nAna,"unterminated\n', 2, "not readable as CSV"),
    ("", 1, "empty"),
])
def test_broken_csv_names_the_line_and_the_reason(text, line, words):
    with pytest.raises(ParseError) as info:
        read_bytes(text.encode(), "csv", "people.csv")
    assert info.value.line == line, info.value
    assert words in info.value.reason


@pytest.mark.parametrize("text, line, words", [
    ('{"contacts": [\n  {"full_name": "Ana"},\n  {"full_name": "Bea",\n', 4, "not valid JSON"),
    ('{"contacts": [\n  {"full_name": "Ana"},\n  {"emails": "x@y"}\n]}', 3,
     "contacts[1].emails"),
    ('{"format": "something else"}', None, "not a Cluster Atlas export"),
    ('{"version": 99}', None, "newer"),
    ('"just a string"', None, "expected"),
    ('{"bookmarks": [{"created_at": "x"}]}', 1, "'cluster_id' is missing"),
])
def test_broken_json_names_the_line_or_the_record(text, line, words):
    with pytest.raises(ParseError) as info:
        read_bytes(text.encode(), "json", "all.json")
    assert info.value.line == line
    assert words in info.value.reason


@pytest.mark.parametrize("text, line, problem, shown", [
    (GOOD_CARD + "trailing junk\r\n", 6, LineProblem.OUTSIDE_CARD, "trailing junk"),
    ("ENCODING:UTF-8\r\n" + GOOD_CARD, 1, LineProblem.OUTSIDE_CARD, "ENCODING:UTF-8"),
    ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nthis line has no colon\r\nEND:VCARD\r\n", 4,
     LineProblem.NO_VALUE, "this line has no colon"),
    ("BEGIN:VCARD\r\nFN:Ana\r\nBAD NAME:x\r\nEND:VCARD\r\n", 3, LineProblem.BAD_NAME,
     "BAD NAME"),
    ("BEGIN:VCARD\r\nFN:Ana\r\n# a comment\r\nEND:VCARD\r\n", 3, LineProblem.COMMENT,
     "# a comment"),
    ("END:VCARD\r\n" + GOOD_CARD, 1, LineProblem.OUTSIDE_CARD, "END:VCARD"),
])
def test_one_odd_vcard_line_is_skipped_and_named_and_the_rest_read(text, line, problem, shown):
    result, _ = read_bytes(text.encode(), "vcf", "people.vcf")
    assert [c.contact.full_name for c in result.contacts] == ["Ana"]
    (skipped,) = result.skipped
    assert (skipped.line, skipped.problem, skipped.shown) == (line, problem, shown)
    assert str(skipped).startswith(f"line {line}: {problem.text}")


def test_a_csv_row_that_does_not_fit_the_header_is_skipped_and_named():
    result, _ = read_bytes(b"First Name,E-mail 1 - Value\nAna,ana@x.mx\nBea,bea@x.mx,extra\n",
                           "csv", "people.csv")
    assert [c.contact.given_name for c in result.contacts] == ["Ana"]
    (skipped,) = result.skipped
    assert skipped.line == 3 and skipped.problem is LineProblem.UNREADABLE
    assert "3 cells" in skipped.reason


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(InvalidInput, match="no such file"):
        read_file(tmp_path / "nope.vcf")
    with pytest.raises(InvalidInput, match="folder"):
        read_file(tmp_path)


def test_the_format_is_guessed_from_the_name_or_the_content(tmp_path):
    assert guess_format(tmp_path / "a.vcf", b"") == "vcf"
    assert guess_format(tmp_path / "a.csv", b"First Name") == "csv"
    assert guess_format(tmp_path / "a.json", b"") == "json"
    assert guess_format(tmp_path / "export", b'\xef\xbb\xbf  {"contacts": []}') == "json"
    assert guess_format(tmp_path / "export", b"BEGIN:VCARD\r\n") == "vcf"
    assert guess_format(tmp_path / "a.txt", b"BEGIN:VCARD\r\n") == "vcf"
    utf16 = "BEGIN:VCARD\r\nFN:Zoë\r\nEND:VCARD\r\n".encode("utf-16-le")
    assert guess_format(tmp_path / "export", utf16) == "vcf"  # no BOM: told by the NULs
    assert guess_format(tmp_path / "a.txt", b"\xff\xfe" + utf16) == "vcf"
