"""The counts written on the map: on every state that has clusters, inside it where the number fits,
else in a callout in the sea joined to the state by a leader line.

Placement (`place_count_labels`, for one layout and one set of counts; the view keeps the result
until either changes):

1. Inside: the number's box, with a little room, must lie wholly inside the state. The state's
   label point is tried first, then points on a grid over the state, nearest first (Baja
   California's and Nuevo León's label points sit where they are narrow; a wider part holds them).
2. Callouts for the rest (the small central states, and more of them when the map is small): the
   states are drawn once into a coarse land mask (`CELL` pixels a cell); each callout goes to the
   nearest free place of open sea around its state's point (rings of growing radius, `ANGLES`
   directions each) that stays clear of land, of the legend and the credit line, and of the other
   callouts; a thin line joins it to a dot on the state.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from desktop_app.maps import colour_scale as cs

CELL = 4  # pixels per cell of the land mask
LAND, SEA = 0, 255
INSIDE_ROOM = 2.0  # around a number written inside a state
CALLOUT_PADDING = (5.0, 2.0)  # inside a callout's box: left and right, top and bottom
CALLOUT_GAP = 3.0  # clear sea kept around a callout
FIRST_RING = 14.0  # the nearest a callout's centre may be to its state's point
RING_STEP = 6.0
ANGLES = 24
GRID_STEPS = 10  # per side of a state's bounds, when its label point is too narrow


class CountLabel(NamedTuple):
    code: str
    text: str
    rect: QRectF  # where the number is written (widget coordinates)
    anchor: QPointF | None  # for a callout: the point on the state its line starts from


def _inside_centre(path: QPainterPath, shape, transform: QTransform, inverse: QTransform,
                   width: float, height: float) -> QPointF | None:
    """A widget point at which a `width` x `height` box lies inside the state, or None."""

    def fits(centre: QPointF) -> bool:
        box = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        return path.contains(inverse.mapRect(box))

    label = transform.map(QPointF(*shape.label_point))
    if fits(label):
        return label
    b = shape.bounds
    candidates = [transform.map(QPointF(b.x0 + b.width * i / GRID_STEPS,
                                        b.y0 + b.height * j / GRID_STEPS))
                  for i in range(1, GRID_STEPS) for j in range(1, GRID_STEPS)]
    candidates.sort(key=lambda p: (p.x() - label.x()) ** 2 + (p.y() - label.y()) ** 2)
    return next((point for point in candidates if fits(point)), None)


class _Mask:
    """Which cells of the widget are open sea and free (`SEA`): land and taken cells are not."""

    def __init__(self, land: bytearray, columns: int, rows: int, stride: int,
                 bounds: QRectF) -> None:
        self.cells = bytearray(land)
        self.columns, self.rows, self.stride = columns, rows, stride
        self.box = (bounds.left(), bounds.top(), bounds.right(), bounds.bottom())

    def is_free(self, left: float, top: float, right: float, bottom: float) -> bool:
        x0, y0, x1, y1 = self.box
        if left < x0 or top < y0 or right > x1 or bottom > y1:
            return False
        cells, stride = self.cells, self.stride
        columns = range(int(left // CELL), min(self.columns, int(right // CELL) + 1))
        return all(cells[row * stride + column] == SEA
                   for row in range(int(top // CELL), min(self.rows, int(bottom // CELL) + 1))
                   for column in columns)

    def take(self, rect: QRectF) -> None:
        for row in range(max(0, int(rect.top() // CELL)),
                         min(self.rows, int(rect.bottom() // CELL) + 1)):
            for column in range(max(0, int(rect.left() // CELL)),
                                min(self.columns, int(rect.right() // CELL) + 1)):
                self.cells[row * self.stride + column] = LAND


_DIRECTIONS = [(math.cos(2 * math.pi * step / ANGLES), math.sin(2 * math.pi * step / ANGLES))
               for step in range(ANGLES)]


class LabelPlacer:
    """Places the counts for one layout: what does not depend on the counts (where a number fits
    inside each state, the land mask) is worked out once and kept."""

    def __init__(self, codes: tuple[str, ...], shapes: dict, paths: dict[str, QPainterPath],
                 transform: QTransform, font: QFont, bounds: QRectF,
                 obstacles: list[QRectF]) -> None:
        self._codes, self._shapes, self._paths = codes, shapes, paths
        self._transform = transform
        self._inverse, self._invertible = transform.inverted()
        self._metrics = QFontMetricsF(font)
        self._bounds, self._obstacles = bounds, obstacles
        self._inside: dict[tuple[str, float], QPointF | None] = {}
        self._land: tuple[bytearray, int, int, int] | None = None

    def place(self, counts: dict[str, int]) -> list[CountLabel]:
        """A label for every state with a count above zero (see the module's docstring)."""
        if not self._invertible:
            return []
        metrics = self._metrics
        labels: list[CountLabel] = []
        outside: list[tuple[str, str, QPointF]] = []
        for code in self._codes:
            count = counts.get(code, 0)
            if count <= 0:
                continue
            text = str(count)
            width = metrics.horizontalAdvance(text) + 2 * INSIDE_ROOM
            key = (code, round(width, 1))
            if key not in self._inside:
                self._inside[key] = _inside_centre(
                    self._paths[code], self._shapes[code], self._transform, self._inverse,
                    width, metrics.ascent() + 2 * INSIDE_ROOM)
            centre = self._inside[key]
            if centre is not None:
                labels.append(CountLabel(code, text, QRectF(centre.x() - width / 2,
                                                            centre.y() - metrics.height() / 2,
                                                            width, metrics.height()), None))
            else:
                outside.append((code, text, self._anchor(code)))
        if outside:
            mask = _Mask(*self._land_mask(), self._bounds)
            for rect in self._obstacles:
                mask.take(rect)
            for code, text, anchor in sorted(outside, key=lambda item: item[2].x()):
                rect = self._callout_rect(mask, anchor, text)
                if rect is not None:
                    mask.take(rect.adjusted(-CALLOUT_GAP, -CALLOUT_GAP, CALLOUT_GAP,
                                            CALLOUT_GAP))
                    labels.append(CountLabel(code, text, rect, anchor))
        return labels

    def _land_mask(self) -> tuple[bytearray, int, int, int]:
        """The states drawn once, `CELL` pixels a cell: (cells, columns, rows, stride)."""
        if self._land is None:
            columns = max(1, math.ceil(self._bounds.right() / CELL))
            rows = max(1, math.ceil(self._bounds.bottom() / CELL))
            image = QImage(columns, rows, QImage.Format.Format_Grayscale8)
            image.fill(SEA)
            painter = QPainter(image)
            scaled = QTransform(self._transform)
            scaled *= QTransform.fromScale(1 / CELL, 1 / CELL)
            painter.setTransform(scaled)
            pen = QPen(QColor(LAND, LAND, LAND), 1.5)  # a cell the coast touches is land
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(QColor(LAND, LAND, LAND))
            for path in self._paths.values():
                painter.drawPath(path)
            painter.end()
            self._land = (bytearray(bytes(image.constBits())), columns, rows,
                          image.bytesPerLine())
        return self._land

    def _anchor(self, code: str) -> QPointF:
        """The state's point a leader line starts from: its label point, or a point inside."""
        label = QPointF(*self._shapes[code].label_point)
        if self._paths[code].contains(label):
            return self._transform.map(label)
        inside = _inside_centre(self._paths[code], self._shapes[code], self._transform,
                                self._inverse, 1.0, 1.0)
        return inside if inside is not None else self._transform.map(label)

    def _callout_rect(self, mask: _Mask, anchor: QPointF, text: str) -> QRectF | None:
        """The nearest free place of open sea for the callout, ring by ring; None if none."""
        across, down = CALLOUT_PADDING
        width = self._metrics.horizontalAdvance(text) + 2 * across
        height = self._metrics.height() + 2 * down
        half_w, half_h = width / 2 + CALLOUT_GAP, height / 2 + CALLOUT_GAP
        x, y = anchor.x(), anchor.y()
        radius = FIRST_RING
        limit = max(mask.columns, mask.rows) * CELL
        while radius < limit:
            for dx, dy in _DIRECTIONS:
                cx, cy = x + radius * dx, y + radius * dy
                if mask.is_free(cx - half_w, cy - half_h, cx + half_w, cy + half_h):
                    return QRectF(cx - width / 2, cy - height / 2, width, height)
            radius += RING_STEP
        return None


def _nearest_on(rect: QRectF, point: QPointF) -> QPointF:
    return QPointF(min(max(point.x(), rect.left()), rect.right()),
                   min(max(point.y(), rect.top()), rect.bottom()))


def paint_count_labels(painter: QPainter, labels: list[CountLabel], font: QFont,
                       fill_of, text_colour: QColor, panel: QColor, frame: QColor) -> None:
    """Write the counts: inside a state in black or white (whichever contrasts more with its
    `fill_of(code)`), a callout as a framed box on the sea with its leader line and dot."""
    painter.save()
    painter.setFont(font)
    centred = int(Qt.AlignmentFlag.AlignCenter)
    for label in labels:
        if label.anchor is None:
            fill = fill_of(label.code)
            ink = "#000000" if cs.contrast_ratio(fill, "#000000") >= cs.contrast_ratio(
                fill, "#ffffff") else "#ffffff"
            painter.setPen(QColor(ink))
            painter.drawText(label.rect, centred, label.text)
            continue
        line = QPen(text_colour, 1.0)
        painter.setPen(line)
        painter.drawLine(label.anchor, _nearest_on(label.rect, label.anchor))
        painter.setBrush(text_colour)
        painter.drawEllipse(label.anchor, 2.0, 2.0)
        painter.setPen(QPen(frame, 1.0))
        painter.setBrush(panel)
        painter.drawRoundedRect(label.rect, 3, 3)
        painter.setPen(text_colour)
        painter.drawText(label.rect, centred, label.text)
    painter.restore()
