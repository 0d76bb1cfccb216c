"""The sheet's header shows a locator map of the cluster's state, and none without a state."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from desktop_app.factsheets import fonts
from desktop_app.factsheets.layout import LOCATOR_WIDTH, _draw_locator


def _canvas() -> Canvas:
    fonts.register()
    return Canvas(io.BytesIO())


def test_a_state_gets_a_locator_and_no_state_gets_none():
    canvas = _canvas()
    assert _draw_locator(canvas, "QUE", 500, 700, 76) == LOCATOR_WIDTH
    assert _draw_locator(canvas, "NLE", 500, 700, 76) == LOCATOR_WIDTH
    assert canvas.hasForm("locator-mexico") and canvas.hasForm("locator-QUE")
    assert _draw_locator(_canvas(), None, 500, 700, 76) == 0.0
    assert _draw_locator(_canvas(), "XXX", 500, 700, 76) == 0.0
