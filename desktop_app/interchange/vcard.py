"""vCard in and out: reads 2.1, 3.0 and 4.0 as real clients write them; writes 3.0 or 4.0.

The reader works on bytes, because one file can mix charsets (a Japanese phone writes Shift_JIS on
some properties; Android writes UTF-8 inside quoted-printable on others). It takes:

- any line ending (CRLF, LF, CR, and the iOS CR CR LF), a BOM, UTF-16 files;
- folded lines (one leading space or tab removed; a second one belongs to the value), quoted-
  printable soft breaks (`=` at the end of a line, the next line not indented; a split `=0D=`/`=0A`
  and a blank line after the break), base64 that runs on over unindented lines (2.1);
- `CHARSET` on any property (Shift_JIS, UTF-8, us-ascii...), decoded after quoted-printable;
  without one, UTF-8, else Windows-1252; undecodable bytes become U+FFFD rather than failing;
- parameters in every spelling: `TYPE=WORK,VOICE`, `type=INTERNET;type=pref`, bare 2.1 `CELL;PREF`,
  quoted values with `;` or `:` inside, RFC 6868 caret escapes (`^n`, `^'`, `^^`);
- groups (`item1.EMAIL` with `item1.X-ABLabel:_$!<Other>!$_` or a custom label) as the kind;
- escapes `\\n \\, \\; \\\\ \\:` and the non-standard `\\"`; 2.1 backslashes as Android reads them.

Photos: inline photos (base64 or a `data:` URI) are kept with the contact and written back; photo
URLs are not fetched (left out). Properties the app has no place for (birthdays, IM, related
names...) are left out; each card reports what was left out.

A file is rejected (ParseError, with the line) when it is not vCard at all: text outside
`BEGIN:VCARD`/`END:VCARD`, a card left open, a line that is not a property.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from dataclasses import dataclass, field

from desktop_app import __version__
from desktop_app.interchange.common import (
    ParsedContact,
    ParseError,
    ParseResult,
    decode_legacy,
    email_kind,
    label_kind,
    phone_kind,
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

X_PREFIX = "X-CLUSTER-ATLAS-"
SYSTEM_GROUPS = {"my contacts", "mycontacts", "starred in android", "* mycontacts", "* starred",
                 "starred"}
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_NAME = re.compile(r"^[A-Za-z0-9-]+$")
_LINE_BREAK = re.compile(r"\r*\n|\r")
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/=]{4,}$")
_PHOTO_MAGIC = ((b"\xff\xd8\xff", "jpeg"), (b"\x89PNG", "png"), (b"GIF8", "gif"),
                (b"BM", "bmp"), (b"RIFF", "webp"))


@dataclass
class Property:
    line: int
    group: str
    name: str  # upper case
    params: dict[str, list[str]]  # upper-case names; TYPE values lower case
    raw: str  # the value as latin-1 text standing for the original bytes

    @property
    def types(self) -> set[str]:
        return {t.lower() for t in self.params.get("TYPE", [])}

    def param(self, name: str) -> str:
        values = self.params.get(name)
        return values[0] if values else ""

    @property
    def encoding(self) -> str:
        return self.param("ENCODING").upper()


@dataclass
class _Card:
    line: int
    props: list[Property] = field(default_factory=list)


# --- splitting into cards and properties -----------------------------------------------------------


def _to_latin1_text(data: bytes) -> str:
    """The file as text in which each character stands for one byte (charsets decoded later)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise ParseError(f"the file says it is UTF-16 but is not ({exc.reason})", 1) from None
    return data.decode("latin-1")


def _head(line: str) -> str:
    """The part before the value's colon (outside double quotes); the whole line if none."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return line[:i]
    colon = line.find(":")  # an unbalanced quote: take the first colon after all
    return line[:colon] if colon >= 0 else line


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Physical lines joined into properties: folding, QP soft breaks, 2.1 base64 runs."""
    lines = _LINE_BREAK.split(text)
    out: list[tuple[int, str]] = []
    i, n = 0, len(lines)
    while i < n:
        raw = lines[i]
        lineno = i + 1
        i += 1
        if not raw.strip():
            continue
        if raw[0] in " \t" and out:
            # indented text after a blank line: still the previous property (folded base64)
            prev_no, prev = out[-1]
            out[-1] = (prev_no, prev + raw[1:])
            continue
        head = _head(raw).upper()
        params = head.split(";")[1:]
        qp = any("QUOTED-PRINTABLE" in p for p in params)
        b64 = any(p.strip() in ("ENCODING=BASE64", "ENCODING=B", "BASE64") for p in params)
        value = raw
        while i < n:
            nxt = lines[i]
            if qp and value.endswith("="):
                value = value[:-1] + nxt
                i += 1
                continue
            if nxt[:1] in (" ", "\t"):
                value += nxt[1:]
                i += 1
                continue
            if b64 and _BASE64_LINE.match(nxt):
                value += nxt
                i += 1
                continue
            break
        out.append((lineno, value))
    return out


def _split_params(head: str) -> list[str]:
    parts, current, quoted = [], [], False
    for ch in head:
        if ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _caret_decode(value: str) -> str:
    """RFC 6868: ^n newline, ^' double quote, ^^ caret."""
    if "^" not in value:
        return value
    return re.sub(r"\^([n'^])", lambda m: {"n": "\n", "'": '"', "^": "^"}[m.group(1)], value)


def _parse_property(lineno: int, line: str) -> Property:
    head = _head(line)
    if head == line:
        shown = line[:40].encode("latin-1").decode("utf-8", "replace")
        raise ParseError(f"not a vCard property (no ':'): {shown!r}", lineno)
    raw = line[len(head) + 1:]
    parts = _split_params(head)
    name = parts[0].strip()
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    if not _NAME.match(name):
        shown = parts[0][:40].encode("latin-1").decode("utf-8", "replace")
        raise ParseError(f"{shown!r} is not a property name", lineno)
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        part = part.strip()
        if not part:
            continue
        if "=" in part:
            key, _, value = part.partition("=")
            key = key.strip().upper()
            values = _split_param_values(value)
        else:
            upper = part.upper()
            if upper in _ENCODINGS:
                key, values = "ENCODING", [upper]
            elif upper.startswith("CHARSET"):
                continue
            else:
                key, values = "TYPE", [part]
        if key == "TYPE":
            values = [v.lower() for v in values]
        params.setdefault(key, []).extend(values)
    return Property(lineno, group.upper(), name.upper(), params, raw)


def _split_param_values(value: str) -> list[str]:
    value = value.strip()
    if value.startswith('"') and value.endswith('"') and len(value) >= 2:
        return [_decode_param(value[1:-1])]
    out = []
    for piece in re.findall(r'"[^"]*"|[^,]+', value):
        piece = piece.strip()
        if piece.startswith('"') and piece.endswith('"'):
            piece = piece[1:-1]
        if piece:
            out.append(_decode_param(piece))
    return out


def _decode_param(value: str) -> str:
    return _caret_decode(_bytes_to_text(value.encode("latin-1"), ""))


def _cards(text: str) -> list[_Card]:
    cards: list[_Card] = []
    current: _Card | None = None
    depth = 0
    for lineno, line in _logical_lines(text):
        stripped = line.strip()
        upper = stripped.upper()
        if upper.startswith(("BEGIN:", "BEGIN;")):
            if upper.split(":", 1)[-1].strip() != "VCARD":
                if current is None:
                    raise ParseError(f"expected BEGIN:VCARD, found {_shown(stripped)}", lineno)
                current.props.append(_parse_property(lineno, line))
                continue
            if current is None:
                current = _Card(lineno)
                depth = 1
            else:
                depth += 1  # a card inside a card (2.1 AGENT): its lines are left out
            continue
        if upper.startswith("END:"):
            if current is None:
                raise ParseError(f"{_shown(stripped)} without BEGIN:VCARD", lineno)
            if upper[4:].strip() == "VCARD":
                depth -= 1
                if depth == 0:
                    cards.append(current)
                    current = None
            continue
        if current is None:
            raise ParseError(f"expected BEGIN:VCARD, found {_shown(stripped)}", lineno)
        prop = _parse_property(lineno, line)
        if depth == 1:
            current.props.append(prop)
    if current is not None:
        raise ParseError("this card has no END:VCARD (the file may be cut short)", current.line)
    return cards


def _shown(text: str) -> str:
    return repr(text[:40].encode("latin-1").decode("utf-8", "replace"))


# --- values --------------------------------------------------------------------------------------


def _bytes_to_text(data: bytes, charset: str) -> str:
    if charset:
        try:
            info = codecs.lookup(charset)
            if getattr(info, "_is_text_encoding", True):
                return data.decode(info.name, errors="replace")
        except (LookupError, UnicodeError, ValueError, TypeError):
            pass
    return decode_legacy(data)


def _decoded(prop: Property) -> str:
    """The value as text: quoted-printable undone, then its charset decoded."""
    data = prop.raw.encode("latin-1")
    if prop.encoding == "QUOTED-PRINTABLE":
        data = quopri.decodestring(data)
    text = _bytes_to_text(data, prop.param("CHARSET"))
    return text.replace("\r\n", "\n").replace("\r", "\n")


_ESCAPES = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":", '"': '"', "t": "\t"}


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text, flags=re.DOTALL)


def _split_unescaped(text: str, sep: str) -> list[str]:
    """Split at separators not escaped by a backslash, then unescape each part."""
    parts, current, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i:i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return [_unescape(p) for p in parts]


def _text(prop: Property) -> str:
    return _unescape(_decoded(prop)).strip()


def _components(prop: Property, count: int) -> list[str]:
    parts = [p.strip() for p in _split_unescaped(_decoded(prop), ";")]
    return (parts + [""] * count)[:count] if count else parts


def _photo(prop: Property, version: str) -> tuple[bytes, str] | None:
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


# --- cards to contacts ----------------------------------------------------------------------------


_IGNORED_QUIETLY = {"VERSION", "PRODID", "REV", "X-ABLABEL", "X-ABUID", "LABEL", "SORT-STRING",
                    "CLASS", "X-CLASS", "PROFILE", "NAME", "SOURCE", "MAILER", "KIND"}


def _labels(card: _Card) -> dict[str, str]:
    """Group name -> its X-ABLabel value, made into a kind."""
    labels = {}
    for prop in card.props:
        if prop.name == "X-ABLABEL" and prop.group:
            labels[prop.group] = label_kind(_text(prop))
    return labels


def _card_contact(card: _Card) -> ParsedContact:
    version = next((_text(p) for p in card.props if p.name == "VERSION"), "3.0")
    labels = _labels(card)
    c = Contact()
    left_out: dict[str, int] = {}
    fn = ""
    names: list[str] = []
    orgs: list[str] = []
    titles: list[str] = []
    roles: list[str] = []
    urls: list[str] = []
    addresses: list[tuple[Property, list[str]]] = []
    for prop in card.props:
        name = prop.name
        label = labels.get(prop.group, "") if prop.group else ""
        if name == "FN":
            fn = fn or _text(prop)
        elif name == "N":
            names = names or _components(prop, 5)
        elif name == "ORG":
            parts = [p for p in _components(prop, 0) if p]
            if parts:
                orgs.append(", ".join(parts))
        elif name == "TITLE":
            titles.append(_text(prop))
        elif name == "ROLE":
            roles.append(_text(prop))
        elif name == "EMAIL":
            address = _text(prop)
            if address.lower().startswith("mailto:"):
                address = address[7:]
            if address:
                c.emails.append(Email(address, label or email_kind(prop.types)))
        elif name in ("TEL", "X-MS-TEL"):
            number = _text(prop)
            if number.lower().startswith("tel:"):
                number = number[4:]
            if number:
                c.phones.append(Phone(number, label or phone_kind(prop.types)))
        elif name == "URL":
            url = _text(prop)
            if url:
                urls.append(url)
        elif name == "ADR":
            parts = _components(prop, 7)
            if any(parts):
                addresses.append((prop, parts))
        elif name == "CATEGORIES":
            text = _decoded(prop)
            for part in _split_unescaped(text, ","):
                for tag in part.split(","):  # tags never hold commas: `a\, b` is two tags
                    tag = tag.strip()
                    if tag and tag.casefold() not in SYSTEM_GROUPS:
                        c.tags.append(tag)
        elif name == "NOTE":
            text = _unescape(_decoded(prop)).strip()
            if text and text not in {n.text for n in c.notes}:
                c.notes.append(DatedNote(text, prop.param("X-CREATED"), prop.param("X-UID")))
        elif name == "PHOTO":
            photo = _photo(prop, version)
            if photo and c.photo is None:
                c.photo, c.photo_type = photo
            elif prop.raw.strip():
                left_out["photo"] = left_out.get("photo", 0) + 1
        elif name == "UID":
            uid = _text(prop)
            if 0 < len(uid) <= 200 and uid.isprintable():
                c.uid = uid
        elif name.startswith(X_PREFIX):
            _app_property(c, prop, name[len(X_PREFIX):])
        elif name in _IGNORED_QUIETLY:
            continue
        else:
            key = name.lower()
            if prop.raw.strip():
                left_out[key] = left_out.get(key, 0) + 1
    family, given = (names + ["", ""])[:2] if names else ("", "")
    c.family_name, c.given_name = family, given
    c.organisation = orgs[0] if orgs else ""
    c.role = titles[0] if titles and titles[0] else (roles[0] if roles else "")
    c.website = urls[0] if urls else ""
    if addresses:
        chosen = next((a for a in addresses if "work" in a[0].types),
                      next((a for a in addresses if "pref" in a[0].types), addresses[0]))
        po_box, extended, street, city, region, code, country = chosen[1]
        c.address = Address(street=street, city=city, region=region, postal_code=code,
                            country=country, po_box=po_box, extended=extended,
                            kind=next((t for t in ("work", "home") if t in chosen[0].types),
                                      ""))
        if len(addresses) > 1:
            left_out["other addresses"] = len(addresses) - 1
    if len(urls) > 1:
        left_out["other websites"] = len(urls) - 1
    fallbacks = {c.organisation, *(e.address for e in c.emails), *(p.number for p in c.phones)}
    if fn and fn not in fallbacks:
        c.full_name = fn
    elif not fn and names:
        c.full_name = " ".join(p for p in (names[3] if len(names) > 3 else "", given,
                                           names[2] if len(names) > 2 else "", family,
                                           names[4] if len(names) > 4 else "") if p)
    warnings = [f"left out: {', '.join(f'{k} ({v})' if v > 1 else k for k, v in left_out.items())}"
                ] if left_out else []
    return ParsedContact(c, card.line, warnings)


def _app_property(c: Contact, prop: Property, key: str) -> None:
    text = _text(prop)
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
    """Every card of a vCard file as contacts; ParseError (with the line) for a file that is not
    vCard. Cards with nothing to identify a person are skipped with a warning."""
    try:
        cards = _cards(_to_latin1_text(data))
        if not cards:
            raise ParseError("no vCard found (a vCard starts with BEGIN:VCARD)", 1)
    except ParseError as exc:
        raise exc.with_source(source) if source else exc
    result = ParseResult("vcf")
    for card in cards:
        parsed = _card_contact(card)
        if parsed.contact.is_empty():
            result.skipped.append(f"line {card.line}: a card with no name, organisation, email "
                                  "or phone")
            continue
        result.contacts.append(parsed)
    return result


# --- writing --------------------------------------------------------------------------------------


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
            .replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))


def _param_value(value: str, version: str) -> str:
    value = value.replace("\r", "").replace("\n", " " if version == "3.0" else "^n")
    if version == "4.0":
        value = value.replace("^", "^^").replace('"', "^'")
    else:
        value = value.replace('"', "'")
    if re.search(r"[:;,\s]", value):
        return f'"{value}"'
    return value


def _fold(line: str) -> list[str]:
    """A content line folded at 75 octets without splitting a UTF-8 character."""
    out, current, size = [], [], 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size, limit = [" "], 1, 75
        current.append(ch)
        size += width
    out.append("".join(current))
    return out


_PHONE_TYPES_30 = {"mobile": "CELL", "work": "WORK,VOICE", "home": "HOME,VOICE", "fax": "FAX",
                   "work fax": "WORK,FAX", "home fax": "HOME,FAX", "pager": "PAGER"}
_PHONE_TYPES_40 = {"mobile": "cell", "work": "work,voice", "home": "home,voice", "fax": "fax",
                   "work fax": "work,fax", "home fax": "home,fax", "pager": "pager"}
_PHOTO_MIME = {"jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif", "bmp": "image/bmp",
               "webp": "image/webp"}


def _card_lines(c: Contact, version: str) -> list[str]:
    v4 = version == "4.0"
    lines = ["BEGIN:VCARD", f"VERSION:{version}",
             f"PRODID:-//Cluster Atlas//Cluster Atlas {__version__}//EN"]
    groups = iter(range(1, 10_000))

    def grouped(prop: str, value: str, label: str) -> None:
        group = f"item{next(groups)}"
        lines.append(f"{group}.{prop}:{value}")
        lines.append(f"{group}.X-ABLabel:{_escape(label)}")

    if c.uid:
        lines.append(f"UID:{_escape(c.uid)}")
    lines.append(f"FN:{_escape(c.display_name)}")
    lines.append("N:" + ";".join(_escape(p) for p in (c.family_name, c.given_name, "", "", "")))
    if c.organisation:
        lines.append(f"ORG:{_escape(c.organisation)}")
    if c.role:
        lines.append(f"TITLE:{_escape(c.role)}")
    for e in c.emails:
        value = _escape(e.address)
        if e.kind in ("work", "home"):
            lines.append(f"EMAIL;TYPE={e.kind if v4 else 'INTERNET,' + e.kind.upper()}:{value}")
        elif e.kind:
            grouped("EMAIL" if v4 else "EMAIL;TYPE=INTERNET", value, e.kind)
        else:
            lines.append(f"EMAIL{'' if v4 else ';TYPE=INTERNET'}:{value}")
    types = _PHONE_TYPES_40 if v4 else _PHONE_TYPES_30
    for p in c.phones:
        value = _escape(p.number)
        if p.kind in types:
            lines.append(f"TEL;TYPE={types[p.kind]}:{value}")
        elif p.kind:
            grouped("TEL", value, p.kind)
        else:
            lines.append(f"TEL{';TYPE=voice' if v4 else ';TYPE=VOICE'}:{value}")
    if c.website:
        lines.append(f"URL:{_escape(c.website)}")
    a = c.address
    if not a.is_empty():
        kind = a.kind if a.kind in ("work", "home") else ""
        type_param = f";TYPE={kind if v4 else kind.upper()}" if kind else ""
        parts = (a.po_box, a.extended, a.street, a.city, a.region, a.postal_code, a.country)
        lines.append(f"ADR{type_param}:" + ";".join(_escape(p) for p in parts))
    if c.tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in c.tags))
    for note in c.notes:
        params = ""
        if note.created_at:
            params += f";X-CREATED={_param_value(note.created_at, version)}"
        if note.uid:
            params += f";X-UID={_param_value(note.uid, version)}"
        lines.append(f"NOTE{params}:{_escape(note.text)}")
    for cluster_id in c.cluster_ids:
        lines.append(f"{X_PREFIX}CLUSTER:{_escape(cluster_id)}")
    for key, value in (("MET-WHERE", c.met_where), ("MET-WHEN", c.met_when),
                       ("MET-BY", c.met_by)):
        if value:
            lines.append(f"{X_PREFIX}{key}:{_escape(value)}")
    if c.priority:
        lines.append(f"{X_PREFIX}PRIORITY:{c.priority}")
    for f in c.follow_ups:
        params = f";X-STATE={f.state}"
        if f.due:
            params += f";X-DUE={_param_value(f.due, version)}"
        if f.uid:
            params += f";X-UID={_param_value(f.uid, version)}"
        if f.created_at:
            params += f";X-CREATED={_param_value(f.created_at, version)}"
        lines.append(f"{X_PREFIX}FOLLOW-UP{params}:{_escape(f.action)}")
    if c.photo:
        data = base64.b64encode(c.photo).decode("ascii")
        kind = c.photo_type or "jpeg"
        if v4:
            lines.append(f"PHOTO:data:{_PHOTO_MIME.get(kind, 'image/' + kind)};base64,{data}")
        else:
            lines.append(f"PHOTO;ENCODING=b;TYPE={kind.upper()}:{data}")
    if c.updated_at:
        stamp = c.updated_at.replace("-", "").replace(":", "")
        lines.append(f"REV:{stamp}")
    lines.append("END:VCARD")
    return lines


def write_vcards(contacts: list[Contact], version: str = "3.0") -> bytes:
    """The contacts as one vCard file (UTF-8, CRLF, folded at 75 octets)."""
    if version not in ("3.0", "4.0"):
        raise ValueError("vCard 3.0 or 4.0")
    out = []
    for contact in contacts:
        for line in _card_lines(contact, version):
            out.extend(_fold(line))
    return ("\r\n".join(out) + "\r\n").encode("utf-8") if out else b""
