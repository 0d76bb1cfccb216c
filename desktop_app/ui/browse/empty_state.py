"""What the cluster table shows when nothing matches: why, and the way out in one click.

"No cluster matches", the search text and ticked values that are in force (so a filter restored
from the last session explains itself), and a "Clear search and filters" button
(`clear_requested`), which is also Edit › Clear Search and Filters (Ctrl+Shift+L).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

TITLE = "No cluster matches"


def filter_words(text: str, ticked: list[tuple[str, list[str]]]) -> str:
    """'the search “xyz” with Sector: Aerospace; State: Colima' for the explanation line."""
    parts = [f"{title}: {', '.join(names)}" for title, names in ticked if names]
    words = []
    if text.strip():
        words.append(f"the search “{text.strip()}”")
    if parts:
        words.append(("with " if words else "") + "; ".join(parts))
    return " ".join(words)


class EmptyState(QWidget):
    """A centred title, the filter in words and the Clear button, over the empty table."""

    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(False)
        self.title = QLabel(TITLE)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.details.setAccessibleName("Why no cluster is shown")
        self.button = QPushButton("Clear search and filters")
        self.button.setToolTip("Show every cluster again (Ctrl+Shift+L)")
        self.button.setAccessibleName("Clear search and filters")
        self.button.clicked.connect(self.clear_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 40, 24, 24)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setAccessibleName(TITLE)

    def set_filter_words(self, words: str) -> None:
        self.details.setText(f"Nothing matches {words}." if words else
                             "Nothing matches the current filter.")
        self.setAccessibleDescription(self.details.text())
