"""Validating the catalogue's records, one function per kind: each takes the records read from a
source file and returns the rows to write, or raises BuildError at the first bad record."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from database import spanish
from database.reading import BuildError, Record, fold, spelling_key, split_list

LABELS = {"gold": 3, "silver": 2, "bronze": 1}
NO_LABEL = "none"  # labels.toml's id for no label (the catalogue's empty value)
APPEARS_IN = {"table2", "table5", "table6", "profile", "text"}
ID_RE = re.compile(r"^mx(-[a-z0-9]+)+$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
BRIEFING_REF = "ECCP D3.2(3)"

CLUSTER_KEYS = {
    "id": str, "name": str, "acronym": str, "aliases": list, "state": str, "sector": str,
    "sector_label": str, "founded": int, "members": int, "members_note": str,
    "members_breakdown": list, "committees": list, "committees_note": str, "focus_areas": list,
    "partners": list, "jobs": int, "jobs_note": str, "exports": str, "offices": list, "label": str,
    "label_valid_until": dt.date, "website": str, "description": str, "sources": list,
    "appears_in": list, "table6_state": str, "notes": list,
}
CLUSTER_KEYS.update({f"{key}{spanish.SUFFIX}": CLUSTER_KEYS[key]
                     for key in spanish.TRANSLATED["clusters.toml"]})
CLUSTER_REQUIRED = ("id", "name", "state", "sector", "sector_label", "description", "sources",
                    "appears_in")


def check_sources(rec: Record, sources: Any) -> list[str]:
    if isinstance(sources, str):
        sources = split_list(sources)
    if not isinstance(sources, list) or not sources:
        raise rec.fail("missing source: every record needs at least one source URL")
    for src in sources:
        if not isinstance(src, str) or not (
            re.match(r"^(https?)://[^\s]+$", src) or src.startswith(BRIEFING_REF)
        ):
            raise rec.fail(f"bad source {src!r}: an http(s) URL or '{BRIEFING_REF} ...' expected")
    return list(sources)


def _unique(rec: Record, seen: dict[str, Record], key: str, what: str) -> None:
    if key in seen:
        raise rec.fail(f"duplicate {what} {key!r} (first at line {seen[key].line})")
    seen[key] = rec


def _year(rec: Record, value: Any, key: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        year = int(value)
    except (TypeError, ValueError):
        raise rec.fail(f"bad {key} {value!r}: a year expected") from None
    if not 1800 <= year <= 2100:
        raise rec.fail(f"bad {key} {value!r}: a year expected")
    return year


def _str_list(rec: Record, value: Any, key: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise rec.fail(f"{key} must be a list of non-empty strings")
    return value


def _known(rec: Record, value: str, known: set[str], what: str) -> str:
    if value not in known:
        raise rec.fail(f"unknown {what} {value!r}")
    return value


def validate_states(records: list[Record]) -> list[dict[str, Any]]:
    seen: dict[str, Record] = {}
    spellings: dict[str, Record] = {}
    out = []
    for rec in records:
        d = rec.data
        code = d["code"]
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise rec.fail(f"bad state code {code!r}: three capitals (ISO 3166-2:MX) expected")
        _unique(rec, seen, code, "state code")
        aliases = split_list(d.get("aliases", ""))
        for spelling in {spelling_key(s) for s in (code, d["name"], d["name_ascii"], *aliases)}:
            _unique(rec, spellings, spelling, "state spelling")
        count = d.get("table6_stated_count", "")
        if count and not count.isdigit():
            raise rec.fail(f"bad table6_stated_count {count!r}")
        source = d.get("table6_source", "")
        if source:
            check_sources(rec, [source])
        out.append({
            "code": code, "iso_code": f"MX-{code}", "name": d["name"],
            "name_ascii": d["name_ascii"],
            "aliases": aliases, "table6_stated_count": int(count) if count else None,
            "table6_source": source or None,
        })
    if len(out) != 32:
        raise BuildError("states.csv", None, f"32 federal entities expected, found {len(out)}")
    return out


def validate_places(records: list[Record], states: set[str]) -> list[dict[str, Any]]:
    """The gazetteer: cities and metro areas, each in one state (a name may recur in two)."""
    seen: dict[str, Record] = {}
    out = []
    for ordinal, rec in enumerate(records):
        d = rec.data
        if not d.get("name"):
            raise rec.fail("missing name")
        _known(rec, d.get("state", ""), states, "state")
        aliases = split_list(d.get("aliases", ""))
        for spelling in {spelling_key(s) for s in (d["name"], *aliases)}:
            _unique(rec, seen, f"{d['state']}:{spelling}", "place in its state")
        out.append({"name": d["name"], "state": d["state"], "aliases": aliases,
                    "ordinal": ordinal})
    return out


def validate_sectors(records: list[Record]) -> list[dict[str, Any]]:
    seen: dict[str, Record] = {}
    words: dict[str, Record] = {}
    out = []
    for rec in records:
        d = rec.data
        sid = d.get("id", "")
        if not SLUG_RE.match(sid):
            raise rec.fail(f"bad sector id {sid!r}")
        _unique(rec, seen, sid, "sector id")
        if not d.get("name"):
            raise rec.fail("sector without a name")
        spanish.check(rec, spanish.TRANSLATED["sectors.toml"])
        labels = _str_list(rec, d.get("labels"), "labels")
        keywords = _str_list(rec, d.get("keywords"), "keywords")
        # every wording of a sector names that sector only, so that a typed word resolves to one
        own = {fold(w) for w in (sid, d["name"], d["name_es"], d.get("focus_name") or "",
                                 d.get("focus_name_es") or "") if w}
        for word in own | {fold(w) for w in labels + keywords}:
            _unique(rec, words, word, "sector label or keyword")
        out.append({
            "id": sid, "name": d["name"], "name_es": d["name_es"], "labels": labels,
            "keywords": keywords, "focus": bool(d.get("focus", False)),
            "focus_name": d.get("focus_name"), "focus_name_es": d.get("focus_name_es"),
            "description": d.get("description", ""), "description_es": d.get("description_es", ""),
        })
    return out


def validate_labels(records: list[Record]) -> list[dict[str, Any]]:
    """The ECEI labels, plus 'none'; stored with the empty value for 'none'."""
    out = []
    for rec in records:
        d = rec.data
        _known(rec, d.get("id", ""), set(LABELS) | {NO_LABEL}, "label")
        spanish.check(rec, spanish.TRANSLATED["labels.toml"])
        if not d.get("name"):
            raise rec.fail("missing name")
        value = "" if d["id"] == NO_LABEL else d["id"]
        if d.get("rank") != LABELS.get(value, 0):
            raise rec.fail(f"rank of {d['id']} must be {LABELS.get(value, 0)}")
        out.append({"id": value, "rank": d["rank"], "name": d["name"], "name_es": d["name_es"],
                    "title": d.get("title", ""), "title_es": d.get("title_es", "")})
    missing = (set(LABELS) | {""}) - {row["id"] for row in out}
    if missing:
        raise BuildError("labels.toml", None, f"missing label(s): {', '.join(sorted(missing))}")
    return out


def validate_clusters(records: list[Record], states: set[str], sectors: set[str]) -> list[dict]:
    seen: dict[str, Record] = {}
    out = []
    for ordinal, rec in enumerate(records):
        d = rec.data
        for key in d:
            if key not in CLUSTER_KEYS:
                raise rec.fail(f"unknown key {key!r}")
        for key in CLUSTER_REQUIRED:
            if key not in d or (d[key] in ("", [], None) and key != "state"):
                raise rec.fail(f"missing {key}" if key != "sources" else
                               "missing source: every cluster needs at least one source URL")
        for key, kind in CLUSTER_KEYS.items():
            wrong = key in d and not isinstance(d[key], kind)
            if wrong or (kind is int and isinstance(d.get(key), bool)):
                if key == "label_valid_until":
                    raise rec.fail(f"bad date {d[key]!r} for label_valid_until: "
                                   "YYYY-MM-DD expected")
                raise rec.fail(f"{key} must be of type {kind.__name__}")
        cid = d["id"]
        if not ID_RE.match(cid):
            raise rec.fail(f"bad id {cid!r}: a slug like 'mx-nle-claut' expected")
        _unique(rec, seen, cid, "id")
        if d["state"]:
            _known(rec, d["state"], states, "state")
        if d.get("table6_state"):
            _known(rec, d["table6_state"], states, "state")
        _known(rec, d["sector"], sectors, "sector")
        label = d.get("label")
        if label is not None:
            _known(rec, label, set(LABELS), "label")
            if "label_valid_until" not in d:
                raise rec.fail("a label needs label_valid_until")
        elif "label_valid_until" in d:
            raise rec.fail("label_valid_until without a label")
        for place in d["appears_in"]:
            _known(rec, place, APPEARS_IN, "appears_in value")
        for key in ("aliases", "committees", "focus_areas", "partners", "offices", "notes"):
            _str_list(rec, d.get(key), key)
        for part in d.get("members_breakdown", []):
            if not (isinstance(part, dict) and isinstance(part.get("count"), int)
                    and isinstance(part.get("kind"), str) and set(part) <= {"count", "kind",
                                                                             "kind_es"}):
                raise rec.fail("members_breakdown items must be {count = N, kind = \"...\", "
                               "kind_es = \"...\"}")
            if not part.get("kind_es", "").strip():
                raise rec.fail(f"members_breakdown kind {part['kind']!r} has no Spanish: add "
                               "kind_es")
        spanish.check(rec, spanish.TRANSLATED["clusters.toml"])
        if "founded" in d:
            _year(rec, d["founded"], "founded")
        website = d.get("website")
        if website and not re.match(r"^https?://\S+$", website):
            raise rec.fail(f"bad website {website!r}: an http(s) URL expected")
        sources = check_sources(rec, d["sources"])
        out.append(cluster_row(d, sources, ordinal))
    return out


def cluster_row(d: dict[str, Any], sources: list[str], ordinal: int) -> dict[str, Any]:
    """The `clusters` table row of one validated record (also used by the synthetic generator)."""
    label = d.get("label")
    valid = d.get("label_valid_until")
    row = {
        "id": d["id"],
        "ordinal": ordinal,
        "name": d["name"],
        "sort_name": fold(d["name"]),
        "acronym": d.get("acronym"),
        "aliases": d.get("aliases", []),
        "state": d["state"] or None,
        "sector": d["sector"],
        "sector_label": d["sector_label"],
        "founded": d.get("founded"),
        "members": d.get("members"),
        "members_note": d.get("members_note"),
        "members_breakdown": [{"count": p["count"], "kind": p["kind"]}
                              for p in d.get("members_breakdown", [])],
        "committees": d.get("committees", []),
        "committees_note": d.get("committees_note"),
        "focus_areas": d.get("focus_areas", []),
        "partners": d.get("partners", []),
        "jobs": d.get("jobs"),
        "jobs_note": d.get("jobs_note"),
        "exports": d.get("exports"),
        "offices": d.get("offices", []),
        "label": label,
        "label_rank": LABELS.get(label or "", 0),
        "label_valid_until": valid.isoformat() if isinstance(valid, dt.date) else valid,
        "website": d.get("website"),
        "description": d["description"],
        "sources": sources,
        "appears_in": d["appears_in"],
        "table6_state": d.get("table6_state"),
        "notes": d.get("notes", []),
    }
    for key in spanish.TRANSLATED["clusters.toml"]:
        empty = [] if isinstance(row[key], list) else None
        row[f"{key}{spanish.SUFFIX}"] = d.get(f"{key}{spanish.SUFFIX}", empty)
    # the breakdown's Spanish twin: the same counts with the Spanish kinds
    row[f"members_breakdown{spanish.SUFFIX}"] = [
        {"count": p["count"], "kind": p.get("kind_es", p["kind"])}
        for p in d.get("members_breakdown", [])]
    return row


def validate_simple(records: list[Record], *, sectors: set[str] | None = None,
                    states: set[str] | None = None, sector_key: str = "sector",
                    allow_all: bool = False, id_key: str | None = None,
                    required: Iterable[str] = (), translated: tuple[str, ...] = (),
                    ) -> list[dict[str, Any]]:
    seen: dict[str, Record] = {}
    out = []
    for ordinal, rec in enumerate(records):
        d = dict(rec.data)
        for key in required:
            if d.get(key) in (None, "", []):
                raise rec.fail(f"missing {key}")
        if id_key:
            if not SLUG_RE.match(str(d.get(id_key, ""))):
                raise rec.fail(f"bad id {d.get(id_key)!r}")
            _unique(rec, seen, d[id_key], "id")
        if sectors is not None and sector_key in d:
            value = d[sector_key]
            if not (allow_all and value == "all"):
                _known(rec, value, sectors, "sector")
        if states is not None and "state" in d:
            _known(rec, d["state"], states, "state")
        for key in ("start_year", "end_year"):
            if key in d:
                d[key] = _year(rec, d[key], key)
        spanish.check(rec, translated)
        d["sources"] = check_sources(rec, d.get("sources"))
        d["ordinal"] = ordinal
        out.append(d)
    return out


def validate_kinds(records: list[Record]) -> list[dict[str, Any]]:
    """The kinds of programme (`[[kind]]` of programmes.toml), with their names."""
    seen: dict[str, Record] = {}
    out = []
    for rec in records:
        d = rec.data
        if not SLUG_RE.match(str(d.get("id", ""))):
            raise rec.fail(f"bad kind id {d.get('id')!r}")
        _unique(rec, seen, d["id"], "kind")
        if not d.get("name"):
            raise rec.fail("missing name")
        spanish.check(rec, spanish.TRANSLATED["programmes.toml [[kind]]"])
        out.append({"id": d["id"], "name": d["name"], "name_es": d["name_es"]})
    return out


def check_programme_kinds(records: list[Record], kinds: set[str]) -> None:
    for rec in records:
        _known(rec, rec.data.get("kind", ""), kinds, "kind")
