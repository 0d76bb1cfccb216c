"""View › Language: System / English / Español, saved in the `view/language` setting.

The window is built in one language (`ui.common.language`), so a new choice takes effect the
next time Cluster Atlas starts: the menu says so in a line of its own, and after a choice the
status bar says which language comes at the next start. The languages are named in themselves
("Español" in an English window too); the system's choice names the language it stands for.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.i18n import system_language
from desktop_app.ui.common import language


class LanguageMenu(QMenu):
    """The submenu; `language_chosen(choice)` ("", "en" or "es") when the user picks one."""

    language_chosen = Signal(str)

    def __init__(self, choice: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("menu-language")
        note = self.addAction(self.tr("Takes effect when Cluster Atlas next starts"))
        note.setEnabled(False)
        self.addSeparator()
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.choice_actions: dict[str, QAction] = {}
        for value in language.CHOICES:
            if value == language.SYSTEM:
                text = self.tr("&System's Language ({language})").format(
                    language=language.NATIVE_NAMES[system_language()])
            else:
                text = language.NATIVE_NAMES[value]
            action = self.addAction(text)
            action.setObjectName(f"action-language-{value or 'system'}")
            action.setCheckable(True)
            action.setChecked(value == language.chosen(choice))
            action.triggered.connect(lambda _checked=False, v=value: self._choose(v))
            self._group.addAction(action)
            self.choice_actions[value] = action

    def _choose(self, value: str) -> None:
        self.language_chosen.emit(value)

    def after_restart_text(self, value: str) -> str:
        """What the status bar says after a choice."""
        name = language.NATIVE_NAMES[language.interface_language(value)]
        return self.tr("Cluster Atlas will be in {language} the next time it starts.").format(
            language=name)
