"""Contacts as CSV in the layouts Google Contacts and Outlook read (UTF-8 with a BOM, CRLF rows).

As many email and phone columns as the contacts need; the name columns (Google's First, Middle,
Last Name, Prefix, Suffix; Outlook's Title, First, Middle, Last Name, Suffix) from the name's parts
(`names.name_parts`). Fields the layouts have no place for (clusters, where and when met,
priority, follow-ups, the uid, a full name other than the parts joined) go in Google's custom
fields, or in extra `Cluster Atlas ...` columns after Outlook's own, with the two things Outlook's
own columns lose: tags as written (a tag may hold ";", Outlook's separator) and the kinds of the
emails. So our own export reads back whole (`csvformats`).
"""

from __future__ import annotations

import codecs
import csv
import io

from desktop_app.csv_cells import csv_cell
from desktop_app.interchange.common import display_kind
from desktop_app.interchange.csv_headers import OUTLOOK_EN_ROW
from desktop_app.interchange.names import name_parts
from desktop_app.userdata.models import PRIORITIES, Contact, DatedNote, FollowUp

MULTI = " ::: "

# where each kind goes; when its columns are taken, "Other Phone" and then our "Other Phone N"
# columns (read back as "other", a kind that does not claim to be another one)
_OUTLOOK_SLOTS = {
    "mobile": ["Mobile Phone"], "work": ["Business Phone", "Business Phone 2"],
    "home": ["Home Phone", "Home Phone 2"], "work fax": ["Business Fax"],
    "home fax": ["Home Fax"], "fax": ["Other Fax", "Business Fax"], "pager": ["Pager"],
    "main": ["Company Main Phone"], "assistant": ["Assistant's Phone"], "car": ["Car Phone"],
    "radio": ["Radio Phone"], "callback": ["Callback"], "isdn": ["ISDN"], "telex": ["Telex"],
    "tty": ["TTY/TDD Phone"], "other": ["Other Phone"], "": ["Primary Phone", "Other Phone"],
}
_OUTLOOK_EXTRA = [
    "Callback", "Radio Phone", "TTY/TDD Phone", "Telex", "ISDN", "Account", "Anniversary",
    "Assistant's Name", "Billing Information", "Birthday", "Children", "Directory Server",
    "E-mail Type", "E-mail Display Name", "E-mail 2 Type", "E-mail 2 Display Name",
    "E-mail 3 Type", "E-mail 3 Display Name", "Gender", "Government ID Number", "Hobby",
    "Initials", "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name",
    "Mileage", "Office Location", "Organizational ID Number", "Priority", "Private",
    "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3",
    "User 4"]
OUTLOOK_COLUMNS = OUTLOOK_EN_ROW.split("|") + _OUTLOOK_EXTRA
APP_COLUMNS = ["Cluster Atlas UID", "Cluster Atlas Name", "Cluster Atlas Clusters",
               "Cluster Atlas Met Where", "Cluster Atlas Met When", "Cluster Atlas Met By",
               "Cluster Atlas Priority", "Cluster Atlas Follow-ups", "Cluster Atlas Tags",
               "Cluster Atlas E-mail Kinds"]


def notes_to_text(notes: list[DatedNote]) -> str:
    return "\n\n".join(f"[{n.created_at}] {n.text}" if n.created_at else n.text for n in notes)


def follow_up_text(f: FollowUp) -> str:
    return f"{f.due} | {f.state} | {f.action}"


def _other_name(c: Contact) -> str:
    """The full name when the name's parts do not say it ('' when they do)."""
    return c.full_name if c.full_name and c.full_name != name_parts(c).joined() else ""


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
        if _other_name(c):
            fields.append(("Cluster Atlas Name", c.full_name))
        if c.cluster_ids:
            fields.append(("Clusters", ", ".join(c.cluster_ids)))
        for label, value in (("Met where", c.met_where), ("Met when", c.met_when),
                             ("Met by", c.met_by)):
            if value:
                fields.append((label, value))
        if c.priority:
            fields.append(("Priority", PRIORITIES[c.priority]))
        fields.extend(("Follow-up", follow_up_text(f)) for f in c.follow_ups)
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
        parts = name_parts(c)
        row = [parts.given, parts.middle, parts.family, parts.prefix, parts.suffix, "",
               _other_name(c), c.organisation, c.role, "", "", notes_to_text(c.notes), "",
               MULTI.join(["* myContacts", *c.tags])]
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
            free = [s for s in _OUTLOOK_SLOTS.get(p.kind, []) + ["Other Phone"]
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
        parts = name_parts(c)
        values = {
            "Title": parts.prefix, "First Name": parts.given, "Middle Name": parts.middle,
            "Last Name": parts.family, "Suffix": parts.suffix, "Company": c.organisation,
            "Job Title": c.role, "Notes": notes_to_text(c.notes),
            "Categories": ";".join(c.tags), "Web Page": c.website, **slots,
            "Cluster Atlas Name": _other_name(c), "Cluster Atlas Tags": "\n".join(c.tags),
        }
        if any(e.kind for e in c.emails):
            values["Cluster Atlas E-mail Kinds"] = "\n".join(e.kind for e in c.emails)
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
            "Cluster Atlas Follow-ups": "\n".join(follow_up_text(f) for f in c.follow_ups),
        })
        rows.append([values.get(h, "") for h in header])
    return _to_bytes(header, rows)
