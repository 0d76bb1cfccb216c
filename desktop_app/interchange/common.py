"""What every reader returns and raises, and the vocabulary of email and phone kinds.

Readers turn a file's bytes into `ParsedContact`s (a `Contact` plus the line it started on and
what could not be kept) or raise `ParseError`, an `InvalidInput` that names the line and the
reason. What a reader leaves out is data, not prose: each `SkippedLine` carries its line number
and a `LineProblem`; the `FileEncoding` says how the bytes were decoded and how that was decided.
Readers never touch the database: importing is the service's job (all or nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from desktop_app.userdata.models import Contact

APP_PRODID = "-//Cluster Atlas//Cluster Atlas//EN"
MAX_VALUE_BYTES = 2 * 1024 * 1024  # one value (a photo, a note) longer than this is left out

class LineProblem(Enum):
    """Why a reader left a line (or a record starting on it) out; `text` is said to people."""

    NO_IDENTITY = "a record with no name, organisation, email or phone"
    COMMENT = "a comment"
    NO_VALUE = "a line with no ':' (no value)"
    BAD_NAME = "not a property name"
    OUTSIDE_CARD = "text outside BEGIN:VCARD ... END:VCARD"
    UNREADABLE = "not readable"
    BEFORE_HEADER = "text above the row that names the columns"

    @property
    def text(self) -> str:
        return self.value


@dataclass(frozen=True)
class SkippedLine:
    """One line (or record) a reader left out: where, why, and how the line began."""

    line: int | None
    problem: LineProblem
    shown: str = ""  # the start of the line as it reads, for people to recognise it

    @property
    def reason(self) -> str:
        return (f"{self.problem.text}: {self.shown!r}" if self.shown
                else self.problem.text)

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line is not None else "a record"
        return f"{where}: {self.reason}"


class EncodingSource(Enum):
    """How the text encoding of a file was decided."""

    DECLARED = "declared in the file"
    BOM = "byte-order mark"
    DETECTED = "detected"  # valid UTF-8, or UTF-16 from its NUL bytes
    GUESSED = "guessed from the letters"


@dataclass(frozen=True)
class FileEncoding:
    """The codec a file was read with (Python's name, e.g. "cp1250") and how it was chosen."""

    name: str
    source: EncodingSource

    @property
    def label(self) -> str:
        """The name people know: "UTF-8", "UTF-16 LE", "Windows-1250", "Shift_JIS"."""
        return ENCODING_LABELS.get(self.name, self.name)

    def __str__(self) -> str:
        return f"{self.label} ({self.source.value})"


ENCODING_LABELS = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
    "cp1250": "Windows-1250", "cp1251": "Windows-1251", "cp1252": "Windows-1252",
    "shift_jis": "Shift_JIS", "cp932": "Shift_JIS (Windows)", "latin-1": "ISO-8859-1",
    "ascii": "ASCII",
}
UTF8 = FileEncoding("utf-8", EncodingSource.DETECTED)


@dataclass(slots=True)
class ParsedContact:
    contact: Contact
    line: int | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class ParseResult:
    format: str  # "vcf", "csv-google", "csv-outlook", "csv-thunderbird", "csv", "json"
    contacts: list[ParsedContact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # about the file
    skipped: list[SkippedLine] = field(default_factory=list)  # lines and records left out
    encoding: FileEncoding = UTF8


# --- kinds ---------------------------------------------------------------------------------------

EMAIL_KINDS = ("work", "home", "other")
PHONE_KINDS = ("mobile", "work", "home", "main", "fax", "work fax", "home fax", "pager",
               "assistant", "other")

_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_LABEL_KINDS = {
    "mobile": "mobile", "cell": "mobile", "iphone": "mobile", "cellular": "mobile",
    "work": "work", "business": "work", "home": "home", "personal": "home", "main": "main",
    "other": "other", "pager": "pager", "fax": "fax", "homefax": "home fax",
    "home fax": "home fax", "workfax": "work fax", "work fax": "work fax",
    "business fax": "work fax", "otherfax": "fax", "other fax": "fax",
    "assistantphone": "assistant", "assistant": "assistant", "company main": "main",
}


def label_kind(label: str) -> str:
    """A kind from a free label (`X-ABLabel`, a CSV label): known words mapped, others kept."""
    label = label.strip()
    match = _APPLE_LABEL.match(label)
    if match:
        label = match.group(1)
    label = label.lstrip("* ").strip()
    return _LABEL_KINDS.get(label.casefold(), label)


def email_kind(types: set[str]) -> str:
    """The kind of an email from its vCard TYPE values (lower case)."""
    types = types - {"internet", "pref", "x400", "x-internet", "smtp"}
    for kind in ("work", "home", "other"):
        if kind in types:
            return kind
    for t in sorted(types):
        t = t.removeprefix("x-")
        if t and t not in {"voice", "cell", "text"}:
            return label_kind(t)
    return ""


def phone_kind(types: set[str]) -> str:
    """The kind of a phone number from its vCard TYPE values (lower case)."""
    types = {t.removeprefix("x-") for t in types} - {"pref", "voice", "msg"}
    if "fax" in types:
        if "work" in types:
            return "work fax"
        if "home" in types:
            return "home fax"
        return "fax"
    if types & {"cell", "mobile", "iphone"}:
        return "mobile"
    for kind in ("pager", "main", "work", "home", "other", "assistant"):
        if kind in types:
            return kind
    if "company-main" in types or "companymain" in types:
        return "main"
    for t in sorted(types):
        if t and t not in {"internet"}:
            return label_kind(t)
    return ""


_ANGLED = re.compile(r"<\s*(?:mailto:)?([^<>@\s]+@[^<>\s]+)\s*>")


def email_address(value: str) -> str:
    """The address in an email value as apps write it: `mailto:` dropped, and the address alone
    from `"Name" <name@host>`."""
    value = value.strip()
    if value.lower().startswith("mailto:"):
        value = value[7:].strip()
    match = _ANGLED.search(value)
    return match.group(1) if match else value


def display_kind(kind: str) -> str:
    """A kind as shown to people: "Work fax", "Mobile", or the user's own label unchanged."""
    if kind in EMAIL_KINDS or kind in PHONE_KINDS:
        return kind[:1].upper() + kind[1:]
    return kind
