"""A sequential colour scale for counts per state, for light and dark themes (no Qt).

Non-zero counts fall into at most `n_bins` bins of whole numbers ("1", "2–3", "4–12"), cut at
quantiles of the distinct counts, so a skewed catalogue (one state with 12 clusters, most with 1 or
2) still tells its small values apart. When there are no more distinct counts than bins, each count
gets its own bin. Colours come from ColorBrewer's YlGnBu ramp (Apache License 2.0; see
resources/maps/README.md: "This product includes color specifications and designs developed by
Cynthia Brewer (http://colorbrewer.org/)."), light to dark on a light background and dark to
light on a dark one, so that more clusters always stand out more. Zero is not a bin: it is a neutral
grey, meant to be hatched, that no bin colour comes near, so "no clusters here" never reads as "a
few".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DEFAULT_BINS = 5

# YlGnBu (ColorBrewer), without its yellow-white steps: the lightest bin must stay clear of the zero
# grey (tests/maps/test_colour_scale.py checks the distance).
_LIGHT_RAMP = ("#a1dab4", "#41b6c4", "#2c7fb8", "#253494", "#081d58")
# On a dark background the ramp runs the other way: few = deep blue, many = bright yellow-green.
_DARK_RAMP = ("#2458a8", "#1d91c0", "#41b6c4", "#7fcdbb", "#c7e9b4", "#ffffcc")


@dataclass(frozen=True)
class Swatch:
    """One colour in both themes (hex `#rrggbb`)."""

    light: str
    dark: str

    def for_theme(self, dark: bool) -> str:
        return self.dark if dark else self.light


ZERO = Swatch(light="#ebebeb", dark="#3a3a3a")  # a neutral fill, hatched by the renderer
ZERO_HATCH = Swatch(light="#b4b4b4", dark="#5c5c5c")  # the hatch lines drawn over ZERO
OUTLINE = Swatch(light="#ffffff", dark="#1e1e1e")  # borders between states


@dataclass(frozen=True)
class Bin:
    """Counts from `lower` to `upper` (inclusive) and their colour."""

    lower: int
    upper: int
    swatch: Swatch

    @property
    def label(self) -> str:
        return str(self.lower) if self.lower == self.upper else f"{self.lower}–{self.upper}"

    def __contains__(self, count: int) -> bool:
        return self.lower <= count <= self.upper


@dataclass(frozen=True)
class LegendEntry:
    """One row of the legend: a swatch and what it stands for."""

    label: str
    swatch: Swatch
    zero: bool = False  # the "no clusters" entry (drawn hatched)
    lower: int = 0
    upper: int = 0


def _hex_to_rgb(value: str) -> tuple[int, int, int]:
    value = value.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _rgb_to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def sample_ramp(ramp: tuple[str, ...], position: float) -> str:
    """The colour at `position` (0 to 1) along a ramp, interpolated between its stops."""
    position = max(0.0, min(1.0, position))
    scaled = position * (len(ramp) - 1)
    index = min(int(scaled), len(ramp) - 2)
    fraction = scaled - index
    a, b = _hex_to_rgb(ramp[index]), _hex_to_rgb(ramp[index + 1])
    return _rgb_to_hex(tuple(x + (y - x) * fraction for x, y in zip(a, b)))


def _positions(k: int) -> list[float]:
    """Where k bins sit on the ramp: spread over it, a single bin in its middle-dark part."""
    if k == 1:
        return [0.6]
    if k == 2:
        return [0.2, 0.8]
    return [i / (k - 1) for i in range(k)]


def _uppers(distinct: list[int], n_bins: int) -> list[int]:
    """The upper bound of each bin, from the sorted distinct non-zero counts."""
    if len(distinct) <= n_bins:
        return distinct
    uppers: list[int] = []
    for i in range(1, n_bins + 1):
        value = distinct[max(0, round(i * len(distinct) / n_bins) - 1)]
        if not uppers or value > uppers[-1]:
            uppers.append(value)
    if uppers[-1] != distinct[-1]:
        uppers.append(distinct[-1])
    return uppers


@dataclass(frozen=True)
class ColourScale:
    """Bins for the counts it was computed from; `colour(count)` for any count."""

    bins: tuple[Bin, ...]

    @classmethod
    def from_counts(cls, counts: Mapping[str, int] | Iterable[int],
                    n_bins: int = DEFAULT_BINS) -> ColourScale:
        """The scale for these counts (a mapping's values are used; negatives count as zero)."""
        if n_bins < 1:
            raise ValueError("a colour scale needs at least one bin")
        values = counts.values() if isinstance(counts, Mapping) else counts
        distinct = sorted({int(v) for v in values if v and int(v) > 0})
        if not distinct:
            return cls(bins=())
        uppers = _uppers(distinct, n_bins)
        positions = _positions(len(uppers))
        bins = []
        lower = 1
        for upper, position in zip(uppers, positions):
            bins.append(Bin(lower=lower, upper=upper,
                            swatch=Swatch(light=sample_ramp(_LIGHT_RAMP, position),
                                          dark=sample_ramp(_DARK_RAMP, position))))
            lower = upper + 1
        return cls(bins=tuple(bins))

    @property
    def maximum(self) -> int:
        return self.bins[-1].upper if self.bins else 0

    def bin_index(self, count: int | None) -> int | None:
        """Which bin holds `count`: None for zero (or no count); above the top, the top bin."""
        if not count or count <= 0 or not self.bins:
            return None
        for index, bin_ in enumerate(self.bins):
            if count <= bin_.upper:
                return index
        return len(self.bins) - 1

    def swatch(self, count: int | None) -> Swatch:
        index = self.bin_index(count)
        return ZERO if index is None else self.bins[index].swatch

    def colour(self, count: int | None, dark: bool = False) -> str:
        """The hex fill for `count` in the light or dark theme."""
        return self.swatch(count).for_theme(dark)

    def legend(self, zero_label: str = "0") -> list[LegendEntry]:
        """The zero entry first, then each bin from fewest to most."""
        entries = [LegendEntry(label=zero_label, swatch=ZERO, zero=True)]
        entries.extend(LegendEntry(label=b.label, swatch=b.swatch, lower=b.lower, upper=b.upper)
                       for b in self.bins)
        return entries


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a hex colour (0 black to 1 white)."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _hex_to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two hex colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def colour_distance(a: str, b: str) -> float:
    """Euclidean distance in RGB (0 to about 441): a crude but stable "are these distinct" check."""
    return sum((x - y) ** 2 for x, y in zip(_hex_to_rgb(a), _hex_to_rgb(b))) ** 0.5
