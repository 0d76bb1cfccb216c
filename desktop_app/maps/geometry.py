"""The shapes of Mexico's 32 states, read from `resources/maps/` (no Qt).

`resources/maps/mexico.svg` is the `@svg-maps/mexico` package's map, unchanged (CC BY 4.0, see
`resources/maps/README.md`); `resources/maps/state_ids.csv` maps its path ids to the catalogue's
state codes (ISO 3166-2:MX without `MX-`) and gives each state's name as the catalogue writes it.
"""

from __future__ import annotations

import csv
import functools
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.maps import svgpath
from desktop_app.paths import resource_path

SVG_FILE = "mexico.svg"
IDS_FILE = "state_ids.csv"
_SVG_NS = "{http://www.w3.org/2000/svg}"

ATTRIBUTION = ("Map of Mexico: @svg-maps/mexico 2.0.0 by Victor Cazanave, after MapSVG "
               "(mapsvg.com), CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)")
ATTRIBUTION_SHORT = "Map: svg-maps / MapSVG, CC BY 4.0"


@dataclass(frozen=True)
class ViewBox:
    x: float
    y: float
    width: float
    height: float

    @property
    def aspect(self) -> float:
        """Width over height."""
        return self.width / self.height


@dataclass(frozen=True)
class StateShape:
    """One state: its catalogue code and name, the map's id and label, and its outline."""

    code: str  # catalogue state code, e.g. "QUE"
    name: str  # as the catalogue writes it, e.g. "Querétaro"
    map_id: str  # the SVG path's id, e.g. "que"
    map_label: str  # the SVG path's aria-label, e.g. "Querétaro"
    path_data: str  # the SVG `d` attribute, as shipped
    segments: list = field(repr=False, compare=False)  # svgpath.parse(path_data)
    bounds: svgpath.Bounds = field(compare=False)
    area: float = field(compare=False)  # in viewBox units squared
    label_point: tuple[float, float] = field(compare=False)  # centroid of the largest part


@dataclass(frozen=True)
class MexicoMap:
    """All 32 shapes in the map's coordinates (y grows downwards, as in SVG)."""

    view_box: ViewBox
    shapes: tuple[StateShape, ...]

    def by_code(self) -> dict[str, StateShape]:
        return {shape.code: shape for shape in self.shapes}

    def shape(self, code: str) -> StateShape:
        for shape in self.shapes:
            if shape.code == code:
                return shape
        raise KeyError(f"no shape for state {code!r}")

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(shape.code for shape in self.shapes)


class MapDataError(ValueError):
    """The map's files disagree (an id without a code, a code twice, a path missing)."""


def read_state_ids(path: Path | None = None) -> list[dict[str, str]]:
    """The rows of state_ids.csv: map_id, code, name, map_label."""
    path = path or resource_path("maps", IDS_FILE)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_svg_paths(path: Path | None = None) -> tuple[ViewBox, list[dict[str, str]]]:
    """The SVG's viewBox and its paths (id, label, d), in file order."""
    path = path or resource_path("maps", SVG_FILE)
    root = ET.parse(path).getroot()
    numbers = [float(v) for v in root.get("viewBox", "").replace(",", " ").split()]
    if len(numbers) != 4:
        raise MapDataError(f"{path.name}: the <svg> element needs a viewBox of four numbers")
    view_box = ViewBox(*numbers)
    paths = [{"id": element.get("id", ""), "label": element.get("aria-label", ""),
              "d": element.get("d", "")}
             for element in root.iter(f"{_SVG_NS}path")]
    return view_box, paths


def load_map(svg: Path | None = None, ids: Path | None = None) -> MexicoMap:
    """Parse the shipped geometry (use `mexico_map()` for the cached copy)."""
    view_box, paths = read_svg_paths(svg)
    rows = read_state_ids(ids)
    by_id = {row["map_id"]: row for row in rows}
    codes = [row["code"] for row in rows]
    if len(set(codes)) != len(codes) or len(by_id) != len(rows):
        raise MapDataError(f"{IDS_FILE}: a map id or a state code appears twice")
    shapes = []
    for element in paths:
        row = by_id.get(element["id"])
        if row is None:
            raise MapDataError(f"{SVG_FILE}: path {element['id']!r} has no row in {IDS_FILE}")
        segments = svgpath.parse(element["d"])
        area, label_point = svgpath.area_and_centroid(segments)
        shapes.append(StateShape(code=row["code"], name=row["name"], map_id=element["id"],
                                 map_label=element["label"], path_data=element["d"],
                                 segments=segments, bounds=svgpath.bounds(segments), area=area,
                                 label_point=label_point))
    missing = set(by_id) - {shape.map_id for shape in shapes}
    if missing:
        raise MapDataError(f"{IDS_FILE}: no path in {SVG_FILE} for {sorted(missing)}")
    return MexicoMap(view_box=view_box, shapes=tuple(shapes))


@functools.cache
def mexico_map() -> MexicoMap:
    """The shipped map, parsed once per process (about 10 ms)."""
    return load_map()
