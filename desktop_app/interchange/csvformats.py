"""Contacts as CSV in the layouts Google Contacts and Outlook read and write.

Reading recognises the layout from the header row: Google's current export (`First Name`,
`E-mail 1 - Label`/`- Value`, `Labels`), Google's older one (`Given Name`, `E-mail 1 - Type`,
`Group Membership`), Outlook's (`E-mail Address`, `Business Phone`, `Mobile Phone`, ...; English or
Spanish headers), and a plain hand-made sheet (`Name`, `Email`, `Phone`, `Company`). Values joined
with ` ::: ` in one cell (Google) are split. The encoding is found from the BOM, else UTF-8, else
Windows-1252; the delimiter from the header row (comma, semicolon or tab).

Writing gives UTF-8 with a byte-order mark (so that Excel keeps the accents) and CRLF rows, with as
many email and phone columns as the contacts need. Fields the layouts have no place for (clusters,
where and when met, priority, follow-ups, the uid) go in Google's custom fields, or in extra
`Cluster Atlas ...` columns after Outlook's own, so that our own export reads back whole.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable

from desktop_app.interchange.common import (
    ParsedContact,
    ParseError,
    ParseResult,
    csv_cell,
    csv_value,
    decode_legacy,
    display_kind,
    label_kind,
)
from desktop_app.userdata.models import (
    PRIORITIES,
    Address,
    Contact,
    DatedNote,
    Email,
    FollowUp,
    Phone,
)

MULTI = " ::: "
GOOGLE_SYSTEM_LABELS = {"*mycontacts", "*starred", "mycontacts", "starred", "*othercontacts"}
_NOTE_HEAD = re.compile(r"^\[(\d{4}-\d{2}-\d{2}(?:T[\d:]+Z?)?)\] ", re.MULTILINE)

# --- reading the bytes ----------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ParseError(f"the file says it is UTF-16 but is not ({exc.reason})", 1) from None
    return decode_legacy(data)


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of each row; ParseError for broken quoting or ragged rows."""
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=lambda d: (first.count(d), d == ","))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    line = 1
    try:
        for cells in reader:
            rows.append((line, [csv_value(cell) for cell in cells]))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ParseError(f"not readable as CSV ({exc})", reader.line_num or 1) from None
    return rows


# --- layouts --------------------------------------------------------------------------------------


def _key(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").strip().casefold().split())


OUTLOOK_PHONES: dict[str, str] = {  # column -> kind
    "Mobile Phone": "mobile", "Business Phone": "work", "Business Phone 2": "work",
    "Home Phone": "home", "Home Phone 2": "home", "Business Fax": "work fax",
    "Home Fax": "home fax", "Other Fax": "fax", "Pager": "pager", "Company Main Phone": "main",
    "Assistant's Phone": "assistant", "Other Phone": "other", "Primary Phone": "",
    "Car Phone": "car", "Radio Phone": "radio", "Callback": "callback", "ISDN": "isdn",
    "Telex": "telex", "TTY/TDD Phone": "tty",
}
# where each kind goes first when writing; then any free slot in _PHONE_OVERFLOW
_OUTLOOK_SLOTS = {
    "mobile": ["Mobile Phone"], "work": ["Business Phone", "Business Phone 2"],
    "home": ["Home Phone", "Home Phone 2"], "work fax": ["Business Fax"],
    "home fax": ["Home Fax"], "fax": ["Other Fax", "Business Fax"], "pager": ["Pager"],
    "main": ["Company Main Phone"], "assistant": ["Assistant's Phone"], "car": ["Car Phone"],
    "radio": ["Radio Phone"], "callback": ["Callback"], "isdn": ["ISDN"], "telex": ["Telex"],
    "tty": ["TTY/TDD Phone"], "other": ["Other Phone"], "": ["Primary Phone", "Other Phone"],
}
_PHONE_OVERFLOW = ["Other Phone", "Business Phone 2", "Home Phone 2", "Car Phone", "Radio Phone",
                   "Callback", "ISDN", "Telex", "TTY/TDD Phone"]

OUTLOOK_COLUMNS = [
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
    "Job Title", "Business Street", "Business Street 2", "Business Street 3", "Business City",
    "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
    "Home Street 2", "Home Street 3", "Home City", "Home State", "Home Postal Code",
    "Home Country/Region", "Other Street", "Other Street 2", "Other Street 3", "Other City",
    "Other State", "Other Postal Code", "Other Country/Region", "Assistant's Phone",
    "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone",
    "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex",
    "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
    "Business Address PO Box", "Categories", "Children", "Directory Server", "E-mail Address",
    "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type",
    "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
    "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials",
    "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes",
    "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority", "Private",
    "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4",
    "Web Page",
]

# Outlook in Spanish writes its headers in Spanish
_OUTLOOK_SPANISH = {
    "tratamiento": "Title", "nombre": "First Name", "segundo nombre": "Middle Name",
    "apellidos": "Last Name", "sufijo": "Suffix", "organización": "Company",
    "compañía": "Company", "departamento": "Department", "puesto": "Job Title",
    "calle del trabajo": "Business Street", "ciudad de trabajo": "Business City",
    "provincia o estado de trabajo": "Business State",
    "código postal del trabajo": "Business Postal Code",
    "país o región del trabajo": "Business Country/Region", "calle del domicilio": "Home Street",
    "ciudad de residencia": "Home City", "código postal de residencia": "Home Postal Code",
    "teléfono móvil": "Mobile Phone", "teléfono del trabajo": "Business Phone",
    "teléfono del trabajo 2": "Business Phone 2", "teléfono particular": "Home Phone",
    "teléfono particular 2": "Home Phone 2", "fax del trabajo": "Business Fax",
    "fax particular": "Home Fax", "otro teléfono": "Other Phone", "localizador": "Pager",
    "teléfono principal de la compañía": "Company Main Phone",
    "teléfono principal": "Primary Phone", "categorías": "Categories",
    "dirección de correo electrónico": "E-mail Address",
    "dirección del correo electrónico 2": "E-mail 2 Address",
    "dirección de correo electrónico 2": "E-mail 2 Address",
    "dirección del correo electrónico 3": "E-mail 3 Address",
    "dirección de correo electrónico 3": "E-mail 3 Address", "notas": "Notes",
    "página web": "Web Page",
}

_PLAIN = {  # a hand-made sheet
    "name": "name", "full name": "name", "nombre completo": "name", "display name": "name",
    "first name": "given", "given name": "given", "nombre": "given",
    "last name": "family", "family name": "family", "surname": "family", "apellidos": "family",
    "apellido": "family",
    "email": "email", "e-mail": "email", "email address": "email", "e-mail address": "email",
    "correo": "email", "correo electrónico": "email", "emails": "email",
    "phone": "phone", "telephone": "phone", "phone number": "phone", "mobile": "phone",
    "teléfono": "phone", "telefono": "phone", "celular": "phone", "móvil": "phone",
    "phones": "phone",
    "company": "organisation", "organisation": "organisation", "organization": "organisation",
    "empresa": "organisation", "organización": "organisation",
    "title": "role", "job title": "role", "role": "role", "position": "role", "puesto": "role",
    "cargo": "role", "website": "website", "web": "website", "url": "website",
    "notes": "notes", "note": "notes", "notas": "notes", "tags": "tags", "etiquetas": "tags",
    "address": "address", "dirección": "address",
}


def detect_layout(headers: list[str]) -> str:
    """"google", "outlook", "plain", or "" when the header row is none of them."""
    keys = {_key(h) for h in headers}
    if keys & {"e-mail 1 - value", "phone 1 - value", "labels", "group membership",
               "organization name", "organization 1 - name", "address 1 - formatted"}:
        return "google"
    outlook = {_key(c) for c in OUTLOOK_COLUMNS} | set(_OUTLOOK_SPANISH)
    if keys & {"e-mail address", "business phone", "mobile phone", "job title",
               "dirección de correo electrónico", "teléfono móvil"} and len(keys & outlook) >= 2:
        return "outlook"
    if keys & {k for k, v in _PLAIN.items() if v in ("name", "given", "family", "email", "phone")}:
        return "plain"
    return ""


def _split_multi(value: str) -> list[str]:
    return [v.strip() for v in value.split(":::") if v.strip()]


def _notes_from_text(text: str) -> list[DatedNote]:
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


def _notes_to_text(notes: list[DatedNote]) -> str:
    return "\n\n".join(f"[{n.created_at}] {n.text}" if n.created_at else n.text for n in notes)


def _follow_up_from_text(text: str) -> FollowUp | None:
    """`due | state | action` as written by `_follow_up_text`."""
    match = re.match(r"^\s*(\d{4}-\d{2}-\d{2})?\s*\|\s*(open|done|dropped)\s*\|\s*(.*)$",
                     text, re.DOTALL)
    if match:
        due, state, action = match.groups()
        return FollowUp(action.strip(), due or "", state) if action.strip() else None
    return FollowUp(text.strip()) if text.strip() else None


def _follow_up_text(f: FollowUp) -> str:
    return f"{f.due} | {f.state} | {f.action}"


_APP_FIELDS = {
    "cluster atlas uid": "uid", "cluster atlas name": "full_name", "clusters": "clusters", "cluster atlas clusters": "clusters",
    "met where": "met_where", "cluster atlas met where": "met_where",
    "met when": "met_when", "cluster atlas met when": "met_when",
    "met by": "met_by", "cluster atlas met by": "met_by",
    "priority": "priority", "cluster atlas priority": "priority",
    "follow-up": "follow_up", "cluster atlas follow-ups": "follow_up",
}


def _apply_app_field(c: Contact, field: str, value: str) -> bool:
    value = value.strip()
    if not value:
        return True
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
    else:
        return False
    return True


def _google_row(row: dict[str, str]) -> Contact:
    get = lambda name: row.get(_key(name), "").strip()
    c = Contact()
    c.given_name = get("First Name") or get("Given Name")
    c.family_name = get("Last Name") or get("Family Name")
    middle = get("Middle Name") or get("Additional Name")
    composed = " ".join(p for p in (get("Name Prefix"), c.given_name, middle, c.family_name,
                                    get("Name Suffix")) if p)
    c.full_name = get("Name") or (composed if composed != " ".join(
        p for p in (c.given_name, c.family_name) if p) else "")
    c.organisation = get("Organization Name") or get("Organization 1 - Name")
    department = get("Organization Department") or get("Organization 1 - Department")
    if department:
        c.organisation = ", ".join(p for p in (c.organisation, department) if p)
    c.role = get("Organization Title") or get("Organization 1 - Title")
    c.notes = _notes_from_text(row.get("notes", ""))
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
        label = _key(get(f"Custom Field {n} - Label"))
        value = row.get(f"custom field {n} - value", "")
        if label in _APP_FIELDS:
            _apply_app_field(c, _APP_FIELDS[label], value)
        n += 1
    return _own_name(c)


def _own_name(c: Contact) -> Contact:
    """Our export writes a name without parts as the first name: take it back as the name."""
    if c.full_name and c.given_name == c.full_name and not c.family_name:
        c.given_name = ""
    if not c.full_name:
        c.full_name = " ".join(p for p in (c.given_name, c.family_name) if p)
    return c


def _outlook_row(row: dict[str, str]) -> Contact:
    get = lambda name: row.get(_key(name), "").strip()
    c = Contact()
    c.given_name = get("First Name")
    c.family_name = get("Last Name")
    composed = " ".join(p for p in (get("Title"), c.given_name, get("Middle Name"),
                                    c.family_name, get("Suffix")) if p)
    simple = " ".join(p for p in (c.given_name, c.family_name) if p)
    c.full_name = get("Name") or (composed if composed != simple else "")
    c.organisation = ", ".join(p for p in (get("Company"), get("Department")) if p)
    c.role = get("Job Title")
    c.website = get("Web Page") or get("Personal Web Page")
    c.notes = _notes_from_text(row.get("notes", ""))
    c.tags = [t.strip() for t in re.split(r"[;,]", get("Categories")) if t.strip()]
    email_columns = ["e-mail address"] + [k for k in row if re.fullmatch(r"e-mail \d+ address", k)]
    for column in email_columns:
        c.emails.extend(Email(v) for v in _split_multi(row.get(column, "")))
    phone_columns = list(OUTLOOK_PHONES) + [
        k for k in row if re.fullmatch(r"other phone \d+", k)]
    for column in phone_columns:
        kind = OUTLOOK_PHONES.get(column, "other")
        c.phones.extend(Phone(v, kind) for v in _split_multi(row.get(_key(column), "")))
    for prefix in ("Business", "Home", "Other"):
        street = "\n".join(p for p in (get(f"{prefix} Street"), get(f"{prefix} Street 2"),
                                       get(f"{prefix} Street 3")) if p)
        address = Address(street=street, city=get(f"{prefix} City"),
                          region=get(f"{prefix} State"),
                          postal_code=get(f"{prefix} Postal Code"),
                          country=get(f"{prefix} Country/Region"),
                          po_box=get(f"{prefix} Address PO Box"),
                          kind={"Business": "work", "Home": "home"}.get(prefix, ""))
        if not address.is_empty():
            c.address = address
            break
    for key, field in _APP_FIELDS.items():
        if key.startswith("cluster atlas") and key in row:
            _apply_app_field(c, field, row[key])
    return _own_name(c)


def _plain_row(row: dict[str, str]) -> Contact:
    c = Contact()
    for header, value in row.items():
        field = _PLAIN.get(header)
        value = value.strip()
        if not field or not value:
            continue
        if field == "name":
            c.full_name = value
        elif field == "given":
            c.given_name = value
        elif field == "family":
            c.family_name = value
        elif field == "email":
            c.emails.extend(Email(v) for v in re.split(r"[;,]|:::", value) if v.strip())
        elif field == "phone":
            c.phones.extend(Phone(v.strip()) for v in re.split(r"[;,]|:::", value) if v.strip())
        elif field == "notes":
            c.notes = _notes_from_text(value)
        elif field == "tags":
            c.tags = [t.strip() for t in re.split(r"[;,]", value) if t.strip()]
        elif field == "address":
            c.address = Address(street=value)
        else:
            setattr(c, field, value)
    for key, field in _APP_FIELDS.items():
        if key.startswith("cluster atlas") and key in row:
            _apply_app_field(c, field, row[key])
    return _own_name(c)


_ROW_READERS: dict[str, Callable[[dict[str, str]], Contact]] = {
    "google": _google_row, "outlook": _outlook_row, "plain": _plain_row}


def read_csv(data: bytes, source: str = "") -> ParseResult:
    """Contacts from a Google, Outlook or plain CSV; ParseError with the line when it is none."""
    try:
        rows = _rows(_decode(data))
        rows = [(line, cells) for line, cells in rows if any(c.strip() for c in cells)]
        if not rows:
            raise ParseError("the file is empty", 1)
        header_line, headers = rows[0]
        layout = detect_layout(headers)
        if not layout:
            shown = ", ".join(h.strip() for h in headers[:6] if h.strip())[:120]
            raise ParseError(
                "the first row should name the columns of a Google or Outlook contacts export "
                f"(such as 'First Name', 'E-mail 1 - Value' or 'E-mail Address'); found: {shown}",
                header_line)
        keys = [_key(h) for h in headers]
        if layout == "outlook":
            keys = [_key(_OUTLOOK_SPANISH.get(k, k)) for k in keys]
        result = ParseResult(f"csv-{layout}")
        for line, cells in rows[1:]:
            if len(cells) > len(keys) and any(c.strip() for c in cells[len(keys):]):
                raise ParseError(f"this row has {len(cells)} cells but the first row names "
                                 f"{len(keys)} columns", line)
            row: dict[str, str] = {}
            for key, cell in zip(keys, cells):
                if key and key not in row:
                    row[key] = cell
            contact = _ROW_READERS[layout](row)
            if contact.is_empty():
                result.skipped.append(f"line {line}: a row with no name, organisation, email or "
                                      "phone")
                continue
            result.contacts.append(ParsedContact(contact, line))
        return result
    except ParseError as exc:
        raise exc.with_source(source) if source else exc


# --- writing --------------------------------------------------------------------------------------


def _kind_label(kind: str) -> str:
    """Known kinds as Google writes them ("Work", "Work fax"); the user's own labels unchanged."""
    return display_kind(kind)


def _to_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([csv_cell(cell) for cell in row] for row in rows)
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")


def write_google_csv(contacts: list[Contact]) -> bytes:
    """Google Contacts' current CSV layout, UTF-8 with a BOM."""
    emails = max([len(c.emails) for c in contacts] + [1])
    phones = max([len(c.phones) for c in contacts] + [1])

    def custom(c: Contact) -> list[tuple[str, str]]:
        fields = [("Cluster Atlas UID", c.uid)] if c.uid else []
        simple = " ".join(p for p in (c.given_name, c.family_name) if p)
        if c.full_name and c.full_name != simple:
            fields.append(("Cluster Atlas Name", c.full_name))
        if c.cluster_ids:
            fields.append(("Clusters", ", ".join(c.cluster_ids)))
        for label, value in (("Met where", c.met_where), ("Met when", c.met_when),
                             ("Met by", c.met_by)):
            if value:
                fields.append((label, value))
        if c.priority:
            fields.append(("Priority", PRIORITIES[c.priority]))
        fields.extend(("Follow-up", _follow_up_text(f)) for f in c.follow_ups)
        return fields

    customs = [custom(c) for c in contacts]
    n_custom = max([len(x) for x in customs] + [0])
    header = ["First Name", "Middle Name", "Last Name", "Name Prefix", "Name Suffix", "Nickname",
              "File As", "Organization Name", "Organization Title", "Organization Department",
              "Birthday", "Notes", "Photo", "Labels"]
    for n in range(1, emails + 1):
        header += [f"E-mail {n} - Label", f"E-mail {n} - Value"]
    for n in range(1, phones + 1):
        header += [f"Phone {n} - Label", f"Phone {n} - Value"]
    header += ["Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street",
               "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region",
               "Address 1 - Postal Code", "Address 1 - Country", "Address 1 - Extended Address",
               "Website 1 - Label", "Website 1 - Value"]
    for n in range(1, n_custom + 1):
        header += [f"Custom Field {n} - Label", f"Custom Field {n} - Value"]
    rows = []
    for c, fields in zip(contacts, customs):
        simple = " ".join(p for p in (c.given_name, c.family_name) if p)
        file_as = c.full_name if c.full_name and c.full_name != simple else ""
        given = c.given_name if (c.given_name or c.family_name) else c.full_name
        row = [given, "", c.family_name, "", "", "", file_as, c.organisation, c.role, "", "",
               _notes_to_text(c.notes), "", MULTI.join(["* myContacts", *c.tags])]
        for i in range(emails):
            e = c.emails[i] if i < len(c.emails) else None
            row += [_kind_label(e.kind), e.address] if e else ["", ""]
        for i in range(phones):
            p = c.phones[i] if i < len(c.phones) else None
            row += [_kind_label(p.kind), p.number] if p else ["", ""]
        a = c.address
        row += [_kind_label(a.kind), a.formatted(), a.street, a.city, a.po_box, a.region,
                a.postal_code, a.country, a.extended, "", c.website]
        for i in range(n_custom):
            row += list(fields[i]) if i < len(fields) else ["", ""]
        rows.append(row)
    return _to_bytes(header, rows)


APP_COLUMNS = ["Cluster Atlas UID", "Cluster Atlas Name", "Cluster Atlas Clusters", "Cluster Atlas Met Where",
               "Cluster Atlas Met When", "Cluster Atlas Met By", "Cluster Atlas Priority",
               "Cluster Atlas Follow-ups"]


def write_outlook_csv(contacts: list[Contact]) -> bytes:
    """Outlook's CSV layout (the columns of its export), UTF-8 with a BOM.

    Outlook has three email columns and one column per kind of phone; more emails go in extra
    `E-mail 4 Address`... columns, more phones in `Other Phone 2`..., which Outlook leaves
    unmapped but our reader takes back.
    """
    extra_emails = max([len(c.emails) - 3 for c in contacts] + [0])
    placed: list[dict[str, str]] = []
    extra_phones = 0
    for c in contacts:
        slots: dict[str, str] = {}
        overflow = []
        for p in c.phones:
            free = [s for s in _OUTLOOK_SLOTS.get(p.kind, ["Other Phone"]) + _PHONE_OVERFLOW
                    if s not in slots]
            if free:
                slots[free[0]] = p.number
            else:
                overflow.append(p.number)
        for i, number in enumerate(overflow, start=2):
            slots[f"Other Phone {i}"] = number
        extra_phones = max(extra_phones, len(overflow))
        placed.append(slots)
    header = (OUTLOOK_COLUMNS + [f"E-mail {n} Address" for n in range(4, 4 + extra_emails)]
              + [f"Other Phone {n}" for n in range(2, 2 + extra_phones)] + APP_COLUMNS)
    rows = []
    for c, slots in zip(contacts, placed):
        simple = " ".join(p for p in (c.given_name, c.family_name) if p)
        values = {
            "First Name": c.given_name if simple else c.full_name,
            "Last Name": c.family_name, "Company": c.organisation, "Job Title": c.role,
            "Notes": _notes_to_text(c.notes), "Categories": ";".join(c.tags),
            "Web Page": c.website, **slots,
        }
        if c.full_name and c.full_name != simple:
            values["Cluster Atlas Name"] = c.full_name
        prefix = {"home": "Home", "": "Business", "work": "Business"}.get(c.address.kind, "Other")
        a = c.address
        if not a.is_empty():
            street_lines = [line for line in (a.extended, a.street) if line]
            street = "\n".join(street_lines)
            values.update({f"{prefix} Street": street, f"{prefix} City": a.city,
                           f"{prefix} State": a.region, f"{prefix} Postal Code": a.postal_code,
                           f"{prefix} Country/Region": a.country,
                           f"{prefix} Address PO Box": a.po_box})
        for i, e in enumerate(c.emails, start=1):
            column = "E-mail Address" if i == 1 else f"E-mail {i} Address"
            values[column] = e.address
            if i <= 3:
                values["E-mail Type" if i == 1 else f"E-mail {i} Type"] = "SMTP"
                values["E-mail Display Name" if i == 1 else f"E-mail {i} Display Name"] = (
                    f"{c.display_name} ({e.address})")
        values.update({
            "Cluster Atlas UID": c.uid, "Cluster Atlas Clusters": ", ".join(c.cluster_ids),
            "Cluster Atlas Met Where": c.met_where, "Cluster Atlas Met When": c.met_when,
            "Cluster Atlas Met By": c.met_by,
            "Cluster Atlas Priority": PRIORITIES[c.priority] if c.priority else "",
            "Cluster Atlas Follow-ups": "\n".join(_follow_up_text(f) for f in c.follow_ups),
        })
        rows.append([values.get(h, "") for h in header])
    return _to_bytes(header, rows)
