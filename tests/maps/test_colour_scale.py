"""The colour scale: bins from counts, zero apart from every bin, readable in both themes."""

from __future__ import annotations

import pytest

from desktop_app.maps.colour_scale import (
    ZERO,
    ColourScale,
    colour_distance,
    contrast_ratio,
    relative_luminance,
    sample_ramp,
)

AEROSPACE = {"BCN": 2, "CHH": 1, "NLE": 1, "QUE": 1, "SON": 1}
SKEWED = [12, 10, 7, 7, 6, 5, 4, 4, 3, 2, 2, 2, 1, 1, 1, 1, 1, 0, 0, 0]
CASES = [AEROSPACE, SKEWED, [1], [3], [1, 2, 3, 4, 5], list(range(0, 200, 7)), [1, 1000]]


def test_few_distinct_counts_get_a_bin_each():
    scale = ColourScale.from_counts(AEROSPACE)
    assert [b.label for b in scale.bins] == ["1", "2"]
    assert scale.colour(1) != scale.colour(2)


def test_many_counts_are_cut_into_contiguous_whole_number_bins():
    scale = ColourScale.from_counts(SKEWED, n_bins=5)
    assert len(scale.bins) == 5
    assert scale.bins[0].lower == 1 and scale.bins[-1].upper == 12
    for before, after in zip(scale.bins, scale.bins[1:]):
        assert after.lower == before.upper + 1
    assert all(b.lower <= b.upper for b in scale.bins)
    for count in range(1, 13):
        assert count in scale.bins[scale.bin_index(count)]


@pytest.mark.parametrize("counts", CASES)
@pytest.mark.parametrize("n_bins", [1, 3, 5, 7])
def test_every_non_zero_count_has_a_bin_and_zero_has_none(counts, n_bins):
    scale = ColourScale.from_counts(counts, n_bins=n_bins)
    assert 1 <= len(scale.bins) <= n_bins + 1  # quantile cuts may need the maximum added
    values = counts.values() if isinstance(counts, dict) else counts
    for count in values:
        if count:
            assert scale.bin_index(count) is not None
    assert scale.bin_index(0) is None
    assert scale.colour(0) == ZERO.light and scale.colour(0, dark=True) == ZERO.dark


@pytest.mark.parametrize("counts", CASES)
@pytest.mark.parametrize("dark", [False, True])
def test_zero_is_visibly_distinct_from_the_lowest_bin(counts, dark):
    scale = ColourScale.from_counts(counts)
    zero, lowest = scale.colour(0, dark), scale.colour(1, dark)
    assert colour_distance(zero, lowest) > 60
    r, g, b = (int(zero[i:i + 2], 16) for i in (1, 3, 5))
    assert r == g == b  # a neutral grey, while every bin has a hue
    for bin_ in scale.bins:
        c = bin_.swatch.for_theme(dark)
        rgb = [int(c[i:i + 2], 16) for i in (1, 3, 5)]
        assert max(rgb) - min(rgb) > 20, c


def test_more_clusters_stand_out_more_in_both_themes():
    scale = ColourScale.from_counts(SKEWED)
    light = [relative_luminance(b.swatch.light) for b in scale.bins]
    dark = [relative_luminance(b.swatch.dark) for b in scale.bins]
    assert light == sorted(light, reverse=True)  # darker on a light background
    assert dark == sorted(dark)  # brighter on a dark background


def test_the_top_bin_contrasts_with_the_background():
    scale = ColourScale.from_counts(SKEWED)
    assert contrast_ratio(scale.bins[-1].swatch.light, "#ffffff") > 7
    assert contrast_ratio(scale.bins[-1].swatch.dark, "#1e1e1e") > 7


def test_no_counts_gives_no_bins_and_a_zero_only_legend():
    scale = ColourScale.from_counts({"AGU": 0, "BCN": 0})
    assert scale.bins == () and scale.maximum == 0
    legend = scale.legend()
    assert [(e.label, e.zero) for e in legend] == [("0", True)]
    assert scale.colour(5) == ZERO.light  # nothing to compare with: neutral


def test_counts_above_the_top_fall_in_the_top_bin():
    scale = ColourScale.from_counts([1, 2, 3])
    assert scale.bin_index(99) == len(scale.bins) - 1


def test_legend_lists_zero_then_bins_in_order():
    legend = ColourScale.from_counts(SKEWED).legend(zero_label="none")
    assert legend[0].label == "none" and legend[0].zero and legend[0].swatch == ZERO
    assert [e.label for e in legend[1:]] == ["1–2", "3–4", "5", "6–7", "8–12"]
    assert not any(e.zero for e in legend[1:])


def test_ramp_sampling_hits_its_stops():
    ramp = ("#000000", "#ffffff")
    assert sample_ramp(ramp, 0) == "#000000"
    assert sample_ramp(ramp, 1) == "#ffffff"
    assert sample_ramp(ramp, 0.5) == "#808080"
    assert sample_ramp(ramp, 2) == "#ffffff"


def test_at_least_one_bin_is_needed():
    with pytest.raises(ValueError):
        ColourScale.from_counts([1], n_bins=0)
