"""One call (`ContactsService.undelete`) brings deleted contacts back for the command line and
the window: all or none, in one transaction."""

from __future__ import annotations

import pytest

from desktop_app.errors import NotDeleted
from desktop_app.services.contacts import ContactsService
from desktop_app.userdata.models import Contact, DatedNote


@pytest.fixture
def people(context) -> dict[str, str]:
    service = ContactsService(context)
    uids = {}
    for name in ("Ana Ruiz", "Beto Gómez", "Caro Díaz"):
        uids[name] = service.save(Contact(full_name=name, notes=[DatedNote(f"met {name}")])).uid
    service.delete(uids["Ana Ruiz"])
    service.delete(uids["Beto Gómez"])
    return uids


def deleted_names(context) -> list[str]:
    return sorted(c.display_name for c in ContactsService(context).deleted())


def test_restores_every_one_given_in_order_with_their_notes(context, people):
    back = ContactsService(context).undelete([people["Beto Gómez"], people["Ana Ruiz"],
                                              people["Beto Gómez"]])
    assert [c.display_name for c in back] == ["Beto Gómez", "Ana Ruiz"]
    assert [n.text for n in back[1].notes] == ["met Ana Ruiz"]
    assert deleted_names(context) == [] and ContactsService(context).count() == 3


def test_a_live_or_unknown_uid_restores_nothing_and_names_each(context, people):
    with pytest.raises(NotDeleted) as error:
        ContactsService(context).undelete([people["Ana Ruiz"], people["Caro Díaz"], "nope"])
    assert error.value.problems == [(people["Caro Díaz"], "Caro Díaz"), ("nope", "")]
    assert deleted_names(context) == ["Ana Ruiz", "Beto Gómez"]


def test_a_failure_halfway_rolls_back_the_contacts_already_restored(context, people,
                                                                    monkeypatch):
    from desktop_app.userdata import contacts as repo

    real = repo.restore_contact
    calls = []

    def restore_then_fail(conn, uid):
        calls.append(uid)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(conn, uid)

    monkeypatch.setattr(repo, "restore_contact", restore_then_fail)
    with pytest.raises(OSError):
        ContactsService(context).undelete([people["Ana Ruiz"], people["Beto Gómez"]])
    assert len(calls) == 2
    assert deleted_names(context) == ["Ana Ruiz", "Beto Gómez"]  # Ana's restore rolled back
