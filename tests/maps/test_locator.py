"""The fact sheet's locator map: Mexico in grey, one state picked out, drawn with reportlab."""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Path
from reportlab.lib.colors import HexColor

from desktop_app.maps.locator import locator_drawing


def shapes_of(drawing: Drawing, kind):
    found = []

    def walk(node):
        for child in getattr(node, "contents", []):
            if isinstance(child, kind):
                found.append(child)
            walk(child)

    walk(drawing)
    return found


def test_one_path_per_state_and_the_state_is_highlighted():
    drawing = locator_drawing("QUE", 160, 100, highlight="#ff0000")
    assert (drawing.width, drawing.height) == (160, 100)
    paths = shapes_of(drawing, Path)
    assert len(paths) == 32
    red = [p for p in paths if p.fillColor == HexColor("#ff0000")]
    assert len(red) == 1 and red[0] is paths[-1]  # drawn last, on top
    assert not shapes_of(drawing, Circle)  # Querétaro is big enough to see


def test_the_map_fits_inside_the_drawing_with_its_aspect_ratio():
    drawing = locator_drawing("NLE", 100, 100)
    x0, y0, x1, y1 = drawing.getBounds()
    assert 0 <= x0 and x1 <= 100.01 and 0 <= y0 and y1 <= 100.01
    assert (x1 - x0) / (y1 - y0) == pytest.approx(793 / 498, rel=0.02)


def test_a_tiny_state_is_ringed():
    drawing = locator_drawing("CMX", 120, 80)
    assert len(shapes_of(drawing, Circle)) == 1


def test_unknown_state_raises_key_error():
    with pytest.raises(KeyError):
        locator_drawing("", 100, 60)


def test_renders_to_pdf():
    pdf = renderPDF.drawToString(locator_drawing("YUC", 120, 80))
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000
