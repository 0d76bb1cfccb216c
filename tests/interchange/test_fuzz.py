"""Property tests: random and mutated input to the vCard and CSV readers. Whatever comes in, the
only exception that leaves a reader is its own clear error (ParseError, an InvalidInput)."""

from __future__ import annotations

import codecs

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.interchange.common import ParseError, ParseResult
from desktop_app.interchange.csvformats import read_csv, write_google_csv, write_outlook_csv
from desktop_app.interchange.jsonformat import read_json
from desktop_app.interchange.vcard import read_vcards
from tests.interchange.test_roundtrip import people
from tests.user_fixtures import VCARD_FILES

# small real files (the big photos make mutation slow without finding more)
SEEDS = [p.read_bytes() for p in VCARD_FILES if p.stat().st_size < 12_000]
CSV_SEEDS = [write_google_csv(people()), write_outlook_csv(people()),
             b"Name,Email,Phone\nAna,ana@x.mx,55 1234 5678\n"]
FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

TOKENS = [b"BEGIN:VCARD", b"END:VCARD", b"VERSION:2.1", b"VERSION:4.0", b"\r\n", b"\n", b"\r",
          b" ", b"\t", b"=", b"=0D=0A", b"=\r\n", b";", b":", b",", b"\\", b"\\n", b'"', b"^",
          b"item1.", b"X-ABLabel:", b"ENCODING=QUOTED-PRINTABLE", b"CHARSET=SHIFT_JIS",
          b"CHARSET=utf-16", b"CHARSET=zlib", b"CHARSET=idna", b"CHARSET=nonsense",
          b"ENCODING=BASE64", b"PHOTO;ENCODING=b:", b"PHOTO:data:image/png;base64,", b"TYPE=",
          b"\xff", b"\x00", b"\x81\x5c", b"\xef\xbb\xbf", b"\xff\xfe", b"N:", b"FN:", b"EMAIL:",
          b"TEL;CELL:", b"ADR:", b"CATEGORIES:", b"NOTE:", b"UID:", b"AGENT:BEGIN:VCARD",
          b"X-CLUSTER-ATLAS-FOLLOW-UP;X-STATE=odd:", b"X-CLUSTER-ATLAS-PRIORITY:9"]


def _check(result) -> None:
    assert isinstance(result, ParseResult)
    for parsed in result.contacts:
        assert parsed.contact.display_name or parsed.contact.notes


@st.composite
def mutated(draw, seeds):
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            data += draw(st.sampled_from(TOKENS))
            continue
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["insert", "delete", "replace", "truncate", "token",
                                     "duplicate"]))
        if kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif kind == "replace":
            data[at] = draw(st.integers(0, 255))
        elif kind == "truncate":
            del data[at:]
        elif kind == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        else:
            end = min(len(data), at + draw(st.integers(1, 200)))
            data[at:at] = data[at:end]
    return bytes(data)


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_as_vcard(data):
    try:
        _check(read_vcards(data, "fuzz.vcf"))
    except ParseError as exc:
        assert exc.reason


@FUZZ
@given(st.lists(st.sampled_from(TOKENS) | st.binary(max_size=6), max_size=60).map(b"".join))
def test_token_soup_as_vcard(data):
    try:
        _check(read_vcards(b"BEGIN:VCARD\r\n" + data + b"\r\nEND:VCARD\r\n", "fuzz.vcf"))
    except ParseError as exc:
        assert exc.reason


@FUZZ
@given(mutated(SEEDS))
def test_mutated_real_vcards(data):
    try:
        _check(read_vcards(data, "fuzz.vcf"))
    except ParseError as exc:
        assert exc.reason


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_as_csv(data):
    try:
        _check(read_csv(data, "fuzz.csv"))
    except ParseError as exc:
        assert exc.reason


@FUZZ
@given(st.lists(st.sampled_from(list(',;\t"\r\n :aé@ñ\x00') + ["E-mail 1 - Value",
                                                                 "First Name", " ::: "]),
                max_size=120).map("".join))
def test_csv_like_text(text):
    for data in (text.encode("utf-8"), codecs.BOM_UTF8 + text.encode("utf-8"),
                 b"First Name,E-mail 1 - Value,Phone 1 - Value\r\n" + text.encode("utf-8")):
        try:
            _check(read_csv(data, "fuzz.csv"))
        except ParseError as exc:
            assert exc.reason


@FUZZ
@given(mutated(CSV_SEEDS))
def test_mutated_csv_exports(data):
    try:
        _check(read_csv(data, "fuzz.csv"))
    except ParseError as exc:
        assert exc.reason


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.sampled_from(
                        ["contacts", "bookmarks", "lists", "cluster_notes", "emails", "phones",
                         "full_name", "items", "cluster_id", "text", "notes", "follow_ups",
                         "priority", "address", "photo", "state", "version", "format"]),
                        inner, max_size=5), max_leaves=30))
def test_random_json_structures(value):
    import json

    try:
        read_json(json.dumps(value).encode(), "fuzz.json")
    except ParseError as exc:
        assert exc.reason
