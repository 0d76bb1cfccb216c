"""The shipped map: one shape per catalogue state and one state per shape, read without Qt."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.maps import geometry
from desktop_app.paths import resource_path

REPO = Path(__file__).resolve().parents[2]
STATES_CSV = REPO / "database" / "states.csv"
# ISO 3166-2:MX without "MX-" (database/README.md), when the catalogue's source is not at hand
ISO_CODES = ["AGU", "BCN", "BCS", "CAM", "CHP", "CHH", "CMX", "COA", "COL", "DUR", "GUA", "GRO", "HID", "JAL", "MEX", "MIC", "MOR", "NAY", "NLE", "OAX", "PUE", "QUE", "ROO", "SLP", "SIN", "SON", "TAB", "TAM", "TLA", "VER", "YUC", "ZAC"]


def catalogue_states() -> dict[str, str]:
    """code -> name from database/states.csv (codes only, names empty, without it)."""
    if STATES_CSV.exists():
        with STATES_CSV.open(encoding="utf-8", newline="") as handle:
            return {row["code"]: row["name"] for row in csv.DictReader(handle)}
    return {code: "" for code in ISO_CODES}


def test_catalogue_has_the_32_iso_states():
    assert sorted(catalogue_states()) == sorted(ISO_CODES)


def test_every_catalogue_state_has_a_row_and_every_row_a_catalogue_state():
    rows = geometry.read_state_ids()
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes)) == 32
    assert set(codes) == set(catalogue_states())


def test_every_svg_path_has_a_row_and_every_row_a_path():
    _, paths = geometry.read_svg_paths()
    path_ids = [p["id"] for p in paths]
    row_ids = [row["map_id"] for row in geometry.read_state_ids()]
    assert len(path_ids) == len(set(path_ids)) == 32
    assert sorted(path_ids) == sorted(row_ids)
    labels = {p["id"]: p["label"] for p in paths}
    assert {row["map_id"]: row["map_label"] for row in geometry.read_state_ids()} == labels


def test_every_catalogue_state_has_a_shape_and_every_shape_a_catalogue_state():
    shapes = geometry.mexico_map().by_code()
    assert set(shapes) == set(catalogue_states())


def test_state_names_are_the_catalogues():
    states = catalogue_states()
    if not any(states.values()):
        pytest.skip("database/states.csv not present")
    assert {s.code: s.name for s in geometry.mexico_map().shapes} == states


def test_shapes_are_closed_areas_inside_the_view_box():
    m = geometry.mexico_map()
    assert (m.view_box.width, m.view_box.height) == (793, 498)
    for shape in m.shapes:
        assert shape.segments[0][0] == "M", shape.code
        assert shape.area > 50, shape.code  # Ciudad de México, the smallest, is about 90
        b = shape.bounds
        assert m.view_box.x - 1 <= b.x0 < b.x1 <= m.view_box.x + m.view_box.width + 1, shape.code
        assert m.view_box.y - 1 <= b.y0 < b.y1 <= m.view_box.y + m.view_box.height + 1, shape.code
        x, y = shape.label_point
        assert b.x0 <= x <= b.x1 and b.y0 <= y <= b.y1, shape.code


def test_big_states_are_bigger_than_small_ones():
    by_code = geometry.mexico_map().by_code()
    assert by_code["CHH"].area > by_code["SON"].area > by_code["COA"].area > by_code["CMX"].area
    assert min(by_code.values(), key=lambda s: s.area).code == "CMX"


def test_mismatched_ids_are_refused(tmp_path):
    ids = tmp_path / "state_ids.csv"
    rows = geometry.read_state_ids()
    with ids.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows[1:])  # one path without a row
    with pytest.raises(geometry.MapDataError, match="has no row"):
        geometry.load_map(ids=ids)


def test_the_shipped_svg_is_the_packages_file_unchanged():
    readme = resource_path("maps", "README.md").read_text(encoding="utf-8")
    digest = hashlib.sha256(resource_path("maps", "mexico.svg").read_bytes()).hexdigest()
    assert digest in readme


def test_licence_and_attribution_are_beside_the_map():
    licence = resource_path("maps", "LICENSE.md").read_text(encoding="utf-8")
    assert "Attribution 4.0 International" in licence
    readme = resource_path("maps", "README.md").read_text(encoding="utf-8")
    for fact in ("@svg-maps/mexico", "2.0.0", "Victor Cazanave", "MapSVG", "CC BY 4.0",
                 "What we changed"):
        assert fact in readme
    assert "CC BY 4.0" in geometry.ATTRIBUTION and "CC BY 4.0" in geometry.ATTRIBUTION_SHORT


def test_maps_package_imports_no_qt():
    """No Qt anywhere in the package; what the window's map uses imports no reportlab either
    (only the PDFs' locator draws with it)."""
    code = ("import sys; import desktop_app.maps.geometry, desktop_app.maps.colour_scale, "
            "desktop_app.maps.svgpath; desktop_app.maps.geometry.mexico_map(); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'reportlab')))); "
            "import desktop_app.maps.locator; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["[]", "[]"]
