"""The briefing's text for the few tests that check the catalogue against its source, and an
independent reading of its Table 6.

The briefing stays out of the repository (its sentences are not ours to copy): it is read from
`../shared/sources/` beside the checkout, or from `CLUSTER_ATLAS_BRIEFING` when set. Where it is
absent (a fresh clone), `briefing_text()` skips the test that asked for it, saying why; every other
test runs from the repository alone.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

DEFAULT_BRIEFING = (Path(__file__).resolve().parents[2].parent / "shared" / "sources"
                    / "000_49977b6a260926c4.txt")


def briefing_path() -> Path:
    """Where the briefing's text is looked for."""
    return Path(os.environ.get("CLUSTER_ATLAS_BRIEFING") or DEFAULT_BRIEFING)


def briefing_text() -> str:
    """The briefing's text; skips the calling test when the file is absent."""
    path = briefing_path()
    if not path.is_file():
        pytest.skip(f"the ECCP briefing is not here ({path}): it is kept out of the repository; "
                    "put it at ../shared/sources/ or set CLUSTER_ATLAS_BRIEFING to check the "
                    "catalogue against it")
    return path.read_text(encoding="utf-8")


# Table 6 writes states its own way; these are the catalogue's codes for them.
TABLE6_STATES = {
    "Aguascalientes": "AGU", "Baja California": "BCN", "Campeche": "CAM", "Chiapas": "CHP",
    "Chihuahua": "CHH", "Ciudad de México": "CMX", "Coahuila": "COA", "Colima": "COL",
    "Guanajuato": "GUA", "Jalisco": "JAL", "México State": "MEX", "Michoacán": "MIC",
    "Nuevo León": "NLE", "Oaxaca": "OAX", "Puebla": "PUE", "Querétaro": "QUE",
    "San Luis Potosí": "SLP", "Sonora": "SON", "Tabasco": "TAB", "Tamaulipas": "TAM",
    "Tlaxcala": "TLA", "Veracruz": "VER", "Yucatán": "YUC", "Zacatecas": "ZAC",
}
_SUP = re.compile(r"\s*<sup>\d+</sup>\s*")


def table6_rows() -> tuple[list[tuple[str, str, str]], dict[str, int]]:
    """Every Table 6 row as (state code as listed, cluster name, sector as written), and the
    number of clusters each state states."""
    text = briefing_text()
    start = text.index("TABLE 6 – FORMALLY ORGANISED CLUSTERS BY STATE")
    end = text.index("**TABLE 7")
    rows: list[tuple[str, str, str]] = []
    stated: dict[str, int] = {}
    state = None
    for line in text[start:end].splitlines():
        if "\t" not in line or line.startswith(("State\t", "<sup>")):
            continue
        cells = [_SUP.sub(" ", c).strip() for c in line.split("\t")]
        if cells[0]:
            state = TABLE6_STATES[cells[0]]
            stated[state] = int(cells[1])
        name, sector = cells[2], cells[3]
        rows.append((state, name, sector))
    return rows, stated
