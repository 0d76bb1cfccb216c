"""Validate the catalogue's source files and build `catalogue.sqlite` from them.

    python database/build.py [--out PATH]

The same files always give the same bytes (set SOURCE_DATE_EPOCH to pin the recorded build time, as
reproducible builds do). Bad input stops the build with `file:line: reason` and exit status 1; the
previous catalogue is left untouched (the new one is written to a temporary file, then renamed).
Reading is in `reading.py`, the rules per kind of record in `validate.py`, the Spanish beside the
English in `spanish.py`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script (python database/build.py): import as a package
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from database import spanish
from database.reading import BuildError, fold, read_csv, read_toml, split_list
from database.validate import (
    check_programme_kinds,
    validate_clusters,
    validate_kinds,
    validate_labels,
    validate_places,
    validate_sectors,
    validate_simple,
    validate_states,
)

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "resources" / "catalogue.sqlite"

SOURCE = {
    "source_title": "ECCP D3.2(3) Preparatory Briefing on Mexico",
    "source_publisher": "European Cluster Collaboration Platform (ECCP)",
    "source_version": "V2.0",
    "source_date": "2019-03",
    "source_first_date": "2016-12",
    "source_licence": ("© 2018 European Union; facts reused with attribution, "
                       "descriptions rewritten"),
}
SCHEMA_VERSION = 2  # 2: Spanish beside the English (`*_es`), labels, places, programme kinds

FILES = (
    "states.csv",
    "places.csv",
    "sectors.toml",
    "labels.toml",
    "sector_figures.csv",
    "priorities.csv",
    "sector_locations.csv",
    "clusters.toml",
    "programmes.toml",
    "actors.toml",
    "partnerships.toml",
    "cooperation.csv",
)


@dataclass
class CatalogueData:
    """Every validated record, ready to be written."""

    states: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    sectors: list[dict[str, Any]] = field(default_factory=list)
    labels: list[dict[str, Any]] = field(default_factory=list)
    sector_figures: list[dict[str, Any]] = field(default_factory=list)
    priorities: list[dict[str, Any]] = field(default_factory=list)
    sector_locations: list[dict[str, Any]] = field(default_factory=list)
    clusters: list[dict[str, Any]] = field(default_factory=list)
    programme_kinds: list[dict[str, Any]] = field(default_factory=list)
    programmes: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    partnerships: list[dict[str, Any]] = field(default_factory=list)
    cooperation: list[dict[str, Any]] = field(default_factory=list)
    input_sha256: str = ""


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
    data.places = validate_places(read_csv(folder / "places.csv", ("name", "state", "aliases")),
                                  state_codes)
    data.sectors = validate_sectors(read_toml(folder / "sectors.toml", "sector"))
    sector_ids = {s["id"] for s in data.sectors}
    data.labels = validate_labels(read_toml(folder / "labels.toml", "label"))
    data.sector_figures = validate_simple(
        read_csv(folder / "sector_figures.csv", ("sector", "label", "value", "sources")),
        sectors=sector_ids, required=("sector", "label", "value"),
        translated=spanish.TRANSLATED["sector_figures.csv"])
    data.priorities = validate_simple(
        read_csv(folder / "priorities.csv", ("industry", "sector", "sources")),
        required=("industry", "sector"))
    data.sector_locations = validate_simple(
        read_csv(folder / "sector_locations.csv",
                 ("table", "sector", "category", "state", "sources")),
        sectors=sector_ids, states=state_codes, required=("table", "sector", "category", "state"))
    data.clusters = validate_clusters(read_toml(folder / "clusters.toml", "cluster"),
                                      state_codes, sector_ids)
    data.programme_kinds = validate_kinds(read_toml(folder / "programmes.toml", "kind"))
    programmes = read_toml(folder / "programmes.toml", "programme")
    check_programme_kinds(programmes, {k["id"] for k in data.programme_kinds})
    data.programmes = validate_simple(programmes, sectors=sector_ids, allow_all=True, id_key="id",
                                      required=("name", "sector", "gist"),
                                      translated=spanish.TRANSLATED["programmes.toml"])
    data.actors = validate_simple(read_toml(folder / "actors.toml", "actor"), id_key="id",
                                  required=("name", "role"),
                                  translated=spanish.TRANSLATED["actors.toml"])
    data.partnerships = validate_simple(read_toml(folder / "partnerships.toml", "partnership"),
                                        sectors=sector_ids, id_key="id",
                                        required=("name", "sector"),
                                        translated=spanish.TRANSLATED["partnerships.toml"])
    data.cooperation = validate_simple(
        read_csv(folder / "cooperation.csv",
                 ("relation", "field", "programme", "website", "sources")),
        required=("relation", "programme"))
    for row in data.sector_figures + data.sector_locations + data.cooperation + data.priorities:
        for key in list(row):
            if key != "sources" and isinstance(row[key], str) and " | " in row[key]:
                row[key] = split_list(row[key])
    return data


# --- writing -------------------------------------------------------------------------------------


def _build_time() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch
              else dt.datetime.now(dt.UTC).replace(microsecond=0))
    return moment.isoformat().replace("+00:00", "Z")


FTS_COLUMNS = ("name", "acronym", "aliases", "place", "city", "sector", "description",
               "description_es", "details", "details_es")


def places_by_state(data: CatalogueData) -> dict[str, list[str]]:
    """The gazetteer's spellings per state, leaving out those that are the state's own name
    (the `place` column has them): what the `city` search column holds."""
    own = {s["code"]: {fold(x) for x in (s["name"], s["name_ascii"], *s["aliases"])}
           for s in data.states}
    found: dict[str, list[str]] = {}
    for place in data.places:
        for spelling in (place["name"], *place["aliases"]):
            if fold(spelling) not in own[place["state"]]:
                found.setdefault(place["state"], []).append(spelling)
    return found


def search_row(cluster: dict[str, Any], states: dict[str, dict], sectors: dict[str, dict],
               cities: dict[str, list[str]]) -> dict[str, Any]:
    """The full-text row of one cluster: its words in both languages, its state's names and
    cities, its sector's names and keywords. Columns are joined with ' · ' (the separator the
    application cuts a match's excerpt at)."""
    state = states.get(cluster["state"] or "")
    sector = sectors[cluster["sector"]]
    place = [state["name"], state["name_ascii"], state["code"], *state["aliases"]] if state else []
    sector_words = [sector["name"], sector["name_es"], cluster["sector_label"], *sector["labels"],
                    sector["focus_name"] or "", sector["focus_name_es"] or "", *sector["keywords"]]
    return {
        "rowid": cluster["rowid"],
        "name": cluster["name"],
        "acronym": cluster["acronym"] or "",
        "aliases": " · ".join(cluster["aliases"]),
        "place": " · ".join(place),
        "city": " · ".join(cities.get(cluster["state"] or "", [])),
        "sector": " · ".join(w for w in dict.fromkeys(sector_words) if w),
        "description": cluster["description"],
        "description_es": cluster["description_es"] or "",
        "details": " · ".join(cluster["committees"] + cluster["focus_areas"] + cluster["partners"]
                              + cluster["offices"]),
        "details_es": " · ".join(cluster["committees_es"] + cluster["focus_areas_es"]),
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
        db["places"].insert_all(data.places, foreign_keys=[("state", "states")])
        db["sectors"].insert_all(data.sectors, pk="id", columns={
            "focus_name": str, "focus_name_es": str})
        db["labels"].insert_all(data.labels, pk="id")
        db["sector_figures"].insert_all(data.sector_figures, foreign_keys=[("sector", "sectors")])
        db["priorities"].insert_all(data.priorities)
        db["sector_locations"].insert_all(data.sector_locations, foreign_keys=[
            ("sector", "sectors"), ("state", "states")])
        text_columns = ("state", "acronym", "label", "label_valid_until", "website",
                        "table6_state", "members_note", "committees_note", "jobs_note", "exports")
        columns = {c: str for c in text_columns}
        columns.update({f"{c}_es": str for c in text_columns if c in
                        spanish.TRANSLATED["clusters.toml"]})
        columns.update({"founded": int, "members": int, "jobs": int})
        db["clusters"].insert_all(data.clusters, pk="id", batch_size=2000, columns=columns,
                                  foreign_keys=[("state", "states"), ("sector", "sectors")])
        rowids = dict(db.conn.execute("SELECT id, rowid FROM clusters").fetchall())
        for column in ("state", "sector", "label_rank", "sort_name", "members"):
            db["clusters"].create_index([column, "sort_name"] if column != "sort_name"
                                        else [column])
        db.conn.execute(
            f"CREATE VIRTUAL TABLE clusters_fts USING fts5({', '.join(FTS_COLUMNS)},"
            " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')")
        cities = places_by_state(data)
        db["clusters_fts"].insert_all(
            (search_row(dict(c, rowid=rowids[c["id"]]), states, sectors, cities)
             for c in data.clusters), batch_size=2000)
        db["programme_kinds"].insert_all(data.programme_kinds, pk="id")
        db["programmes"].insert_all(data.programmes, pk="id", alter=True)
        db["actors"].insert_all(data.actors, pk="id", alter=True)
        db["partnerships"].insert_all(data.partnerships, pk="id", alter=True)
        db["cooperation"].insert_all(data.cooperation, alter=True)
        counts = {name: db[name].count for name in (
            "states", "places", "sectors", "labels", "sector_figures", "priorities",
            "sector_locations", "clusters", "programmes", "actors", "partnerships", "cooperation")}
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
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="where to write the catalogue")
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
