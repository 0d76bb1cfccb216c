"""A clickable choropleth of Mexico's 32 states: counts as shades, a legend, names on hover.

The widget shows numbers it is given and says what was clicked; it never queries. The window feeds
it (`set_counts` or `set_facets` with the state facet's counts for the current filter,
`set_selected` with the state facet's selection) and turns `stateClicked(code)` into a filter
change.

Drawing is vector throughout: each state is a QPainterPath built once from the shipped SVG path data
(`desktop_app.maps`), scaled to the widget with its aspect ratio kept, with cosmetic pens, so it is
sharp at any size or device pixel ratio; `render_map(painter, rect)` draws the same picture on any
QPainter (a printer, a PDF writer, an SVG generator). Colours come from `maps.colour_scale` (light
or dark ramp by the palette's base colour); text, background and the selection outline come from the
widget's palette.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterable, Mapping

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop_app.maps import colour_scale as cs
from desktop_app.maps.geometry import ATTRIBUTION_SHORT, MexicoMap, StateShape, mexico_map

log = logging.getLogger(__name__)

# Where the legend may sit over the map without covering a state: the Gulf / United States corner,
# in the map's own coordinates (x from this value rightwards, y from the top down to the other).
_FREE_CORNER_X = 548.0
_FREE_CORNER_Y = 282.0
# South of y = 455 the map is empty west of this x (the Pacific, below Guerrero).
_FREE_SOUTH_WEST_X = 480.0
_MARGIN = 10.0
_SWATCH = 14.0


def _path_from_segments(segments: list) -> QPainterPath:
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


@dataclass
class _Layout:
    """Where things go for one target rectangle."""

    transform: QTransform  # map coordinates -> widget coordinates
    map_rect: QRectF
    legend_rect: QRectF
    attribution_rect: QRectF


class MapView(QWidget):
    """Mexico's states shaded by a count each; click a state to get its code.

    Signals:
        stateClicked(str): the catalogue code of the state clicked (or chosen with Enter / Space).
        hoveredStateChanged(str): the state under the mouse, "" when none (for a status bar).
    """

    stateClicked = Signal(str)
    hoveredStateChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, geometry: MexicoMap | None = None,
                 bins: int = cs.DEFAULT_BINS) -> None:
        super().__init__(parent)
        self._map = geometry or mexico_map()
        self._bins = bins
        self._shapes: dict[str, StateShape] = self._map.by_code()
        self._paths: dict[str, QPainterPath] = {
            code: _path_from_segments(shape.segments) for code, shape in self._shapes.items()}
        self._names: dict[str, str] = {code: shape.name for code, shape in self._shapes.items()}
        self._counts: dict[str, int] = {}
        self._unlocated = 0
        self._scale = cs.ColourScale.from_counts({})
        self._selected: frozenset[str] = frozenset()
        self._hovered = ""
        self._focused = ""  # the keyboard's current state
        self._title = self.tr("Clusters")
        self._show_count_labels = True
        self._layout_cache: tuple[QSize, _Layout] | None = None
        # keyboard order (arrow keys): alphabetical by name, as in the state facet
        self._key_order = sorted(self._shapes, key=lambda c: self._names[c])

        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Map of Mexico's states"))
        self._update_accessible_description()

    # ----------------------------------------------------------------------------------- data in

    def set_counts(self, counts: Mapping[str, int]) -> None:
        """Each state's count (codes missing from `counts` are zero; unknown codes are ignored)."""
        unknown = set(counts) - set(self._shapes)
        if unknown - {""}:
            log.debug("map: ignoring counts for unknown states %s", sorted(unknown))
        self._counts = {code: int(counts.get(code, 0) or 0) for code in self._shapes}
        self._scale = cs.ColourScale.from_counts(self._counts, self._bins)
        self._layout_cache = None  # the legend's size may change
        self._update_accessible_description()
        self.update()

    def set_facets(self, values: Iterable[object]) -> None:
        """Counts and names from the state facet (objects with `.value`, `.name`, `.count`, like
        `catalogue.models.FacetValue`); the no-state value ("") is shown as a legend footnote."""
        counts: dict[str, int] = {}
        unlocated = 0
        for value in values:
            code, count = getattr(value, "value"), int(getattr(value, "count") or 0)
            if code in self._shapes:
                counts[code] = count
                name = getattr(value, "name", "")
                if name:
                    self._names[code] = name
            elif not code:
                unlocated += count
        self._unlocated = unlocated
        self.set_counts(counts)

    def set_names(self, names: Mapping[str, str]) -> None:
        """Display names by code (defaults: the names in resources/maps/state_ids.csv)."""
        for code, name in names.items():
            if code in self._shapes and name:
                self._names[code] = name
        self.update()

    def set_unlocated(self, count: int) -> None:
        """How many matching clusters have no state (a footnote under the legend when > 0)."""
        self._unlocated = max(0, int(count))
        self._layout_cache = None
        self.update()

    def set_selected(self, codes: Iterable[str]) -> None:
        """Outline these states (the state facet's selection); unknown codes are ignored."""
        selected = frozenset(code for code in codes if code in self._shapes)
        if selected != self._selected:
            self._selected = selected
            self.update()

    def set_title(self, title: str) -> None:
        """The legend's heading (default "Clusters")."""
        self._title = title
        self._layout_cache = None
        self.update()

    def set_show_count_labels(self, show: bool) -> None:
        """Write each non-zero count on its state where it fits (on by default)."""
        self._show_count_labels = bool(show)
        self.update()

    # ---------------------------------------------------------------------------------- data out

    def codes(self) -> tuple[str, ...]:
        return self._map.codes

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def selected(self) -> frozenset[str]:
        return self._selected

    def colour_scale(self) -> cs.ColourScale:
        return self._scale

    def is_dark(self) -> bool:
        """True when the palette's base (background) colour is dark."""
        return self.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5

    def fill_for(self, code: str) -> QColor:
        """The colour a state is filled with now (zero states are also hatched)."""
        return QColor(self._scale.colour(self._counts.get(code, 0), self.is_dark()))

    def name_for(self, code: str) -> str:
        return self._names[code]

    def tooltip_for(self, code: str) -> str:
        """What hovering over a state shows: its name and count."""
        count = self._counts.get(code, 0)
        if count == 0:
            amount = self.tr("no clusters")
        elif count == 1:
            amount = self.tr("1 cluster")
        else:
            amount = self.tr("%1 clusters").replace("%1", str(count))
        text = f"{self._names[code]}: {amount}"
        if code in self._selected:
            text += "\n" + self.tr("Selected: click to remove from the filter")
        return text

    def state_at(self, pos: QPointF) -> str:
        """The code of the state under a widget point, or "" over the sea or the legend."""
        layout = self._layout()
        inverse, invertible = layout.transform.inverted()
        if not invertible:
            return ""
        point = inverse.map(QPointF(pos))
        for code in reversed(self._map.codes):  # topmost drawn last
            bounds = self._shapes[code].bounds
            if not (bounds.x0 <= point.x() <= bounds.x1 and bounds.y0 <= point.y() <= bounds.y1):
                continue
            if self._paths[code].contains(point):
                return code
        return ""

    def state_point(self, code: str) -> QPointF:
        """A whole-pixel widget point inside the state, as far from its border as a coarse grid
        finds (its label point when that is well inside): for tests, automation and tooltips."""
        layout = self._layout()
        shape = self._shapes[code]

        def inside(point: QPointF, margin: float) -> bool:
            return all(self.state_at(QPointF(point.x() + dx, point.y() + dy)) == code
                       for dx, dy in ((0, 0), (margin, 0), (-margin, 0), (0, margin), (0, -margin)))

        label = QPointF(layout.transform.map(QPointF(*shape.label_point)).toPoint())
        if inside(label, 3):
            return label
        b = shape.bounds
        steps = 24
        candidates = [QPointF(layout.transform.map(QPointF(b.x0 + b.width * i / steps,
                                                           b.y0 + b.height * j / steps)).toPoint())
                      for i in range(1, steps) for j in range(1, steps)]
        for margin in (3, 1, 0):
            for point in candidates:
                if inside(point, margin):
                    return point
        return label

    def map_rect(self) -> QRectF:
        """Where the map is drawn in the widget (aspect ratio kept)."""
        return QRectF(self._layout().map_rect)

    def legend_rect(self) -> QRectF:
        return QRectF(self._layout().legend_rect)

    # ------------------------------------------------------------------------------------ layout

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(800, 520)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 220)

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """Legend entries, legend title (bold), footnotes (smaller)."""
        base = QFont(self.font())
        title = QFont(base)
        title.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.8))
        return base, title, small

    def _legend_size(self) -> QSize:
        base, title, small = self._fonts()
        fm, ftm, fsm = QFontMetricsF(base), QFontMetricsF(title), QFontMetricsF(small)
        entries = self._scale.legend(self._zero_label())
        row = max(_SWATCH, fm.height()) + 4
        width = max([ftm.horizontalAdvance(self._title)]
                    + [_SWATCH + 6 + fm.horizontalAdvance(e.label) for e in entries])
        height = ftm.height() + 4 + row * len(entries)
        note = self._unlocated_note()
        if note:
            width = max(width, fsm.horizontalAdvance(note))
            height += fsm.height() + 4
        return QSize(int(width + 2 * 8 + 1), int(height + 2 * 6 + 1))

    def _zero_label(self) -> str:
        return self.tr("0")

    def _unlocated_note(self) -> str:
        if not self._unlocated:
            return ""
        if self._unlocated == 1:
            return self.tr("+1 with no state")
        return self.tr("+%1 with no state").replace("%1", str(self._unlocated))

    def _compute_layout(self, rect: QRectF) -> _Layout:
        vb = self._map.view_box
        legend = QSize(self._legend_size())
        small = self._fonts()[2]
        attribution_height = QFontMetricsF(small).height() + 2
        area = rect.adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)

        def fit(target: QRectF) -> tuple[QTransform, QRectF]:
            scale = max(1e-6, min(target.width() / vb.width, target.height() / vb.height))
            width, height = vb.width * scale, vb.height * scale
            left = target.left() + (target.width() - width) / 2
            top = target.top() + (target.height() - height) / 2
            transform = QTransform()
            transform.translate(left, top)
            transform.scale(scale, scale)
            transform.translate(-vb.x, -vb.y)
            return transform, QRectF(left, top, width, height)

        transform, map_rect = fit(area)
        # the legend in the map's empty north-east corner, when it fits there ...
        corner = transform.map(QPointF(_FREE_CORNER_X, _FREE_CORNER_Y))
        legend_rect = QRectF(map_rect.right() - legend.width(), map_rect.top(),
                             legend.width(), legend.height())
        if legend_rect.left() < corner.x() or legend_rect.bottom() > corner.y():
            # ... else in a column of its own on the right
            column = legend.width() + _MARGIN
            transform, map_rect = fit(area.adjusted(0, 0, -column, 0))
            legend_rect = QRectF(area.right() - legend.width(), area.top(),
                                 legend.width(), legend.height())
        # the credit line in the Pacific, south-west of the map, clear of Guerrero and Oaxaca
        free_right = transform.map(QPointF(_FREE_SOUTH_WEST_X, 0)).x()
        attribution_rect = QRectF(area.left(), area.bottom() - attribution_height,
                                  max(0.0, free_right - area.left()), attribution_height)
        return _Layout(transform, map_rect, legend_rect, attribution_rect)

    def _layout(self) -> _Layout:
        size = self.size()
        if self._layout_cache is None or self._layout_cache[0] != size:
            self._layout_cache = (size, self._compute_layout(QRectF(self.rect())))
        return self._layout_cache[1]

    # ----------------------------------------------------------------------------------- drawing

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self._paint(painter, self._layout(), hover=self._hovered, focus=self._focused
                        if self.hasFocus() else "")
        finally:
            painter.end()

    def render_map(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the map, legend and attribution into `rect` on any painter (print, PDF, SVG)."""
        painter.save()
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Base))
        self._paint(painter, self._compute_layout(QRectF(rect)), hover="", focus="")
        painter.restore()

    def _paint(self, painter: QPainter, layout: _Layout, *, hover: str, focus: str) -> None:
        palette = self.palette()
        dark = self.is_dark()
        text_colour = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        outline = QColor(cs.OUTLINE.for_theme(dark))
        hatch = QBrush(QColor(cs.ZERO_HATCH.for_theme(dark)), Qt.BrushStyle.BDiagPattern)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)

        border = QPen(outline, 0.8)
        border.setCosmetic(True)
        border.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.save()
        painter.setTransform(layout.transform, True)
        for code in self._map.codes:
            path = self._paths[code]
            count = self._counts.get(code, 0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self._scale.colour(count, dark)))
            painter.drawPath(path)
            if count <= 0:
                painter.setBrush(hatch)
                painter.drawPath(path)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(border)
            painter.drawPath(path)
        # outlines on top of every fill, so neighbours never cover them. The selection is the
        # text colour over a halo of the background colour: it contrasts with every fill in both
        # themes, where the palette's highlight (often blue) could vanish into the blue ramp.
        halo = palette.color(QPalette.ColorRole.Base)
        for code, colour, width, style in (
                [(c, halo, 6.0, Qt.PenStyle.SolidLine) for c in sorted(self._selected)]
                + [(c, text_colour, 2.5, Qt.PenStyle.SolidLine) for c in sorted(self._selected)]
                + ([(hover, highlight, 2.0, Qt.PenStyle.SolidLine)] if hover else [])
                + ([(focus, text_colour, 1.6, Qt.PenStyle.DashLine)] if focus else [])):
            pen = QPen(colour, width, style)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._paths[code])
        painter.restore()

        if self._show_count_labels:
            self._paint_count_labels(painter, layout, dark)
        self._paint_legend(painter, layout.legend_rect, dark, hatch)
        small = self._fonts()[2]
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorGroup.Active,
                                     QPalette.ColorRole.PlaceholderText))
        text = QFontMetricsF(small).elidedText(ATTRIBUTION_SHORT, Qt.TextElideMode.ElideRight,
                                               layout.attribution_rect.width())
        painter.drawText(layout.attribution_rect,
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), text)

    def _paint_count_labels(self, painter: QPainter, layout: _Layout, dark: bool) -> None:
        font = QFont(self._fonts()[2])
        font.setBold(True)
        fm = QFontMetricsF(font)
        painter.setFont(font)
        inverse, invertible = layout.transform.inverted()
        if not invertible:
            return
        for code in self._map.codes:
            count = self._counts.get(code, 0)
            if count <= 0:
                continue
            text = str(count)
            centre = layout.transform.map(QPointF(*self._shapes[code].label_point))
            width, height = fm.horizontalAdvance(text) + 4, fm.ascent() + 2
            needed = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
            if not inverse.mapRect(needed).isValid() or not self._paths[code].contains(
                    inverse.mapRect(needed)):
                continue  # the number does not fit inside the state: the tooltip still tells
            fill = self._scale.colour(count, dark)
            ink = "#000000" if cs.contrast_ratio(fill, "#000000") >= cs.contrast_ratio(
                fill, "#ffffff") else "#ffffff"
            painter.setPen(QColor(ink))
            text_rect = QRectF(centre.x() - 20, centre.y() - fm.height() / 2, 40, fm.height())
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_legend(self, painter: QPainter, rect: QRectF, dark: bool, hatch: QBrush) -> None:
        palette = self.palette()
        base_font, title_font, small_font = self._fonts()
        panel = QColor(palette.color(QPalette.ColorRole.Base))
        panel.setAlphaF(0.85)
        frame = QColor(palette.color(QPalette.ColorRole.Mid))
        painter.save()
        painter.setPen(QPen(frame, 1))
        painter.setBrush(panel)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        text_colour = palette.color(QPalette.ColorRole.Text)
        x, y = rect.left() + 8, rect.top() + 6
        painter.setPen(text_colour)
        painter.setFont(title_font)
        title_height = QFontMetricsF(title_font).height()
        painter.drawText(QRectF(x, y, rect.width() - 16, title_height),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self._title)
        y += title_height + 4
        fm = QFontMetricsF(base_font)
        row = max(_SWATCH, fm.height()) + 4
        painter.setFont(base_font)
        swatch_pen = QPen(frame, 1)
        for entry in self._scale.legend(self._zero_label()):
            swatch = QRectF(x, y + (row - _SWATCH) / 2, _SWATCH, _SWATCH)
            painter.setPen(swatch_pen)
            painter.setBrush(QColor(entry.swatch.for_theme(dark)))
            painter.drawRect(swatch)
            if entry.zero:
                painter.setBrush(hatch)
                painter.drawRect(swatch)
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + _SWATCH + 6, y, rect.width() - _SWATCH - 22, row),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             entry.label)
            y += row
        note = self._unlocated_note()
        if note:
            painter.setFont(small_font)
            note_height = QFontMetricsF(small_font).height()
            painter.drawText(QRectF(x, y + 2, rect.width() - 16, note_height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), note)
        painter.restore()

    # ------------------------------------------------------------------------------- interaction

    def _set_hovered(self, code: str) -> None:
        if code != self._hovered:
            self._hovered = code
            self.setCursor(Qt.CursorShape.PointingHandCursor if code
                           else Qt.CursorShape.ArrowCursor)
            self.hoveredStateChanged.emit(code)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._set_hovered(self.state_at(event.position()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self._set_hovered("")
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            code = self.state_at(event.position())
            if code:
                self._focused = code
                self.stateClicked.emit(code)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        order = self._key_order
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            index = (order.index(self._focused) if self._focused in order
                     else (-1 if step > 0 else len(order)))
            self._focused = order[(index + step) % len(order)]
            self._show_tooltip(self._focused)
            self.update()
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._focused:
            self.stateClicked.emit(self._focused)
            event.accept()
        else:
            super().keyPressEvent(event)

    def _show_tooltip(self, code: str) -> None:
        point = self.state_point(code).toPoint()
        QToolTip.showText(self.mapToGlobal(point), self.tooltip_for(code), self)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            code = self.state_at(QPointF(event.pos()))
            if code:
                QToolTip.showText(event.globalPos(), self.tooltip_for(code), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange):
            self._layout_cache = None
            self.update()
        super().changeEvent(event)

    def _update_accessible_description(self) -> None:
        shown = sorted(((count, self._names[code]) for code, count in self._counts.items()
                        if count > 0), key=lambda item: (-item[0], item[1]))
        if not shown:
            self.setAccessibleDescription(self.tr("No clusters on the map."))
            return
        self.setAccessibleDescription(", ".join(f"{name} {count}" for count, name in shown))
