"""What the cluster table shows when nothing matches: why, and the way out in one click.

"No cluster matches", the search text and ticked values that are in force (so a filter restored
from the last session explains itself), and a "Clear search and filters" button
(`clear_requested`), which is also Edit › Clear Search and Filters (Ctrl+Shift+L).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.actions import shortcut_text


def filter_words(text: str, ticked: list[tuple[str, list[str]]]) -> str:
    """'Nothing matches the search “xyz” with Sector: Aerospace; State: Colima.', the
    explanation line, for the search text and the ticked values ((group title, names))."""
    translate = QCoreApplication.translate
    values = "; ".join(translate("EmptyState", "{facet}: {values}").format(
        facet=title, values=", ".join(names)) for title, names in ticked if names)
    text = text.strip()
    if text and values:
        return translate("EmptyState", "Nothing matches the search “{text}” with {values}.") \
            .format(text=text, values=values)
    if text:
        return translate("EmptyState", "Nothing matches the search “{text}”.").format(text=text)
    if values:
        return translate("EmptyState", "Nothing matches {values}.").format(values=values)
    return translate("EmptyState", "Nothing matches the current filter.")


class EmptyState(QWidget):
    """A centred title, the filter in words and the Clear button, over the empty table."""

    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(False)
        self.title = QLabel(self.tr("No cluster matches"))
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.details.setAccessibleName(self.tr("Why no cluster is shown"))
        self.button = QPushButton(self.tr("Clear search and filters"))
        self.button.setToolTip(self.tr("Show every cluster again ({keys})").format(
            keys=shortcut_text("clear_filters")))
        self.button.setAccessibleName(self.tr("Clear search and filters"))
        self.button.clicked.connect(self.clear_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 40, 24, 24)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setAccessibleName(self.title.text())

    def set_filter_words(self, words: str) -> None:
        """The explanation line (`filter_words`)."""
        self.details.setText(words)
        self.setAccessibleDescription(words)
