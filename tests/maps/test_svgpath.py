"""SVG path data of the shipped map: moves, lines and closes, absolute and relative; anything
else refused by name."""

from __future__ import annotations

import pytest

from desktop_app.maps.svgpath import PathSyntaxError, area_and_centroid, bounds, parse


def approx_segments(segments):
    return [(s[0], *[pytest.approx(v, abs=1e-9) for v in s[1:]]) for s in segments]


def test_absolute_and_relative_lines_and_close():
    assert parse("M 10 10 L 20 10 l 0 10 L 5 20 l 1 0 Z") == [
        ("M", 10, 10), ("L", 20, 10), ("L", 20, 20), ("L", 5, 20), ("L", 6, 20), ("Z",)]


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


@pytest.mark.parametrize("command", ["C 1 1 2 2 3 3", "c 1 1 2 2 3 3", "S 1 1 2 2", "Q 1 1 2 2",
                                     "T 1 1", "A 1 1 0 0 1 2 2", "a 1 1 0 0 1 2 2", "H 5",
                                     "v 5"])
def test_what_the_map_does_not_use_is_refused_by_name(command):
    with pytest.raises(PathSyntaxError, match="only M, L and Z"):
        parse(f"M 0 0 {command}")


def test_the_shipped_map_uses_only_moves_lines_and_closes():
    from desktop_app.maps.geometry import read_svg_paths

    _, paths = read_svg_paths()
    kinds = {segment[0] for path in paths for segment in parse(path["d"])}
    assert kinds == {"M", "L", "Z"}


@pytest.mark.parametrize("data", ["L 1 1", "M 1", "M 1 1 X 2", "1 1", "M 0 0 Z 1 1", "M 1 1 L"])
def test_bad_path_data_is_refused(data):
    with pytest.raises(PathSyntaxError):
        parse(data)


def test_area_centroid_and_bounds_of_a_square_with_an_island():
    segments = parse("M 0 0 l 10 0 0 10 -10 0 z M 20 20 l 2 0 0 2 -2 0 z")
    area, centroid = area_and_centroid(segments)
    assert area == pytest.approx(104)
    assert centroid == (pytest.approx(5), pytest.approx(5))  # of the largest part
    b = bounds(segments)
    assert (b.x0, b.y0, b.x1, b.y1) == (0, 0, 22, 22)
