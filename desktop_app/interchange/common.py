"""What every reader returns and raises, and the vocabulary of email and phone kinds.

Readers turn a file's bytes into `ParsedContact`s (a `Contact` plus the line it started on and
what could not be kept) or raise `ParseError`, an `InvalidInput` that names the line and the
reason. Readers never touch the database: importing is the service's job (all or nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.errors import InvalidInput
from desktop_app.userdata.models import Contact

APP_PRODID = "-//Cluster Atlas//Cluster Atlas//EN"

# CSV formula injection (OWASP): a cell starting with one of these is a formula to Excel and
# Sheets; one that is only a number (a phone number, "-5") calls nothing and is left as it is
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?[\d .()/-]*\d[\d .()/-]*$")


def csv_cell(value: str) -> str:
    """A value as a CSV cell a spreadsheet shows as text: a leading apostrophe before one that
    would start a formula (or already starts with apostrophes before one, so that `csv_value`
    gives back exactly the value)."""
    if value.lstrip("'").startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def csv_value(cell: str) -> str:
    """The value of a cell written by `csv_cell` (its apostrophe taken off again)."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


class ParseError(InvalidInput):
    """A file that cannot be imported: where (line, when known) and why. Nothing was changed."""

    def __init__(self, reason: str, line: int | None = None, source: str = "") -> None:
        self.reason = reason
        self.line = line
        self.source = source
        where = source or "the file"
        if line is not None:
            where = f"{where}, line {line}"
        super().__init__(f"{where}: {reason}. Nothing was imported.")

    def with_source(self, source: str) -> ParseError:
        return ParseError(self.reason, self.line, source)


@dataclass
class ParsedContact:
    contact: Contact
    line: int | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class ParseResult:
    format: str  # "vcf", "csv-google", "csv-outlook", "csv", "json"
    contacts: list[ParsedContact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # about the file
    skipped: list[str] = field(default_factory=list)  # records left out: "line 12: why"


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


def display_kind(kind: str) -> str:
    """A kind as shown to people: "Work fax", "Mobile", or the user's own label unchanged."""
    if kind in EMAIL_KINDS or kind in PHONE_KINDS:
        return kind[:1].upper() + kind[1:]
    return kind


def decode_legacy(data: bytes) -> str:
    """Bytes of unknown encoding as text: UTF-8 when valid, else Windows-1252, else Latin-1 (which
    never fails), the order in which contact apps' exports are most likely written."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
