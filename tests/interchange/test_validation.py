"""Checks that help rather than block: phones in international format, mistyped emails."""

from __future__ import annotations

import pytest

from desktop_app.interchange.validation import (
    check_contact,
    check_email,
    check_phone,
    format_phone,
)
from desktop_app.userdata.models import Contact, Email, FollowUp, Phone


@pytest.mark.parametrize("typed, shown", [
    ("81 1234 5678", "+52 81 1234 5678"),  # a Mexican number without country code
    ("(55) 5555-1234", "+52 55 5555 1234"),
    ("+49 170 1234567", "+49 170 1234567"),
    ("+1 650 253 0000", "+1 650-253-0000"),
    ("0049 30 123456", "+49 30 123456"),  # the international prefix dialled from Mexico
    ("reception desk", "reception desk"),  # not understood: kept as typed
])
def test_phones_are_shown_in_international_format(typed, shown):
    assert format_phone(typed) == shown


def test_an_unreadable_phone_is_kept_with_a_hint():
    check = check_phone("call reception")
    assert not check.ok and check.international == "call reception" and check.hint
    assert not check_phone("12").ok


@pytest.mark.parametrize("typed, suggestion", [
    ("ana@gmial.com", "ana@gmail.com"),
    ("ana@hotmial.com", "ana@hotmail.com"),
    ("ana@gmail.con", "ana@gmail.com"),
    ("ana@empresa.com.mz", "ana@empresa.com.mx"),
    ("ana@yaho.com.mx", "ana@yahoo.com.mx"),
    ("ana@gmailcom", "ana@gmail.com"),
])
def test_mistyped_emails_are_flagged_with_a_suggestion(typed, suggestion):
    check = check_email(typed)
    assert not check.ok and check.suggestion == suggestion
    assert suggestion in check.hint or "does not look" in check.hint


@pytest.mark.parametrize("typed", ["ana@claut.mx", "a.b+c@sub.empresa.com.mx",
                                   "info@gmail.com"])
def test_good_emails_pass(typed):
    assert check_email(typed).ok


@pytest.mark.parametrize("typed", ["ana", "ana@", "@claut.mx", "a@@b.mx", "a b@c.mx"])
def test_broken_emails_are_flagged(typed):
    assert not check_email(typed).ok


def test_contact_hints_point_at_the_field_and_row():
    hints = check_contact(Contact(
        full_name="Ana", emails=[Email("ana@claut.mx"), Email("ana@gmial.com")],
        phones=[Phone("81 1234 5678"), Phone("nope")],
        follow_ups=[FollowUp("Call", "next week")]))
    by_field = {(h.field, h.index): h for h in hints}
    assert by_field[("emails", 1)].suggestion == "ana@gmail.com"
    assert by_field[("phones", 0)].level == "info"
    assert by_field[("phones", 0)].suggestion == "+52 81 1234 5678"
    assert by_field[("phones", 1)].level == "warning"
    assert ("follow_ups", 0) in by_field
    assert ("emails", 0) not in by_field
