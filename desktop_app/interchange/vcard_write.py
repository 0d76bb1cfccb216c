"""vCard out: the contacts as one vCard 3.0 or 4.0 file (UTF-8, CRLF, folded at 75 octets).

`N` is written from the name's parts (`names.name_parts`: those stored, else split from the full
name), `FN` from the name shown. A contact with no person's name (only an organisation) says so
(`KIND:org` in 4.0, Apple's `X-ABShowAs:COMPANY` in 3.0), so that reading it back keeps it a
company, while a person whose name equals the organisation keeps the name. Kinds other apps
understand are `TYPE` values; the user's own labels go in Apple's `itemN.X-ABLabel` groups; what
only this app has (clusters, where and when met, follow-ups) in `X-CLUSTER-ATLAS-*` properties.
"""

from __future__ import annotations

import base64
import re

from desktop_app import __version__
from desktop_app.interchange.names import name_parts
from desktop_app.userdata.models import Contact

X_PREFIX = "X-CLUSTER-ATLAS-"


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
    parts = name_parts(c)
    if parts.is_empty() and c.organisation:
        lines.append("KIND:org" if v4 else "X-ABShowAs:COMPANY")
    lines.append(f"FN:{_escape(c.display_name)}")
    lines.append("N:" + ";".join(_escape(p) for p in (parts.family, parts.given, parts.middle,
                                                         parts.prefix, parts.suffix)))
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
