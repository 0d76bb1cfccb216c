"""The main window's actions and menus, declared in one place with platform-standard shortcuts.

Only actions with a handler are listed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    menu: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    role: QAction.MenuRole = QAction.MenuRole.NoRole


ACTIONS = (
    ActionSpec("export_sheets", "&Export Fact Sheets of Selection…", "&File", "Ctrl+E",
               "One PDF with a one-page fact sheet per selected cluster"),
    ActionSpec("export_shown", "Export Fact Sheets of &All Shown…", "&File", "Ctrl+Shift+E",
               "One PDF with a fact sheet for every cluster the filter shows, in table order"),
    ActionSpec("preview", "Print Pre&view…", "&File", None,
               "Preview the fact sheets of the selected clusters, then print them"),
    ActionSpec("print", "&Print…", "&File", QKeySequence.StandardKey.Print,
               "Print the fact sheets of the selected clusters"),
    ActionSpec("quit", "&Quit", "&File", QKeySequence.StandardKey.Quit, "Quit Cluster Atlas",
               QAction.MenuRole.QuitRole),
    ActionSpec("find", "&Find…", "&Edit", QKeySequence.StandardKey.Find,
               "Search names, acronyms, states, sectors and descriptions"),
    ActionSpec("clear_filters", "&Clear Search and Filters", "&Edit", "Ctrl+Shift+L",
               "Show every cluster again"),
    ActionSpec("show_table", "&Table", "&View", "Ctrl+1", "The clusters as a table"),
    ActionSpec("show_map", "&Map", "&View", "Ctrl+2",
               "The clusters on a map of Mexico's states; click a state to filter by it"),
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
            self._actions[spec.name] = action
        window.addActions(list(self._actions.values()))  # shortcuts work with menus hidden too

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def build_menus(self, menu_bar: QMenuBar) -> None:
        menus = {}
        for spec in ACTIONS:
            if spec.menu not in menus:
                menus[spec.menu] = menu_bar.addMenu(spec.menu)
            menus[spec.menu].addAction(self._actions[spec.name])
