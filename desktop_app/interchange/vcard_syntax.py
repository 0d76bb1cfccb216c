"""vCard syntax: a file's bytes into cards of properties, liberal in what it accepts, in linear time.

Works on bytes, because one file can mix charsets (a Japanese phone writes Shift_JIS on some
properties; Android writes UTF-8 inside quoted-printable on others): the file is read as Latin-1
text (one character per byte) and each value is decoded later with its own `CHARSET`, else with the
file's encoding (`charset.py`: byte-order mark, UTF-16 from its NUL bytes, UTF-8, a tested guess).
It takes:

- any line ending (CRLF, LF, CR, the iOS CR CR LF); a bare CR inside a line of a CRLF or LF file
  stays in the value (a custom field with a line break), it does not end the line;
- folded lines (one leading space or tab removed), quoted-printable soft breaks (`=` at the end of
  a line, the next line not indented, blank lines in between), base64 running on over unindented
  lines (2.1); each property is joined once from its pieces, so a card with 100k lines or a
  75 MB photo costs time in proportion to its size;
- parameters in every spelling: `TYPE=WORK,VOICE`, `type=INTERNET;type=pref`, bare 2.1 `CELL;PREF`,
  quoted values with `;` or `:` inside, RFC 6868 caret escapes, and a parameter written after a
  comma (`LABEL,TYPE=HOME`); property names apps invent (`X-messaging/twitter-All`);
- cards inside a card (a 2.1 `AGENT`, or a nested `BEGIN:VCARD`): each is a card of its own.

What it cannot read it skips and names (`SkippedLine`: the line and why): a comment (`#...`), a
line with no value (`FN` without a colon), a name with spaces, text outside the cards (a stray
`ENCODING:UTF-8` before the first `BEGIN:VCARD`). A file is refused (ParseError) only when it holds
no card, or when a card is cut short (no `END:VCARD`: then nothing of the file is trusted).

A value longer than `MAX_VALUE_BYTES` (2 MiB, a photo in practice) is not kept: the property is
marked `oversize` and the reader says so, rather than storing blobs every backup would copy.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop_app.errors import FileProblem, ParseError
from desktop_app.interchange.charset import detect_unicode, guess_legacy
from desktop_app.interchange.common import (
    MAX_VALUE_BYTES,
    EncodingSource,
    FileEncoding,
    LineProblem,
    SkippedLine,
)

_BOM_AS_LATIN1 = "\xef\xbb\xbf"
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_NAME = re.compile(r"^[A-Za-z0-9-]+$")
_LOOSE_NAME = re.compile(r"^[A-Za-z][^\s;:,\"]*$")  # X-messaging/twitter-All
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/=]{4,}$")
_CARET = re.compile(r"\^([n'^])")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":", '"': '"', "t": "\t"}


@dataclass(slots=True)
class Property:
    line: int
    group: str
    name: str  # upper case
    params: dict[str, list[str]]  # upper-case names; TYPE values lower case
    raw: str  # the value as latin-1 text standing for the original bytes
    charset: str = "utf-8"  # the file's encoding, for a value without CHARSET
    oversize: int = 0  # the length of a value too long to keep (raw is then "")

    @property
    def types(self) -> set[str]:
        return {t.lower() for t in self.params.get("TYPE", [])}

    def param(self, name: str) -> str:
        values = self.params.get(name)
        return values[0] if values else ""

    @property
    def encoding(self) -> str:
        return self.param("ENCODING").upper()

    def decoded(self) -> str:
        """The value as text: quoted-printable undone, then its charset decoded."""
        data = self.raw.encode("latin-1")
        if self.encoding == "QUOTED-PRINTABLE":
            data = quopri.decodestring(data)
        text = bytes_to_text(data, self.param("CHARSET"), self.charset)
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def text(self) -> str:
        return unescape(self.decoded()).strip()

    def components(self, count: int) -> list[str]:
        parts = [p.strip() for p in split_unescaped(self.decoded(), ";")]
        return (parts + [""] * count)[:count] if count else parts


@dataclass
class Card:
    line: int
    props: list[Property] = field(default_factory=list)
    nested: list[Card] = field(default_factory=list)  # AGENT or nested BEGIN:VCARD

    def flattened(self) -> Iterator[Card]:
        yield self
        for card in self.nested:
            yield from card.flattened()


@dataclass
class VCardFile:
    cards: Iterator[Card]  # every card, nested ones after their parent, as they are read
    skipped: list[SkippedLine]  # complete once `cards` is exhausted
    encoding: FileEncoding


# --- values --------------------------------------------------------------------------------------


def bytes_to_text(data: bytes, declared: str, default: str) -> str:
    """A value's bytes as text: its declared charset, else the file's, else a guess."""
    if declared:
        try:
            info = codecs.lookup(declared)
            if getattr(info, "_is_text_encoding", True):
                return data.decode(info.name, errors="replace")
        except (LookupError, UnicodeError, ValueError, TypeError):
            pass
    try:
        return data.decode(default)
    except UnicodeDecodeError:
        return data.decode(guess_legacy(data))


def caret_decode(value: str) -> str:
    """RFC 6868: ^n newline, ^' double quote, ^^ caret."""
    if "^" not in value:
        return value
    return _CARET.sub(lambda m: {"n": "\n", "'": '"', "^": "^"}[m.group(1)], value)


def unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), text)


def split_unescaped(text: str, sep: str) -> list[str]:
    """Split at separators not escaped by a backslash, then unescape each part."""
    if "\\" not in text:
        return text.split(sep)
    parts = re.split(r"(?<!\\)((?:\\\\)*)" + re.escape(sep), text)
    # re.split keeps the captured run of escaped backslashes: it belongs to the part before
    joined = [parts[0]]
    for i in range(1, len(parts), 2):
        joined[-1] += parts[i]
        joined.append(parts[i + 1])
    return [unescape(p) for p in joined]


def shown(text: str) -> str:
    return text[:40].encode("latin-1").decode("utf-8", "replace").strip()


# --- lines ---------------------------------------------------------------------------------------


def _physical_lines(text: str) -> list[str]:
    if "\n" in text:
        return [line.rstrip("\r") for line in text.split("\n")]
    return text.split("\r")


def _head(line: str) -> str:
    """The part before the value's colon (outside double quotes); the whole line if none."""
    colon = line.find(":")
    if colon < 0 or '"' not in line[:colon]:
        return line[:colon] if colon >= 0 else line
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return line[:i]
    return line[:colon]  # an unbalanced quote: take the first colon after all


def _logical_lines(lines: list[str]) -> Iterator[tuple[int, str]]:
    """Physical lines joined into properties: folding, QP soft breaks, 2.1 base64 runs."""
    parts: list[str] = []
    start = 0
    qp = b64 = False
    for index, raw in enumerate(lines):
        if not raw.strip():
            continue
        if parts:
            if qp and parts[-1].endswith("="):
                parts[-1] = parts[-1][:-1]
                parts.append(raw)
                continue
            if raw[0] in " \t":
                parts.append(raw[1:])
                continue
            if b64 and _BASE64_LINE.match(raw):
                parts.append(raw)
                continue
            yield start, "".join(parts)
        parts = [raw]
        start = index + 1
        params = _head(raw).upper().split(";")[1:]
        qp = any("QUOTED-PRINTABLE" in p for p in params)
        b64 = any(p.strip() in ("ENCODING=BASE64", "ENCODING=B", "BASE64") for p in params)
    if parts:
        yield start, "".join(parts)


# --- properties ----------------------------------------------------------------------------------


def _split_params(head: str) -> list[str]:
    if '"' not in head:
        return head.split(";")
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


def _split_param_values(value: str, charset: str) -> list[str]:
    value = value.strip()
    if value.startswith('"') and value.endswith('"') and len(value) >= 2:
        return [_decode_param(value[1:-1], charset)]
    out = []
    for piece in re.findall(r'"[^"]*"|[^,]+', value):
        piece = piece.strip()
        if piece.startswith('"') and piece.endswith('"'):
            piece = piece[1:-1]
        if piece:
            out.append(_decode_param(piece, charset))
    return out


def _decode_param(value: str, charset: str) -> str:
    return caret_decode(bytes_to_text(value.encode("latin-1"), "", charset))


def parse_property(lineno: int, line: str, charset: str) -> Property | SkippedLine:
    """One logical line as a property, or why it is skipped."""
    head = _head(line)
    if head == line:
        return SkippedLine(lineno, LineProblem.NO_VALUE, shown(line))
    parts = _split_params(head)
    name = parts[0].strip()
    if "," in name:  # LABEL,TYPE=HOME: a parameter after a comma
        name, _, extra = name.partition(",")
        parts.insert(1, extra)
    group = ""
    if "." in name and _NAME.match(name.rsplit(".", 1)[1] or "-"):
        group, name = name.rsplit(".", 1)
    if not (_NAME.match(name) or _LOOSE_NAME.match(name)):
        return SkippedLine(lineno, LineProblem.BAD_NAME, shown(parts[0]))
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        part = part.strip()
        if not part:
            continue
        if "=" in part:
            key, _, value = part.partition("=")
            key = key.strip().upper()
            values = _split_param_values(value, charset)
        else:
            upper = part.upper()
            if upper in _ENCODINGS:
                key, values = "ENCODING", [upper]
            elif upper.startswith("CHARSET"):
                continue
            else:
                key, values = "TYPE", [part]
        if key == "TYPE":  # TYPE="HOME,VOICE" (quoted, as sabre/vobject writes it) is two
            values = [t.strip().lower() for v in values for t in v.split(",") if t.strip()]
        params.setdefault(key, []).extend(values)
    raw = line[len(head) + 1:]
    prop = Property(lineno, group.upper(), name.upper(), params, raw, charset)
    if len(raw) > MAX_VALUE_BYTES:
        prop.raw, prop.oversize = "", len(raw)
    return prop


# --- cards ---------------------------------------------------------------------------------------


def _legacy_encoding(lines: list[tuple[int, str]]) -> FileEncoding:
    """For a file that is neither UTF-8 nor UTF-16: the charset its values declare when every
    non-ASCII line declares one, else a guess from the lines that do not."""
    undeclared = [line for _, line in lines
                  if not line.isascii() and "CHARSET" not in _head(line).upper()]
    if undeclared:
        sample = "\n".join(undeclared).encode("latin-1")
        return FileEncoding(guess_legacy(sample), EncodingSource.GUESSED)
    declared = next((p.split("=", 1)[1].strip('"').lower() for _, line in lines
                     if not line.isascii() for p in _head(line).split(";")
                     if p.upper().startswith("CHARSET=")), "ascii")
    return FileEncoding(declared, EncodingSource.DECLARED)


def parse(data: bytes) -> VCardFile:
    """The cards of a vCard file, read one at a time as `cards` is iterated (a big file's
    properties are not all held at once), with what was skipped (complete once `cards` is
    exhausted). Iterating raises ParseError when the file holds no card or a card is cut short."""
    encoding = detect_unicode(data)
    if encoding is not None and encoding.name.startswith("utf-16"):
        data = data.decode(encoding.name).lstrip("\ufeff").encode("utf-8")
    elif data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    logical = list(_logical_lines(_physical_lines(data.decode("latin-1"))))
    if encoding is None:
        encoding = _legacy_encoding(logical)
    charset = encoding.name if encoding.source is EncodingSource.GUESSED else "utf-8"
    skipped: list[SkippedLine] = []
    return VCardFile(_cards(logical, charset, skipped), skipped, encoding)


def _cards(logical: list[tuple[int, str]], charset: str,
           skipped: list[SkippedLine]) -> Iterator[Card]:
    found = 0
    open_cards: list[Card] = []
    for lineno, line in logical:
        stripped = line.strip().removeprefix(_BOM_AS_LATIN1)  # files joined after export
        if stripped.startswith("#"):
            skipped.append(SkippedLine(lineno, LineProblem.COMMENT, shown(stripped)))
            continue
        head = _head(stripped)
        name = head.split(";")[0].strip().upper()
        value = stripped[len(head) + 1:].strip().upper() if head != stripped else ""
        if (name, value) in (("BEGIN", "VCARD"), ("AGENT", "BEGIN:VCARD")):
            card = Card(lineno)
            if open_cards:
                open_cards[-1].nested.append(card)
            open_cards.append(card)
            continue
        if (name, value) == ("END", "VCARD") and open_cards:
            card = open_cards.pop()
            if not open_cards:
                found += 1
                yield from card.flattened()
            continue
        if not open_cards:
            skipped.append(SkippedLine(lineno, LineProblem.OUTSIDE_CARD, shown(stripped)))
            continue
        prop = parse_property(lineno, line, charset)
        if isinstance(prop, SkippedLine):
            skipped.append(prop)
            continue
        open_cards[-1].props.append(prop)
        if prop.name == "AGENT" and prop.raw[:11].upper() == "BEGIN:VCARD":
            open_cards[-1].nested.extend(_embedded(prop))
    if open_cards:
        raise ParseError("this card has no END:VCARD (the file may be cut short)",
                         open_cards[0].line, problem=FileProblem.CUT_SHORT)
    if not found:
        first = skipped[0].line if skipped else 1
        raise ParseError("no vCard found (a vCard starts with BEGIN:VCARD)", first,
                         problem=FileProblem.NO_VCARD)


def _embedded(prop: Property) -> list[Card]:
    """A 3.0 AGENT holding its card as escaped text (`BEGIN:VCARD\\nFN:...`): its cards."""
    text = unescape(prop.raw)
    try:
        cards = list(parse(text.encode("latin-1")).cards)
    except ParseError:
        return []
    for card in cards:
        card.line = prop.line
        for p in card.props:
            p.line, p.charset = prop.line, prop.charset
    return cards
