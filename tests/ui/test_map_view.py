"""The map view: shading follows counts, clicks give state codes, legend and selection drawn."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette, QTransform
from PySide6.QtWidgets import QApplication, QToolTip

from desktop_app.maps.colour_scale import ZERO, ColourScale, colour_distance
from desktop_app.maps.geometry import mexico_map
from desktop_app.ui.map.map_layout import path_from_segments
from desktop_app.ui.map.map_view import MapView

AEROSPACE = {"BCN": 2, "CHH": 1, "NLE": 1, "QUE": 1, "SON": 1}
ALL_CODES = mexico_map().codes


@pytest.fixture
def view(qtbot):
    widget = MapView()
    qtbot.addWidget(widget)
    widget.resize(800, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#eeeeee"),
                         (QPalette.ColorRole.WindowText, "#eeeeee")):
        palette.setColor(role, QColor(colour))
    return palette


def pixel(view: MapView, point: QPointF) -> QColor:
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))


# ------------------------------------------------------------------------------------- shading

def test_fill_follows_counts(view):
    view.set_counts(AEROSPACE)
    scale = ColourScale.from_counts(AEROSPACE)
    assert view.fill_for("BCN").name() == scale.colour(2)
    assert view.fill_for("QUE").name() == scale.colour(1)
    assert view.fill_for("JAL").name() == ZERO.light
    assert view.fill_for("BCN") != view.fill_for("QUE") != view.fill_for("JAL")
    view.set_counts({"JAL": 3})
    assert view.fill_for("JAL").name() != ZERO.light
    assert view.fill_for("BCN").name() == ZERO.light


def test_the_screen_shows_the_fill_inside_the_state(view):
    view.set_show_count_labels(False)
    view.set_counts(AEROSPACE)
    for code in ("BCN", "NLE", "QUE", "CHH"):
        seen = pixel(view, view.state_point(code))
        assert seen.name() == view.fill_for(code).name(), code


def test_zero_is_distinct_from_the_lowest_bin_on_screen(view):
    view.set_show_count_labels(False)
    view.set_counts({"NLE": 1, "BCN": 5})
    zero = view.fill_for("COA")  # Coahuila, beside Nuevo León, has none
    lowest = view.fill_for("NLE")
    assert colour_distance(zero.name(), lowest.name()) > 60
    # and zero states are hatched: the pixels of a zero state are not all one colour
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    centre = view.state_point("COA")
    colours = {image.pixelColor(int((centre.x() + dx) * ratio),
                                int((centre.y() + dy) * ratio)).name()
               for dx in range(-6, 7) for dy in range(-6, 7)}
    assert len(colours) > 1
    centre = view.state_point("NLE")
    solid = {image.pixelColor(int((centre.x() + dx) * ratio), int((centre.y() + dy) * ratio)).name()
             for dx in range(-2, 3) for dy in range(-2, 3)}
    assert solid == {lowest.name()}


def _expected_fills(facets) -> dict[str, str]:
    counts = {f.value: f.count for f in facets if f.value}
    scale = ColourScale.from_counts(counts)
    return {code: scale.colour(counts.get(code, 0)) for code in ALL_CODES}


def test_shading_follows_the_filter(view, context):
    from desktop_app.services.browse import BrowseService

    browse = BrowseService(context)
    seen = {}
    for sector in ("aerospace", "automotive"):
        facets = browse.facets(browse.make_filter(sectors=[sector]), "state")
        view.set_facets(facets)
        fills = {code: view.fill_for(code).name() for code in ALL_CODES}
        assert fills == _expected_fills(facets), sector
        assert any(f != ZERO.light for f in fills.values()), sector
        seen[sector] = fills
    assert seen["aerospace"] != seen["automotive"]
    # a state with aerospace clusters is shaded, one without is zero
    aerospace = {f.value: f.count for f in browse.facets(browse.make_filter(sectors=["aerospace"]),
                                                          "state")}
    view.set_facets(browse.facets(browse.make_filter(sectors=["aerospace"]), "state"))
    shaded = [c for c in ALL_CODES if aerospace.get(c)]
    empty = [c for c in ALL_CODES if not aerospace.get(c)]
    assert shaded and empty
    assert all(view.fill_for(c).name() != ZERO.light for c in shaded)
    assert all(view.fill_for(c).name() == ZERO.light for c in empty)


def test_selecting_a_state_keeps_the_others_shaded(view, context):
    """The state facet's counts ignore its own selection, so the map stays a map while filtered."""
    from desktop_app.services.browse import BrowseService

    browse = BrowseService(context)
    everything = browse.facets(browse.make_filter(sectors=["aerospace"]), "state")
    top = max((f for f in everything if f.value), key=lambda f: f.count).value
    one_state = browse.make_filter(sectors=["aerospace"], states=[top])
    view.set_facets(browse.facets(one_state, "state"))
    view.set_selected(one_state.states)
    assert view.selected() == {top}
    assert {c: view.fill_for(c).name() for c in ALL_CODES} == _expected_fills(everything)


def test_facets_give_names_and_the_no_state_footnote(view):
    from desktop_app.catalogue.models import NO_STATE, FacetValue

    view.set_facets([FacetValue("QUE", "Querétaro de Arteaga", 4), FacetValue(NO_STATE, "", 3),
                     FacetValue("XXX", "Atlantis", 9)])
    assert view.counts()["QUE"] == 4 and "XXX" not in view.counts()
    assert view.tooltip_for("QUE") == "Querétaro de Arteaga: 4 clusters"
    assert view.unlocated_note() == "+3 with no state"


def test_the_credit_is_the_maps_attribution(view):
    from desktop_app.maps import geometry

    assert view.credit() == geometry.ATTRIBUTION_SHORT  # in English; translated in Spanish


def test_dark_palette_uses_the_dark_ramp(view):
    view.set_counts(AEROSPACE)
    light_fill = view.fill_for("BCN")
    view.setPalette(dark_palette())
    assert view.is_dark()
    assert view.fill_for("BCN").name() == ColourScale.from_counts(AEROSPACE).colour(2, dark=True)
    assert view.fill_for("BCN") != light_fill
    assert view.fill_for("JAL").name() == ZERO.dark
    background = pixel(view, QPointF(view.width() - 3, view.height() / 2))
    assert background.lightnessF() < 0.2


# ----------------------------------------------------------------------------------- clicking

@pytest.mark.parametrize("code", ALL_CODES)
def test_clicking_inside_a_state_emits_its_code(view, qtbot, code):
    point = view.state_point(code).toPoint()
    assert view.state_at(QPointF(point)) == code
    with qtbot.waitSignal(view.stateClicked, timeout=1000) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [code]


def test_click_point_is_inside_the_shape_in_map_coordinates(view):
    inverse, _ = _transform(view).inverted()
    for code in ALL_CODES:
        shape = mexico_map().shape(code)
        assert path_from_segments(shape.segments).contains(inverse.map(view.state_point(code)))


def _transform(view: MapView) -> QTransform:
    return view.layout_now().transform


def test_clicking_the_sea_or_the_legend_emits_nothing(view, qtbot):
    legend = view.legend_rect()
    for point in (QPoint(5, view.height() - 5), legend.center().toPoint()):
        assert view.state_at(QPointF(point)) == ""
        with qtbot.assertNotEmitted(view.stateClicked):
            qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)


def test_right_click_emits_nothing(view, qtbot):
    with qtbot.assertNotEmitted(view.stateClicked):
        qtbot.mouseClick(view, Qt.MouseButton.RightButton, pos=view.state_point("NLE").toPoint())


def test_hover_reports_the_state(view, qtbot):
    with qtbot.waitSignal(view.hoveredStateChanged, timeout=1000) as blocker:
        qtbot.mouseMove(view, view.state_point("YUC").toPoint())
    assert blocker.args == ["YUC"]


def test_keyboard_chooses_a_state(view, qtbot):
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    with qtbot.waitSignal(view.stateClicked, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["AGU"]  # Aguascalientes, first by name
    qtbot.keyClick(view, Qt.Key.Key_Left)
    with qtbot.waitSignal(view.stateClicked, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert blocker.args == ["ZAC"]  # wrapped round to the last, Zacatecas


# -------------------------------------------------------------------------------- the picture

def test_tooltip_shows_name_and_count(view, qtbot):
    view.set_counts(AEROSPACE)
    assert view.tooltip_for("BCN") == "Baja California: 2 clusters"
    assert view.tooltip_for("QUE") == "Querétaro: 1 cluster"
    assert view.tooltip_for("JAL") == "Jalisco: no clusters"
    point = view.state_point("QUE").toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.mapToGlobal(point))
    QApplication.sendEvent(view, event)
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=2000)
    assert QToolTip.text() == "Querétaro: 1 cluster"


def test_selected_states_are_outlined(view):
    view.set_show_count_labels(False)
    view.set_counts(AEROSPACE)
    before = view.grab().toImage()
    view.set_selected({"QUE", "XXX"})
    assert view.selected() == frozenset({"QUE"})
    after = view.grab().toImage()
    assert before != after
    assert "Selected" in view.tooltip_for("QUE")
    # the highlight is drawn on Querétaro's border, nowhere else: compare far away
    far = view.state_point("BCN")
    assert pixel(view, far) == before.pixelColor(int(far.x() * before.devicePixelRatio()),
                                                 int(far.y() * before.devicePixelRatio()))
    view.set_selected(set())
    assert view.grab().toImage() == before


@pytest.mark.parametrize("size", [(800, 520), (1200, 500), (420, 700), (330, 230), (1600, 1000)])
def test_aspect_ratio_kept_and_legend_clear_of_the_states(qtbot, size):
    view = MapView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.set_counts({"NLE": 12, "BCN": 10, "JAL": 6, "QUE": 5, "CMX": 3, "YUC": 1})
    view.set_unlocated(2)
    rect = view.map_rect()
    assert rect.width() / rect.height() == pytest.approx(793 / 498, rel=0.01)
    assert QRectF(view.rect()).contains(rect)
    legend = view.legend_rect()
    assert QRectF(view.rect()).contains(legend)
    inverse, _ = _transform(view).inverted()
    legend_in_map = inverse.mapRect(legend)
    for shape in mexico_map().shapes:
        assert not path_from_segments(shape.segments).intersects(legend_in_map), shape.code


def test_legend_lists_zero_and_each_bin(view):
    view.set_counts(AEROSPACE)
    entries = view.colour_scale().legend()
    assert [e.label for e in entries] == ["0", "1", "2"]
    # the legend's swatches are painted inside its box
    legend = view.legend_rect()
    assert legend.width() > 40 and legend.height() > 3 * 14
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    colours = {image.pixelColor(int(x * ratio), int(y * ratio)).name()
               for x in range(int(legend.left()), int(legend.right()))
               for y in range(int(legend.top()), int(legend.bottom()))}
    for entry in entries[1:]:
        assert entry.swatch.light in colours, entry.label


def test_render_map_draws_on_any_painter(view):
    from PySide6.QtGui import QImage, QPainter

    view.set_counts(AEROSPACE)
    image = QImage(1586, 996, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.render_map(painter, QRectF(0, 0, 1586, 996))
    painter.end()
    # twice the widget's size, still the same colours inside the states (vector, not scaled pixels)
    scale = ColourScale.from_counts(AEROSPACE)
    layout = view.compute_layout(QRectF(0, 0, 1586, 996))
    x, y = mexico_map().shape("CHH").label_point
    point = layout.transform.map(QPointF(x + 10, y + 10))
    assert image.pixelColor(point.toPoint()).name() == scale.colour(1)


def test_screenshot_with_sample_counts(view, tmp_path):
    view.set_counts(AEROSPACE)
    view.set_selected({"QUE"})
    out = tmp_path / "map.png"
    assert view.grab().save(str(out))
    assert out.stat().st_size > 5000


# ------------------------------------------------------------------------------ count labels

EVERY_STATE_WITH_CLUSTERS = {"AGU": 7, "BCN": 10, "CAM": 2, "CHP": 1, "CHH": 3, "CMX": 6,
                             "COA": 3, "COL": 1, "GUA": 4, "JAL": 7, "MIC": 2, "NLE": 13,
                             "OAX": 4, "PUE": 7, "QUE": 6, "SLP": 3, "SON": 3, "TAB": 1,
                             "TAM": 3, "TLA": 2, "VER": 1, "YUC": 2, "ZAC": 1, "MEX": 1,
                             "MOR": 1, "HID": 2}


@pytest.mark.parametrize("size", [(680, 640), (1160, 900), (420, 300)])
def test_every_state_with_clusters_shows_its_count_legibly(qtbot, size):
    """Inside the state when the number fits, else in a callout on the sea with a leader line;
    no two labels overlap, none covers the legend."""
    view = MapView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    view.set_counts(EVERY_STATE_WITH_CLUSTERS)
    labels = view.count_labels()
    assert sorted(label.code for label in labels) == sorted(EVERY_STATE_WITH_CLUSTERS)
    inverse, _ = view.layout_now().transform.inverted()
    paths = {s.code: path_from_segments(s.segments) for s in mexico_map().shapes}
    for label in labels:
        assert label.text == str(EVERY_STATE_WITH_CLUSTERS[label.code])
        in_map = inverse.mapRect(label.rect)
        if label.anchor is None:
            assert paths[label.code].contains(in_map.adjusted(1, 1, -1, -1)), label.code
        else:
            assert not any(path.intersects(in_map) for path in paths.values()), label.code
            assert paths[label.code].contains(inverse.map(label.anchor)), label.code
        assert not label.rect.intersects(view.legend_rect()), label.code
        assert QRectF(view.rect()).contains(label.rect), label.code
    callouts = [label.rect for label in labels if label.anchor is not None]
    for i, rect in enumerate(callouts):
        assert not any(rect.intersects(other) for other in callouts[i + 1:])


def test_the_busiest_states_are_written_inside_at_the_window_size(qtbot):
    view = MapView()
    qtbot.addWidget(view)
    view.resize(680, 640)  # the map tab of a 1280x800 window
    view.show()
    view.set_counts(EVERY_STATE_WITH_CLUSTERS)
    inside = {label.code for label in view.count_labels() if label.anchor is None}
    assert {"NLE", "BCN", "JAL", "CHH", "SON"} <= inside
    callouts = {label.code for label in view.count_labels() if label.anchor is not None}
    assert {"CMX", "TLA"} <= callouts  # the small central states get callouts


def test_count_labels_are_drawn(view):
    view.set_counts({"CMX": 6, "NLE": 13})
    with_labels = view.grab().toImage()
    view.set_show_count_labels(False)
    assert view.count_labels() == []
    assert view.grab().toImage() != with_labels
