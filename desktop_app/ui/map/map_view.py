"""A clickable choropleth of Mexico's 32 states: counts as shades and numbers, a legend, names on
hover.

The widget shows numbers it is given and says what was clicked; it never queries. The window feeds
it (`set_counts` or `set_facets` with the state facet's counts for the current filter,
`set_selected` with the state facet's selection) and turns `stateClicked(code)` into a filter
change. Where things go is `map_layout`, the counts on the states (inside, or in callouts with
leader lines) `map_labels`, the drawing `map_painting`; `render_map(painter, rect)` draws the same
picture on any QPainter (a printer, a PDF writer, an SVG generator).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop_app.catalogue.models import FacetValue
from desktop_app.maps import colour_scale as cs
from desktop_app.maps.geometry import MexicoMap, StateShape, mexico_map
from desktop_app.ui.map.map_labels import CountLabel, LabelPlacer
from desktop_app.ui.map.map_layout import (
    MapLayout,
    compute_layout,
    legend_size,
    map_fonts,
    path_from_segments,
)
from desktop_app.ui.map.map_painting import MapPicture, paint_map

log = logging.getLogger(__name__)


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
            code: path_from_segments(shape.segments) for code, shape in self._shapes.items()}
        self._names: dict[str, str] = {code: shape.name for code, shape in self._shapes.items()}
        self._counts: dict[str, int] = {}
        self._unlocated = 0
        self._scale = cs.ColourScale.from_counts({})
        self._selected: frozenset[str] = frozenset()
        self._hovered = ""
        self._focused = ""  # the keyboard's current state
        self._title = self.tr("Clusters")
        self._show_count_labels = True
        self._layout_cache: tuple[QSize, MapLayout] | None = None
        self._labels_cache: tuple[MapLayout, list[CountLabel]] | None = None
        self._placer: tuple[tuple, LabelPlacer] | None = None  # per transform and size
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
        self._layout_cache = self._labels_cache = None  # the legend's size may change
        self._update_accessible_description()
        self.update()

    def set_facets(self, values: Iterable[FacetValue]) -> None:
        """Counts and names from the state facet (the catalogue's `FacetValue`s); the no-state
        value ("") is shown as a legend footnote."""
        counts: dict[str, int] = {}
        unlocated = 0
        for value in values:
            if value.value in self._shapes:
                counts[value.value] = value.count
                if value.name:
                    self._names[value.value] = value.name
            elif not value.value:
                unlocated += value.count
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
        count, state = self._counts.get(code, 0), self._names[code]
        text = (self.tr("{state}: %Ln cluster(s)", "", count) if count
                else self.tr("{state}: no clusters")).format(state=state)
        if code in self._selected:
            text += "\n" + self.tr("Selected: click to remove from the filter")
        return text

    def state_at(self, pos: QPointF) -> str:
        """The code of the state under a widget point, or "" over the sea or the legend."""
        layout = self.layout_now()
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
        layout = self.layout_now()
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
        return QRectF(self.layout_now().map_rect)

    def legend_rect(self) -> QRectF:
        return QRectF(self.layout_now().legend_rect)

    # ------------------------------------------------------------------------------------ layout

    def sizeHint(self) -> QSize:
        return QSize(800, 520)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 220)

    def _zero_label(self) -> str:
        return QLocale().toString(0)

    def unlocated_note(self) -> str:
        """The legend's footnote: '+3 with no state' ('' when every cluster has a state)."""
        if not self._unlocated:
            return ""
        return self.tr("+%Ln with no state", "", self._unlocated)

    def credit(self) -> str:
        """The map's source, under it (`maps.geometry.ATTRIBUTION_SHORT` in English)."""
        return self.tr("Map: svg-maps / MapSVG, CC BY 4.0")

    def painted_texts(self) -> list[str]:
        """The words the map draws (the legend's title and footnote, the credit)."""
        return [text for text in (self._title, self.unlocated_note(), self.credit()) if text]

    def compute_layout(self, rect: QRectF) -> MapLayout:
        """Where the states, the legend and the credit go when drawn into `rect`."""
        fonts = map_fonts(self.font())
        labels = [entry.label for entry in self._scale.legend(self._zero_label())]
        legend = legend_size(fonts, self._title, labels, self.unlocated_note())
        return compute_layout(rect, self._map.view_box, legend, fonts.small)

    def layout_now(self) -> MapLayout:
        """The layout for the widget's current size (kept until the size or the legend
        changes)."""
        size = self.size()
        if self._layout_cache is None or self._layout_cache[0] != size:
            self._layout_cache = (size, self.compute_layout(QRectF(self.rect())))
        return self._layout_cache[1]

    def count_labels(self, layout: MapLayout | None = None) -> list[CountLabel]:
        """The counts written on the map for `layout` (default: the widget's): one per state
        with clusters, inside it or in a callout."""
        layout = layout or self.layout_now()
        if not self._show_count_labels:
            return []
        if self._labels_cache is not None and self._labels_cache[0] is layout:
            return self._labels_cache[1]
        labels = self._label_placer(layout).place(self._counts)
        self._labels_cache = (layout, labels)
        return labels

    def _label_placer(self, layout: MapLayout) -> LabelPlacer:
        """The placer for this layout's transform and legend (kept while they stay)."""
        t = layout.transform
        key = (t.m11(), t.m22(), t.dx(), t.dy(), layout.legend_rect, layout.attribution_rect)
        if self._placer is None or self._placer[0] != key:
            bounds = layout.map_rect.united(layout.legend_rect).united(layout.attribution_rect)
            self._placer = (key, LabelPlacer(self._map.codes, self._shapes, self._paths, t,
                                             map_fonts(self.font()).count, bounds,
                                             [layout.legend_rect, layout.attribution_rect]))
        return self._placer[1]

    # ----------------------------------------------------------------------------------- drawing

    def _picture(self, layout: MapLayout) -> MapPicture:
        return MapPicture(self._map.codes, self._paths, self._counts, self._scale,
                          self._selected, self._title, self._zero_label(), self.unlocated_note(),
                          self.credit(), self.count_labels(layout))

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.layout_now()
        painter = QPainter(self)
        try:
            paint_map(painter, self._picture(layout), layout, map_fonts(self.font()),
                      self.palette(), hover=self._hovered,
                      focus=self._focused if self.hasFocus() else "")
        finally:
            painter.end()

    def render_map(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the map, legend and attribution into `rect` on any painter (print, PDF, SVG)."""
        layout = self.compute_layout(QRectF(rect))
        painter.save()
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Base))
        paint_map(painter, self._picture(layout), layout, map_fonts(self.font()),
                  self.palette())
        painter.restore()

    # ------------------------------------------------------------------------------- interaction

    def _set_hovered(self, code: str) -> None:
        if code != self._hovered:
            self._hovered = code
            self.setCursor(Qt.CursorShape.PointingHandCursor if code
                           else Qt.CursorShape.ArrowCursor)
            self.hoveredStateChanged.emit(code)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._set_hovered(self.state_at(event.position()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hovered("")
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            code = self.state_at(event.position())
            if code:
                self._focused = code
                self.stateClicked.emit(code)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange):
            self._layout_cache = self._placer = None
            self.update()
        super().changeEvent(event)

    def _update_accessible_description(self) -> None:
        shown = sorted(((count, self._names[code]) for code, count in self._counts.items()
                        if count > 0), key=lambda item: (-item[0], item[1]))
        if not shown:
            self.setAccessibleDescription(self.tr("No clusters on the map."))
            return
        locale = QLocale()
        self.setAccessibleDescription(self.tr("Clusters by state: {states}").format(
            states=", ".join(f"{name} {locale.toString(count)}" for count, name in shown)))
