"""A synthetic catalogue of N clusters over the real states and sectors, for benchmarks and tests.

    python benchmarks/synthetic_catalogue.py 100000 /tmp/synthetic.sqlite [--source database/]

Names, acronyms, aliases and descriptions (in English and in Spanish, as the real ones) are made
from Spanish and English word lists with a fixed seed, so the same N always gives the same
catalogue. The states, places (the gazetteer), sectors and labels are the real ones. Rows go
through `database.validate.cluster_row` and `database.build.write`, the same path as the real
catalogue, so the schema, indexes and FTS table are the shipped ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from database import build
from database.reading import read_csv, read_toml
from database.validate import (
    cluster_row,
    validate_labels,
    validate_places,
    validate_sectors,
    validate_states,
)

KINDS = ("Clúster", "Cluster", "Consejo", "Asociación", "Red", "Alianza", "Comité", "Agrupación")
QUALIFIERS = ("de Innovación", "Industrial", "Tecnológico", "Regional", "de Proveedores",
              "Empresarial", "del Bajío", "del Norte", "del Pacífico", "Estratégico")
TOPICS = ("manufactura avanzada", "cadena de suministro", "capital humano", "exportación",
          "investigación aplicada", "certificación", "logística", "energía limpia", "software",
          "diseño e ingeniería", "mantenimiento", "pymes", "internacionalización", "calidad",
          "aeronáutica", "autopartes", "agroindustria", "dispositivos médicos", "turbinas",
          "tren de aterrizaje", "electrónica", "semiconductores", "nube", "ciberseguridad")
WORDS_EN = ("supplier development", "training", "research centres", "universities", "SMEs",
            "foreign investment", "quality standards", "export promotion", "technology transfer",
            "innovation projects", "public-private cooperation", "talent", "productivity")
WORDS_ES = ("desarrollo de proveedores", "capacitación", "centros de investigación",
            "universidades", "pymes", "inversión extranjera", "normas de calidad",
            "promoción de exportaciones", "transferencia de tecnología", "proyectos de innovación",
            "cooperación público-privada", "talento", "productividad")
SOURCE = "https://example.org/synthetic"


def reference_data(source: Path = build.HERE) -> tuple[list[dict], list[dict]]:
    """The real states and sectors, validated as the build validates them."""
    states = validate_states(read_csv(source / "states.csv", ("code", "name", "name_ascii")))
    sectors = validate_sectors(read_toml(source / "sectors.toml", "sector"))
    return states, sectors


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())[:6].upper()


def synthetic_cluster(i: int, rng: random.Random, states: list[dict], sectors: list[dict]) -> dict:
    """One validated-shaped cluster record (as clusters.toml would give it)."""
    state = rng.choice(states)
    sector = rng.choice(sectors)
    label_text = rng.choice([sector["name"], *sector["labels"]])
    kind = rng.choice(KINDS)
    name = f"{kind} {label_text} {rng.choice(QUALIFIERS)} de {state['name']} {i}"
    topics = rng.sample(TOPICS, 3)
    record: dict = {
        "id": f"mx-{state['code'].lower()}-syn{i}",
        "name": name,
        "acronym": _acronym(name.split()) + str(i % 100),
        "aliases": [f"{label_text} Cluster of {state['name_ascii']} {i}"] if i % 3 == 0 else [],
        "state": state["code"] if i % 97 else "",
        "sector": sector["id"],
        "sector_label": label_text,
        "founded": 1990 + i % 30,
        "members": rng.randint(5, 400) if i % 7 else None,
        "committees": [t.capitalize() for t in topics[:2]],
        "committees_es": [t.capitalize() for t in topics[:2]],
        "focus_areas": [rng.choice(WORDS_EN), topics[2]],
        "focus_areas_es": [rng.choice(WORDS_ES), topics[2]],
        "partners": ["ProMéxico"] if i % 5 == 0 else [],
        "website": f"https://cluster{i}.example.org",
        "description": (f"Synthetic {sector['name'].lower()} cluster in {state['name']} working on "
                        f"{topics[0]}, {topics[1]} and {rng.choice(WORDS_EN)}. Members include "
                        f"{rng.choice(WORDS_EN)} and {rng.choice(WORDS_EN)}."),
        "description_es": (f"Clúster sintético de {sector['name_es'].lower()} en "
                           f"{state['name']} que trabaja en {topics[0]}, {topics[1]} y "
                           f"{rng.choice(WORDS_ES)}. Entre sus miembros hay "
                           f"{rng.choice(WORDS_ES)} y {rng.choice(WORDS_ES)}."),
        "sources": [f"{SOURCE}/{i}"],
        "appears_in": ["table6"],
        "notes": ["Synthetic record for benchmarks."] if i % 50 == 0 else [],
        "notes_es": ["Registro sintético para las mediciones."] if i % 50 == 0 else [],
    }
    if i % 11 == 0:
        record["label"] = rng.choice(("gold", "silver", "bronze"))
        record["label_valid_until"] = dt.date(2019, 1 + i % 12, 1 + i % 28)
    return {k: v for k, v in record.items() if v is not None}


def make_data(n: int, source: Path = build.HERE, seed: int = 1) -> build.CatalogueData:
    """A CatalogueData of `n` synthetic clusters plus a little context per sector."""
    rng = random.Random(seed)
    states, sectors = reference_data(source)
    data = build.CatalogueData(states=states, sectors=sectors,
                               input_sha256=f"synthetic-{n}-{seed}".ljust(64, "0"))
    data.places = validate_places(read_csv(source / "places.csv", ("name", "state", "aliases")),
                                  {s["code"] for s in states})
    data.labels = validate_labels(read_toml(source / "labels.toml", "label"))
    data.programme_kinds = [{"id": "programme", "name": "programme", "name_es": "programa"}]
    data.clusters = [cluster_row(c, c["sources"], i) for i, c in enumerate(
        synthetic_cluster(i, rng, states, sectors) for i in range(n))]
    for ordinal, sector in enumerate(sectors):
        data.sector_figures.append({
            "sector": sector["id"], "label": "Firms", "value": str(100 + ordinal), "unit": "",
            "year": "2017", "note": "", "sources": [SOURCE], "ordinal": ordinal})
        data.programmes.append({
            "id": f"syn-programme-{sector['id']}", "name": f"{sector['name']} support fund",
            "sector": sector["id"], "kind": "programme", "gist": "A synthetic programme.",
            "start_year": 2014, "end_year": 2018, "sources": [SOURCE], "ordinal": ordinal})
        data.partnerships.append({"id": f"syn-partnership-{sector['id']}", "name": "Partnership",
                                  "sector": sector["id"], "sources": [SOURCE], "ordinal": ordinal})
    data.priorities = [{"industry": "Synthetic", "sector": "Synthetic", "sources": [SOURCE],
                        "ordinal": 0}]
    data.sector_locations = [{"table": "table3", "sector": sectors[0]["id"], "category": "x",
                              "state": states[0]["code"], "sources": [SOURCE], "ordinal": 0}]
    data.actors = [{"id": "syn-actor", "name": "Synthetic actor", "role": "none",
                    "sources": [SOURCE], "ordinal": 0}]
    data.cooperation = [{"relation": "none", "field": "", "programme": "Synthetic",
                         "website": "", "sources": [SOURCE], "ordinal": 0}]
    return data


def generate(n: int, out: Path, source: Path = build.HERE, seed: int = 1) -> Path:
    """Write a synthetic catalogue of `n` clusters to `out`."""
    build.write(make_data(n, source, seed), out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many clusters")
    parser.add_argument("out", type=Path, help="the catalogue file to write")
    parser.add_argument("--source", type=Path, default=build.HERE,
                        help="folder holding states.csv, places.csv, sectors.toml and labels.toml "
                             "(default: database/)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    generate(args.n, args.out, args.source, args.seed)
    print(f"wrote {args.out}: {args.n} synthetic clusters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
