"""The search field: filters as you type (optionally after a short pause), Escape clears it, Down
or Enter goes on to the results (`results_requested`: the window moves the focus to the table).

The window's Ctrl shortcuts work while the field has the focus: on Linux a line edit takes Ctrl+E
(end of line) and Ctrl+D (delete) for itself, so a user who types a search and presses Ctrl+E to
export got nothing. Only the editing keys (select all, copy, cut, paste, undo, redo, moving by
words) stay with the field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

MAX_LENGTH = 10_000
EDITING_KEYS = frozenset({Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_V, Qt.Key.Key_X, Qt.Key.Key_Z,
                          Qt.Key.Key_Y, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home,
                          Qt.Key.Key_End, Qt.Key.Key_Backspace, Qt.Key.Key_Delete,
                          Qt.Key.Key_Insert, Qt.Key.Key_Control, Qt.Key.Key_Shift})


class SearchField(QLineEdit):
    """Emits `search_changed(text)` after each edit, or `delay_ms` after the last one."""

    search_changed = Signal(str)
    results_requested = Signal()  # Down, Enter: the user is done typing

    def __init__(self, parent: QWidget | None = None, delay_ms: int = 0) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search names, acronyms, states, sectors, "
                                        "descriptions…"))
        self.setAccessibleName(self.tr("Search clusters"))
        self.setAccessibleDescription(self.tr("Names, acronyms, states, sectors, descriptions "
                                              "and your notes; Escape clears"))
        self.setClearButtonEnabled(True)
        self.setMaxLength(MAX_LENGTH)
        self.setMinimumWidth(320)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._emit)
        self.set_delay(delay_ms)
        self.textChanged.connect(self._edited)

    def set_delay(self, delay_ms: int) -> None:
        self._timer.setInterval(max(0, delay_ms))

    def _edited(self, _text: str) -> None:
        if self._timer.interval() == 0:
            self._emit()
        else:
            self._timer.start()

    def _emit(self) -> None:
        self.search_changed.emit(self.text())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                and Qt.Key(event.key()) not in EDITING_KEYS:
            event.ignore()  # not for the field: the window's shortcut fires
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self._timer.isActive():  # a pause-delayed search runs now, before the results
                self._timer.stop()
                self._emit()
            self.results_requested.emit()
            return
        super().keyPressEvent(event)
