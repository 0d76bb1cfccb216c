"""The encoding guess: by declared charset, then byte-order mark, then UTF-16's NUL bytes, then
UTF-8, then the legacy code page whose letters read as words."""

from __future__ import annotations

import codecs

import pytest

from desktop_app.interchange.charset import decode_text, detect
from desktop_app.interchange.common import EncodingSource

SAMPLES = [
    ("Paweł Mańkowski, Łódź, ul. Żeromskiego 5, Grażyna Wiśniewska", "cp1250"),
    ("Mańkowski Jędrzej", "cp1250"),  # only letters both code pages have: ń/ñ, ę/ê
    ("Jiří Dvořák, Příbram, Šťastný", "cp1250"),
    ("José Martínez, Querétaro, Año Niño, Muñoz Peña", "cp1252"),
    ("Jürgen Weiß, Straße, München, Größe", "cp1252"),
    ("François Lefèvre, Élodie, Noël, cœur", "cp1252"),
    ("João Conceição, Simões, Magalhães", "cp1252"),
    ("Åsa Öberg, Västerås", "cp1252"),
    ("Иван Петров, Москва, улица Ленина", "cp1251"),
    ("名無しの権兵衛, 東京都渋谷区, ｱﾝﾄﾞｳ", "shift_jis"),
]


@pytest.mark.parametrize("text, codec", SAMPLES, ids=[c + ":" + t[:8] for t, c in SAMPLES])
def test_the_legacy_code_page_is_guessed_from_the_letters(text, codec):
    decoded, encoding = decode_text(text.encode(codec))
    assert (decoded, encoding.name, encoding.source) == (text, codec, EncodingSource.GUESSED)


def test_a_polish_n_does_not_come_out_as_a_spanish_one():
    assert decode_text("Mańko".encode("cp1250"))[0] == "Mańko"
    assert decode_text("Peña".encode("cp1252"))[0] == "Peña"


@pytest.mark.parametrize("data, name, source", [
    (codecs.BOM_UTF8 + "Zoë".encode(), "utf-8", EncodingSource.BOM),
    (codecs.BOM_UTF16_LE + "Zoë".encode("utf-16-le"), "utf-16-le", EncodingSource.BOM),
    (codecs.BOM_UTF16_BE + "Zoë".encode("utf-16-be"), "utf-16-be", EncodingSource.BOM),
    ("First Name,Zoë".encode("utf-16-le"), "utf-16-le", EncodingSource.DETECTED),
    ("First Name,Zoë".encode("utf-16-be"), "utf-16-be", EncodingSource.DETECTED),
    ("Zoë".encode(), "utf-8", EncodingSource.DETECTED),
    (b"plain ascii", "utf-8", EncodingSource.DETECTED),
])
def test_bom_utf16_and_utf8_come_first(data, name, source):
    encoding = detect(data)
    assert (encoding.name, encoding.source) == (name, source)
    assert "Zo" in decode_text(data)[0] or "ascii" in decode_text(data)[0]


def test_a_hint_wins_when_it_decodes():
    data = "Mańko".encode("cp1250")
    assert detect(data, hint="cp1252").name == "cp1252"
    assert detect("アンドウ".encode("shift_jis"), hint="cp1250").name == "shift_jis"  # 0x83: none
