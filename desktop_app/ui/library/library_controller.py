"""The user's own data in the window: bookmarks, lists, notes (deleting one is a command on the
window's one undo stack), the contacts linked to a cluster, backups and restore, and what happens
when the data file is damaged.

Everything goes through the services (LibraryService, ContactsService, BackupService); no SQL
here. The services are imported and the user database opened on `load()`, which the window calls
once it has painted (start-up stays lean) or earlier when the restored filter needs the lists.

A data file that cannot be used (damaged, busy, read-only: an AtlasError) leaves `available` False:
the catalogue still browses, the user-data actions are disabled, and `report_problem()` tells the
user why and, for a damaged file, the way back (the newest good backup, offered, never restored
silently).

Questions go through attributes that tests replace: `confirm`, `inform`, `ask_list`, `choose`,
`ask_note`, `offer_restore`. By default they call `user_dialogs` / `notes_dialog` (looked up when
called, so tests may also patch those modules).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from desktop_app.errors import AtlasError, DataDamaged
from desktop_app.services.context import AppContext
from desktop_app.ui.common.error_text import error_text
from desktop_app.ui.common.undo_commands import DeleteNoteCommand, ServiceCommand
from desktop_app.ui.library.user_dialogs import backup_label, problem_text

log = logging.getLogger(__name__)


def _user_dialog(name: str) -> Callable:
    """A function of `user_dialogs`, imported when first called (start-up; a plain import, so
    that the bundler sees it)."""

    def call(*args, **kwargs):
        from desktop_app.ui.library import user_dialogs

        return getattr(user_dialogs, name)(*args, **kwargs)

    return call


def _ask_note(*args, **kwargs) -> str | None:
    from desktop_app.ui.library import notes_dialog

    return notes_dialog.ask_note_text(*args, **kwargs)


class LibraryController(QObject):
    """Bookmarks, lists and notes of the user, for the table, the facets and the profile."""

    changed = Signal()  # bookmarks, lists or notes changed (star column, facets, profile follow)
    availability_changed = Signal(bool)  # the user's data can (True) or cannot be read
    restored = Signal()  # the data was replaced by a backup (contacts too)
    message = Signal(str)  # a line for the status bar

    def __init__(self, context: AppContext, parent: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self._context = context
        self._widget = parent
        self._undo_stack = undo_stack
        self._library = None
        self._contacts = None
        self._list_ids: dict[str, set[str]] = {}
        self._lists: list[tuple[str, int]] | None = None
        self._reported = False
        self._last_list = ""
        self.loaded = False
        self.error: Exception | None = None
        self.bookmarked: set[str] = set()
        self.confirm = _user_dialog("ask_yes_no")
        self.inform = _user_dialog("inform")
        self.ask_list = _user_dialog("ask_list_name")
        self.choose = _user_dialog("choose_item")
        self.offer_restore = _user_dialog("offer_restore")
        self.ask_note = _ask_note

    # --- opening ---------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """True once the user's data is open and sound."""
        return self._library is not None

    def load(self) -> bool:
        """Open the user's data (once); False when it cannot be read (`error` says why)."""
        if self.loaded:
            return self.available
        self.loaded = True
        try:
            from desktop_app.services.library import LibraryService

            library = LibraryService(self._context)
            bookmarked = library.bookmarked_ids()  # opens and checks the database
        except (AtlasError, OSError) as exc:  # damaged, busy, read-only, not a folder...
            log.error("the user's data cannot be read: %s", exc)
            self.error = exc
            self.availability_changed.emit(False)
            return False
        self._library, self.bookmarked, self.error = library, bookmarked, None
        self._list_ids, self._lists = {}, None
        self.availability_changed.emit(True)
        self.changed.emit()
        return True

    @property
    def damaged_backup(self) -> str | None:
        """The newest good backup of a damaged data file, if any."""
        if isinstance(self.error, DataDamaged) and self.error.backup is not None:
            return str(self.error.backup)
        return None

    def report_problem(self) -> None:
        """Once: tell the user their data file is damaged and offer the newest good backup."""
        if self.error is None or self._reported:
            return
        self._reported = True
        if not isinstance(self.error, DataDamaged):
            self.inform(self._widget, self.tr("Your data is unavailable"),
                        problem_text(self.error))
            return
        backup = self.damaged_backup
        if self.offer_restore(self._widget, problem_text(self.error), backup) and backup:
            self.restore(backup)

    def _require(self):
        """The LibraryService, or None (after telling the user) when the data cannot be read."""
        if self.load():
            return self._library
        self.inform(self._widget, self.tr("Your data is unavailable"), self.tr(
            "{problem}\n\nFile › Restore from Backup… brings back a good copy.").format(
                problem=problem_text(self.error)))
        return None

    def _contacts_service(self):
        if self._contacts is None:
            from desktop_app.services.contacts import ContactsService

            self._contacts = ContactsService(self._context)
        return self._contacts

    def refresh(self) -> None:
        """Read the stars and lists again (an import of a JSON export may have added some)."""
        if self.available:
            self._changed()

    def _changed(self) -> None:
        self.bookmarked = self._library.bookmarked_ids()
        self._list_ids, self._lists = {}, None
        self.changed.emit()

    # --- reading (for the facets and the profile) ------------------------------------------------

    def lists(self) -> list[tuple[str, int]]:
        """(name, count) of the user's lists, by name ([] while unavailable); remembered until
        the next change."""
        if not self.available:
            return []
        if self._lists is None:
            self._lists = self._library.lists()
        return self._lists

    def list_ids(self, name: str) -> set[str]:
        """The cluster ids of a list (remembered until the next change); empty when unknown."""
        if not self.available:
            return set()
        if name not in self._list_ids:
            try:
                self._list_ids[name] = self._library.list_ids(name)
            except AtlasError:
                self._list_ids[name] = set()
        return self._list_ids[name]

    def lists_of(self, cluster_id: str) -> list[str]:
        return self._library.lists_of(cluster_id) if self.available else []

    def notes(self, cluster_id: str) -> list:
        return self._library.notes(cluster_id) if self.available else []

    def bookmarked_ids(self) -> set[str]:
        """The starred clusters (remembered until the next change)."""
        return self.bookmarked

    def note_cluster_ids_matching(self, text: str) -> set[str]:
        """The clusters whose notes match the search text (empty without text or data)."""
        if not text.strip() or not self.available:
            return set()
        return self._library.note_cluster_ids_matching(text)

    def contacts_of(self, cluster_id: str) -> list:
        if not self.available:
            return []
        return self._contacts_service().contacts_of_cluster(cluster_id)

    def profile_parts(self, cluster_id: str) -> dict[str, str]:
        """The user's parts of a profile (`profile_html(top=..., user=...)`)."""
        from desktop_app.ui.profile import profile_user_html as parts

        if not self.loaded:
            return {}
        if not self.available:
            return {"top": parts.unavailable_bar(self.damaged_backup is not None)}
        return {"top": parts.star_bar(cluster_id in self.bookmarked, self.lists_of(cluster_id)),
                "user": parts.notes_section(self.notes(cluster_id))
                + parts.contacts_section(self.contacts_of(cluster_id))}

    # --- bookmarks and lists ---------------------------------------------------------------------

    def toggle_bookmarks(self, ids: list[str]) -> bool | None:
        """Star the clusters, or unstar them when all of them already are; the new state."""
        library = self._require() if ids else None
        if library is None:
            return None
        star = not all(cluster_id in self.bookmarked for cluster_id in ids)
        try:
            for cluster_id in ids:
                library.bookmark(cluster_id) if star else library.unbookmark(cluster_id)
        except AtlasError as exc:
            self.inform(self._widget, self.tr("Bookmark"), error_text(exc))
        self._changed()
        self.message.emit(self.tr("Bookmarked %n cluster(s).", "", len(ids)) if star else
                          self.tr("Removed the star from %n cluster(s).", "", len(ids)))
        return star

    def add_to_list(self, ids: list[str]) -> str | None:
        """Ask for a list (one of the user's, or a new name) and put the clusters into it."""
        library = self._require() if ids else None
        if library is None:
            return None
        name = self.ask_list(self._widget, [n for n, _ in self.lists()], self._last_list)
        if not name:
            return None
        try:
            added = sum(bool(library.bookmark(cluster_id, name)) for cluster_id in ids)
        except AtlasError as exc:
            self.inform(self._widget, self.tr("Add to List"), error_text(exc))
            return None
        self._last_list = name
        self._changed()
        self.message.emit((self.tr("Added %n cluster(s) to the list “{name}”.", "", added)
                           if added else self.tr("Already in the list “{name}”.")
                           ).format(name=name))
        return name

    def remove_from_list(self, ids: list[str], name: str | None = None) -> str | None:
        """Take the clusters out of a list (asked when they are in several)."""
        library = self._require() if ids else None
        if library is None:
            return None
        if name is None:
            names = sorted({n for cluster_id in ids for n in self.lists_of(cluster_id)},
                           key=str.casefold)
            if not names:
                self.inform(self._widget, self.tr("Remove from List"),
                            self.tr("The selected cluster is in none of your lists.")
                            if len(ids) == 1 else
                            self.tr("The selected clusters are in none of your lists."))
                return None
            if len(names) == 1:
                name = names[0]
            else:
                chosen = self.choose(self._widget, self.tr("Remove from List"),
                                     self.tr("Remove from which list?"), names)
                if chosen is None:
                    return None
                name = names[chosen]
        try:
            for cluster_id in ids:
                library.unbookmark(cluster_id, name)
        except AtlasError as exc:
            self.inform(self._widget, self.tr("Remove from List"), error_text(exc))
            return None
        self._changed()
        self.message.emit(self.tr("Removed from the list “{name}”.").format(name=name))
        return name

    # --- notes -----------------------------------------------------------------------------------

    def add_note(self, cluster_id: str, subject: str = ""):
        library = self._require() if cluster_id else None
        if library is None:
            return None
        text = self.ask_note(self._widget, self.tr("Add Note"), "", subject)
        if not text:
            return None
        try:
            note = library.add_note(cluster_id, text)
        except AtlasError as exc:
            self.inform(self._widget, self.tr("Add Note"), error_text(exc))
            return None
        self._changed()
        self.message.emit(self.tr("Note added."))
        return note

    def edit_note(self, uid: str):
        library = self._require()
        if library is None:
            return None
        try:
            note = library.note(uid)
            text = self.ask_note(self._widget, self.tr("Edit Note"), note.text, "")
            if not text or text == note.text:
                return None
            note = library.edit_note(uid, text)
        except AtlasError as exc:
            self.inform(self._widget, self.tr("Edit Note"), error_text(exc))
            return None
        self._changed()
        self.message.emit(self.tr("Note saved."))
        return note

    def delete_note(self, uid: str) -> bool:
        """Delete a note after asking; Edit › Undo brings it back."""
        library = self._require()
        if library is None:
            return False
        try:
            note = library.note(uid)
        except AtlasError as exc:
            self.inform(self._widget, self.tr("Delete Note"), error_text(exc))
            return False
        preview = note.text if len(note.text) <= 80 else note.text[:77] + "…"
        if not self.confirm(self._widget, self.tr("Delete Note"), self.tr(
                "Delete this note?\n\n“{note}”\n\nYou can undo this.").format(note=preview)):
            return False
        command = DeleteNoteCommand(library, uid, note.text, self._note_step,
                                    lambda title, text: self.inform(self._widget, title, text))
        self._undo_stack.push(command)
        return command.error is None

    def _note_step(self, command: ServiceCommand) -> None:
        """After a note's delete, its undo or its redo."""
        if self.available:
            self._changed()
        self.message.emit(command.message)

    # --- backups ---------------------------------------------------------------------------------

    def _backups(self):
        from desktop_app.services.backup import BackupService

        return BackupService(self._context)

    def back_up_now(self):
        if self._require() is None:
            return None
        try:
            path = self._backups().backup_now()
        except AtlasError as exc:
            self.inform(self._widget, self.tr("Back Up"), error_text(exc))
            return None
        self.message.emit(self.tr("Backed up to {path}").format(path=path))
        return path

    def restore_from_backup(self) -> bool:
        """Choose one of the kept backups, confirm, restore (the current data is kept aside)."""
        service, title = self._backups(), self.tr("Restore from Backup")
        found = service.list_backups()
        if not found:
            self.inform(self._widget, title, self.tr(
                "There are no backups in {folder} yet.\n\nCommand line: cluster-atlas restore "
                "FILE restores a file kept elsewhere.").format(folder=service.data_dir / "backups"))
            return False
        labels = [backup_label(b.created_at, b.reason, b.size) for b in found]
        chosen = self.choose(self._widget, title, self.tr(
            "Replace your bookmarks, notes and contacts with the backup of:"), labels)
        if chosen is None:
            return False
        if not self.confirm(self._widget, title, self.tr(
                "Replace your data with the backup of {backup}?\n\nYour current data is kept: it "
                "is backed up first (or, if damaged, set aside in the data folder).").format(
                    backup=labels[chosen])):
            return False
        return self.restore(str(found[chosen].path))

    def restore(self, path: str) -> bool:
        """Restore a backup file and read the data again."""
        try:
            result = self._backups().restore(path)
        except AtlasError as exc:
            self.inform(self._widget, self.tr("Restore from Backup"), error_text(exc))
            return False
        self._library = self._contacts = None
        self._undo_stack.clear()  # what it would undo was in the data just replaced
        self.loaded, self.error, self._reported = False, None, False
        if self.load():
            self.message.emit(self.tr("Restored {backup}; your previous data is in {copy}.").format(
                backup=result.restored_from.name, copy=result.safety_copy))
        else:
            self.report_problem()
        self.restored.emit()
        return self.available
