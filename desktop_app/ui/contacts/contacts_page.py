"""The Contacts tab of the main window: a holder that builds the ContactsView the first time it is
needed (start-up never pays for it), or explains why the contacts are unavailable
(`ui.library.user_data_page`, as the Missions tab).

The window's Edit › Find… takes over the view's own Find shortcut (two shortcuts for one key would
both stay silent); deleting a contact goes onto the window's one undo stack (Edit › Undo).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from desktop_app.services.context import AppContext
from desktop_app.ui.library.user_data_page import UserDataPage


class ContactsPage(UserDataPage):
    """`view` is None until `ensure_view()`; its signals are passed on."""

    cluster_activated = Signal(str)
    contacts_changed = Signal()

    def __init__(self, context: AppContext, library, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        self._context = context
        self._undo_stack = undo_stack
        self.notice.setAccessibleName(self.tr("Why the contacts are unavailable"))

    def _unavailable_text(self, problem: str) -> str:
        return self.tr("Your contacts are unavailable.\n\n{problem}\n\n"
                       "File › Restore from Backup… brings back a good copy.").format(
                           problem=problem)

    def _build_view(self) -> QWidget:
        from PySide6.QtGui import QKeySequence, QShortcut

        from desktop_app.ui.contacts.contacts_view import ContactsView

        view = ContactsView(self._context, self, undo_stack=self._undo_stack)
        find = QKeySequence(QKeySequence.StandardKey.Find)
        for shortcut in view.findChildren(QShortcut):
            if shortcut.key() == find:
                shortcut.setEnabled(False)  # the window's Edit › Find… does it
        view.cluster_activated.connect(self.cluster_activated)
        view.contacts_changed.connect(self.contacts_changed)
        view.cluster_choices()  # cluster names for the Clusters column
        return view

    def show_contact(self, uid: str) -> bool:
        """Select a contact in the list (its filters cleared so that it is shown)."""
        view = self.ensure_view()
        return view.show_contact(uid) if view is not None else False

    def focus_search(self) -> None:
        if self.view is not None:
            self.view.focus_search()
