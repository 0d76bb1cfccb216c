"""The Contacts tab of the main window: a holder that builds the ContactsView the first time it is
needed (start-up never pays for it), or explains why the contacts are unavailable.

The window's Edit › Undo and Edit › Find… take over the view's own Undo and Find shortcuts (two
shortcuts for one key would both stay silent).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.services.context import AppContext

MAX_COLUMN = 260  # pixels


class ContactsPage(QWidget):
    """`view` is None until `ensure_view()`; its signals are passed on."""

    cluster_activated = Signal(str)
    contacts_changed = Signal()

    def __init__(self, context: AppContext, library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._library = library
        self.view = None
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)

    def ensure_view(self):
        """The ContactsView, built now if needed; None while the user's data is unavailable."""
        if self.view is not None:
            return self.view
        if not self._library.load():
            self.notice.setText(
                f"Your contacts are unavailable.\n\n{self._library.error}\n\n"
                "File › Restore from Backup… brings back a good copy.")
            self.notice.show()
            return None
        from PySide6.QtGui import QKeySequence, QShortcut

        from desktop_app.services.contacts import ContactsService
        from desktop_app.ui.contacts.contacts_view import ContactsView

        self.notice.hide()
        view = ContactsView(ContactsService(self._context), self)
        taken = {QKeySequence(QKeySequence.StandardKey.Undo),
                 QKeySequence(QKeySequence.StandardKey.Find)}
        for shortcut in view.findChildren(QShortcut):
            if shortcut.key() in taken:
                shortcut.setEnabled(False)  # the window's Edit › Undo and Find… do it
        view.cluster_activated.connect(self.cluster_activated)
        view.contacts_changed.connect(self.contacts_changed)
        view.cluster_choices()  # cluster names for the Clusters column
        self._fit_columns(view.table)
        self.layout().addWidget(view)
        self.view = view
        return view

    @staticmethod
    def _fit_columns(table) -> None:
        """Columns as wide as their contents, within reason (the last one stretches)."""
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(max(header.sectionSize(column), 70), MAX_COLUMN))

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
        if view is None:
            return False
        view.search.blockSignals(True)
        view.search.clear()
        view.search.blockSignals(False)
        view.due_only.blockSignals(True)
        view.due_only.setChecked(False)
        view.due_only.blockSignals(False)
        view.tag_filter.setCurrentIndex(0)
        view.set_cluster_filter(None)
        view.tabs.setCurrentIndex(0)
        found = view.select(uid)
        view.table.setFocus()
        return found

    def focus_search(self) -> None:
        if self.view is not None:
            self.view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.view.search.selectAll()

    def can_undo(self) -> bool:
        return self.view is not None and self.view.undo_button.isEnabled()
