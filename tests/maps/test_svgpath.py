"""SVG path data: every command, absolute and relative, as M / L / C / Z."""

from __future__ import annotations

import math

import pytest

from desktop_app.maps.svgpath import PathSyntaxError, area_and_centroid, bounds, parse


def approx_segments(segments):
    return [(s[0], *[pytest.approx(v, abs=1e-9) for v in s[1:]]) for s in segments]


def cubic_at(p0, segment, t):
    x1, y1, x2, y2, x, y = segment[1:]
    u = 1 - t
    return (u ** 3 * p0[0] + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x,
            u ** 3 * p0[1] + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y)


def test_absolute_and_relative_lines_and_close():
    assert parse("M 10 10 L 20 10 l 0 10 H 5 h 1 V 0 v 2 Z") == [
        ("M", 10, 10), ("L", 20, 10), ("L", 20, 20), ("L", 5, 20), ("L", 6, 20), ("L", 6, 0),
        ("L", 6, 2), ("Z",)]


def test_extra_pairs_after_a_move_are_lines_relative_stays_relative():
    assert parse("m 1,1 2,0 0,2 z") == [("M", 1, 1), ("L", 3, 1), ("L", 3, 3), ("Z",)]
    assert parse("M1 1 2 0") == [("M", 1, 1), ("L", 2, 0)]


def test_relative_move_after_close_starts_from_the_subpath_start():
    segments = parse("m 10,10 5,0 0,5 z m 1,1 2,0 z")
    assert segments[4] == ("M", 11, 11)
    assert segments[5] == ("L", 13, 11)


def test_drawing_after_close_without_move_starts_at_the_subpath_start():
    assert parse("M 0 0 L 4 0 L 4 4 Z L 0 4") == [
        ("M", 0, 0), ("L", 4, 0), ("L", 4, 4), ("Z",), ("M", 0, 0), ("L", 0, 4)]


def test_compact_numbers():
    # "-5.5.5.5" is -5.5, .5, .5; "1e1-2E0" is 10, -2
    assert parse("M0,0L10-5.5.5.5l1e1-2E0") == approx_segments(
        [("M", 0, 0), ("L", 10, -5.5), ("L", 0.5, 0.5), ("L", 10.5, -1.5)])


def test_cubic_and_smooth_cubic_reflect_the_control_point():
    segments = parse("M 0 0 C 0 10 10 10 10 0 S 20 -10 20 0")
    assert segments[1] == ("C", 0, 10, 10, 10, 10, 0)
    assert segments[2] == ("C", 10, -10, 20, -10, 20, 0)  # reflection of (10, 10) about (10, 0)
    relative = parse("m 0 0 c 0 10 10 10 10 0 s 10 -10 10 0")
    assert relative == segments


def test_smooth_cubic_without_a_previous_cubic_uses_the_current_point():
    assert parse("M 0 0 S 5 5 10 0") == [("M", 0, 0), ("C", 0, 0, 5, 5, 10, 0)]


def test_quadratic_becomes_the_same_curve_as_a_cubic():
    segments = parse("M 0 0 Q 5 10 10 0")
    x, y = cubic_at((0, 0), segments[1], 0.5)
    # the quadratic's midpoint: 0.25*P0 + 0.5*Q + 0.25*P1
    assert (x, y) == (pytest.approx(5), pytest.approx(5))


def test_smooth_quadratic_reflects_the_control_point():
    segments = parse("M 0 0 Q 5 10 10 0 T 20 0")
    x, y = cubic_at((10, 0), segments[2], 0.5)
    assert (x, y) == (pytest.approx(15), pytest.approx(-5))  # control (15, -10)
    assert parse("m 0 0 q 5 10 10 0 t 10 0") == approx_segments(segments)


def test_arc_half_circle_passes_through_the_far_point():
    segments = parse("M 0 0 A 10 10 0 0 1 20 0")
    assert segments[-1][-2:] == (20, 0)
    assert len(segments) == 3  # two quarter turns
    x, y = segments[1][-2:]
    assert math.hypot(x - 10, y) == pytest.approx(10)
    assert y == pytest.approx(-10)  # sweep 1 (clockwise on screen) from (0,0) goes up, y < 0


def test_arc_sweep_flag_picks_the_side():
    up = parse("M 0 0 A 10 10 0 0 1 20 0")[1]
    down = parse("M 0 0 A 10 10 0 0 0 20 0")[1]
    assert up[-1] == pytest.approx(-10) and down[-1] == pytest.approx(10)


def test_arc_flags_may_be_written_without_separators():
    assert parse("M0 0a10 10 0 0120 0") == parse("M 0 0 a 10 10 0 0 1 20 0")


def test_arc_large_flag_takes_the_long_way():
    small = parse("M 0 0 A 10 10 0 0 1 10 10")
    large = parse("M 0 0 A 10 10 0 1 1 10 10")
    assert len(small) == 2 and len(large) == 4  # a quarter turn vs three quarters


def test_arc_quarter_circle_uses_the_standard_handle():
    seg = parse("M 10 0 A 10 10 0 0 1 0 10")[1]
    k = 4 / 3 * math.tan(math.pi / 8) * 10  # 5.52...
    assert seg == ("C", pytest.approx(10), pytest.approx(k), pytest.approx(k),
                   pytest.approx(10), 0, 10)


def test_degenerate_arcs():
    assert parse("M 0 0 A 0 5 0 0 1 10 0") == [("M", 0, 0), ("L", 10, 0)]
    assert parse("M 0 0 A 5 5 0 0 1 0 0") == [("M", 0, 0)]
    scaled = parse("M 0 0 A 1 1 0 0 1 20 0")  # radii too small are scaled up
    assert scaled[-1][-2:] == (20, 0)
    assert min(v for s in scaled for v in s[2::2]) == pytest.approx(-10, abs=1e-6)


@pytest.mark.parametrize("data", ["L 1 1", "M 1", "M 1 1 X 2", "M 1 1 A 1 1 0 2 0 3 3",
                                  "M 0 0 Z 1 1", "M 1 1 L"])
def test_bad_path_data_is_refused(data):
    with pytest.raises(PathSyntaxError):
        parse(data)


def test_area_centroid_and_bounds_of_a_square_with_an_island():
    segments = parse("M 0 0 h 10 v 10 h -10 z M 20 20 h 2 v 2 h -2 z")
    area, centroid = area_and_centroid(segments)
    assert area == pytest.approx(104)
    assert centroid == (pytest.approx(5), pytest.approx(5))  # of the largest part
    b = bounds(segments)
    assert (b.x0, b.y0, b.x1, b.y1) == (0, 0, 22, 22)
