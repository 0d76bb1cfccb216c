"""Property tests through the service: random and mutated files either import or are refused
with InvalidInput, and a refused or failed import leaves the database exactly as it was."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.errors import InvalidInput
from desktop_app.services.contacts import ContactsService
from desktop_app.userdata.models import Contact, Email
from tests.interchange.test_fuzz import CSV_SEEDS, SEEDS, mutated
from tests.user_fixtures import dump

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])


def _import(service: ContactsService, data: bytes, fmt: str) -> None:
    conn = service._context.user_db
    before = dump(conn)
    try:
        plan = service.preview_bytes(data, fmt, f"fuzz.{fmt}")
    except InvalidInput:
        assert dump(conn) == before
        return
    assert dump(conn) == before  # a preview never writes
    service.apply_import(plan, backup=False)


@SETTINGS
@given(data=mutated(SEEDS))
def test_mutated_vcards_import_or_change_nothing(context, data):
    service = ContactsService(context)
    if service.count() == 0:
        service.save(Contact(full_name="Already here", emails=[Email("here@x.mx")]))
    _import(service, data, "vcf")


@SETTINGS
@given(data=mutated(CSV_SEEDS))
def test_mutated_csv_import_or_change_nothing(context, data):
    _import(ContactsService(context), data, "csv")


ALL_CARDS = b"".join(s.rstrip(b"\r\n") + b"\r\n" for s in SEEDS)


@SETTINGS
@given(fail_at=st.integers(1, 12), seed=st.sampled_from([ALL_CARDS] + CSV_SEEDS),
       keep=st.integers(0, 3))
def test_a_failure_at_any_point_of_an_import_changes_nothing(context, monkeypatch, fail_at,
                                                             seed, keep):
    from desktop_app.userdata import contacts as repo

    RAN.append(1)
    service = ContactsService(context)
    for contact in service.list()[keep:]:  # start each example from a few contacts
        repo.purge_contact(context.user_db, contact.uid)
    fmt = "csv" if seed in CSV_SEEDS else "vcf"
    plan = service.preview_bytes(seed, fmt, "seed")
    before = dump(context.user_db)
    real = repo.save_contact
    calls = []

    def failing(conn, contact):
        calls.append(1)
        if len(calls) == fail_at:
            raise ValueError("simulated failure")
        return real(conn, contact)

    monkeypatch.setattr(repo, "save_contact", failing)
    try:
        service.apply_import(plan, backup=False)
    except InvalidInput:
        assert dump(context.user_db) == before
        FAILED.append(fail_at)
    finally:
        monkeypatch.setattr(repo, "save_contact", real)


FAILED: list[int] = []
RAN: list[int] = []


def test_the_failure_test_did_fail_imports():
    """Runs after the property test (file order): it must have exercised real failures."""
    import pytest

    if not RAN:
        pytest.skip("the property test did not run in this session")
    assert len(FAILED) >= 10
