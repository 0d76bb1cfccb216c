"""The JSON of everything the user owns: bookmarks, lists, cluster notes and contacts.

Made to be imported on another laptop: every record keeps its stable uid (lists and notes too), so
importing merges instead of duplicating. A bare JSON array of contacts (what `contacts list
--format json` prints) is read as contacts only.

    {"format": "cluster-atlas-userdata", "version": 1, "exported_at": "...",
     "bookmarks": [{"cluster_id": "mx-nle-claut", "created_at": "..."}],
     "lists": [{"uid": "...", "name": "Monterrey, March", "created_at": "...",
                "items": [{"cluster_id": "...", "added_at": "..."}]}],
     "cluster_notes": [{"uid": "...", "cluster_id": "...", "text": "...", "created_at": "...",
                        "updated_at": "..."}],
     "contacts": [{...Contact.to_dict()...}],
     "missions": [{...see missions_json...}]}
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass, field
from typing import Any

from desktop_app.errors import ParseError
from desktop_app.interchange.common import (
    EncodingSource,
    FileEncoding,
    LineProblem,
    ParsedContact,
    ParseResult,
    SkippedLine,
)
from desktop_app.interchange.missions_json import (
    MissionExport,
    read_missions,
    text_value,
    write_missions,
)
from desktop_app.userdata.models import ClusterNote, Contact, now_iso

FORMAT = "cluster-atlas-userdata"
VERSION = 1


@dataclass
class ListExport:
    uid: str
    name: str
    created_at: str
    items: list[tuple[str, str]] = field(default_factory=list)  # (cluster id, added at)


@dataclass
class UserDataBundle:
    bookmarks: list[tuple[str, str]] = field(default_factory=list)  # (cluster id, created at)
    lists: list[ListExport] = field(default_factory=list)
    cluster_notes: list[ClusterNote] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    missions: list[MissionExport] = field(default_factory=list)


def write_json(bundle: UserDataBundle) -> bytes:
    data = {
        "format": FORMAT, "version": VERSION, "exported_at": now_iso(),
        "bookmarks": [{"cluster_id": c, "created_at": t} for c, t in bundle.bookmarks],
        "lists": [{"uid": lst.uid, "name": lst.name, "created_at": lst.created_at,
                   "items": [{"cluster_id": c, "added_at": t} for c, t in lst.items]}
                  for lst in bundle.lists],
        "cluster_notes": [n.to_dict() for n in bundle.cluster_notes],
        "contacts": [c.to_dict() for c in bundle.contacts],
        "missions": write_missions(bundle.missions),
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _objects(data: dict, key: str) -> list[dict]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ValueError(f"'{key}' should be a list")
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise ValueError(f"{key}[{i}]: an object expected")
    return value


def _bundle(data: Any) -> UserDataBundle:
    if isinstance(data, list):
        data = {"contacts": data}
    if not isinstance(data, dict):
        raise ValueError("a Cluster Atlas export (an object) or a list of contacts expected")
    fmt = data.get("format")
    if fmt is not None and fmt != FORMAT:
        raise ValueError(f"format {fmt!r} is not a Cluster Atlas export")
    version = data.get("version", VERSION)
    if not isinstance(version, int) or version > VERSION:
        raise ValueError(f"export version {version!r} is newer than this Cluster Atlas reads "
                         f"({VERSION}); update Cluster Atlas")
    bundle = UserDataBundle()
    for i, item in enumerate(_objects(data, "bookmarks")):
        where = f"bookmarks[{i}]"
        bundle.bookmarks.append((text_value(item, "cluster_id", where, required=True),
                                 text_value(item, "created_at", where)))
    for i, item in enumerate(_objects(data, "lists")):
        where = f"lists[{i}]"
        lst = ListExport(text_value(item, "uid", where), text_value(item, "name", where, required=True),
                         text_value(item, "created_at", where))
        for j, entry in enumerate(_objects(item, "items")):
            lst.items.append((text_value(entry, "cluster_id", f"{where}.items[{j}]", required=True),
                              text_value(entry, "added_at", f"{where}.items[{j}]")))
        bundle.lists.append(lst)
    for i, item in enumerate(_objects(data, "cluster_notes")):
        where = f"cluster_notes[{i}]"
        created = text_value(item, "created_at", where)
        bundle.cluster_notes.append(ClusterNote(
            uid=text_value(item, "uid", where), cluster_id=text_value(item, "cluster_id", where,
                                                               required=True),
            text=text_value(item, "text", where, required=True), created_at=created,
            updated_at=text_value(item, "updated_at", where) or created))
    for i, item in enumerate(_objects(data, "contacts")):
        try:
            bundle.contacts.append(Contact.from_dict(item))
        except ValueError as exc:
            raise ValueError(f"contacts[{i}].{exc}") from None
    bundle.missions = read_missions(data)
    return bundle


def _line_of(text: str, key: str, index: int) -> int | None:
    """The line where the index-th object of a top-level list starts (for error messages)."""
    try:
        decoder = json.JSONDecoder()
        start = text.index(f'"{key}"') if key else 0
        pos = text.index("[", start) + 1
        for _ in range(index):
            while text[pos] in " \t\r\n,":
                pos += 1
            _, pos = decoder.raw_decode(text, pos)
        while text[pos] in " \t\r\n,":
            pos += 1
        return text.count("\n", 0, pos) + 1
    except (ValueError, IndexError):
        return None


class _NumberTooLarge(ValueError):
    def __init__(self, digits: int) -> None:
        super().__init__(digits)
        self.digits = digits


def _bounded_int(text: str) -> int:
    """An integer of the file; no field of ours needs more than 18 digits (SQLite's integers
    end at 19, Python's int() refuses more than 4,300)."""
    digits = len(text.lstrip("-"))
    if digits > 18:
        raise _NumberTooLarge(digits)
    return int(text)


def read_json(data: bytes, source: str = "") -> tuple[UserDataBundle, ParseResult]:
    """The bundle and its contacts as a ParseResult; ParseError with the line and the reason."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", None,
                         source) from None
    try:
        parsed = json.loads(text, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        raise ParseError(f"not valid JSON: {exc.msg} (column {exc.colno})", exc.lineno,
                         source) from None
    except RecursionError:
        raise ParseError("not valid JSON: nested too deeply", None, source) from None
    except _NumberTooLarge as exc:
        raise ParseError(f"a number is too large ({exc.digits} digits)", None, source) from None
    try:
        bundle = _bundle(parsed)
    except ValueError as exc:
        message = str(exc)
        line = None
        head = message.split(".", 1)[0].split(":", 1)[0]
        if "[" in head and head.endswith("]"):
            key, _, number = head[:-1].partition("[")
            if number.isdigit():
                line = _line_of(text, "" if isinstance(parsed, list) else key, int(number))
        raise ParseError(message, line, source) from None
    result = ParseResult("json", encoding=FileEncoding(
        "utf-8", EncodingSource.BOM if data.startswith(codecs.BOM_UTF8)
        else EncodingSource.DETECTED))
    for i, contact in enumerate(bundle.contacts):
        if contact.is_empty():
            line = _line_of(text, "" if isinstance(parsed, list) else "contacts", i)
            result.skipped.append(SkippedLine(line, LineProblem.NO_IDENTITY))
        else:
            result.contacts.append(ParsedContact(contact))
    return bundle, result
