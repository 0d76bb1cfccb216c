"""The Contacts tab of the main window: a holder that builds the ContactsView the first time it is
needed (start-up never pays for it), or explains why the contacts are unavailable.

The window's Edit › Find… takes over the view's own Find shortcut (two shortcuts for one key would
both stay silent); deleting a contact goes onto the window's one undo stack (Edit › Undo).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.services.context import AppContext
from desktop_app.ui.library.user_dialogs import problem_text


class ContactsPage(QWidget):
    """`view` is None until `ensure_view()`; its signals are passed on."""

    cluster_activated = Signal(str)
    contacts_changed = Signal()

    def __init__(self, context: AppContext, library, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._library = library
        self._undo_stack = undo_stack
        self.view = None
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setAccessibleName(self.tr("Why the contacts are unavailable"))
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)

    def ensure_view(self):
        """The ContactsView, built now if needed; None while the user's data is unavailable."""
        if self.view is not None:
            return self.view
        if not self._library.load():
            self.notice.setText(self.tr(
                "Your contacts are unavailable.\n\n{problem}\n\n"
                "File › Restore from Backup… brings back a good copy.").format(
                    problem=problem_text(self._library.error)))
            self.notice.show()
            return None
        from PySide6.QtGui import QKeySequence, QShortcut

        from desktop_app.ui.contacts.contacts_view import ContactsView

        self.notice.hide()
        view = ContactsView(self._context, self, undo_stack=self._undo_stack)
        find = QKeySequence(QKeySequence.StandardKey.Find)
        for shortcut in view.findChildren(QShortcut):
            if shortcut.key() == find:
                shortcut.setEnabled(False)  # the window's Edit › Find… does it
        view.cluster_activated.connect(self.cluster_activated)
        view.contacts_changed.connect(self.contacts_changed)
        view.cluster_choices()  # cluster names for the Clusters column
        self.layout().addWidget(view)
        self.view = view
        return view

    def reset(self) -> None:
        """After a restore: the view is built again from the restored data when next needed."""
        if self.view is not None:
            self.view.hide()
            self.view.deleteLater()
            self.view = None
        if self.isVisible():
            self.ensure_view()

    def show_contact(self, uid: str) -> bool:
        """Select a contact in the list (its filters cleared so that it is shown)."""
        view = self.ensure_view()
        return view.show_contact(uid) if view is not None else False

    def focus_search(self) -> None:
        if self.view is not None:
            self.view.focus_search()
