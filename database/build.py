"""Validate the catalogue's source files and build `catalogue.sqlite` from them.

    python database/build.py [--out PATH]

The same files always give the same bytes (set SOURCE_DATE_EPOCH to pin the recorded build time, as
reproducible builds do). Bad input stops the build with `file:line: reason` and exit status 1; the
previous catalogue is left untouched (the new one is written to a temporary file, then renamed).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "resources" / "catalogue.sqlite"

SOURCE = {
    "source_title": "ECCP D3.2(3) Preparatory Briefing on Mexico",
    "source_publisher": "European Cluster Collaboration Platform (ECCP)",
    "source_version": "V2.0",
    "source_date": "2019-03",
    "source_first_date": "2016-12",
    "source_licence": "© 2018 European Union; facts reused with attribution, descriptions rewritten",
}
SCHEMA_VERSION = 1
LABELS = {"gold": 3, "silver": 2, "bronze": 1}
APPEARS_IN = {"table2", "table5", "table6", "profile", "text"}
ID_RE = re.compile(r"^mx(-[a-z0-9]+)+$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
BRIEFING_REF = "ECCP D3.2(3)"

FILES = (
    "states.csv",
    "sectors.toml",
    "sector_figures.csv",
    "priorities.csv",
    "sector_locations.csv",
    "clusters.toml",
    "programmes.toml",
    "actors.toml",
    "partnerships.toml",
    "cooperation.csv",
)

CLUSTER_KEYS = {
    "id": str, "name": str, "acronym": str, "aliases": list, "state": str, "sector": str,
    "sector_label": str, "founded": int, "members": int, "members_note": str,
    "members_breakdown": list, "committees": list, "committees_note": str, "focus_areas": list,
    "partners": list, "jobs": int, "jobs_note": str, "exports": str, "offices": list, "label": str,
    "label_valid_until": dt.date, "website": str, "description": str, "sources": list,
    "appears_in": list, "table6_state": str, "notes": list,
}
CLUSTER_REQUIRED = ("id", "name", "state", "sector", "sector_label", "description", "sources",
                    "appears_in")


class BuildError(Exception):
    """Bad input: says where (file and line) and why."""

    def __init__(self, file: str, line: int | None, reason: str) -> None:
        self.file, self.line, self.reason = file, line, reason
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {reason}")


@dataclass
class Record:
    """One source record and where it was read (for error messages)."""

    data: dict[str, Any]
    file: str
    line: int

    def fail(self, reason: str) -> BuildError:
        return BuildError(self.file, self.line, reason)


@dataclass
class CatalogueData:
    """Every validated record, ready to be written."""

    states: list[dict[str, Any]] = field(default_factory=list)
    sectors: list[dict[str, Any]] = field(default_factory=list)
    sector_figures: list[dict[str, Any]] = field(default_factory=list)
    priorities: list[dict[str, Any]] = field(default_factory=list)
    sector_locations: list[dict[str, Any]] = field(default_factory=list)
    clusters: list[dict[str, Any]] = field(default_factory=list)
    programmes: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    partnerships: list[dict[str, Any]] = field(default_factory=list)
    cooperation: list[dict[str, Any]] = field(default_factory=list)
    input_sha256: str = ""


# --- reading -------------------------------------------------------------------------------------


def _split_list(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(" | ") if part.strip()] if cell else []


def read_csv(path: Path, required: Iterable[str]) -> list[Record]:
    name = path.name
    if not path.exists():
        raise BuildError(name, None, "file is missing")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise BuildError(name, 1, f"missing column(s): {', '.join(missing)}")
        records = []
        for row in reader:
            if None in row:
                raise BuildError(name, reader.line_num, "more cells than columns")
            clean = {k: (v or "").strip() for k, v in row.items()}
            if any(clean.values()):
                records.append(Record(clean, name, reader.line_num))
        return records


def read_toml(path: Path, table: str) -> list[Record]:
    name = path.name
    if not path.exists():
        raise BuildError(name, None, "file is missing")
    text = path.read_text(encoding="utf-8")
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise BuildError(name, int(match.group(1)) if match else None, f"not valid TOML: {exc}")
    header = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
    lines = [i for i, line in enumerate(text.splitlines(), start=1) if header.match(line)]
    items = parsed.get(table, [])
    if not isinstance(items, list) or len(items) != len(lines):
        raise BuildError(name, None, f"expected [[{table}]] tables")
    return [Record(item, name, line) for item, line in zip(items, lines)]


# --- validation helpers --------------------------------------------------------------------------


def _check_sources(rec: Record, sources: Any) -> list[str]:
    if isinstance(sources, str):
        sources = _split_list(sources)
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


# --- validation per kind -------------------------------------------------------------------------


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
        aliases = _split_list(d.get("aliases", ""))
        for spelling in {_fold(s) for s in (d["name"], d["name_ascii"], *aliases)}:
            _unique(rec, spellings, spelling, "state spelling")
        count = d.get("table6_stated_count", "")
        if count and not count.isdigit():
            raise rec.fail(f"bad table6_stated_count {count!r}")
        source = d.get("table6_source", "")
        if source:
            _check_sources(rec, [source])
        out.append({
            "code": code, "iso_code": f"MX-{code}", "name": d["name"], "name_ascii": d["name_ascii"],
            "aliases": aliases, "table6_stated_count": int(count) if count else None,
            "table6_source": source or None,
        })
    if len(out) != 32:
        raise BuildError("states.csv", None, f"32 federal entities expected, found {len(out)}")
    return out


def validate_sectors(records: list[Record]) -> list[dict[str, Any]]:
    seen: dict[str, Record] = {}
    labels: dict[str, Record] = {}
    out = []
    for rec in records:
        d = rec.data
        sid = d.get("id", "")
        if not SLUG_RE.match(sid):
            raise rec.fail(f"bad sector id {sid!r}")
        _unique(rec, seen, sid, "sector id")
        if not d.get("name"):
            raise rec.fail("sector without a name")
        for label in _str_list(rec, d.get("labels"), "labels"):
            _unique(rec, labels, _fold(label), "sector label")
        out.append({
            "id": sid, "name": d["name"], "labels": d.get("labels", []),
            "focus": bool(d.get("focus", False)), "focus_name": d.get("focus_name"),
            "description": d.get("description", ""),
        })
    return out


def _known(rec: Record, value: str, known: set[str], what: str) -> str:
    if value not in known:
        raise rec.fail(f"unknown {what} {value!r}")
    return value


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
            if key in d and not isinstance(d[key], kind) or (kind is int and isinstance(d.get(key), bool)):
                if key == "label_valid_until":
                    raise rec.fail(f"bad date {d[key]!r} for label_valid_until: YYYY-MM-DD expected")
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
                    and isinstance(part.get("kind"), str) and set(part) == {"count", "kind"}):
                raise rec.fail("members_breakdown items must be {count = N, kind = \"...\"}")
        if "founded" in d:
            _year(rec, d["founded"], "founded")
        website = d.get("website")
        if website and not re.match(r"^https?://\S+$", website):
            raise rec.fail(f"bad website {website!r}: an http(s) URL expected")
        sources = _check_sources(rec, d["sources"])
        out.append(cluster_row(d, sources, ordinal))
    return out


def cluster_row(d: dict[str, Any], sources: list[str], ordinal: int) -> dict[str, Any]:
    """The `clusters` table row of one validated record (also used by the synthetic generator)."""
    label = d.get("label")
    valid = d.get("label_valid_until")
    return {
        "id": d["id"],
        "ordinal": ordinal,
        "name": d["name"],
        "sort_name": _fold(d["name"]),
        "acronym": d.get("acronym"),
        "aliases": d.get("aliases", []),
        "state": d["state"] or None,
        "sector": d["sector"],
        "sector_label": d["sector_label"],
        "founded": d.get("founded"),
        "members": d.get("members"),
        "members_note": d.get("members_note"),
        "members_breakdown": d.get("members_breakdown", []),
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


def validate_simple(records: list[Record], *, sectors: set[str] | None = None,
                    states: set[str] | None = None, sector_key: str = "sector",
                    allow_all: bool = False, id_key: str | None = None,
                    required: Iterable[str] = ()) -> list[dict[str, Any]]:
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
        for key in ("start_year", "end_year", "year"):
            if key in d and key != "year":
                d[key] = _year(rec, d[key], key)
        d["sources"] = _check_sources(rec, d.get("sources"))
        d["ordinal"] = ordinal
        out.append(d)
    return out


def load(folder: Path = HERE) -> CatalogueData:
    """Read and validate every source file; raise BuildError at the first problem."""
    digest = hashlib.sha256()
    for name in FILES:
        path = folder / name
        if not path.exists():
            raise BuildError(name, None, "file is missing")
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    data = CatalogueData(input_sha256=digest.hexdigest())
    data.states = validate_states(read_csv(folder / "states.csv", ("code", "name", "name_ascii")))
    state_codes = {s["code"] for s in data.states}
    data.sectors = validate_sectors(read_toml(folder / "sectors.toml", "sector"))
    sector_ids = {s["id"] for s in data.sectors}
    data.sector_figures = validate_simple(
        read_csv(folder / "sector_figures.csv", ("sector", "label", "value", "sources")),
        sectors=sector_ids, required=("sector", "label", "value"))
    data.priorities = validate_simple(
        read_csv(folder / "priorities.csv", ("industry", "sector", "sources")),
        required=("industry", "sector"))
    data.sector_locations = validate_simple(
        read_csv(folder / "sector_locations.csv", ("table", "sector", "category", "state", "sources")),
        sectors=sector_ids, states=state_codes, required=("table", "sector", "category", "state"))
    data.clusters = validate_clusters(read_toml(folder / "clusters.toml", "cluster"),
                                      state_codes, sector_ids)
    data.programmes = validate_simple(read_toml(folder / "programmes.toml", "programme"),
                                      sectors=sector_ids, allow_all=True, id_key="id",
                                      required=("name", "sector", "gist"))
    data.actors = validate_simple(read_toml(folder / "actors.toml", "actor"), id_key="id",
                                  required=("name", "role"))
    data.partnerships = validate_simple(read_toml(folder / "partnerships.toml", "partnership"),
                                        sectors=sector_ids, id_key="id", required=("name", "sector"))
    data.cooperation = validate_simple(
        read_csv(folder / "cooperation.csv", ("relation", "field", "programme", "website", "sources")),
        required=("relation", "programme"))
    for row in data.sector_figures + data.sector_locations + data.cooperation + data.priorities:
        for key in list(row):
            if key != "sources" and isinstance(row[key], str) and " | " in row[key]:
                row[key] = _split_list(row[key])
    return data


# --- writing -------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Lower case without accents: the key for sorting and comparing spellings."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _build_time() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch
              else dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
    return moment.isoformat().replace("+00:00", "Z")


def _search_row(cluster: dict[str, Any], states: dict[str, dict], sectors: dict[str, dict]) -> dict:
    state = states.get(cluster["state"] or "")
    sector = sectors[cluster["sector"]]
    place = []
    if state:
        place = [state["name"], state["name_ascii"], state["code"], *state["aliases"]]
    return {
        "rowid": cluster["rowid"],
        "name": cluster["name"],
        "acronym": cluster["acronym"] or "",
        "aliases": " · ".join(cluster["aliases"]),
        "place": " · ".join(place),
        "sector": " · ".join(dict.fromkeys(
            [sector["name"], cluster["sector_label"], *sector["labels"], sector["focus_name"] or ""])),
        "description": cluster["description"],
        "details": " · ".join(cluster["committees"] + cluster["focus_areas"] + cluster["partners"]
                              + cluster["offices"]),
    }


def write(data: CatalogueData, out: Path) -> dict[str, int]:
    """Write the catalogue to `out` atomically; return the record counts."""
    import sqlite_utils

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite_utils.Database(tmp)
    try:
        db.conn.execute("PRAGMA page_size = 4096")
        db.conn.execute("PRAGMA journal_mode = DELETE")
        states = {s["code"]: s for s in data.states}
        sectors = {s["id"]: s for s in data.sectors}
        db["states"].insert_all(data.states, pk="code")
        db["sectors"].insert_all(data.sectors, pk="id")
        db["sector_figures"].insert_all(data.sector_figures, foreign_keys=[("sector", "sectors")])
        db["priorities"].insert_all(data.priorities)
        db["sector_locations"].insert_all(data.sector_locations, foreign_keys=[
            ("sector", "sectors"), ("state", "states")])
        db["clusters"].insert_all(data.clusters, pk="id", batch_size=2000, columns={
            "founded": int, "members": int, "jobs": int, "state": str, "acronym": str,
            "label": str, "label_valid_until": str, "website": str, "table6_state": str,
            "members_note": str, "committees_note": str, "jobs_note": str, "exports": str},
            foreign_keys=[("state", "states"), ("sector", "sectors")])
        rowids = dict(db.conn.execute("SELECT id, rowid FROM clusters").fetchall())
        for column in ("state", "sector", "label_rank", "sort_name", "members"):
            db["clusters"].create_index([column, "sort_name"] if column != "sort_name" else [column])
        db.conn.execute(
            "CREATE VIRTUAL TABLE clusters_fts USING fts5(name, acronym, aliases, place, sector,"
            " description, details, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')")
        db["clusters_fts"].insert_all(
            (_search_row(dict(c, rowid=rowids[c["id"]]), states, sectors) for c in data.clusters),
            batch_size=2000)
        db["programmes"].insert_all(data.programmes, pk="id", alter=True)
        db["actors"].insert_all(data.actors, pk="id", alter=True)
        db["partnerships"].insert_all(data.partnerships, pk="id", alter=True)
        db["cooperation"].insert_all(data.cooperation, alter=True)
        counts = {name: db[name].count for name in (
            "states", "sectors", "sector_figures", "priorities", "sector_locations", "clusters",
            "programmes", "actors", "partnerships", "cooperation")}
        meta = dict(SOURCE)
        meta.update({
            "schema_version": str(SCHEMA_VERSION),
            "built_at": _build_time(),
            "input_sha256": data.input_sha256,
            "catalogue_version": f"{SOURCE['source_date']}+{data.input_sha256[:8]}",
            "record_counts": json.dumps(counts, sort_keys=True),
        })
        db["meta"].insert_all(({"key": k, "value": v} for k, v in sorted(meta.items())), pk="key")
        db.conn.execute("INSERT INTO clusters_fts(clusters_fts) VALUES ('optimize')")
        db.conn.commit()
        db.conn.execute("VACUUM")
    finally:
        db.close()
    os.replace(tmp, out)
    return counts


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the catalogue")
    parser.add_argument("--source", type=Path, default=HERE, help="folder of the source files")
    args = parser.parse_args(argv)
    try:
        data = load(args.source)
    except BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    counts = write(data, args.out)
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    print(f"wrote {args.out}: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
