"""The embedded fonts: DejaVu Sans from `resources/fonts/`, registered once per process.

Every PDF embeds a subset of these TTFs, so accents, Polish or Czech names and most scripts print
the same everywhere. `covered(ch)` tells whether the body font has a glyph for a character.
"""

from __future__ import annotations

import threading
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.paths import resource_path

BODY = "AtlasSans"
BOLD = "AtlasSans-Bold"
ITALIC = "AtlasSans-Oblique"
CONDENSED = "AtlasSansCondensed"
CONDENSED_BOLD = "AtlasSansCondensed-Bold"

_FILES = {
    BODY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register the fonts and their families with reportlab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"The font {filename} is missing from {path.parent}.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(BODY, normal=BODY, bold=BOLD, italic=ITALIC,
                                      boldItalic=BOLD)
        pdfmetrics.registerFontFamily(CONDENSED, normal=CONDENSED, bold=CONDENSED_BOLD,
                                      italic=CONDENSED, boldItalic=CONDENSED_BOLD)
        _registered = True


@cache
def _charmap(font_name: str) -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def covered(ch: str, font_name: str = BODY) -> bool:
    """True when the font draws `ch` (otherwise it would print as an empty box)."""
    return ord(ch) in _charmap(font_name)


def coverage(font_name: str = BODY) -> frozenset[int]:
    """Every code point the font has a glyph for."""
    return _charmap(font_name)
