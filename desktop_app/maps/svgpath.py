"""SVG path data (`d="..."`) of the shipped map, parsed into absolute moves, lines and closes.

Only what `resources/maps/mexico.svg` uses is read: moves, lines and closes (M L Z), absolute
(upper case) and relative (lower case), with implicit repeated pairs (`m 1,1 2,0` is a move then
a line) and numbers written as `1e-3`, `.5.5` or `-1-2`. Curves, arcs and the H/V shorthands
are refused with `PathSyntaxError`, so a new map that uses them fails loudly at load (and in
`tests/maps/`) instead of being drawn wrong. Every consumer (a QPainterPath in the window, a
reportlab Path on the sheet) handles three kinds of segment:

    ("M", x, y) · ("L", x, y) · ("Z",)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

Segment = tuple

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_SEPARATORS = " \t\r\n,"
COMMANDS = "MmLlZz"


class PathSyntaxError(ValueError):
    """Path data this parser does not read (bad syntax, or a command the map does not use)."""


@dataclass(frozen=True)
class Bounds:
    """An axis-aligned box."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2


def _commands(data: str) -> Iterator[tuple[str, tuple[float, float] | None]]:
    """(command letter, its point; None for Z) with implicit repeats split out (M x y x y -> M
    then L)."""
    pos, length = 0, len(data)
    command = ""
    first_of_command = False
    while True:
        while pos < length and data[pos] in _SEPARATORS:
            pos += 1
        if first_of_command and command not in "Zz" and (pos >= length or data[pos].isalpha()):
            raise PathSyntaxError(f"numbers expected after {command!r} at {pos} in path data")
        if pos >= length:
            return
        char = data[pos]
        if char.isalpha():
            if char not in COMMANDS:
                raise PathSyntaxError(f"command {char!r} at {pos}: the map's paths use only "
                                      "M, L and Z")
            if not command and char not in "Mm":
                raise PathSyntaxError("path data must start with a move (M or m)")
            command, first_of_command = char, True
            pos += 1
            if command in "Zz":
                yield command, None
            continue
        if not command:
            raise PathSyntaxError("path data must start with a command (M or m)")
        if command in "Zz":
            raise PathSyntaxError(f"number after Z at {pos} in path data")
        if not first_of_command and command in "Mm":
            command = "L" if command == "M" else "l"  # extra pairs after a move are lines
        first_of_command = False
        point = []
        for _ in range(2):
            while pos < length and data[pos] in _SEPARATORS:
                pos += 1
            match = _NUMBER.match(data, pos)
            if not match:
                raise PathSyntaxError(f"number expected at {pos} in path data")
            point.append(float(match.group()))
            pos = match.end()
        yield command, (point[0], point[1])


def parse(data: str) -> list[Segment]:
    """The path as absolute M / L / Z segments (see the module docstring)."""
    out: list[Segment] = []
    x = y = 0.0  # current point
    start_x = start_y = 0.0  # start of the current subpath
    open_subpath = False
    for command, point in _commands(data):
        if point is None:  # Z: back to the subpath's start
            if open_subpath:
                out.append(("Z",))
            x, y, open_subpath = start_x, start_y, False
            continue
        dx, dy = (x, y) if command.islower() else (0.0, 0.0)
        x, y = point[0] + dx, point[1] + dy
        if command in "Mm":
            start_x, start_y, open_subpath = x, y, True
            out.append(("M", x, y))
            continue
        if not open_subpath:  # a line after Z without a move starts at the closed subpath's start
            out.append(("M", start_x, start_y))
            open_subpath = True
        out.append(("L", x, y))
    return out


def bounds(segments: list[Segment]) -> Bounds:
    """The box holding every point of the segments."""
    xs = [s[1] for s in segments if len(s) > 1]
    ys = [s[2] for s in segments if len(s) > 1]
    if not xs:
        return Bounds(0.0, 0.0, 0.0, 0.0)
    return Bounds(min(xs), min(ys), max(xs), max(ys))


def polygons(segments: list[Segment]) -> list[list[tuple[float, float]]]:
    """Each subpath as a closed polygon (for areas)."""
    rings: list[list[tuple[float, float]]] = []
    ring: list[tuple[float, float]] = []
    for segment in segments:
        kind = segment[0]
        if kind == "M":
            if len(ring) > 2:
                rings.append(ring)
            ring = [(segment[1], segment[2])]
        elif kind == "L":
            ring.append((segment[1], segment[2]))
        else:  # Z
            if len(ring) > 2:
                rings.append(ring)
            ring = [ring[0]] if ring else []
    if len(ring) > 2:
        rings.append(ring)
    return rings


def area_and_centroid(segments: list[Segment]) -> tuple[float, tuple[float, float]]:
    """Total area of the subpaths and the centroid of the largest one (where a label goes)."""
    best_area, best_centroid, total = 0.0, bounds(segments).centre, 0.0
    for ring in polygons(segments):
        signed = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            cross = x0 * y1 - x1 * y0
            signed += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        area = abs(signed) / 2
        total += area
        if area > best_area and signed:
            best_area, best_centroid = area, (cx / (3 * signed), cy / (3 * signed))
    return total, best_centroid
