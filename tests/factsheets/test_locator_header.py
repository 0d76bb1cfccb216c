"""The sheet's header shows a locator map of the cluster's state, and none without a state."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from desktop_app.factsheets import fonts
from desktop_app.factsheets.header import LOCATOR_WIDTH, draw_locator


def _canvas() -> Canvas:
    fonts.register()
    return Canvas(io.BytesIO())


def test_a_state_gets_a_locator_and_no_state_gets_none():
    canvas = _canvas()
    assert draw_locator(canvas, "QUE", 500, 700, 76) == LOCATOR_WIDTH
    assert draw_locator(canvas, "NLE", 500, 700, 76) == LOCATOR_WIDTH
    assert canvas.hasForm("locator-mexico") and canvas.hasForm("locator-QUE")
    assert draw_locator(_canvas(), None, 500, 700, 76) == 0.0
    assert draw_locator(_canvas(), "XXX", 500, 700, 76) == 0.0
