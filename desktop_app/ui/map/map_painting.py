"""Drawing the map on any QPainter: the shaded states, the outlines (selection, hover, keyboard
focus), the legend and the credit line; the counts come from `map_labels`.

Vector throughout: each state is a QPainterPath in the map's coordinates, drawn through the
layout's transform with cosmetic pens, so it is sharp at any size or device pixel ratio and prints
as well as it shows. Colours come from `maps.colour_scale` (light or dark ramp by the palette's
base colour); text, background and the selection outline from the palette.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen

from desktop_app.maps import colour_scale as cs
from desktop_app.ui.map.map_labels import CountLabel, paint_count_labels
from desktop_app.ui.map.map_layout import LEGEND_PADDING, SWATCH, MapFonts, MapLayout


class MapPicture(NamedTuple):
    """What one frame of the map shows."""

    codes: tuple[str, ...]  # in drawing order
    paths: dict[str, QPainterPath]
    counts: dict[str, int]
    scale: cs.ColourScale
    selected: frozenset[str]
    title: str  # the legend's heading
    zero_label: str
    note: str  # the legend's footnote ("+3 with no state"), or ""
    credit: str  # the map's source, under it
    labels: list[CountLabel]  # the counts to write ([] for none)


def paint_map(painter: QPainter, picture: MapPicture, layout: MapLayout, fonts: MapFonts,
              palette: QPalette, *, hover: str = "", focus: str = "") -> None:
    dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    text_colour = palette.color(QPalette.ColorRole.Text)
    hatch = QBrush(QColor(cs.ZERO_HATCH.for_theme(dark)), Qt.BrushStyle.BDiagPattern)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    _paint_states(painter, picture, layout, palette, dark, hatch, hover, focus)
    panel = QColor(palette.color(QPalette.ColorRole.Base))
    panel.setAlphaF(0.9)
    paint_count_labels(painter, picture.labels, fonts.count,
                       lambda code: picture.scale.colour(picture.counts.get(code, 0), dark),
                       text_colour, panel, palette.color(QPalette.ColorRole.Mid))
    _paint_legend(painter, picture, layout.legend_rect, fonts, palette, dark, hatch)
    painter.setFont(fonts.small)
    painter.setPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText))
    text = QFontMetricsF(fonts.small).elidedText(picture.credit, Qt.TextElideMode.ElideRight,
                                                 layout.attribution_rect.width())
    painter.drawText(layout.attribution_rect,
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), text)


def _paint_states(painter: QPainter, picture: MapPicture, layout: MapLayout, palette: QPalette,
                  dark: bool, hatch: QBrush, hover: str, focus: str) -> None:
    text_colour = palette.color(QPalette.ColorRole.Text)
    border = QPen(QColor(cs.OUTLINE.for_theme(dark)), 0.8)
    border.setCosmetic(True)
    border.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    painter.setTransform(layout.transform, True)
    for code in picture.codes:
        path = picture.paths[code]
        count = picture.counts.get(code, 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(picture.scale.colour(count, dark)))
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
    highlight = palette.color(QPalette.ColorRole.Highlight)
    selected = sorted(picture.selected)
    for code, colour, width, style in (
            [(c, halo, 6.0, Qt.PenStyle.SolidLine) for c in selected]
            + [(c, text_colour, 2.5, Qt.PenStyle.SolidLine) for c in selected]
            + ([(hover, highlight, 2.0, Qt.PenStyle.SolidLine)] if hover else [])
            + ([(focus, text_colour, 1.6, Qt.PenStyle.DashLine)] if focus else [])):
        pen = QPen(colour, width, style)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(picture.paths[code])
    painter.restore()


def _paint_legend(painter: QPainter, picture: MapPicture, rect: QRectF, fonts: MapFonts,
                  palette: QPalette, dark: bool, hatch: QBrush) -> None:
    panel = QColor(palette.color(QPalette.ColorRole.Base))
    panel.setAlphaF(0.85)
    frame = QColor(palette.color(QPalette.ColorRole.Mid))
    painter.save()
    painter.setPen(QPen(frame, 1))
    painter.setBrush(panel)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
    text_colour = palette.color(QPalette.ColorRole.Text)
    across, down = LEGEND_PADDING
    x, y = rect.left() + across, rect.top() + down
    left_middle = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    painter.setPen(text_colour)
    painter.setFont(fonts.title)
    title_height = QFontMetricsF(fonts.title).height()
    painter.drawText(QRectF(x, y, rect.width() - 2 * across, title_height), left_middle,
                     picture.title)
    y += title_height + 4
    row = max(SWATCH, QFontMetricsF(fonts.base).height()) + 4
    painter.setFont(fonts.base)
    swatch_pen = QPen(frame, 1)
    for entry in picture.scale.legend(picture.zero_label):
        swatch = QRectF(x, y + (row - SWATCH) / 2, SWATCH, SWATCH)
        painter.setPen(swatch_pen)
        painter.setBrush(QColor(entry.swatch.for_theme(dark)))
        painter.drawRect(swatch)
        if entry.zero:
            painter.setBrush(hatch)
            painter.drawRect(swatch)
        painter.setPen(text_colour)
        painter.drawText(QRectF(x + SWATCH + 6, y, rect.width() - SWATCH - 22, row), left_middle,
                         entry.label)
        y += row
    if picture.note:
        painter.setFont(fonts.small)
        note_height = QFontMetricsF(fonts.small).height()
        painter.drawText(QRectF(x, y + 2, rect.width() - 2 * across, note_height), left_middle,
                         picture.note)
    painter.restore()
