"""The Missions tab of the main window: a holder that builds the MissionsView the first time it
is needed (start-up never pays for it: the services, reportlab and the dialogs are imported
then), or explains why the missions are unavailable (the user's data file is damaged).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.ui.library.user_dialogs import problem_text


class MissionsPage(QWidget):
    """`view` is None until `ensure_view()`; `make_view()` builds it (the window's parts)."""

    def __init__(self, library, make_view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._make_view = make_view
        self.view = None
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setAccessibleName(self.tr("Why the missions are unavailable"))
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)

    def ensure_view(self):
        """The MissionsView, built now if needed; None while the user's data is unavailable."""
        if self.view is not None:
            return self.view
        if not self._library.load():
            self.notice.setText(self.tr(
                "Your missions are unavailable.\n\n{problem}\n\n"
                "File › Restore from Backup… brings back a good copy.").format(
                    problem=problem_text(self._library.error)))
            self.notice.show()
            return None
        self.notice.hide()
        self.view = self._make_view(self)
        self.layout().addWidget(self.view)
        return self.view

    def reset(self) -> None:
        """After a restore: the view is built again from the restored data when next needed."""
        if self.view is not None:
            self.view.hide()
            self.view.deleteLater()
            self.view = None
        if self.isVisible():
            self.ensure_view()
