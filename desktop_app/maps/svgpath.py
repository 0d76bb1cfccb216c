"""SVG path data (`d="..."`) parsed into absolute moves, lines, cubic curves and closes.

The whole path grammar of SVG 1.1 is read: M L H V C S Q T A Z, absolute (upper case) and relative
(lower case), implicit repeated commands, numbers written as `1e-3`, `.5.5` or `-1-2`, and arc flags
written without separators (`a1 1 0 001 1`). The result is deliberately small, so that every
consumer (a QPainterPath in the widget, a reportlab Path in the fact sheet) handles four kinds of
segment only:

    ("M", x, y) · ("L", x, y) · ("C", x1, y1, x2, y2, x, y) · ("Z",)

H and V become L; S, Q and T become C; elliptical arcs become one cubic per quarter turn at most.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterator

Segment = tuple

_TOKEN = re.compile(
    r"(?P<cmd>[MmLlHhVvCcSsQqTtAaZz])"
    r"|(?P<num>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)"
    r"|(?P<sep>[\s,]+)"
)
_FLAG = re.compile(r"[\s,]*([01])")
_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


class PathSyntaxError(ValueError):
    """Path data that does not follow the SVG grammar; says where."""


@dataclass(frozen=True)
class Bounds:
    """An axis-aligned box (of the control polygon: a safe, slightly generous bound)."""

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


def _commands(data: str) -> Iterator[tuple[str, list[float]]]:
    """(command letter, its numbers) with implicit repeats split out (M x y x y -> M then L)."""
    pos, length = 0, len(data)
    command: str | None = None
    first_of_command = False

    def skip_separators(p: int) -> int:
        while p < length and data[p] in " \t\r\n,":
            p += 1
        return p

    def number(p: int) -> tuple[float, int]:
        match = _TOKEN.match(data, p)
        if not match or match.lastgroup != "num":
            raise PathSyntaxError(f"number expected at {p} in path data")
        return float(match.group()), match.end()

    while True:
        pos = skip_separators(pos)
        if pos >= length:
            return
        char = data[pos]
        if char.isalpha():
            if char not in "MmLlHhVvCcSsQqTtAaZz":
                raise PathSyntaxError(f"unknown command {char!r} at {pos} in path data")
            if command is None and char not in "Mm":
                raise PathSyntaxError("path data must start with a move (M or m)")
            command, first_of_command = char, True
            pos += 1
            if command in "Zz":
                yield command, []
                continue
        elif command is None:
            raise PathSyntaxError("path data must start with a command (M or m)")
        elif command in "Zz":
            raise PathSyntaxError(f"number after Z at {pos} in path data")
        elif not first_of_command and command in "Mm":
            command = "L" if command == "M" else "l"  # extra pairs after a move are lines
        first_of_command = False
        upper = command.upper()
        args: list[float] = []
        for index in range(_ARITY[upper]):
            pos = skip_separators(pos)
            if upper == "A" and index in (3, 4):  # flags may be written without separators
                match = _FLAG.match(data, pos)
                if not match:
                    raise PathSyntaxError(f"arc flag (0 or 1) expected at {pos} in path data")
                args.append(float(match.group(1)))
                pos = match.end()
            else:
                value, pos = number(pos)
                args.append(value)
        yield command, args


def parse(data: str) -> list[Segment]:
    """The path as absolute M / L / C / Z segments (see the module docstring)."""
    out: list[Segment] = []
    x = y = 0.0  # current point
    start_x = start_y = 0.0  # start of the current subpath
    last_cubic: tuple[float, float] | None = None  # second control point of the last C/S
    last_quad: tuple[float, float] | None = None  # control point of the last Q/T
    open_subpath = False
    for command, args in _commands(data):
        upper = command.upper()
        relative = command.islower()
        dx, dy = (x, y) if relative else (0.0, 0.0)
        if upper != "M" and upper != "Z" and not open_subpath:
            # drawing after Z without a move starts at the closed subpath's start
            out.append(("M", x, y))
            start_x, start_y, open_subpath = x, y, True
        next_cubic = next_quad = None
        if upper == "M":
            x, y = args[0] + dx, args[1] + dy
            start_x, start_y, open_subpath = x, y, True
            out.append(("M", x, y))
        elif upper == "L":
            x, y = args[0] + dx, args[1] + dy
            out.append(("L", x, y))
        elif upper == "H":
            x = args[0] + (x if relative else 0.0)
            out.append(("L", x, y))
        elif upper == "V":
            y = args[0] + (y if relative else 0.0)
            out.append(("L", x, y))
        elif upper == "C":
            x1, y1, x2, y2 = args[0] + dx, args[1] + dy, args[2] + dx, args[3] + dy
            x, y = args[4] + dx, args[5] + dy
            out.append(("C", x1, y1, x2, y2, x, y))
            next_cubic = (x2, y2)
        elif upper == "S":
            x1, y1 = (2 * x - last_cubic[0], 2 * y - last_cubic[1]) if last_cubic else (x, y)
            x2, y2 = args[0] + dx, args[1] + dy
            x, y = args[2] + dx, args[3] + dy
            out.append(("C", x1, y1, x2, y2, x, y))
            next_cubic = (x2, y2)
        elif upper in ("Q", "T"):
            if upper == "Q":
                qx, qy = args[0] + dx, args[1] + dy
                ex, ey = args[2] + dx, args[3] + dy
            else:
                qx, qy = (2 * x - last_quad[0], 2 * y - last_quad[1]) if last_quad else (x, y)
                ex, ey = args[0] + dx, args[1] + dy
            out.append(("C", x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y),
                        ex + 2 / 3 * (qx - ex), ey + 2 / 3 * (qy - ey), ex, ey))
            x, y = ex, ey
            next_quad = (qx, qy)
        elif upper == "A":
            rx, ry, rotation, large, sweep = args[:5]
            ex, ey = args[5] + dx, args[6] + dy
            out.extend(arc_to_cubics(x, y, rx, ry, rotation, bool(large), bool(sweep), ex, ey))
            x, y = ex, ey
        elif upper == "Z":
            if open_subpath:
                out.append(("Z",))
            x, y, open_subpath = start_x, start_y, False
        last_cubic, last_quad = next_cubic, next_quad
    return out


def arc_to_cubics(x0: float, y0: float, rx: float, ry: float, rotation: float, large: bool,
                  sweep: bool, x: float, y: float) -> list[Segment]:
    """An SVG elliptical arc as cubic segments (SVG 1.1 implementation notes F.6)."""
    if (x0, y0) == (x, y):
        return []
    rx, ry = abs(rx), abs(ry)
    if rx == 0 or ry == 0:
        return [("L", x, y)]
    phi = math.radians(rotation % 360)
    cos_phi, sin_phi = math.cos(phi), math.sin(phi)
    hx, hy = (x0 - x) / 2, (y0 - y) / 2
    x1p = cos_phi * hx + sin_phi * hy
    y1p = -sin_phi * hx + cos_phi * hy
    scale = (x1p / rx) ** 2 + (y1p / ry) ** 2
    if scale > 1:  # radii too small: scale them up just enough
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    numerator = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    denominator = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    factor = math.sqrt(max(0.0, numerator / denominator))
    if large == sweep:
        factor = -factor
    cxp, cyp = factor * rx * y1p / ry, -factor * ry * x1p / rx
    cx = cos_phi * cxp - sin_phi * cyp + (x0 + x) / 2
    cy = sin_phi * cxp + cos_phi * cyp + (y0 + y) / 2

    def angle(ux: float, uy: float, vx: float, vy: float) -> float:
        return math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)

    theta = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry)
    delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry)
    if not sweep and delta > 0:
        delta -= 2 * math.pi
    elif sweep and delta < 0:
        delta += 2 * math.pi

    pieces = max(1, math.ceil(abs(delta) / (math.pi / 2) - 1e-9))
    step = delta / pieces
    handle = 4 / 3 * math.tan(step / 4)
    out: list[Segment] = []

    def point(t: float) -> tuple[float, float]:
        px, py = rx * math.cos(t), ry * math.sin(t)
        return cos_phi * px - sin_phi * py + cx, sin_phi * px + cos_phi * py + cy

    def derivative(t: float) -> tuple[float, float]:
        px, py = -rx * math.sin(t), ry * math.cos(t)
        return cos_phi * px - sin_phi * py, sin_phi * px + cos_phi * py

    t0 = theta
    for index in range(pieces):
        t1 = theta + step * (index + 1)
        (ax, ay), (bx, by) = point(t0), point(t1)
        (dax, day), (dbx, dby) = derivative(t0), derivative(t1)
        end = (x, y) if index == pieces - 1 else (bx, by)
        out.append(("C", ax + handle * dax, ay + handle * day,
                    bx - handle * dbx, by - handle * dby, *end))
        t0 = t1
    return out


def bounds(segments: list[Segment]) -> Bounds:
    """The box holding every point and control point of the segments."""
    xs: list[float] = []
    ys: list[float] = []
    for segment in segments:
        coords = segment[1:]
        xs.extend(coords[0::2])
        ys.extend(coords[1::2])
    if not xs:
        return Bounds(0.0, 0.0, 0.0, 0.0)
    return Bounds(min(xs), min(ys), max(xs), max(ys))


def polygons(segments: list[Segment], steps: int = 8) -> list[list[tuple[float, float]]]:
    """Each subpath as a closed polygon, curves flattened into `steps` chords (for areas)."""
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
        elif kind == "C":
            (px, py) = ring[-1]
            x1, y1, x2, y2, x, y = segment[1:]
            for i in range(1, steps + 1):
                t = i / steps
                u = 1 - t
                ring.append((u ** 3 * px + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x,
                             u ** 3 * py + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y))
        elif kind == "Z":
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
