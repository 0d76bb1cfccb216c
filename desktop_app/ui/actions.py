"""The main window's actions and menus, declared in one place with platform-standard shortcuts.

Only actions with a handler are listed.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar


class ActionSpec(NamedTuple):
    name: str
    text: str
    menu: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    role: QAction.MenuRole = QAction.MenuRole.NoRole
    separator: bool = False  # a line above it in its menu
    checkable: bool = False


ACTIONS = (
    ActionSpec("export_sheets", "&Export Fact Sheets of Selection…", "&File", "Ctrl+E",
               "One PDF with a one-page fact sheet per selected cluster"),
    ActionSpec("export_shown", "Export Fact Sheets of &All Shown…", "&File", "Ctrl+Shift+E",
               "One PDF with a fact sheet for every cluster the filter shows, in table order"),
    ActionSpec("preview", "Print Pre&view…", "&File", None,
               "Preview the fact sheets of the selected clusters, then print them"),
    ActionSpec("print", "&Print…", "&File", QKeySequence.StandardKey.Print,
               "Print the fact sheets of the selected clusters"),
    ActionSpec("import_contacts", "&Import Contacts…", "&File", None,
               "Contacts from vCard (phones, Google, Apple, Outlook), CSV or a Cluster Atlas "
               "export, with a preview", separator=True),
    ActionSpec("export_contacts", "E&xport Contacts…", "&File", None,
               "The contacts shown as vCard or CSV, or everything you own as JSON"),
    ActionSpec("back_up", "&Back Up Now", "&File", None,
               "A copy of your bookmarks, notes and contacts in the backups folder",
               separator=True),
    ActionSpec("restore_backup", "&Restore from Backup…", "&File", None,
               "Replace your bookmarks, notes and contacts with a backup (the current data is "
               "kept)"),
    ActionSpec("quit", "&Quit", "&File", QKeySequence.StandardKey.Quit, "Quit Cluster Atlas",
               QAction.MenuRole.QuitRole, separator=True),
    ActionSpec("undo", "&Undo", "&Edit", QKeySequence.StandardKey.Undo,
               "Take back the last change to your notes or contacts (a delete)"),
    ActionSpec("redo", "&Redo", "&Edit", QKeySequence.StandardKey.Redo,
               "Do again what Undo took back"),
    ActionSpec("find", "&Find…", "&Edit", QKeySequence.StandardKey.Find,
               "Search names, acronyms, states, sectors, descriptions and your notes",
               separator=True),
    ActionSpec("clear_filters", "&Clear Search and Filters", "&Edit", "Ctrl+Shift+L",
               "Show every cluster again"),
    ActionSpec("bookmark", "&Bookmark", "&Cluster", "Ctrl+D",
               "Star the selected clusters, or remove their star", checkable=True),
    ActionSpec("add_to_list", "&Add to List…", "&Cluster", "Ctrl+Shift+D",
               "Put the selected clusters into one of your lists, or a new one"),
    ActionSpec("remove_from_list", "&Remove from List…", "&Cluster", None,
               "Take the selected clusters out of one of your lists"),
    ActionSpec("add_note", "Add &Note…", "&Cluster", "Ctrl+Shift+N",
               "A dated note of your own on the cluster shown", separator=True),
    ActionSpec("new_contact", "New &Contact for Cluster…", "&Cluster", None,
               "A person met from the cluster shown"),
    ActionSpec("plan_meeting", "&Plan a Meeting…", "&Cluster", "Ctrl+Shift+M",
               "A meeting with the selected cluster in one of your missions, or a new one",
               separator=True),
    ActionSpec("add_to_mission", "Add to &Mission…", "&Cluster", None,
               "Put the selected clusters on one of your missions, or a new one"),
    ActionSpec("mission_from_shown", "Make a Mission from &These Clusters…", "&Cluster", None,
               "A new mission with the clusters shown (named after your list when the filter "
               "is one)"),
    ActionSpec("show_table", "&Table", "&View", "Ctrl+1", "The clusters as a table"),
    ActionSpec("show_map", "&Map", "&View", "Ctrl+2",
               "The clusters on a map of Mexico's states; click a state to filter by it"),
    ActionSpec("show_contacts", "&Contacts", "&View", "Ctrl+3",
               "The people you met: search, filter, edit, import and export", separator=True),
    ActionSpec("follow_ups", "To &Follow Up", "&View", "Ctrl+4",
               "The actions you promised that are due"),
    ActionSpec("show_missions", "M&issions", "&View", "Ctrl+5",
               "Your trade missions: the agenda by day, delegation, calendar files, booklet"),
    ActionSpec("about", "&About Cluster Atlas", "&Help", None,
               "The catalogue's source, version and date, and the licences",
               QAction.MenuRole.AboutRole),
    ActionSpec("about_qt", "About &Qt", "&Help", None, "", QAction.MenuRole.AboutQtRole),
)


class Actions:
    """`actions["find"]` etc.: the QActions of `ACTIONS`, parented to the window."""

    def __init__(self, window: QMainWindow) -> None:
        self._actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            action = QAction(spec.text, window)
            action.setObjectName(f"action-{spec.name}")
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.tip:
                action.setStatusTip(spec.tip)
                action.setToolTip(spec.tip)
            action.setMenuRole(spec.role)
            action.setCheckable(spec.checkable)
            self._actions[spec.name] = action
        window.addActions(list(self._actions.values()))  # shortcuts work with menus hidden too

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def build_menus(self, menu_bar: QMenuBar) -> None:
        menus = {}
        for spec in ACTIONS:
            if spec.menu not in menus:
                menus[spec.menu] = menu_bar.addMenu(spec.menu)
            elif spec.separator:
                menus[spec.menu].addSeparator()
            menus[spec.menu].addAction(self._actions[spec.name])
