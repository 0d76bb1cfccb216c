"""The built catalogue holds the briefing: every Table 6 row, the profiles' facts, the states."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop_app.catalogue.connection import open_catalogue
from tests.catalogue.briefing import table6_rows


@pytest.fixture(scope="module")
def conn(catalogue_file):
    connection = open_catalogue(catalogue_file)
    yield connection
    connection.close()


def _clusters(conn: sqlite3.Connection) -> list[dict]:
    rows = [dict(r) for r in conn.execute("SELECT * FROM clusters")]
    for row in rows:
        for key in ("aliases", "committees", "focus_areas", "sources", "appears_in", "offices",
                    "members_breakdown", "partners", "notes"):
            row[key] = json.loads(row[key] or "[]")
    return rows


def _spellings(cluster: dict) -> set[str]:
    """The names a cluster goes by; Table 6 writes "Name (ACRONYM)" as one cell."""
    names = {cluster["name"], *cluster["aliases"]}
    short = names | ({cluster["acronym"]} if cluster["acronym"] else set())
    return names | {f"{n} ({m})" for n in names for m in short}


def test_every_table6_row_is_a_cluster_with_its_state_and_sector(conn):
    clusters = _clusters(conn)
    rows, _ = table6_rows()
    for listed_state, name, sector in rows:
        matches = [c for c in clusters if name in _spellings(c)
                   and listed_state in (c["state"], c["table6_state"])]
        assert len(matches) == 1, f"Table 6 row {name!r} ({listed_state}) matches {len(matches)}"
        cluster = matches[0]
        assert "table6" in cluster["appears_in"], name
        assert cluster["sector_label"] == sector, name
        assert listed_state in (cluster["state"], cluster["table6_state"]), name
        if cluster["table6_state"]:
            assert cluster["notes"], f"{name}: a moved cluster must say why"


def test_table6_record_count_is_my_own_count(conn):
    count = conn.execute("SELECT count(*) FROM clusters, json_each(clusters.appears_in) "
                         "WHERE json_each.value = 'table6'").fetchone()[0]
    assert count == 88


def test_stated_counts_are_kept_where_rows_differ(conn):
    _, stated = table6_rows()
    kept = {r["code"]: r["table6_stated_count"] for r in conn.execute("SELECT * FROM states")}
    for code, number in stated.items():
        assert kept[code] == number


def test_all_32_states_with_accents_and_iso_codes(conn):
    states = {r["code"]: dict(r) for r in conn.execute("SELECT * FROM states")}
    assert len(states) == 32
    assert states["QUE"]["name"] == "Querétaro" and states["QUE"]["iso_code"] == "MX-QUE"
    assert states["NLE"]["name"] == "Nuevo León"
    assert states["CMX"]["name"] == "Ciudad de México"
    aliases = json.loads(states["CMX"]["aliases"]) + json.loads(states["MEX"]["aliases"])
    assert "Mexico City" in aliases and "State of Mexico" in aliases


def test_every_cluster_has_a_known_sector_a_description_and_sources(conn):
    sectors = {r[0] for r in conn.execute("SELECT id FROM sectors")}
    for cluster in _clusters(conn):
        assert cluster["sector"] in sectors
        assert cluster["description"].strip()
        assert cluster["sources"], cluster["id"]


def test_shared_acronym_stays_two_clusters(conn):
    claut = [c for c in _clusters(conn) if c["acronym"] == "CLAUT"]
    assert sorted(c["state"] for c in claut) == ["MEX", "NLE"]


def test_labels_of_table2(conn):
    labelled = {c["name"]: (c["label"], c["label_valid_until"]) for c in _clusters(conn)
                if c["label"]}
    assert len(labelled) == 8
    by_label = sorted(labelled.values())
    assert sorted(v for v, _ in by_label) == ["bronze"] * 4 + ["gold"] * 2 + ["silver"] * 2
    assert ("gold", "2019-06-23") in by_label and ("silver", "2021-05-06") in by_label


def _by_acronym(conn, acronym: str) -> dict:
    found = [c for c in _clusters(conn) if (c["acronym"] or "").lower() == acronym.lower()
             or acronym in c["aliases"]]
    assert found, acronym
    return found[0]


def test_profiled_facts(conn):
    claugto = _by_acronym(conn, "CLAUGTO")
    assert claugto["founded"] == 2012 and claugto["members"] == 119
    assert {"count": 70, "kind": "Tier 1 members"} in claugto["members_breakdown"]
    assert "Patrimonial Security" in claugto["committees"]
    claut = next(c for c in _clusters(conn) if c["id"] == "mx-nle-claut")
    assert claut["members"] == 92 and claut["label"] == "gold"
    itbaja = _by_acronym(conn, "IT@Baja")
    assert itbaja["jobs"] == 7500 and itbaja["members"] == 105
    assert itbaja["offices"] == ["Tijuana", "Mexicali", "Los Angeles"]
    names = {c["name"]: c for c in _clusters(conn)}
    aero = [c for c in names.values() if "Monterrey" in c["name"] and c["sector"] == "aerospace"]
    assert aero[0]["founded"] == 2009 and len(aero[0]["committees"]) == 5
    baja = [c for c in names.values() if c["exports"]]
    assert any("1,374.46" in c["exports"] for c in baja)
    assert any(c["jobs"] == 35000 for c in names.values())


def test_clusters_only_outside_table6_are_there(conn):
    names = " ".join(c["name"] + " " + " ".join(c["aliases"]) for c in _clusters(conn))
    for name in ("Nuevo León Energy Cluster", "Cleantech Cluster Mexico", "IJALTI", "DITTIZAC",
                 "Polos de Innovacion Inteligencia y Talento A.C."):
        assert name in names, name


def test_metadata_names_the_source_and_counts(conn):
    meta = {r["key"]: r["value"] for r in conn.execute("SELECT * FROM meta")}
    assert meta["source_version"] == "V2.0" and meta["source_date"] == "2019-03"
    counts = json.loads(meta["record_counts"])
    assert counts["clusters"] == conn.execute("SELECT count(*) FROM clusters").fetchone()[0]
    assert counts["states"] == 32 and counts["programmes"] > 10
