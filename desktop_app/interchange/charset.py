"""Which text encoding a contact file is in, when the file does not say.

The order (issue 12): what the file declares (a vCard `CHARSET`, handled by the vCard reader per
property), then a byte-order mark, then UTF-16 without a mark (told by its NUL bytes: ASCII text
in UTF-16 has a zero in every other byte), then UTF-8 when the bytes are valid UTF-8, and last a
guess among the legacy code pages contact apps write (`LEGACY_CODECS`): Windows-1252 (Western
Europe, the Americas), Windows-1250 (Central Europe: Polish, Czech, Hungarian...), Shift_JIS
(Japanese phones and Thunderbird) and Windows-1251 (Cyrillic).

The guess decodes a sample of the lines that hold non-ASCII bytes with each code page that
decodes them without error and scores what comes out: a letter scores, a symbol glued to a letter
(`Pawe³`, `£ukasz`: Polish read as Windows-1252) or a word mixing scripts (`Josй`: Spanish read
as Windows-1251) costs. So a Polish "ń" does not come out as "ñ" as soon as the file holds any
other Polish letter; when nothing tells them apart, Windows-1252 wins (`LEGACY_CODECS` order). A
caller that knows better (the CSV reader recognises the language of Outlook's header row) passes
its code page as `hint`. The sample is bounded, so guessing costs the same for 1 MB or 100 MB.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from desktop_app.interchange.common import EncodingSource, FileEncoding

LEGACY_CODECS = ("cp1252", "cp1250", "shift_jis", "cp1251")
SAMPLE_BYTES = 256 * 1024
_NON_ASCII_LINE = re.compile(rb"[^\n]*[\x80-\xff][^\n]*")
_CONSONANTS = set("bcdfghjklmnpqrstvwxz")
_PLAUSIBLE_SYMBOLS = set("€„“”‘’‚–—«»°§•·¿¡©®™×½¼¾…¢")


def decode_text(data: bytes, hint: str | None = None) -> tuple[str, FileEncoding]:
    """The file as text and how it was decoded. Never fails: the last resort is Latin-1."""
    text_encoding = detect(data, hint)
    name = text_encoding.name
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8"), text_encoding
    if name.startswith("utf-16") and data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return data[2:].decode(name), text_encoding
    return data.decode(name), text_encoding


def detect(data: bytes, hint: str | None = None) -> FileEncoding:
    """The encoding `decode_text` uses (a codec that decodes the whole of `data`)."""
    return detect_unicode(data) or FileEncoding(guess_legacy(data, hint), EncodingSource.GUESSED)


def detect_unicode(data: bytes) -> FileEncoding | None:
    """UTF-8 or UTF-16 when a byte-order mark, the NUL bytes or valid UTF-8 say so, else None."""
    if data.startswith(codecs.BOM_UTF8) and _decodes(data[3:], "utf-8"):
        return FileEncoding("utf-8", EncodingSource.BOM)
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom) and len(data) % 2 == 0 and _decodes(data[2:], name):
            return FileEncoding(name, EncodingSource.BOM)
    utf16 = utf16_without_bom(data)
    if utf16:
        return FileEncoding(utf16, EncodingSource.DETECTED)
    if _decodes(data, "utf-8"):
        return FileEncoding("utf-8", EncodingSource.DETECTED)
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the NUL bytes say so (and the whole file decodes)."""
    head = data[:4096]
    pairs = len(head) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even = head[0:pairs * 2:2].count(0)
    odd = head[1:pairs * 2:2].count(0)
    for nuls, others, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= 0.3 * pairs and others <= 0.05 * pairs and _decodes(data, name):
            return name
    return None


def guess_legacy(data: bytes, hint: str | None = None) -> str:
    """The legacy code page that decodes `data` without error and yields the most plausible
    letters; `hint` first when it decodes; Latin-1 when none decodes (it never fails)."""
    if hint and _decodes(data, hint):
        return hint
    sample = b"\n".join(_NON_ASCII_LINE.findall(data[:SAMPLE_BYTES * 4]))[:SAMPLE_BYTES]
    scored = []
    for order, name in enumerate(LEGACY_CODECS):
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        scored.append((-plausibility(text), order, name))
    for _, _, name in sorted(scored):
        if _decodes(data, name):
            return name
    return "latin-1"


def plausibility(text: str) -> int:
    """How much `text` looks like real words: +1 per non-ASCII letter; -3 per non-ASCII symbol
    glued to a letter or control character; and a word that mixes scripts, or a Latin word made
    mostly of accented letters (`Èâàí`: Cyrillic read as Windows-1252), loses its letters twice."""
    score = 0
    previous = " "
    word_scripts: set[str] = set()
    word_accented = word_ascii = 0

    def end_of_word() -> int:
        if len(word_scripts) > 1:
            return -4 * max(word_accented, 1)
        if word_scripts == {"latin"} and word_accented >= 2 and word_accented > word_ascii:
            return -2 * word_accented
        return 0

    for i, ch in enumerate(text):
        if ch.isalpha():
            word_scripts.add(_script(ch))
            if ord(ch) > 127:
                word_accented += 1
                score += 1
                if ch in "ñÑ" and i + 1 < len(text) and text[i + 1].lower() in _CONSONANTS:
                    score -= 3  # Spanish ñ comes before a vowel; Polish ń (same byte) need not
            else:
                word_ascii += 1
        else:
            score += end_of_word()
            word_scripts.clear()
            word_accented = word_ascii = 0
            if ord(ch) > 127:
                following = text[i + 1] if i + 1 < len(text) else " "
                glued = previous.isalpha() or following.isalpha()
                if unicodedata.category(ch)[0] == "C" or glued:
                    score -= 3
                elif ch not in _PLAUSIBLE_SYMBOLS:
                    score -= 1
        previous = ch
    return score + end_of_word()


def _script(ch: str) -> str:
    if ch < "\u0250":
        return "latin"
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "FULLWIDTH", "IDEOGRAPHIC"):
        return "cjk"
    return first.lower() or "other"


def _decodes(data: bytes, name: str) -> bool:
    try:
        codecs.decode(data, name)
    except (UnicodeDecodeError, LookupError):
        return False
    return True
