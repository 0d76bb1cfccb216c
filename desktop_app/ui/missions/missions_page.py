"""The Missions tab of the main window: a holder that builds the MissionsView the first time it
is needed (start-up never pays for it: the services, reportlab and the dialogs are imported
then), or explains why the missions are unavailable (the user's data file is damaged;
`ui.library.user_data_page`, as the Contacts tab).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.ui.library.user_data_page import UserDataPage


class MissionsPage(UserDataPage):
    """`view` is None until `ensure_view()`; `make_view()` builds it (the window's parts)."""

    def __init__(self, library, make_view, parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        self._make_view = make_view
        self.notice.setAccessibleName(self.tr("Why the missions are unavailable"))

    def _unavailable_text(self, problem: str) -> str:
        return self.tr("Your missions are unavailable.\n\n{problem}\n\n"
                       "File › Restore from Backup… brings back a good copy.").format(
                           problem=problem)

    def _build_view(self) -> QWidget:
        return self._make_view(self)
