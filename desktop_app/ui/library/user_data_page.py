"""A tab of the main window that shows the user's data (Contacts, Missions): a holder that builds
its view the first time it is needed (start-up never pays for it), or explains why the data is
unavailable (the user's data file is damaged), and builds the view again after a restore.

Each tab says in its own words what is unavailable (`_unavailable_text`) and builds its own view
(`_build_view`); the words stay in the tab's class, as PySide6 translates `self.tr` by the class
of the object.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.ui.library.user_dialogs import problem_text


class UserDataPage(QWidget):
    """`view` is None until `ensure_view()`; `notice` says why the data is unavailable (the tab
    gives it its accessible name)."""

    def __init__(self, library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.view = None
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)

    def ensure_view(self):
        """The view, built now if needed; None while the user's data is unavailable."""
        if self.view is not None:
            return self.view
        if not self._library.load():
            self.notice.setText(self._unavailable_text(problem_text(self._library.error)))
            self.notice.show()
            return None
        self.notice.hide()
        view = self._build_view()
        self.layout().addWidget(view)
        self.view = view
        return view

    def reset(self) -> None:
        """After a restore: the view is built again from the restored data when next needed."""
        if self.view is not None:
            self.view.hide()
            self.view.deleteLater()
            self.view = None
        if self.isVisible():
            self.ensure_view()

    def _unavailable_text(self, problem: str) -> str:
        """'Your … are unavailable.' with the problem and the way back (a backup)."""
        raise NotImplementedError

    def _build_view(self) -> QWidget:
        raise NotImplementedError
