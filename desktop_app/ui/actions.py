"""The main window's actions and menus, declared in one place with platform-standard shortcuts.

Only actions with a handler are listed. Their words are marked for translation here
(`QT_TRANSLATE_NOOP`, context "Actions") and translated when the actions are built, after
`ui.common.language.install`. View › Language is `LanguageMenu`'s.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

CONTEXT = "Actions"
FILE = QT_TRANSLATE_NOOP("Actions", "&File")
EDIT = QT_TRANSLATE_NOOP("Actions", "&Edit")
CLUSTER = QT_TRANSLATE_NOOP("Actions", "&Cluster")
VIEW = QT_TRANSLATE_NOOP("Actions", "&View")
HELP = QT_TRANSLATE_NOOP("Actions", "&Help")


class ActionSpec(NamedTuple):
    name: str
    text: str  # marked with QT_TRANSLATE_NOOP, translated by `Actions`
    menu: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    role: QAction.MenuRole = QAction.MenuRole.NoRole
    separator: bool = False  # a line above it in its menu
    checkable: bool = False


ACTIONS = (
    ActionSpec("new_contact_blank", QT_TRANSLATE_NOOP("Actions", "&New Contact…"), FILE,
               QKeySequence.StandardKey.New,
               QT_TRANSLATE_NOOP("Actions", "A person you met: name, organisation, notes and "
                                            "follow-ups, in the Contacts tab")),
    ActionSpec("export_sheets",
               QT_TRANSLATE_NOOP("Actions", "&Export Fact Sheets of Selection…"), FILE, "Ctrl+E",
               QT_TRANSLATE_NOOP("Actions",
                                 "One PDF with a one-page fact sheet per selected cluster"),
               separator=True),
    ActionSpec("export_shown",
               QT_TRANSLATE_NOOP("Actions", "Export Fact Sheets of &All Shown…"), FILE,
               "Ctrl+Shift+E",
               QT_TRANSLATE_NOOP("Actions", "One PDF with a fact sheet for every cluster the "
                                            "filter shows, in table order")),
    ActionSpec("preview", QT_TRANSLATE_NOOP("Actions", "Print Pre&view…"), FILE, None,
               QT_TRANSLATE_NOOP("Actions", "Preview the fact sheets of the selected clusters, "
                                            "then print them")),
    ActionSpec("print", QT_TRANSLATE_NOOP("Actions", "&Print…"), FILE,
               QKeySequence.StandardKey.Print,
               QT_TRANSLATE_NOOP("Actions", "Print the fact sheets of the selected clusters")),
    ActionSpec("import_contacts", QT_TRANSLATE_NOOP("Actions", "&Import Contacts…"), FILE, None,
               QT_TRANSLATE_NOOP("Actions", "Contacts from vCard (phones, Google, Apple, "
                                            "Outlook), CSV or a Cluster Atlas export, with a "
                                            "preview"), separator=True),
    ActionSpec("export_contacts", QT_TRANSLATE_NOOP("Actions", "E&xport Contacts…"), FILE, None,
               QT_TRANSLATE_NOOP("Actions", "The contacts shown as vCard or CSV, or everything "
                                            "you own as JSON")),
    ActionSpec("back_up", QT_TRANSLATE_NOOP("Actions", "&Back Up Now"), FILE, None,
               QT_TRANSLATE_NOOP("Actions", "A copy of your bookmarks, notes and contacts in "
                                            "the backups folder"), separator=True),
    ActionSpec("restore_backup", QT_TRANSLATE_NOOP("Actions", "&Restore from Backup…"), FILE,
               None,
               QT_TRANSLATE_NOOP("Actions", "Replace your bookmarks, notes and contacts with a "
                                            "backup (the current data is kept)")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), FILE,
               QKeySequence.StandardKey.Quit, QT_TRANSLATE_NOOP("Actions", "Quit Cluster Atlas"),
               QAction.MenuRole.QuitRole, separator=True),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), EDIT, QKeySequence.StandardKey.Undo,
               QT_TRANSLATE_NOOP("Actions", "Take back the last change to your notes or "
                                            "contacts (a delete)")),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), EDIT, QKeySequence.StandardKey.Redo,
               QT_TRANSLATE_NOOP("Actions", "Do again what Undo took back")),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), EDIT, QKeySequence.StandardKey.Find,
               QT_TRANSLATE_NOOP("Actions", "Search names, acronyms, states, sectors, "
                                            "descriptions and your notes"), separator=True),
    ActionSpec("clear_filters", QT_TRANSLATE_NOOP("Actions", "&Clear Search and Filters"), EDIT,
               "Ctrl+Shift+L", QT_TRANSLATE_NOOP("Actions", "Show every cluster again")),
    ActionSpec("bookmark", QT_TRANSLATE_NOOP("Actions", "&Bookmark"), CLUSTER, "Ctrl+D",
               QT_TRANSLATE_NOOP("Actions", "Star the selected clusters, or remove their star"),
               checkable=True),
    ActionSpec("add_to_list", QT_TRANSLATE_NOOP("Actions", "&Add to List…"), CLUSTER,
               "Ctrl+Shift+D",
               QT_TRANSLATE_NOOP("Actions", "Put the selected clusters into one of your lists, "
                                            "or a new one")),
    ActionSpec("remove_from_list", QT_TRANSLATE_NOOP("Actions", "&Remove from List…"), CLUSTER,
               None, QT_TRANSLATE_NOOP("Actions", "Take the selected clusters out of one of your "
                                                  "lists")),
    ActionSpec("add_note", QT_TRANSLATE_NOOP("Actions", "Add &Note…"), CLUSTER, "Ctrl+Shift+N",
               QT_TRANSLATE_NOOP("Actions", "A dated note of your own on the cluster shown"),
               separator=True),
    ActionSpec("new_contact", QT_TRANSLATE_NOOP("Actions", "New &Contact for Cluster…"), CLUSTER,
               None, QT_TRANSLATE_NOOP("Actions", "A person met from the cluster shown")),
    ActionSpec("plan_meeting", QT_TRANSLATE_NOOP("Actions", "&Plan a Meeting…"), CLUSTER,
               "Ctrl+Shift+M",
               QT_TRANSLATE_NOOP("Actions", "A meeting with the selected cluster in one of your "
                                            "missions, or a new one"), separator=True),
    ActionSpec("add_to_mission", QT_TRANSLATE_NOOP("Actions", "Add to &Mission…"), CLUSTER, None,
               QT_TRANSLATE_NOOP("Actions", "Put the selected clusters on one of your missions, "
                                            "or a new one")),
    ActionSpec("mission_from_shown",
               QT_TRANSLATE_NOOP("Actions", "Make a Mission from &These Clusters…"), CLUSTER,
               None,
               QT_TRANSLATE_NOOP("Actions", "A new mission with the clusters shown (named after "
                                            "your list when the filter is one)")),
    ActionSpec("show_table", QT_TRANSLATE_NOOP("Actions", "&Table"), VIEW, "Ctrl+1",
               QT_TRANSLATE_NOOP("Actions", "The clusters as a table")),
    ActionSpec("show_map", QT_TRANSLATE_NOOP("Actions", "&Map"), VIEW, "Ctrl+2",
               QT_TRANSLATE_NOOP("Actions", "The clusters on a map of Mexico's states; click a "
                                            "state to filter by it")),
    ActionSpec("show_contacts", QT_TRANSLATE_NOOP("Actions", "&Contacts"), VIEW, "Ctrl+3",
               QT_TRANSLATE_NOOP("Actions", "The people you met: search, filter, edit, import "
                                            "and export"), separator=True),
    ActionSpec("follow_ups", QT_TRANSLATE_NOOP("Actions", "To &Follow Up"), VIEW, "Ctrl+4",
               QT_TRANSLATE_NOOP("Actions", "The actions you promised that are due")),
    ActionSpec("show_missions", QT_TRANSLATE_NOOP("Actions", "M&issions"), VIEW, "Ctrl+5",
               QT_TRANSLATE_NOOP("Actions", "Your trade missions: the agenda by day, "
                                            "delegation, calendar files, booklet")),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Cluster Atlas"), HELP, None,
               QT_TRANSLATE_NOOP("Actions", "The catalogue's source, version and date, and the "
                                            "licences"),
               QAction.MenuRole.AboutRole),
    ActionSpec("about_qt", QT_TRANSLATE_NOOP("Actions", "About &Qt"), HELP, None, "",
               QAction.MenuRole.AboutQtRole),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shortcut_text(name: str) -> str:
    """The shortcut of the action `name` as the menus show it, in the interface's language
    ('Ctrl+Shift+D'; 'Control+Mayúsculas+D'): for the texts that mention it."""
    spec = next(spec for spec in ACTIONS if spec.name == name)
    return QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)


class Actions:
    """`actions["find"]` etc.: the QActions of `ACTIONS`, parented to the window."""

    def __init__(self, window: QMainWindow) -> None:
        self._actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}  # by the menu's untranslated title ("&View")
        for spec in ACTIONS:
            action = QAction(_tr(spec.text), window)
            action.setObjectName(f"action-{spec.name}")
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.tip:
                action.setStatusTip(_tr(spec.tip))
                action.setToolTip(_tr(spec.tip))
            action.setMenuRole(spec.role)
            action.setCheckable(spec.checkable)
            self._actions[spec.name] = action
        window.addActions(list(self._actions.values()))  # shortcuts work with menus hidden too

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def build_menus(self, menu_bar: QMenuBar) -> None:
        menus = self.menus
        for spec in ACTIONS:
            if spec.menu not in menus:
                menus[spec.menu] = menu_bar.addMenu(_tr(spec.menu))
            elif spec.separator:
                menus[spec.menu].addSeparator()
            menus[spec.menu].addAction(self._actions[spec.name])
