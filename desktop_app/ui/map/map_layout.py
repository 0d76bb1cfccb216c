"""Where the map's parts go in a rectangle: the states (aspect ratio kept), the legend, the credit.

Pure geometry over the map's own coordinates (`desktop_app.maps`, the SVG's viewBox, y down): the
map is scaled into the rectangle, the legend sits in the map's empty north-east corner (the United
States and the Gulf) when it fits there, else in a column of its own on the right, and the credit
line goes in the Pacific, south-west of the states.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath, QTransform

# Where the legend may sit over the map without covering a state: the Gulf / United States corner,
# in the map's own coordinates (x from this value rightwards, y from the top down to the other).
FREE_CORNER_X = 548.0
FREE_CORNER_Y = 282.0
# South of y = 455 the map is empty west of this x (the Pacific, below Guerrero).
FREE_SOUTH_WEST_X = 480.0
MARGIN = 10.0
SWATCH = 14.0
LEGEND_PADDING = (8, 6)  # inside the legend's frame: left and right, top and bottom


class MapLayout(NamedTuple):
    """Where things go for one target rectangle."""

    transform: QTransform  # map coordinates -> widget coordinates
    map_rect: QRectF
    legend_rect: QRectF
    attribution_rect: QRectF


class MapFonts(NamedTuple):
    base: QFont  # legend entries
    title: QFont  # the legend's title (bold)
    small: QFont  # footnotes and the credit line
    count: QFont  # the counts written on the states (bold)


def map_fonts(font: QFont) -> MapFonts:
    base = QFont(font)
    title = QFont(base)
    title.setBold(True)
    small = QFont(base)
    small.setPointSizeF(max(6.0, base.pointSizeF() * 0.8))
    count = QFont(base)
    count.setBold(True)
    return MapFonts(base, title, small, count)


def path_from_segments(segments: list) -> QPainterPath:
    """A QPainterPath from `maps.svgpath` segments (M / L / C / Z)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)  # SVG's default fill-rule: nonzero
    for segment in segments:
        kind = segment[0]
        if kind == "M":
            path.moveTo(segment[1], segment[2])
        elif kind == "L":
            path.lineTo(segment[1], segment[2])
        elif kind == "C":
            path.cubicTo(*segment[1:])
        else:
            path.closeSubpath()
    return path


def legend_size(fonts: MapFonts, title: str, labels: list[str], note: str) -> QSize:
    """The legend's box: the title, a swatch and label per entry, the footnote if any."""
    fm, ftm, fsm = (QFontMetricsF(fonts.base), QFontMetricsF(fonts.title),
                    QFontMetricsF(fonts.small))
    row = max(SWATCH, fm.height()) + 4
    width = max([ftm.horizontalAdvance(title)]
                + [SWATCH + 6 + fm.horizontalAdvance(label) for label in labels])
    height = ftm.height() + 4 + row * len(labels)
    if note:
        width = max(width, fsm.horizontalAdvance(note))
        height += fsm.height() + 4
    across, down = LEGEND_PADDING
    return QSize(int(width + 2 * across + 1), int(height + 2 * down + 1))


def compute_layout(rect: QRectF, view_box, legend: QSize, small_font: QFont) -> MapLayout:
    """The transform and the rectangles for drawing into `rect` (`view_box`: the map's)."""
    attribution_height = QFontMetricsF(small_font).height() + 2
    area = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

    def fit(target: QRectF) -> tuple[QTransform, QRectF]:
        scale = max(1e-6, min(target.width() / view_box.width,
                              target.height() / view_box.height))
        width, height = view_box.width * scale, view_box.height * scale
        left = target.left() + (target.width() - width) / 2
        top = target.top() + (target.height() - height) / 2
        transform = QTransform()
        transform.translate(left, top)
        transform.scale(scale, scale)
        transform.translate(-view_box.x, -view_box.y)
        return transform, QRectF(left, top, width, height)

    transform, map_rect = fit(area)
    # the legend in the map's empty north-east corner, when it fits there ...
    corner = transform.map(QPointF(FREE_CORNER_X, FREE_CORNER_Y))
    legend_rect = QRectF(map_rect.right() - legend.width(), map_rect.top(),
                         legend.width(), legend.height())
    if legend_rect.left() < corner.x() or legend_rect.bottom() > corner.y():
        # ... else in a column of its own on the right
        column = legend.width() + MARGIN
        transform, map_rect = fit(area.adjusted(0, 0, -column, 0))
        legend_rect = QRectF(area.right() - legend.width(), area.top(),
                             legend.width(), legend.height())
    # the credit line in the Pacific, south-west of the map, clear of Guerrero and Oaxaca
    free_right = transform.map(QPointF(FREE_SOUTH_WEST_X, 0)).x()
    attribution_rect = QRectF(area.left(), area.bottom() - attribution_height,
                              max(0.0, free_right - area.left()), attribution_height)
    return MapLayout(transform, map_rect, legend_rect, attribution_rect)
