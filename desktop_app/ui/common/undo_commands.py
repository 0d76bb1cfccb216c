"""What Edit › Undo takes back: the commands of the window's one QUndoStack.

Each command does its work through a service in `redo()` (QUndoStack.push runs it at once) and
takes it back in `undo()`: deleting a note (LibraryService.delete_note / restore_note) and
deleting contacts (ContactsService.delete / its one-transaction `undelete`). A step that
fails with an error the user can cause (the note was purged meanwhile, the data file was replaced)
makes the command obsolete, so the stack drops it, and is passed to `report(title, text)`; after
each step that worked, `on_change(command)` lets the window show what happened (`message`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.errors import AtlasError
from desktop_app.ui.common.error_text import error_text

if TYPE_CHECKING:  # types only: the window imports this module at start-up
    from desktop_app.services.context import AppContext
    from desktop_app.services.library import LibraryService
    from desktop_app.userdata.models import Contact

PREVIEW_CHARS = 30
translate = QCoreApplication.translate  # not a QObject: no self.tr, so no plural forms (the
# sentences with a count are for two or more)


def quoted(text: str, limit: int = PREVIEW_CHARS) -> str:
    """'text' cut to `limit` characters on one line, for an Undo menu entry."""
    line = " ".join(text.split())
    return f"'{line if len(line) <= limit else line[:limit - 1] + '…'}'"


class ServiceCommand(QUndoCommand):
    """A change made through a service that can be taken back; subclasses give `do` and
    `take_back`, and `done_text` / `undone_text` for the status line."""

    def __init__(self, text: str, on_change: Callable[[ServiceCommand], None],
                 report: Callable[[str, str], None]) -> None:
        super().__init__(text)
        self._on_change = on_change
        self._report = report
        self.error: AtlasError | None = None
        self.undone = False
        self.message = ""

    def do(self) -> str:
        raise NotImplementedError

    def take_back(self) -> str:
        raise NotImplementedError

    def redo(self) -> None:
        self._step(self.do, undone=False)

    def undo(self) -> None:
        self._step(self.take_back, undone=True)

    def _step(self, step: Callable[[], str], *, undone: bool) -> None:
        try:
            self.message = step()
        except AtlasError as exc:
            self.error = exc
            self.setObsolete(True)  # the stack drops it: it cannot be done or undone any more
            self._report(self.text(), error_text(exc))
            return
        self.error, self.undone = None, undone
        self._on_change(self)


class DeleteNoteCommand(ServiceCommand):
    """Delete a cluster note; Undo restores it."""

    def __init__(self, library: LibraryService, uid: str, text: str,
                 on_change: Callable[[ServiceCommand], None],
                 report: Callable[[str, str], None]) -> None:
        super().__init__(translate("UndoCommands", "Delete Note {note}").format(note=quoted(text)),
                         on_change, report)
        self._library = library
        self.uid = uid

    def do(self) -> str:
        self._library.delete_note(self.uid)
        return translate("UndoCommands", "Note deleted.")

    def take_back(self) -> str:
        self._library.restore_note(self.uid)
        return translate("UndoCommands", "The note is back.")


class DeleteContactsCommand(ServiceCommand):
    """Delete contacts; Undo brings back those still deleted, in one transaction."""

    def __init__(self, context: AppContext, contacts: list[Contact],
                 on_change: Callable[[ServiceCommand], None],
                 report: Callable[[str, str], None]) -> None:
        names = [c.display_name for c in contacts]
        text = (translate("UndoCommands", "Delete Contact {name}").format(name=quoted(names[0]))
                if len(names) == 1 else translate("UndoCommands", "Delete {count} Contacts")
                .format(count=len(names)))  # two or more
        super().__init__(text, on_change, report)
        self._context = context
        self.uids = [c.uid for c in contacts]
        self.names = names
        self.restored: list[Contact] = []

    def _service(self):
        from desktop_app.services.contacts import ContactsService

        return ContactsService(self._context)

    def do(self) -> str:
        service = self._service()
        for uid in self.uids:
            service.delete(uid)
        self.restored = []
        if len(self.names) == 1:
            return translate("UndoCommands", "Deleted {name}.").format(name=self.names[0])
        return translate("UndoCommands", "Deleted {count} contacts.").format(
            count=len(self.names))

    def take_back(self) -> str:
        service = self._service()
        still_deleted = {c.uid for c in service.deleted()}  # some may be back already
        self.restored = service.undelete([u for u in self.uids if u in still_deleted])
        if len(self.names) == 1:
            return translate("UndoCommands", "{name} is back.").format(name=self.names[0])
        return translate("UndoCommands", "{count} contacts are back.").format(
            count=len(self.names))
