"""Property tests through the service: random and mutated files either import or are refused
with InvalidInput, and a refused or failed import leaves the database exactly as it was. Each
test stands alone (its own inputs, its own assertions), whatever runs before it or not."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from desktop_app.errors import InvalidInput
from desktop_app.services.contact_import import ContactImportService
from desktop_app.services.contacts import ContactsService
from desktop_app.userdata import contacts as repo
from desktop_app.userdata.db import transaction
from desktop_app.userdata.models import Contact, Email
from tests.interchange.fuzz_inputs import CSV_SEEDS, SEEDS, mutated
from tests.user_fixtures import dump

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
ALL_CARDS = b"".join(s.rstrip(b"\r\n") + b"\r\n" for s in SEEDS)


class _RolledBack(Exception):
    pass


def _import(importer: ContactImportService, conn, data: bytes, fmt: str) -> None:
    before = dump(conn)
    try:
        plan = importer.preview_bytes(data, fmt, f"fuzz.{fmt}")
    except InvalidInput:
        assert dump(conn) == before
        return
    assert dump(conn) == before  # a preview never writes
    importer.apply_import(plan, backup=False)


@SETTINGS
@given(data=mutated(SEEDS))
def test_mutated_vcards_import_or_change_nothing(context, data):
    service = ContactsService(context)
    if service.count() == 0:
        service.save(Contact(full_name="Already here", emails=[Email("here@x.mx")]))
    _import(ContactImportService(context), context.user_db, data, "vcf")


@SETTINGS
@given(data=mutated(CSV_SEEDS))
def test_mutated_csv_import_or_change_nothing(context, data):
    _import(ContactImportService(context), context.user_db, data, "csv")


@pytest.mark.parametrize("seed, fmt", [(ALL_CARDS, "vcf")] + [(s, "csv") for s in CSV_SEEDS],
                         ids=["vcards", "google-csv", "outlook-csv", "plain-csv"])
@pytest.mark.parametrize("keep", [0, 2])
def test_a_failure_at_any_write_of_an_import_changes_nothing(context, monkeypatch, seed, fmt,
                                                             keep):
    importer = ContactImportService(context)
    if keep:  # start from a few contacts of the file, so that merges are written too
        importer.apply_import(importer.preview_bytes(seed, fmt, "seed"), backup=False)
        for contact in ContactsService(context).list()[keep:]:
            repo.purge_contact(context.user_db, contact.uid)
    plan = importer.preview_bytes(seed, fmt, "seed")
    dry = importer.apply_import(plan, backup=False, dry_run=True)
    before = dump(context.user_db)
    real = repo.save_contact
    counted: list[int] = []
    monkeypatch.setattr(repo, "save_contact", lambda conn, c: counted.append(1) or real(conn, c))
    with pytest.raises(_RolledBack), transaction(context.user_db):  # count the writes, undo them
        importer.apply_import(plan, backup=False)
        raise _RolledBack
    monkeypatch.setattr(repo, "save_contact", real)
    writes = len(counted)
    assert dump(context.user_db) == before
    assert writes >= 1 or (dry.added, dry.merged) == (0, 0)  # the file may all be there
    for fail_at in range(1, writes + 1):
        calls: list[int] = []

        def failing(conn, contact, fail_at=fail_at, calls=calls):
            calls.append(1)
            if len(calls) == fail_at:
                raise ValueError("simulated failure")
            return real(conn, contact)

        monkeypatch.setattr(repo, "save_contact", failing)
        with pytest.raises(InvalidInput, match="nothing was changed"):
            importer.apply_import(plan, backup=False)
        monkeypatch.setattr(repo, "save_contact", real)
        assert len(calls) == fail_at
        assert dump(context.user_db) == before
    result = importer.apply_import(plan, backup=False)
    assert (result.added, result.merged) == (dry.added, dry.merged)
