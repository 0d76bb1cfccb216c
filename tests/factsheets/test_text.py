"""Any text is safe to print: escaped, cleaned, right-to-left runs in display order."""

from __future__ import annotations

from desktop_app.factsheets import fonts
from desktop_app.factsheets.text import (
    MISSING,
    base_is_rtl,
    break_lines,
    clean,
    escape,
    has_rtl,
    visual,
)


def test_markup_characters_are_escaped():
    assert escape("<b>&amp;</b> & <") == "&lt;b&gt;&amp;amp;&lt;/b&gt; &amp; &lt;"


def test_clean_keeps_every_language_the_font_draws():
    text = "Łukasiewicz Dvořák Grüße Škoda Ελληνικά Русский שלום مرحبا €"
    assert clean(text) == text


def test_clean_drops_controls_and_boxes_what_the_font_lacks():
    assert clean("a\x00b\x07c\x1bd") == "abcd"
    assert clean("tab\there") == "tab here"
    assert clean("line\r\nbreak\rhere") == "line\nbreak\nhere"
    assert clean("\U0010fffd") == MISSING
    lacking = next(chr(c) for c in range(0x1F300, 0x1FAFF)
                   if not fonts.covered(chr(c)) and chr(c).isprintable())
    assert clean(f"x{lacking}y") == f"x{MISSING}y"


def test_an_emoji_sequence_the_font_lacks_is_one_box():
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    if not fonts.covered("\U0001F468"):
        assert clean(f"a{family}b") == f"a{MISSING}b"
    thumbs = "\U0001F44D\U0001F3FD"
    assert clean(thumbs) in ("\U0001F44D", MISSING)


def test_right_to_left_paragraphs_are_reversed_for_display():
    assert has_rtl("שלום") and not has_rtl("Grüße")
    assert base_is_rtl("שלום world") and not base_is_rtl("hello שלום")
    assert visual("שלום עולם", True) == "םלוע םולש"
    assert visual("Meeting with שלום today", False) == "Meeting with םולש today"
    # numbers keep their order; brackets are mirrored inside right-to-left text
    assert visual("שלום 123 עולם (טוב)", True) == "(בוט) םלוע 123 םולש"
    assert visual("plain text", False) == "plain text"
    assert visual("פגישה ב-10:30", True) == "10:30-ב השיגפ"


def test_arabic_letters_are_joined():
    from desktop_app.factsheets.text import shape_arabic

    assert shape_arabic("مرحبا") == "\ufee3\ufeae\ufea3\ufe92\ufe8e"
    assert shape_arabic("لا") == "\ufefb"  # lam-alef ligature
    assert shape_arabic("Grüße") == "Grüße"


def test_arabic_vowel_marks_are_kept():
    from desktop_app.factsheets.text import shape_arabic

    marks = [c for c in shape_arabic("مَرْحَبًا") if 0x064B <= ord(c) <= 0x0652]
    assert marks == ["\u064e", "\u0652", "\u064e", "\u064b"]


def test_the_font_draws_every_joined_form_of_every_arabic_letter_it_has():
    from arabic_reshaper.letters import LETTERS_ARABIC

    from desktop_app.factsheets.text import shape_arabic

    letters = [letter for letter in LETTERS_ARABIC if fonts.covered(letter)]
    assert len(letters) > 30
    for letter in letters:  # alone, then initial, medial and final between two behs
        for text in (letter, f"{letter}ب", f"ب{letter}ب", f"ب{letter}"):
            assert all(fonts.covered(c) for c in shape_arabic(text)), hex(ord(letter))


def test_break_lines_splits_words_longer_than_a_line():
    fonts.register()
    lines = break_lines("short " + "x" * 400 + " end", fonts.BODY, 8, 100)
    assert lines[0] == "short" and lines[-1].endswith("end")
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert all(stringWidth(line, fonts.BODY, 8) <= 100 for line in lines)
    assert break_lines("a\n\nb", fonts.BODY, 8, 100) == ["a", "", "b"]
