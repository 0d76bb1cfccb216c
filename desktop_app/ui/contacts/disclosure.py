"""A disclosure: a flat ▸/▾ button that shows or hides a part of a dialog ("More name fields",
"Skipped lines (3)"). Open or closed is said by its arrow and its checked state (which assistive
technology reads), not by a button that stays pressed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget

STYLE = ("QToolButton { border: 1px solid transparent; border-radius: 3px; }"
         "QToolButton:hover, QToolButton:focus { border-color: palette(mid); }")


class Disclosure(QToolButton):
    """Checked: the part it governs is shown. `toggled(bool)` says when that changes."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setStyleSheet(STYLE)
        self.setText(text)
        self.setAccessibleName(text)
        self.setArrowType(Qt.ArrowType.RightArrow)
        self.toggled.connect(self._arrow)

    def _arrow(self, shown: bool) -> None:
        self.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
