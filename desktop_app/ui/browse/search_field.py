"""The search field: filters as you type (optionally after a short pause), Escape clears it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

MAX_LENGTH = 10_000


class SearchField(QLineEdit):
    """Emits `search_changed(text)` after each edit, or `delay_ms` after the last one."""

    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, delay_ms: int = 0) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Search names, acronyms, states, sectors, descriptions…")
        self.setAccessibleName("Search clusters")
        self.setAccessibleDescription("Names, acronyms, states, sectors, descriptions and your "
                                      "notes; Escape clears")
        # The clear button's icon loads Qt's SVG icon engine (~5 ms): not before the first frame,
        # where the button is hidden anyway unless there is text.
        QTimer.singleShot(0, self, self._enable_clear_button)
        self.setMaxLength(MAX_LENGTH)
        self.setMinimumWidth(320)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._emit)
        self.set_delay(delay_ms)
        self.textChanged.connect(self._edited)

    def _enable_clear_button(self) -> None:
        self.setClearButtonEnabled(True)

    def set_delay(self, delay_ms: int) -> None:
        self._timer.setInterval(max(0, delay_ms))

    def _edited(self, _text: str) -> None:
        if not self.isClearButtonEnabled():
            self.setClearButtonEnabled(True)
        if self._timer.interval() == 0:
            self._emit()
        else:
            self._timer.start()

    def _emit(self) -> None:
        self.search_changed.emit(self.text())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
