"""AppContext: the databases open on first use; a closed context refuses to be used (it never
opens the data again behind the back of whoever closed it); a restore's close_user_db reopens."""

from __future__ import annotations

import pytest

from desktop_app.services.contacts import ContactsService
from desktop_app.services.context import ContextClosed
from desktop_app.userdata.models import Contact


def test_a_closed_context_refuses_instead_of_reopening(context):
    ContactsService(context).save(Contact(full_name="Ana"))
    context.catalogue.execute("SELECT 1")
    context.close()
    assert context.closed
    with pytest.raises(ContextClosed, match="user database"):
        ContactsService(context).count()
    with pytest.raises(ContextClosed, match="catalogue"):
        _ = context.catalogue
    context.close()  # closing twice is harmless
    assert context.data_dir.is_dir()  # where the data is can still be said


def test_closing_the_user_database_for_a_restore_reopens_it_on_next_use(context):
    service = ContactsService(context)
    service.save(Contact(full_name="Ana"))
    first = context.user_db
    context.close_user_db()
    assert not context.closed
    assert service.count() == 1 and context.user_db is not first

