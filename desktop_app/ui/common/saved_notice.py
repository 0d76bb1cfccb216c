"""'Saved 3 pages to …/trip.pdf  Open · Show in Folder': what an export wrote, in the status bar.

Shown for a while after an export (or until the next one), so the user knows where the file went
and can open it or its folder with one click, without a dialog to dismiss. The full path is in the
tooltip; the shown one starts with `~` under the home folder and is cut in the middle when long.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

SHOWN_MS = 60_000
MAX_PATH_CHARS = 60


def short_path(path: Path, home: Path | None = None) -> str:
    """`~/Documents/trip.pdf`; a long one as `…/folder/trip.pdf` (the name is always whole)."""
    home = home or Path.home()
    try:
        text = "~/" + path.relative_to(home).as_posix()
    except ValueError:
        text = str(path)
    if len(text) <= MAX_PATH_CHARS:
        return text
    tail = path.name
    for part in reversed(path.parent.parts):
        if len(part) + len(tail) + 3 > MAX_PATH_CHARS:
            break
        tail = f"{part}/{tail}"
    return f"…/{tail}"


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class SavedNotice(QWidget):
    """A label and two buttons; `show_saved(path, what)` fills and shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QToolButton()
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the saved file"))
        self.folder_button = QToolButton()
        self.folder_button.setText(self.tr("Show in Folder"))
        self.folder_button.setAccessibleName(self.tr("Show the saved file's folder"))
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this notice"))
        self.close_button.setAccessibleName(self.tr("Hide the saved-file notice"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(4)
        for widget in (self.label, self.open_button, self.folder_button, self.close_button):
            layout.addWidget(widget)
        self.open_button.clicked.connect(lambda: self.path and open_file(self.path))
        self.folder_button.clicked.connect(lambda: self.path and show_in_folder(self.path))
        self.close_button.clicked.connect(self.hide)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_saved(self, path: Path, what: str) -> None:
        """'Saved {what} to {path}' (`what` in the interface's language: '3 pages', '12
        contacts')."""
        self.path = path
        saved = self.tr("Saved {what} to {path}")
        self.label.setText(saved.format(what=what, path=short_path(path)))
        self.label.setToolTip(str(path))
        self.setAccessibleName(saved.format(what=what, path=path))
        self.show()
        self._timer.start(SHOWN_MS)
