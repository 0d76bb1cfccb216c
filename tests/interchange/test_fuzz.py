"""Property tests: random and mutated input to the vCard and CSV readers. Whatever comes in, the
only exception that leaves a reader is its own clear error (ParseError, an InvalidInput)."""

from __future__ import annotations

import codecs

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.errors import ParseError
from desktop_app.interchange.common import ParseResult
from desktop_app.interchange.csvformats import read_csv
from desktop_app.interchange.jsonformat import read_json
from desktop_app.interchange.vcard import read_vcards
from tests.interchange.fuzz_inputs import CSV_SEEDS, SEEDS, TOKENS, mutated

FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _check(result) -> None:
    assert isinstance(result, ParseResult)
    for parsed in result.contacts:
        assert parsed.contact.display_name or parsed.contact.notes


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
