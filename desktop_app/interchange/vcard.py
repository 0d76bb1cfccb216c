"""vCard in: the cards of a 2.1, 3.0 or 4.0 file (any mix) as contacts, as real clients write them.

`vcard_syntax` turns the bytes into cards (liberal, linear, with the lines it skipped); this module
reads each card into a `Contact`:

- names: `N` gives the parts (family, given, additional as middle, prefix, suffix) as the file says;
  a card with only `FN` has it split (`names.split_full_name`); `FN` is kept as the full name,
  except where it only repeats the organisation of a company card (`KIND:org`,
  `X-ABShowAs:COMPANY`, or no `N`) or an email or phone (what apps write for nameless cards);
- groups (`item1.EMAIL` with `item1.X-ABLabel:_$!<Other>!$_` or a custom label) give the kind;
- escapes `\\n \\, \\; \\\\ \\:` and the non-standard `\\"`; 2.1 backslashes as Android reads them;
- a card inside a card (a 2.1 `AGENT`) is a contact of its own.

Photos: inline photos (base64 or a `data:` URI) are kept with the contact and written back; photo
URLs are not fetched, and a value over `vcard_syntax.MAX_VALUE_BYTES` is left out with a warning.
Properties the app has no place for (birthdays, IM, related names...) are left out; each card
reports what was left out. Writing is `vcard_write`.
"""

from __future__ import annotations

import base64
import binascii
import re

from desktop_app.errors import ParseError
from desktop_app.interchange.common import (
    MAX_VALUE_BYTES,
    LineProblem,
    ParsedContact,
    ParseResult,
    SkippedLine,
    email_address,
    email_kind,
    label_kind,
    phone_kind,
)
from desktop_app.interchange.names import split_full_name, with_parts
from desktop_app.interchange.vcard_syntax import (
    Card,
    Property,
    parse,
    split_unescaped,
    unescape,
)
from desktop_app.interchange.vcard_write import X_PREFIX
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

SYSTEM_GROUPS = {"my contacts", "mycontacts", "starred in android", "* mycontacts", "* starred",
                 "starred"}
_PHOTO_MAGIC = ((b"\xff\xd8\xff", "jpeg"), (b"\x89PNG", "png"), (b"GIF8", "gif"),
                (b"BM", "bmp"), (b"RIFF", "webp"))
_IGNORED_QUIETLY = {"VERSION", "PRODID", "REV", "X-ABLABEL", "X-ABUID", "LABEL", "SORT-STRING",
                    "CLASS", "X-CLASS", "PROFILE", "NAME", "SOURCE", "MAILER", "KIND",
                    "X-ABSHOWAS", "AGENT", "END", "BEGIN"}


def _photo(prop: Property) -> tuple[bytes, str] | None:
    raw = prop.raw.strip()
    kind = ""
    if raw.lower().startswith("data:"):
        header, _, payload = raw.partition(",")
        if ";base64" not in header.lower():
            return None
        kind = header[5:].split(";")[0].split("/")[-1].lower()
        raw = payload
    elif prop.encoding not in ("B", "BASE64"):
        return None  # a URL: not fetched
    try:
        data = base64.b64decode(re.sub(r"\s+", "", raw), validate=False)
    except (binascii.Error, ValueError):
        return None
    if not data:
        return None
    for magic, name in _PHOTO_MAGIC:
        if data.startswith(magic):
            kind = name
            break
    else:
        kind = kind or next((t for t in prop.types if t in {"jpeg", "png", "gif"}), "")
    return data, kind


def _labels(card: Card) -> dict[str, str]:
    """Group name -> its X-ABLabel value, made into a kind."""
    return {prop.group: label_kind(prop.text()) for prop in card.props
            if prop.name == "X-ABLABEL" and prop.group}


class _CardReader:
    """One card into a contact, property by property."""

    def __init__(self, card: Card) -> None:
        self.card = card
        self.contact = Contact()
        self.left_out: dict[str, int] = {}
        self.warnings: list[str] = []
        self.fn = ""
        self.names: list[str] = []
        self.orgs: list[str] = []
        self.titles: list[str] = []
        self.roles: list[str] = []
        self.urls: list[str] = []
        self.addresses: list[tuple[Property, list[str]]] = []
        self.note_texts: set[str] = set()
        self.company_card = False

    def leave_out(self, key: str, count: int = 1) -> None:
        self.left_out[key] = self.left_out.get(key, 0) + count

    def read(self) -> ParsedContact:
        labels = _labels(self.card)
        for prop in self.card.props:
            if prop.oversize:
                self.warnings.append(
                    f"line {prop.line}: {prop.name.lower()} left out: "
                    f"{prop.oversize / 1_048_576:.1f} MB is over the "
                    f"{MAX_VALUE_BYTES // 1_048_576} MB limit for one value")
                continue
            self.property(prop, labels.get(prop.group, "") if prop.group else "")
        self.finish()
        if self.left_out:
            self.warnings.insert(0, "left out: " + ", ".join(
                f"{k} ({v})" if v > 1 else k for k, v in self.left_out.items()))
        return ParsedContact(self.contact, self.card.line, self.warnings)

    def property(self, prop: Property, label: str) -> None:
        c, name = self.contact, prop.name
        if name == "FN":
            self.fn = self.fn or prop.text()
        elif name == "N":
            self.names = self.names or prop.components(5)
        elif name == "ORG":
            parts = [p for p in prop.components(0) if p]
            if parts:
                self.orgs.append(", ".join(parts))
        elif name == "TITLE":
            self.titles.append(prop.text())
        elif name == "ROLE":
            self.roles.append(prop.text())
        elif name == "EMAIL":
            address = email_address(prop.text())
            if address:
                c.emails.append(Email(address, label or email_kind(prop.types)))
        elif name in ("TEL", "X-MS-TEL"):
            number = prop.text()
            if number.lower().startswith("tel:"):  # RFC 3966: tel:+52-81-8000-1000;ext=123
                number, _, params = number[4:].partition(";")
                extension = next((p[4:] for p in params.split(";")
                                  if p.lower().startswith("ext=") and p[4:]), "")
                number += f" ext. {extension}" if extension else ""
            if number:
                c.phones.append(Phone(number, label or phone_kind(prop.types)))
        elif name == "URL":
            url = prop.text()
            if url:
                self.urls.append(url)
        elif name == "ADR":
            parts = prop.components(7)
            if any(parts):
                self.addresses.append((prop, parts))
        elif name == "CATEGORIES":
            for part in split_unescaped(prop.decoded(), ","):
                for tag in part.split(","):  # tags never hold commas: `a\, b` is two tags
                    tag = tag.strip()
                    if tag and tag.casefold() not in SYSTEM_GROUPS:
                        c.tags.append(tag)
        elif name == "NOTE":
            text = unescape(prop.decoded()).strip()
            if text and text not in self.note_texts:
                self.note_texts.add(text)
                c.notes.append(DatedNote(text, prop.param("X-CREATED"), prop.param("X-UID")))
        elif name == "PHOTO":
            photo = _photo(prop)
            if photo and c.photo is None:
                c.photo, c.photo_type = photo
            elif prop.raw.strip():
                self.leave_out("photo")
        elif name == "UID":
            uid = prop.text()
            if 0 < len(uid) <= 200 and uid.isprintable():
                c.uid = uid
        elif name in ("KIND", "X-ABSHOWAS"):
            self.company_card = self.company_card or prop.text().lower() in ("org", "company")
        elif name.startswith(X_PREFIX):
            _app_property(c, prop, name[len(X_PREFIX):])
        elif name not in _IGNORED_QUIETLY and prop.raw.strip():
            self.leave_out(name.lower())

    def finish(self) -> None:
        c = self.contact
        names = (self.names + [""] * 5)[:5] if self.names else []
        if names:
            family, given, middle, prefix, suffix = names
            with_parts(c, NameParts(prefix, given, middle, family, suffix))
        c.organisation = self.orgs[0] if self.orgs else ""
        c.role = self.titles[0] if self.titles and self.titles[0] else (
            self.roles[0] if self.roles else "")
        c.website = self.urls[0] if self.urls else ""
        if self.addresses:
            self.address()
        if len(self.urls) > 1:
            self.leave_out("other websites", len(self.urls) - 1)
        fn, has_n = self.fn, any(names)
        contact_values = {*(e.address for e in c.emails), *(p.number for p in c.phones)}
        company = fn == c.organisation and (self.company_card or not has_n)
        if fn and fn not in contact_values and not company:
            c.full_name = fn
            if not has_n:
                with_parts(c, split_full_name(fn))
        elif not fn and has_n:
            c.full_name = NameParts(names[3], names[1], names[2], names[0], names[4]).joined()

    def address(self) -> None:
        c, addresses = self.contact, self.addresses
        chosen = next((a for a in addresses if "work" in a[0].types),
                      next((a for a in addresses if "pref" in a[0].types), addresses[0]))
        po_box, extended, street, city, region, code, country = chosen[1]
        c.address = Address(street=street, city=city, region=region, postal_code=code,
                            country=country, po_box=po_box, extended=extended,
                            kind=next((t for t in ("work", "home") if t in chosen[0].types), ""))
        if len(addresses) > 1:
            self.leave_out("other addresses", len(addresses) - 1)


def _app_property(c: Contact, prop: Property, key: str) -> None:
    text = prop.text()
    if key == "CLUSTER":
        c.cluster_ids.extend(t.strip() for t in text.split(",") if t.strip())
    elif key == "MET-WHERE":
        c.met_where = text
    elif key == "MET-WHEN":
        c.met_when = text
    elif key == "MET-BY":
        c.met_by = text
    elif key == "PRIORITY":
        if text.isdigit() and int(text) in PRIORITIES:
            c.priority = int(text)
    elif key == "FOLLOW-UP":
        state = prop.param("X-STATE").lower() or "open"
        if state not in ("open", "done", "dropped"):
            state = "open"
        if text:
            c.follow_ups.append(FollowUp(text, prop.param("X-DUE"), state, prop.param("X-UID"),
                                         prop.param("X-CREATED")))


def read_vcards(data: bytes, source: str = "") -> ParseResult:
    """Every card of a vCard file as contacts, with the lines left out and the encoding used.
    ParseError (with the line) only for a file with no card or a card cut short. Cards with
    nothing to identify a person are skipped, and said so."""
    parsed = parse(data)
    result = ParseResult("vcf", encoding=parsed.encoding)
    empty: list[SkippedLine] = []
    try:
        for card in parsed.cards:  # each card read into a contact as soon as it is complete
            contact = _CardReader(card).read()
            if contact.contact.is_empty():
                empty.append(SkippedLine(card.line, LineProblem.NO_IDENTITY))
            else:
                result.contacts.append(contact)
    except ParseError as exc:
        raise exc.with_source(source) if source else exc
    result.skipped = sorted(parsed.skipped + empty, key=lambda s: s.line or 0)
    return result
