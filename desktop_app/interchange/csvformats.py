"""Contacts from CSV in the layouts Google, Outlook (in its users' languages), Thunderbird and
hand-made sheets use.

The layout is recognised from the header row: Google's current export (`First Name`,
`E-mail 1 - Label`/`- Value`, `Labels`) and its older one (`Given Name`, `Group Membership`) by
their numbered columns; every other layout by the vocabulary (`csv_headers`) that names the most
columns: Outlook in English, German, French, Spanish, Italian, Dutch, Polish, Portuguese, Czech
and Danish, Thunderbird (English and German), and the columns of hand-made sheets and web apps
(`Name`, `Email`, `Primary Email`, `Email Home`, `Home Mobile`...). Values joined with ` ::: ` in
one cell (Google) are split.

The encoding comes from `charset` (BOM, UTF-16 without BOM, UTF-8, then a guess); when the file is
in a legacy code page and its header is a localised Outlook's, that language's code page wins
(Polish Outlook writes Windows-1250). The delimiter is the header row's (comma, semicolon or tab).
A row that does not fit the header is left out and named; a file is refused (ParseError with the
line) when its header is no known layout, its quoting is broken, or no row can be read.
Writing is `csv_write`.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterator

from desktop_app.csv_cells import csv_value
from desktop_app.errors import FileProblem, ParseError
from desktop_app.interchange.charset import LEGACY_CODECS, decode_text, detect_unicode
from desktop_app.interchange.common import (
    MAX_VALUE_BYTES,
    LineProblem,
    ParsedContact,
    ParseResult,
    SkippedLine,
    email_address,
    label_kind,
)
from desktop_app.interchange.csv_headers import (
    GENERIC,
    IDENTITY,
    OUTLOOK,
    THUNDERBIRD,
    Vocabulary,
    key,
)
from desktop_app.interchange.names import split_full_name, with_parts
from desktop_app.userdata.models import (
    PRIORITIES,
    Address,
    Contact,
    DatedNote,
    Email,
    FollowUp,
    NameParts,
    Phone,
)

GOOGLE_SYSTEM_LABELS = {"*mycontacts", "*starred", "mycontacts", "starred", "*othercontacts"}
VOCABULARIES = [*OUTLOOK, *THUNDERBIRD, GENERIC]
_GOOGLE_KEYS = {"e-mail 1 - value", "phone 1 - value", "labels", "group membership",
                "organization name", "organization 1 - name", "address 1 - formatted"}
_NOTE_HEAD = re.compile(r"^\[(\d{4}-\d{2}-\d{2}(?:T[\d:]+Z?)?)\] ", re.MULTILINE)
_FOLLOW_UP = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})?\s*\|\s*(open|done|dropped)\s*\|\s*(.*)$",
                        re.DOTALL)
_PLACES = (("work", "work"), ("home", "home"), ("other", ""))
_OUTLOOK_MORE = {"e-mail N address": "email:", "other phone N": "phone:other"}
PREAMBLE_LINES = 20  # lines above the header row looked through (LinkedIn's: 3)
MAX_FILE_CHARS = 200 * 1024 * 1024  # formats.MAX_BYTES: no cell is longer than the file

# --- the app's own columns (our export, read back whole) ------------------------------------------

APP_FIELDS = {
    "cluster atlas uid": "uid", "cluster atlas name": "full_name", "clusters": "clusters",
    "cluster atlas clusters": "clusters", "met where": "met_where",
    "cluster atlas met where": "met_where", "met when": "met_when",
    "cluster atlas met when": "met_when", "met by": "met_by", "cluster atlas met by": "met_by",
    "priority": "priority", "cluster atlas priority": "priority", "follow-up": "follow_up",
    "cluster atlas follow-ups": "follow_up", "cluster atlas tags": "tags",
    "cluster atlas e-mail kinds": "email_kinds",
}


def notes_from_text(text: str) -> list[DatedNote]:
    """Notes as our export writes them (`[date] text`, one per paragraph), else one note."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return []
    heads = list(_NOTE_HEAD.finditer(text))
    if not heads or heads[0].start() != 0:
        return [DatedNote(text)]
    notes = []
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[head.end():end].strip()
        if body:
            notes.append(DatedNote(body, head.group(1)))
    return notes


def _follow_up_from_text(text: str) -> FollowUp | None:
    """`due | state | action` as `csv_write.follow_up_text` writes it."""
    match = _FOLLOW_UP.match(text)
    if match:
        due, state, action = match.groups()
        return FollowUp(action.strip(), due or "", state) if action.strip() else None
    return FollowUp(text.strip()) if text.strip() else None


def _apply_app_field(c: Contact, field: str, value: str) -> None:
    value = value.strip()
    if not value:
        return
    if field == "uid":
        c.uid = value
    elif field == "clusters":
        c.cluster_ids.extend(v.strip() for v in re.split(r"[,;]| ::: ", value) if v.strip())
    elif field in ("met_where", "met_when", "met_by", "full_name"):
        setattr(c, field, value)
    elif field == "priority":
        wanted = value.casefold()
        for number, name in PRIORITIES.items():
            if wanted in (str(number), name):
                c.priority = number
                break
    elif field == "follow_up":
        for part in value.split("\n"):
            follow_up = _follow_up_from_text(part)
            if follow_up:
                c.follow_ups.append(follow_up)
    elif field == "tags":
        c.tags = [t for t in value.splitlines() if t.strip()]
    elif field == "email_kinds":
        for email, kind in zip(c.emails, value.split("\n")):
            email.kind = email.kind or kind.strip()


def _app_columns(c: Contact, row: dict[str, str]) -> None:
    for column, field in APP_FIELDS.items():
        if column.startswith("cluster atlas") and column in row:
            _apply_app_field(c, field, row[column])


# --- reading the bytes ----------------------------------------------------------------------------


def _codepage_hint(data: bytes) -> str | None:
    """The code page of a localised Outlook header written in it (its accented letters read as
    that language's column names), when the file is in a legacy code page."""
    first = data.split(b"\n", 1)[0]
    if first.isascii() or detect_unicode(data) is not None:
        return None
    for codec in LEGACY_CODECS:
        headers = _cells(first.decode(codec, errors="replace"))
        vocabulary = _vocabulary(headers)
        if vocabulary is not None and vocabulary.codepage == codec and vocabulary.name != "csv":
            return codec
    return None


def _cells(line: str) -> list[str]:
    delimiter = max((",", ";", "\t"), key=lambda d: (line.count(d), d == ","))
    try:
        return next(csv.reader([line.rstrip("\r")], delimiter=delimiter), [])
    except csv.Error:
        return []


def _preamble(text: str) -> tuple[list[SkippedLine], str, int]:
    """The lines some apps write above the header row (LinkedIn's `Connections.csv` starts with
    "Notes:" and a paragraph), named, the text from the header row on and the number of lines
    above it. Only when the first row is no known header and one of the next `PREAMBLE_LINES`
    is; else nothing, the text and 0."""
    lines = text.split("\n", PREAMBLE_LINES + 1)
    if detect_layout(_cells(lines[0])):
        return [], text, 0
    for number, line in enumerate(lines[1:PREAMBLE_LINES + 1], start=1):
        if detect_layout(_cells(line)):
            skipped = [SkippedLine(n, LineProblem.BEFORE_HEADER, above[:40].strip())
                       for n, above in enumerate(lines[:number], start=1) if above.strip()]
            return skipped, "\n".join(lines[number:]), number
    return [], text, 0


def _rows(text: str, offset: int = 0) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each row that holds anything, one at a time (a big file is never
    held twice), `offset` lines below the file's start; ParseError for broken quoting."""
    first, _, rest = text.partition("\n")
    if re.fullmatch(r"sep=.\r?", first, re.IGNORECASE):  # Excel's line naming the delimiter
        delimiter, text, offset = first[4], rest, offset + 1
    else:
        delimiter = max((",", ";", "\t"), key=lambda d: (first.count(d), d == ","))
    if csv.field_size_limit() < MAX_FILE_CHARS:  # a long note is read, then capped like a vCard's
        csv.field_size_limit(MAX_FILE_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1 + offset
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                yield line, [csv_value(cell) for cell in cells]
            line = reader.line_num + 1 + offset
    except csv.Error as exc:
        raise ParseError(f"not readable as CSV ({exc})", (reader.line_num or 1) + offset) from None


# --- layouts --------------------------------------------------------------------------------------


def _vocabulary(headers: list[str]) -> Vocabulary | None:
    """The vocabulary that names the most columns and can tell who a row is; None for none."""
    best, best_count = None, 0
    for vocabulary in VOCABULARIES:
        fields = vocabulary.fields_of(headers)
        count = sum(1 for f in fields if f)
        identifies = any(f in IDENTITY or f.startswith(("email:", "phone:")) for f in fields)
        if identifies and count > best_count:
            best, best_count = vocabulary, count
    return best


def detect_layout(headers: list[str]) -> str:
    """"google", a vocabulary's name ("outlook", "outlook-de", "thunderbird", "csv"), or ""."""
    if {key(h) for h in headers} & _GOOGLE_KEYS:
        return "google"
    vocabulary = _vocabulary(headers)
    return vocabulary.name if vocabulary else ""


def _split_multi(value: str) -> list[str]:
    return [v.strip() for v in value.split(":::") if v.strip()]


def _google_row(row: dict[str, str]) -> Contact:
    def get(name: str) -> str:
        return row.get(key(name), "").strip()

    c = Contact()
    with_parts(c, NameParts(get("Name Prefix"), get("First Name") or get("Given Name"),
                            get("Middle Name") or get("Additional Name"),
                            get("Last Name") or get("Family Name"), get("Name Suffix")))
    c.full_name = get("Name")
    if not (c.given_name or c.family_name) and c.full_name:
        with_parts(c, split_full_name(c.full_name))
    c.full_name = c.full_name or NameParts(c.name_prefix, c.given_name, c.middle_name,
                                           c.family_name, c.name_suffix).joined()
    c.organisation = get("Organization Name") or get("Organization 1 - Name")
    department = get("Organization Department") or get("Organization 1 - Department")
    if department:
        c.organisation = ", ".join(p for p in (c.organisation, department) if p)
    c.role = get("Organization Title") or get("Organization 1 - Title")
    c.notes = notes_from_text(row.get("notes", ""))
    labels = get("Labels") or get("Group Membership")
    c.tags = [t for t in _split_multi(labels)
              if t.casefold().replace(" ", "") not in GOOGLE_SYSTEM_LABELS]
    n = 1
    while f"e-mail {n} - value" in row:
        kind = label_kind(get(f"E-mail {n} - Label") or get(f"E-mail {n} - Type"))
        c.emails.extend(Email(v, kind) for v in _split_multi(row[f"e-mail {n} - value"]))
        n += 1
    n = 1
    while f"phone {n} - value" in row:
        kind = label_kind(get(f"Phone {n} - Label") or get(f"Phone {n} - Type"))
        c.phones.extend(Phone(v, kind) for v in _split_multi(row[f"phone {n} - value"]))
        n += 1
    n = 1
    while f"website {n} - value" in row:
        sites = _split_multi(row[f"website {n} - value"])
        if sites and not c.website:
            c.website = sites[0]
        n += 1
    if "address 1 - street" in row or "address 1 - formatted" in row:
        c.address = Address(
            street=get("Address 1 - Street"), city=get("Address 1 - City"),
            region=get("Address 1 - Region"), postal_code=get("Address 1 - Postal Code"),
            country=get("Address 1 - Country"), po_box=get("Address 1 - PO Box"),
            extended=get("Address 1 - Extended Address"),
            kind=label_kind(get("Address 1 - Label") or get("Address 1 - Type")).lower())
        if c.address.is_empty() and get("Address 1 - Formatted"):
            c.address.street = get("Address 1 - Formatted")
    n = 1
    while f"custom field {n} - label" in row:
        label = key(get(f"Custom Field {n} - Label"))
        if label in APP_FIELDS:
            _apply_app_field(c, APP_FIELDS[label], row.get(f"custom field {n} - value", ""))
        n += 1
    return c


def _mapped_row(fields: list[str], cells: list[str], row: dict[str, str],
                loose: bool) -> Contact:
    """A row of a vocabulary layout; `loose` (hand-made sheets) also splits emails and phones
    at commas and semicolons."""
    values: dict[str, list[str]] = defaultdict(list)
    c = Contact()
    for field, cell in zip(fields, cells):
        value = cell.strip()
        if not field or not value:
            continue
        kind_of = field.partition(":")[2]
        if field.startswith(("email:", "phone:")):
            items = re.split(r"[;,]|:::", value) if loose else _split_multi(value)
            items = [v.strip() for v in items if v.strip()]
            if field.startswith("email:"):
                c.emails.extend(Email(email_address(v), kind_of) for v in items)
            else:
                c.phones.extend(Phone(v, kind_of) for v in items)
        else:
            values[field].append(value)

    def first(field: str) -> str:
        return values[field][0] if values[field] else ""

    parts = NameParts(first("prefix"), first("given"), first("middle"), first("family"),
                      first("suffix"))
    c.full_name = first("name")
    if parts.is_empty() and c.full_name == first("organisation"):
        c.full_name = ""  # a company's row: its name is the organisation (Thunderbird)
    elif parts.is_empty() and c.full_name:
        parts = split_full_name(c.full_name)
    with_parts(c, parts)
    c.full_name = c.full_name or parts.joined()
    c.organisation = ", ".join(p for p in (first("organisation"), first("department")) if p)
    c.role = first("role")
    c.website = first("website")
    c.notes = [n for text in values["notes"] for n in notes_from_text(text)]
    c.tags = [t.strip() for text in values["tags"] for t in re.split(r"[;,]", text) if t.strip()]
    for place, kind in _PLACES:
        street = "\n".join(values[f"{place}:{s}"][0] for s in ("street", "street2", "street3")
                           if values[f"{place}:{s}"])
        address = Address(street=street, city=first(f"{place}:city"),
                          region=first(f"{place}:region"), postal_code=first(f"{place}:postal"),
                          country=first(f"{place}:country"), po_box=first(f"{place}:pobox"),
                          kind=kind)
        if not address.is_empty():
            c.address = address
            break
    _app_columns(c, row)
    return c


def read_csv(data: bytes, source: str = "") -> ParseResult:
    """Contacts from a Google, Outlook, Thunderbird or plain CSV, with the rows left out and the
    encoding used; ParseError with the line when the file is none of them."""
    try:
        text, encoding = decode_text(data, _codepage_hint(data))
        preamble, text, above = _preamble(text)
        rows = _rows(text, above)
        header_line, headers = next(rows, (1, []))
        if not headers:
            raise ParseError("the file is empty", 1, problem=FileProblem.EMPTY)
        layout = detect_layout(headers)
        if not layout:
            shown = ", ".join(h.strip() for h in headers[:6] if h.strip())[:120]
            raise ParseError(
                "the first row should name the columns of a contacts export (such as "
                "'First Name', 'E-mail Address', 'Primary Email' or 'Email'); found: "
                f"{shown}", header_line, problem=FileProblem.NO_HEADER, detail=shown)
        keys = [key(h) for h in headers]
        vocabulary = next((v for v in VOCABULARIES if v.name == layout), None)
        fields = vocabulary.fields_of(headers) if vocabulary else []
        if layout == "outlook":  # our export's columns past Outlook's three emails and phones
            fields = [f or _OUTLOOK_MORE.get(re.sub(r"\d+", "N", k), "")
                      for f, k in zip(fields, keys)]
        result = ParseResult("csv" if layout == "csv" else f"csv-{layout}", encoding=encoding,
                             skipped=preamble)
        # the columns a row is read by name from: all of Google's, our own for the others
        by_name = [(i, k) for i, k in enumerate(keys) if k and (
            vocabulary is None or k in APP_FIELDS)]
        for line, cells in rows:
            if len(cells) > len(keys) and any(c.strip() for c in cells[len(keys):]):
                result.skipped.append(SkippedLine(
                    line, LineProblem.UNREADABLE,
                    f"{len(cells)} cells where the first row names {len(keys)} columns"))
                continue
            warnings = []
            for i, cell in enumerate(cells):
                if len(cell) > MAX_VALUE_BYTES:
                    cells[i] = ""
                    warnings.append(f"line {line}: {headers[i] if i < len(headers) else 'a cell'} "
                                    f"left out: {len(cell) / 1_048_576:.1f} MB is over the "
                                    f"{MAX_VALUE_BYTES // 1_048_576} MB limit for one value")
            row: dict[str, str] = {}
            for i, k in by_name:
                if i < len(cells) and k not in row:
                    row[k] = cells[i]
            contact = (_google_row(row) if vocabulary is None
                       else _mapped_row(fields, cells, row, layout == "csv"))
            if contact.is_empty():
                result.skipped.append(SkippedLine(line, LineProblem.NO_IDENTITY))
                continue
            result.contacts.append(ParsedContact(contact, line, warnings))
        if not result.contacts and any(s.problem is LineProblem.UNREADABLE
                                       for s in result.skipped):
            first = next(s for s in result.skipped if s.problem is LineProblem.UNREADABLE)
            raise ParseError(f"no row can be read: {first.shown}", first.line)
        return result
    except ParseError as exc:
        raise exc.with_source(source) if source else exc
