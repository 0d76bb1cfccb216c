"""Making any text safe to print: cleaning, markup escaping, right-to-left reordering.

reportlab reads paragraph text as a small XML-like markup, so user text is always escaped here
(`<`, `>` and `&` print as themselves). Characters the embedded font cannot draw become a visible
"□" rather than silently vanishing; control characters are dropped. Lines holding Hebrew or
Arabic letters are broken here and put in display order (python-bidi, arabic-reshaper).
"""

from __future__ import annotations

import html
import unicodedata
from functools import lru_cache

from bidi import get_base_level
from bidi.algorithm import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.factsheets import fonts

MISSING = "□"
ELLIPSIS = "…"
_CONTROL_KEEP = {"\n", "\t"}


def escape(text: str) -> str:
    """Text as reportlab paragraph markup that prints literally."""
    return html.escape(text, quote=False)


@lru_cache(maxsize=4096)
def _clean_char(ch: str, font_name: str) -> str:
    if ch in _CONTROL_KEEP:
        return " " if ch == "\t" else ch
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs", "Co", "Cn"):
        return "" if category == "Cc" else MISSING
    if ch in ("\u2028", "\u2029"):
        return "\n"
    if fonts.covered(ch, font_name):
        return ch
    if category in ("Cf", "Mn", "Me", "Zl", "Zp") or 0xFE00 <= ord(ch) <= 0xFE0F:
        return ""  # joiners, variation selectors, marks the font lacks: nothing to draw
    if category.startswith("Z"):
        return " "
    return MISSING


def clean(text: str | None, font_name: str = fonts.BODY) -> str:
    """NFC text without control characters, with a visible box for glyphs the font lacks."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    cov = fonts.coverage(font_name)
    if all(ord(c) in cov and c >= " " for c in text):
        return text
    out: list[str] = []
    joined = False
    for ch in text:
        if joined:  # the rest of an emoji sequence whose first glyph is already a box
            joined = False
            if _clean_char(ch, font_name) == MISSING:
                continue
        if ch == "\u200d" and out and out[-1] == MISSING:
            joined = True
            continue
        if 0x1F3FB <= ord(ch) <= 0x1F3FF and out and out[-1] == MISSING:
            continue  # a skin tone on a missing emoji
        out.append(_clean_char(ch, font_name))
    return "".join(out)


def one_line(text: str | None) -> str:
    """The text with every run of whitespace (newlines too) as one space."""
    return " ".join((text or "").split())


# --- right-to-left ------------------------------------------------------------------------------
# reportlab reorders right-to-left text only with the optional `rlbidi`, and DejaVu has no OpenType
# shaping in reportlab: a line holding Hebrew or Arabic is put in display order here, Arabic
# letters first joined (arabic-reshaper), then reordered (python-bidi).
#
# python-bidi's default `get_display` (Rust's unicode-bidi) leaves brackets unmirrored: measured,
# "שלום (טוב)" comes out as ")בוט( םולש". Its own Python implementation of the algorithm,
# `bidi.algorithm.get_display`, applies rule L4 (mirroring) and gives "(בוט) םולש"; it takes
# about 0.1 ms a line and runs only on lines with right-to-left letters, so it is the one used.


def has_rtl(text: str) -> bool:
    """True when the text holds right-to-left letters (Hebrew, Arabic, ...)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def base_is_rtl(text: str) -> bool:
    """The paragraph direction: that of its first strong letter (UBA rules P2, P3)."""
    return get_base_level(text) == 1


@lru_cache(maxsize=1)
def _reshaper():
    """Arabic joining that keeps the user's vowel marks (the library's default deletes them) and
    makes only the ligatures the embedded font draws."""
    # ~6-9 ms, for Arabic text only
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import LIGATURES
    from arabic_reshaper.reshaper_config import default_config

    drawn = fonts.coverage()
    config: dict[str, bool] = {"delete_harakat": False}
    for name, (_, forms) in LIGATURES:
        if default_config.get(name):
            config[name] = all(ord(c) in drawn for form in forms for c in form)
    return ArabicReshaper(configuration=config)


def shape_arabic(text: str) -> str:
    """Arabic letters in their joined forms (initial, medial, final), as a font without
    OpenType shaping needs them; lam-alef as one ligature. Other text is unchanged. (DejaVu Sans
    draws every joined form of every letter it has: tests/factsheets/test_text.py checks it.)"""
    if not any("\u0600" <= c <= "\u06ff" for c in text):
        return text
    return _reshaper().reshape(text)


def visual(line: str, rtl: bool) -> str:
    """One line in display order, for a paragraph of direction `rtl`."""
    if not has_rtl(line) and not rtl:
        return line
    return get_display(shape_arabic(line), base_dir="R" if rtl else "L")


def break_lines(text: str, font_name: str, size: float, width: float) -> list[str]:
    """Greedy line breaking in logical order (newlines kept; over-long words split)."""
    lines: list[str] = []
    space = stringWidth(" ", font_name, size)
    for para in text.split("\n"):
        words = para.split()
        if not words:
            lines.append("")
            continue
        current, current_width = "", 0.0
        for word in words:
            w = stringWidth(word, font_name, size)
            while w > width:  # a word longer than the line: split it by characters
                if current:
                    lines.append(current)
                    current, current_width = "", 0.0
                cut = len(word)
                while cut > 1 and stringWidth(word[:cut], font_name, size) > width:
                    cut = max(1, int(cut * width / stringWidth(word[:cut], font_name, size)) - 1)
                lines.append(word[:cut])
                word = word[cut:]
                w = stringWidth(word, font_name, size)
            if not word:
                continue
            if current and current_width + space + w <= width:
                current += " " + word
                current_width += space + w
            elif current:
                lines.append(current)
                current, current_width = word, w
            else:
                current, current_width = word, w
        if current:
            lines.append(current)
    return lines
