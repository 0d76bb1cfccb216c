"""One door to every file format: guess it from the name or the content, read it, write it."""

from __future__ import annotations

from pathlib import Path

from desktop_app.errors import FileProblem, ParseError
from desktop_app.interchange.charset import detect_unicode
from desktop_app.interchange.common import ParseResult
from desktop_app.interchange.csv_write import write_google_csv, write_outlook_csv
from desktop_app.interchange.csvformats import read_csv
from desktop_app.interchange.jsonformat import UserDataBundle, read_json, write_json
from desktop_app.interchange.vcard import read_vcards
from desktop_app.interchange.vcard_write import write_vcards
from desktop_app.userdata.models import Contact

READ_FORMATS = ("vcf", "csv", "json")
WRITE_FORMATS = ("vcf", "vcf4", "csv", "csv-google", "csv-outlook", "json")
MAX_BYTES = 200 * 1024 * 1024


def guess_format(path: Path, data: bytes) -> str:
    """"vcf", "csv" or "json", from the file name, else from the first bytes (read as UTF-16
    when they are)."""
    suffix = Path(path).suffix.lower()
    if suffix in (".vcf", ".vcard", ".vcards"):
        return "vcf"
    head = _head_text(data[:4096])
    if suffix in (".csv", ".tsv", ".txt") and b"BEGIN:VCARD" not in head.upper():
        return "csv"
    if suffix == ".json":
        return "json"
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"{", b"["):
        return "json"
    if b"BEGIN:VCARD" in head.upper():
        return "vcf"
    return "csv"


# files people pick by mistake, known by their first bytes: what they are, and what to do instead
_SPREADSHEET = "save it from the spreadsheet as CSV (UTF-8) and import that file"
_OTHER = "import a vCard (.vcf), CSV or Cluster Atlas JSON file"
_BACKUP = "a Cluster Atlas backup is restored, not imported"
_NOT_TEXT = (
    (b"PK\x03\x04", "a spreadsheet or other zipped document (such as .xlsx or .ods)", _SPREADSHEET,
     FileProblem.SPREADSHEET),
    (b"\xd0\xcf\x11\xe0", "an Office 97-2003 document (such as .xls or .msg)", _SPREADSHEET,
     FileProblem.SPREADSHEET),
    (b"%PDF", "a PDF document", _OTHER, FileProblem.DOCUMENT),
    (b"\x89PNG", "a PNG image", _OTHER, FileProblem.DOCUMENT),
    (b"\xff\xd8\xff", "a JPEG image", _OTHER, FileProblem.DOCUMENT),
    (b"SQLite format 3\x00", "an SQLite database", _BACKUP, FileProblem.DATABASE),
)


def _not_contacts(data: bytes, source: str = "") -> ParseError | None:
    """The error for bytes that are no contacts file at all ("this is a PDF document, ..."), else
    None."""
    for magic, what, advice, problem in _NOT_TEXT:
        if data.startswith(magic):
            return ParseError(f"this is {what}, not a file of contacts: {advice}", None, source,
                              problem)
    return None


def _head_text(head: bytes) -> bytes:
    """The first bytes, UTF-16 made UTF-8 (a BOM or the NUL bytes say which)."""
    found = detect_unicode(head[:len(head) - len(head) % 2])
    if found is not None and found.name.startswith("utf-16"):
        return head.decode(found.name, errors="ignore").lstrip("\ufeff").encode("utf-8")
    return head


def file_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a file the user chose to import (contacts, a calendar); ParseError in the
    file's words when it is missing, a folder, not readable or larger than `limit`."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise ParseError(f"the file is too large ({size // 1_048_576} MB)", None, path.name,
                             FileProblem.TOO_LARGE, f"{size // 1_048_576}")
        return path.read_bytes()
    except FileNotFoundError:
        raise ParseError("no such file", None, str(path), FileProblem.NOT_FOUND) from None
    except IsADirectoryError:
        raise ParseError("this is a folder, not a file", None, str(path),
                         FileProblem.FOLDER) from None
    except PermissionError:
        raise ParseError("not allowed to read the file", None, str(path),
                         FileProblem.NOT_ALLOWED) from None
    except OSError as exc:
        raise ParseError(f"cannot read it ({exc.strerror})", None, str(path)) from None


def read_file(path: Path, fmt: str | None = None) -> tuple[ParseResult, UserDataBundle | None]:
    """Parse a file of contacts (and, for JSON, everything else the user owns)."""
    path = Path(path)
    data = file_bytes(path)
    return read_bytes(data, fmt or guess_format(path, data), path.name)


def read_bytes(data: bytes, fmt: str, source: str = "") -> tuple[ParseResult,
                                                                 UserDataBundle | None]:
    refused = _not_contacts(data, source)
    if refused:
        raise refused
    if fmt in ("vcf", "vcard", "vcf4"):
        return read_vcards(data, source), None
    if fmt.startswith("csv"):
        return read_csv(data, source), None
    if fmt == "json":
        bundle, result = read_json(data, source)
        return result, bundle
    raise ParseError(f"unknown format {fmt!r}: vcf, csv or json", None, source)


def write_bytes(fmt: str, contacts: list[Contact], bundle: UserDataBundle | None = None) -> bytes:
    """The contacts (or, for JSON, the whole bundle) in a format of WRITE_FORMATS."""
    if fmt in ("vcf", "vcf3"):
        return write_vcards(contacts, "3.0")
    if fmt == "vcf4":
        return write_vcards(contacts, "4.0")
    if fmt in ("csv", "csv-google"):
        return write_google_csv(contacts)
    if fmt == "csv-outlook":
        return write_outlook_csv(contacts)
    if fmt == "json":
        return write_json(bundle or UserDataBundle(contacts=contacts))
    raise ValueError(f"unknown format {fmt!r}")
