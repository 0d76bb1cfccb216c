"""The user's own data wired into the main window: the ★ column, the "Your lists" facet, the star,
lists, notes and contacts of the profile, the Contacts tab, the menu actions, the window's one
undo stack (Edit › Undo / Redo and the Undo notice in the status bar, for notes and contacts
alike), backups and restore, and the start-up check of the data file.

Kept out of `main_window` so that the window stays a list of parts. The logic is in
`LibraryController` (bookmarks, lists, notes, backups), the services' `UserFilter` (the facet) and `ContactsPage`
(the tab); this module only connects them to the window's parts.

Start-up: the user database is opened `LOAD_AFTER_PAINT_MS` after the table has first painted, or
at once when the restored filter ticks one of the user's lists.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.services.user_filter import USER_FACET, UserFilter
from desktop_app.ui.contacts.contacts_page import ContactsPage
from desktop_app.ui.library.library_controller import LibraryController

LOAD_AFTER_PAINT_MS = 50
MESSAGE_MS = 8000
UNDO_NOTICE_MS = 20000
CLUSTERS_PAGE, CONTACTS_PAGE = 0, 1
_USER_ACTIONS = ("bookmark", "add_to_list", "remove_from_list", "add_note", "new_contact",
                 "new_contact_blank", "import_contacts", "export_contacts", "back_up", "follow_ups")


class UndoNotice(QWidget):
    """'Note deleted. Undo' in the status bar, for a while after something undoable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.button = QToolButton()
        self.button.setText(self.tr("Undo"))
        self.button.setAutoRaise(True)
        self.button.setStyleSheet("font-weight: bold;")
        self.button.setAccessibleName(self.tr("Undo"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_for(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self._timer.start(UNDO_NOTICE_MS)


class WindowUserData(QObject):
    """Everything of the user's data in one window: `library`, `contacts`, and the "Your lists"
    facet (the controller's `UserFilter`, set while the data is available)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack = QUndoStack(self)  # notes and contacts: one history for the window
        self._undo_index = 0
        self.library = LibraryController(window.browse_context, window, self.undo_stack)
        group = window.facet_panel.add_group(USER_FACET, self.tr("Your lists"), first=True)
        group.setVisible(False)
        self.contacts = ContactsPage(window.browse_context, self.library, self.undo_stack)
        window.pages.addTab(self.contacts, self.tr("Contacts"))
        self.undo_notice = UndoNotice()
        window.statusBar().addPermanentWidget(self.undo_notice)
        self.damage_label = QLabel(self.tr("Your data file is damaged: File › Restore from "
                                           "Backup…"))
        self.damage_label.setStyleSheet("color: #8a1f11; font-weight: bold;")
        self.damage_label.hide()
        window.statusBar().addPermanentWidget(self.damage_label)
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(LOAD_AFTER_PAINT_MS)
        self._load_timer.timeout.connect(self.start)
        self._wire()

    # --- wiring ----------------------------------------------------------------------------------

    def _wire(self) -> None:
        w, library, actions = self.window, self.library, self.window.actions
        w.table.first_painted.connect(self._load_timer.start)
        w.table.star_clicked.connect(lambda cluster_id: library.toggle_bookmarks([cluster_id]))
        w.profile.action_requested.connect(self.profile_action)
        library.changed.connect(self._library_changed)
        library.availability_changed.connect(self._availability_changed)
        library.restored.connect(self.contacts.reset)
        library.message.connect(lambda text: w.statusBar().showMessage(text, MESSAGE_MS))
        self.undo_notice.button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        for changed in (self.undo_stack.undoTextChanged, self.undo_stack.redoTextChanged,
                        self.undo_stack.canUndoChanged, self.undo_stack.canRedoChanged):
            changed.connect(self._update_undo_actions)  # a slot of self, not a lambda: the
            # connection ends with this object, before the stack's destructor emits these
        self.contacts.cluster_activated.connect(self.show_cluster)
        self.contacts.contacts_changed.connect(self._contacts_changed)
        w.pages.currentChanged.connect(self._page_changed)
        w.table.selectionModel().selectionChanged.connect(lambda *_: self._update_star_action())
        actions["bookmark"].triggered.connect(lambda: library.toggle_bookmarks(w.chosen_ids()))
        actions["add_to_list"].triggered.connect(lambda: library.add_to_list(w.chosen_ids()))
        actions["remove_from_list"].triggered.connect(
            lambda: library.remove_from_list(w.chosen_ids()))
        actions["add_note"].triggered.connect(lambda: self.add_note(w.profile.cluster_id))
        actions["new_contact"].triggered.connect(lambda: self.new_contact(w.profile.cluster_id))
        actions["new_contact_blank"].triggered.connect(self.new_blank_contact)
        actions["undo"].triggered.connect(self.undo_stack.undo)
        actions["redo"].triggered.connect(self.undo_stack.redo)
        actions["show_contacts"].triggered.connect(self.show_contacts)
        actions["follow_ups"].triggered.connect(self.show_follow_ups)
        actions["import_contacts"].triggered.connect(self.import_contacts)
        actions["export_contacts"].triggered.connect(self.export_contacts)
        actions["back_up"].triggered.connect(library.back_up_now)
        actions["restore_backup"].triggered.connect(library.restore_from_backup)
        actions["show_table"].triggered.connect(self.show_clusters)
        actions["show_map"].triggered.connect(self.show_clusters)
        self._update_undo_actions()
        for menu in actions["bookmark"].associatedObjects():  # the Cluster menu: ticked or not
            if hasattr(menu, "aboutToShow"):
                menu.aboutToShow.connect(self._update_star_action)

    def start(self) -> None:
        """Open the user's data (after the first paint) and report a damaged file."""
        self._load_timer.stop()
        self.library.load()
        self.library.report_problem()

    def stop(self) -> None:
        self._load_timer.stop()

    # --- reacting to changes ---------------------------------------------------------------------

    def _library_changed(self) -> None:
        self.window.model.set_bookmarked(self.library.bookmarked)
        self.window.model.set_lists(self._lists_by_cluster())
        self.window.controller.refresh_user_data()
        self.refresh_profile()
        self._update_star_action()

    def _lists_by_cluster(self) -> dict[str, list[str]]:
        """The names of the lists each cluster is in (the ★ column marks them)."""
        lists: dict[str, list[str]] = {}
        for name, _count in self.library.lists():
            for cluster_id in self.library.list_ids(name):
                lists.setdefault(cluster_id, []).append(name)
        return lists

    def _availability_changed(self, available: bool) -> None:
        w = self.window
        for name in _USER_ACTIONS:
            w.actions[name].setEnabled(available)
        w.table.show_star_column(available)
        w.controller.set_user_filter(UserFilter(w.browse, self.library) if available else None)
        self.damage_label.setVisible(not available)
        if not available:
            w.facet_panel.groups[USER_FACET].setVisible(False)
            w.controller.user_values = ()
        w.controller.refresh_user_data()
        self.refresh_profile()

    def _contacts_changed(self) -> None:
        self.library.refresh()  # a JSON import brings bookmarks, lists and notes too
        self.refresh_profile()

    def _update_undo_actions(self, _changed: object = None) -> None:
        """Edit › Undo / Redo say what they would do ("Undo Delete Contact 'Ana'")."""
        stack, actions = self.undo_stack, self.window.actions
        for name, can, text, label, labelled in (
                ("undo", stack.canUndo(), stack.undoText(), self.tr("&Undo"),
                 self.tr("&Undo {action}")),
                ("redo", stack.canRedo(), stack.redoText(), self.tr("&Redo"),
                 self.tr("&Redo {action}"))):
            actions[name].setText(labelled.format(action=text.replace("&", "&&")) if can
                                  else label)
            actions[name].setEnabled(can)

    def _undo_index_changed(self, index: int) -> None:
        """After a delete (or its redo): 'Note deleted. Undo' for a while; after an undo: no."""
        done = index > self._undo_index and index > 0
        self._undo_index = index
        if done:
            self.undo_notice.show_for(self.undo_stack.command(index - 1).message)
        else:
            self.undo_notice.hide()

    def _page_changed(self, index: int) -> None:
        if index == CONTACTS_PAGE:
            self.contacts.ensure_view()
        self.window.status_label.setVisible(index == CLUSTERS_PAGE)  # "12 of 96 clusters"

    def _update_star_action(self) -> None:
        ids = self.window.chosen_ids()
        self.window.actions["bookmark"].setChecked(
            bool(ids) and all(i in self.library.bookmarked for i in ids))

    def refresh_profile(self) -> None:
        """Show the profile's cluster again (its star, lists, notes and contacts changed)."""
        if self.window.profile.cluster_id:
            self.window.show_cluster(self.window.profile.cluster_id, select=False)

    def profile_parts(self, cluster_id: str) -> dict[str, str]:
        return self.library.profile_parts(cluster_id)

    # --- what the user asks for ------------------------------------------------------------------

    def profile_action(self, action: str, argument: str) -> None:
        """A link of the profile's user parts: star, lists, notes, contacts, restore."""
        cluster_id = self.window.profile.cluster_id
        if action == "restore":
            self.library.restore_from_backup()
        elif not cluster_id:
            return
        elif action == "bookmark":
            self.library.toggle_bookmarks([cluster_id])
        elif action == "list-add":
            self.library.add_to_list([cluster_id])
        elif action == "list-remove":
            self.library.remove_from_list([cluster_id], argument)
        elif action == "note-add":
            self.add_note(cluster_id)
        elif action == "note-edit":
            self.library.edit_note(argument)
        elif action == "note-delete":
            self.library.delete_note(argument)
        elif action == "contact":
            self.show_contact(argument)
        elif action == "contact-new":
            self.new_contact(cluster_id)

    def add_note(self, cluster_id: str | None):
        if not cluster_id:
            self.window.statusBar().showMessage(self.tr("Select a cluster first."), MESSAGE_MS)
            return None
        summary = self.window.model.summary(self.window.model.row_of(cluster_id))
        return self.library.add_note(cluster_id, self.tr("On {cluster}").format(
            cluster=summary.name) if summary else "")

    def focus_search(self) -> bool:
        """Edit › Find… on the Contacts tab: its own search field (True when it took it)."""
        if self.window.pages.currentIndex() != CONTACTS_PAGE:
            return False
        self.contacts.focus_search()
        return True

    def show_clusters(self) -> None:
        self.window.pages.setCurrentIndex(CLUSTERS_PAGE)

    def show_cluster(self, cluster_id: str) -> None:
        """From the contacts: back to the clusters, showing that one."""
        self.show_clusters()
        self.window.show_cluster(cluster_id)

    def show_contacts(self):
        self.window.pages.setCurrentIndex(CONTACTS_PAGE)
        return self.contacts.ensure_view()

    def show_contact(self, uid: str) -> bool:
        self.show_contacts()
        return self.contacts.show_contact(uid)

    def show_follow_ups(self) -> None:
        view = self.show_contacts()
        if view is not None:
            view.show_follow_ups()

    def new_contact(self, cluster_id: str | None):
        view = self.contacts.ensure_view()  # the editor opens over the cluster's profile
        return view.new_contact(cluster_id=cluster_id) if view is not None else None

    def new_blank_contact(self):
        """File › New Contact (Ctrl+N) from any tab: the Contacts tab, then the editor."""
        view = self.show_contacts()
        return view.new_contact() if view is not None else None

    def import_contacts(self):
        view = self.show_contacts()
        return view.import_file() if view is not None else None

    def export_contacts(self):
        view = self.show_contacts()
        return view.export_file() if view is not None else None

    # --- settings --------------------------------------------------------------------------------

    def restore_settings(self, settings) -> None:
        """The ticked values of "Your lists" (those that still exist), before the filter."""
        values = settings.get("filter/user_lists")
        controller = self.window.controller
        if values and self.library.load():  # sets the controller's user filter
            controller.user_values = controller.user_filter.valid(values)
        else:
            controller.user_values = ()

    def save_settings(self, settings) -> None:
        settings.set("filter/user_lists", list(self.window.controller.user_values))
