"""Making any text safe to print: cleaning, markup escaping, right-to-left reordering.

reportlab reads paragraph text as a small XML-like markup, so user text is always escaped here
(`<`, `>` and `&` print as themselves). Characters the embedded font cannot draw become a visible
"□" rather than silently vanishing; control characters are dropped. reportlab itself reorders
right-to-left scripts only when the optional `rlbidi` package is present, so lines holding Hebrew
or Arabic letters are broken and reordered here with a compact version of the Unicode
bidirectional algorithm (levels, neutrals, numbers, mirrored brackets).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from desktop_app.factsheets import fonts

MISSING = "□"
ELLIPSIS = "…"
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹"))
_CONTROL_KEEP = {"\n", "\t"}


def escape(text: str) -> str:
    """Text as reportlab paragraph markup that prints literally."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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

def _strong(ch: str) -> str:
    kind = unicodedata.bidirectional(ch)
    if kind == "L":
        return "L"
    if kind in ("R", "AL"):
        return "R"
    if kind in ("EN", "AN"):
        return "N"
    return ""


def has_rtl(text: str) -> bool:
    """True when the text holds right-to-left letters (Hebrew, Arabic, ...)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def base_is_rtl(text: str) -> bool:
    """The paragraph direction: that of its first strong letter (UBA rules P2, P3)."""
    for ch in text:
        kind = _strong(ch)
        if kind in ("L", "R"):
            return kind == "R"
    return False


@lru_cache(maxsize=1)
def _arabic_forms() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], dict[str, str]]]:
    """Contextual forms of Arabic letters, read from Unicode's presentation forms (U+FB50-U+FEFF):
    letter -> {"isolated"|"final"|"initial"|"medial": glyph}, and the lam-alef ligatures."""
    forms: dict[str, dict[str, str]] = {}
    ligatures: dict[tuple[str, str], dict[str, str]] = {}
    for code in list(range(0xFB50, 0xFDFF)) + list(range(0xFE70, 0xFEFF)):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if len(decomposition) < 2 or not decomposition[0].startswith("<"):
            continue
        kind = decomposition[0].strip("<>")
        if kind not in ("isolated", "final", "initial", "medial"):
            continue
        letters = tuple(chr(int(c, 16)) for c in decomposition[1:])
        if len(letters) == 1:
            forms.setdefault(letters[0], {}).setdefault(kind, chr(code))
        elif len(letters) == 2 and letters[0] == "\u0644":
            ligatures.setdefault(letters, {}).setdefault(kind, chr(code))
    return forms, ligatures


def shape_arabic(text: str) -> str:
    """Arabic letters in their joined forms (initial, medial, final), as a font without
    OpenType shaping needs them; lam-alef as one ligature. Other text is unchanged."""
    if not any("\u0600" <= c <= "\u06ff" for c in text):
        return text
    forms, ligatures = _arabic_forms()

    def joins_left(ch: str) -> bool:  # can connect to the following letter
        f = forms.get(ch, {})
        return "initial" in f or "medial" in f

    def joins_right(ch: str) -> bool:  # can connect to the preceding letter
        f = forms.get(ch, {})
        return "final" in f or "medial" in f

    chars = list(text)
    out: list[str] = []
    i = 0
    n = len(chars)

    def neighbour(index: int, step: int) -> str:
        while 0 <= index < n and unicodedata.category(chars[index]) == "Mn":
            index += step
        return chars[index] if 0 <= index < n else ""

    while i < n:
        ch = chars[i]
        if ch not in forms:
            out.append(ch)
            i += 1
            continue
        before = neighbour(i - 1, -1)
        after_index = i + 1
        connected_before = bool(before) and joins_left(before) and joins_right(ch)
        pair = (ch, chars[after_index]) if after_index < n else None
        if pair in ligatures:
            kind = "final" if connected_before else "isolated"
            glyph = ligatures[pair].get(kind) or ligatures[pair].get("isolated")
            if glyph and fonts.covered(glyph):
                out.append(glyph)
                i += 2
                continue
        after = neighbour(i + 1, 1)
        connected_after = bool(after) and joins_left(ch) and joins_right(after)
        kind = {(False, False): "isolated", (True, False): "final", (False, True): "initial",
                (True, True): "medial"}[(connected_before, connected_after)]
        glyph = forms[ch].get(kind) or forms[ch].get("isolated") or ch
        out.append(glyph if fonts.covered(glyph) else ch)
        i += 1
    return "".join(out)


def visual(line: str, rtl: bool) -> str:
    """One line in display order, for a paragraph of direction `rtl` (UBA W1-W7, N1-N2, I, L2-L4)."""
    if not has_rtl(line) and not rtl:
        return line
    line = shape_arabic(line)
    base = 1 if rtl else 0
    kinds: list[str] = []
    previous = "R" if rtl else "L"
    for ch in line:
        kind = _strong(ch)
        if unicodedata.bidirectional(ch) == "NSM":
            kind = kinds[-1] if kinds else ""
        if kind == "N" and previous == "L":
            kind = "L"  # W7: European numbers after a left-to-right letter are left-to-right
        if kind in ("L", "R"):
            previous = kind
        kinds.append(kind)
    n = len(kinds)
    # W4/W5: one separator between digits ("10:30", "1,5") and currency or percent signs next to
    # digits belong to the number.
    for i in range(n):
        if kinds[i]:
            continue
        kind = unicodedata.bidirectional(line[i])
        if kind in ("CS", "ES") and 0 < i < n - 1 and kinds[i - 1] == "N" and kinds[i + 1] == "N":
            kinds[i] = "N"
        elif kind == "ET" and ((i > 0 and kinds[i - 1] == "N") or (i < n - 1 and kinds[i + 1] == "N")):
            kinds[i] = "N"
    # N1/N2: neutrals take the direction of the strong text around them, else the paragraph's.
    resolved = list(kinds)
    i = 0
    while i < n:
        if kinds[i]:
            i += 1
            continue
        j = i
        while j < n and not kinds[j]:
            j += 1
        before = ("R" if kinds[i - 1] in ("R", "N") else "L") if i > 0 else ("R" if rtl else "L")
        after = ("R" if kinds[j] in ("R", "N") else "L") if j < n else ("R" if rtl else "L")
        fill = before if before == after else ("R" if rtl else "L")
        for k in range(i, j):
            resolved[k] = fill
        i = j
    levels = []
    for kind in resolved:
        if base == 0:
            levels.append({"L": 0, "R": 1, "N": 2}[kind])
        else:
            levels.append({"L": 2, "R": 1, "N": 2}[kind])
    chars = [(_MIRROR.get(c, c) if lvl % 2 else c) for c, lvl in zip(line, levels)]
    order = list(range(n))
    top = max(levels, default=0)
    lowest_odd = min((lvl for lvl in levels if lvl % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < n:
            if levels[order[i]] >= level:
                j = i
                while j < n and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return "".join(chars[k] for k in order)


def break_lines(text: str, font_name: str, size: float, width: float) -> list[str]:
    """Greedy line breaking in logical order (newlines kept; over-long words split)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

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
