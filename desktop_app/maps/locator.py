"""A small locator map for the fact sheet: all of Mexico in grey, one state picked out (no Qt).

    from desktop_app.maps.locator import locator_drawing
    drawing = locator_drawing("QUE", 120, 80)  # a reportlab Drawing, in points
    story.append(drawing)          # a Flowable; or renderPDF.draw(drawing, canvas, x, y)

Only the PDFs import it (the fact sheets, the booklet): the window's map draws with Qt.
"""

from __future__ import annotations

from reportlab.graphics.shapes import FILL_NON_ZERO, Circle, Drawing, Group, Path
from reportlab.lib.colors import HexColor

from desktop_app.maps.geometry import MexicoMap, mexico_map

# A small state (Ciudad de México, Tlaxcala, ...) is also ringed when its box is under this size.
RING_BELOW_POINTS = 6.0


def locator_drawing(state_code: str, width: float, height: float, *,
                    fill: str = "#d9d9d9", stroke: str = "#ffffff", highlight: str = "#225ea8",
                    geometry: MexicoMap | None = None, others: bool = True) -> Drawing:
    """Mexico fitted into width x height points (aspect ratio kept, centred), `state_code` filled
    with `highlight`; a state too small to see at this size is ringed as well.

    With `others=False` only the state (and its ring) is drawn: a layer to put over a shared base
    map, so that a PDF of many sheets holds the whole country's outline once.

    Raises KeyError for a code the map does not hold (the caller may omit the locator then, e.g.
    for a cluster with no state).
    """
    geometry = geometry or mexico_map()
    target = geometry.shape(state_code)  # KeyError before anything is drawn
    vb = geometry.view_box
    scale = min(width / vb.width, height / vb.height)
    left = (width - vb.width * scale) / 2
    bottom = (height - vb.height * scale) / 2

    def xy(x: float, y: float) -> tuple[float, float]:  # SVG (y down) -> PDF points (y up)
        return left + (x - vb.x) * scale, bottom + (vb.y + vb.height - y) * scale

    def path_for(segments: list, colour: str) -> Path:
        path = Path(fillColor=HexColor(colour), strokeColor=HexColor(stroke),
                    strokeWidth=0.25, strokeLineJoin=1, fillMode=FILL_NON_ZERO)  # as SVG
        for segment in segments:
            kind = segment[0]
            if kind == "M":
                path.moveTo(*xy(segment[1], segment[2]))
            elif kind == "L":
                path.lineTo(*xy(segment[1], segment[2]))
            else:  # Z
                path.closePath()
        return path

    drawing = Drawing(width, height)
    group = Group()
    for shape in geometry.shapes if others else ():
        if shape.code != state_code:
            group.add(path_for(shape.segments, fill))
    group.add(path_for(target.segments, highlight))  # last, so its outline is on top
    b = target.bounds
    if max(b.width, b.height) * scale < RING_BELOW_POINTS:
        cx, cy = xy(*b.centre)
        radius = max(RING_BELOW_POINTS, max(b.width, b.height) * scale) * 0.9
        group.add(Circle(cx, cy, radius, fillColor=None, strokeColor=HexColor(highlight),
                         strokeWidth=0.8))
    drawing.add(group)
    return drawing
