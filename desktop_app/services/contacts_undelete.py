"""Bringing deleted contacts back: one call, one transaction, for the command line
(`contacts undelete UID ...`), the window's "Deleted…" dialog and its Edit › Undo.

All or none: when one of the uids is unknown or not deleted, NotDeleted names each of them and
nothing is restored. The check and the restore run in the same transaction, so another window
restoring one of them meanwhile cannot leave half of a selection back.

(A function beside `ContactsService` rather than a method of it while that service is being
split; it belongs with the contacts' delete once the split has landed.)
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.errors import NotDeleted
from desktop_app.services.context import AppContext
from desktop_app.userdata import contacts as repo
from desktop_app.userdata.db import transaction
from desktop_app.userdata.models import Contact


def undelete_contacts(context: AppContext, uids: Iterable[str]) -> list[Contact]:
    """Restore the deleted contacts with these uids (repeats ignored), in the order given, with
    everything they had; NotDeleted (nothing changed) when one of them is not deleted."""
    conn = context.user_db
    wanted = list(dict.fromkeys(uids))
    with transaction(conn):
        problems = []
        for uid in wanted:
            stored = repo.get_contact(conn, uid, include_deleted=True)
            if stored is None or not stored.deleted_at:
                problems.append((uid, (stored.display_name or uid) if stored else ""))
        if problems:
            raise NotDeleted(problems)
        for uid in wanted:
            repo.restore_contact(conn, uid)
        return [repo.get_contact(conn, uid) for uid in wanted]
