"""Fixtures shared by the user-data tests (userdata, interchange, services, contacts UI).

`catalogue_file` overrides the session fixture of tests/conftest.py: the real catalogue when
database/ builds, else a tiny one of our own (so these tests do not depend on the catalogue's
data files being complete).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

VCARD_DIR = Path(__file__).resolve().parent / "data" / "vcards"
VCARD_FILES = sorted(VCARD_DIR.glob("*.vcf"))

_MINI_CLUSTERS = [
    ("mx-nle-claut", "Cluster Automotriz de Nuevo León", "CLAUT", "NLE", "automotive"),
    ("mx-que-aero", "Clúster Aeroespacial de Querétaro", "", "QUE", "aerospace"),
    ("mx-jal-ti", "Clúster de Tecnologías de la Información de Jalisco", "", "JAL", "automotive"),
    ("mx-coa-auto", "Clúster Automotriz de Coahuila", "", "COA", "automotive"),
]
_STATES = ["AGU", "BCN", "BCS", "CAM", "CHP", "CHH", "CMX", "COA", "COL", "DUR", "GUA", "GRO", "HID", "JAL", "MEX", "MIC", "MOR", "NAY", "NLE", "OAX", "PUE", "QUE", "ROO", "SLP", "SIN", "SON", "TAB", "TAM", "TLA", "VER", "YUC", "ZAC"]


def write_mini_source(folder: Path) -> Path:
    """The source files of a four-cluster catalogue that database/build.py accepts."""
    folder.mkdir(parents=True, exist_ok=True)
    states = ["code,name,name_ascii,aliases,table6_stated_count,table6_source"]
    states += [f"{code},Estado {code},Estado {code},,," for code in _STATES]
    (folder / "states.csv").write_text("\n".join(states) + "\n", encoding="utf-8")
    (folder / "sectors.toml").write_text(
        '[[sector]]\nid = "automotive"\nname = "Automotive"\nlabels = ["Automotive"]\n\n'
        '[[sector]]\nid = "aerospace"\nname = "Aerospace"\nlabels = ["Aerospace"]\n',
        encoding="utf-8")
    clusters = []
    for cid, name, acronym, state, sector in _MINI_CLUSTERS:
        clusters.append(
            f'[[cluster]]\nid = "{cid}"\nname = "{name}"\n'
            + (f'acronym = "{acronym}"\n' if acronym else "")
            + f'state = "{state}"\nsector = "{sector}"\nsector_label = "{sector.title()}"\n'
            f'description = "A cluster for tests."\nsources = ["https://example.org/{cid}"]\n'
            f'appears_in = ["table6"]\n')
    (folder / "clusters.toml").write_text("\n".join(clusters), encoding="utf-8")
    for name, header in (("sector_figures.csv", "sector,label,value,sources"),
                         ("priorities.csv", "industry,sector,sources"),
                         ("sector_locations.csv", "table,sector,category,state,sources"),
                         ("cooperation.csv", "relation,field,programme,website,sources")):
        (folder / name).write_text(header + "\n", encoding="utf-8")
    for name in ("programmes.toml", "actors.toml", "partnerships.toml"):
        (folder / name).write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def catalogue_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from database import build

    out = tmp_path_factory.mktemp("catalogue") / "catalogue.sqlite"
    try:
        build.write(build.load(), out)
    except build.BuildError:
        mini = write_mini_source(tmp_path_factory.mktemp("mini_source"))
        build.write(build.load(mini), out)
    return out


@pytest.fixture(scope="session")
def cluster_ids(catalogue_file: Path) -> list[str]:
    """Three cluster ids of the session's catalogue (sorted)."""
    import sqlite3

    conn = sqlite3.connect(catalogue_file)
    try:
        ids = sorted(r[0] for r in conn.execute("SELECT id FROM clusters"))
    finally:
        conn.close()
    assert len(ids) >= 3
    return ids[:3]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """This test's user data directory (the one CLUSTER_ATLAS_DATA_DIR points to)."""
    return tmp_path / "userdata"


@pytest.fixture
def conn(data_dir: Path):
    """An open, migrated user database in this test's data directory."""
    from desktop_app.userdata.connection import open_user_db

    connection = open_user_db(data_dir)
    yield connection
    connection.close()


@pytest.fixture
def make_context(tmp_path: Path):
    """AppContexts over the session's catalogue and a data dir of your choosing."""
    from desktop_app.services.context import AppContext

    made = []

    def make(data_dir: Path | str | None = None):
        context = AppContext.default(str(data_dir) if data_dir else None)
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


@pytest.fixture
def vcard_copy(tmp_path: Path):
    """Copy one of the test vCards into the test's folder (so tests never touch the originals)."""

    def copy(name: str) -> Path:
        dest = tmp_path / "in" / name
        dest.parent.mkdir(exist_ok=True)
        shutil.copy(VCARD_DIR / name, dest)
        return dest

    return copy


def dump(conn) -> list:
    """Every row of every table (FTS shadow tables included): to compare before and after."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    out = []
    for table in tables:
        out.append((table, sorted(map(tuple, conn.execute(f'SELECT * FROM "{table}"')),
                                  key=repr)))
    out.append(("user_version", conn.execute("PRAGMA user_version").fetchone()[0]))
    return out
