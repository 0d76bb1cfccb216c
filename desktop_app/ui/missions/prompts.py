"""The questions the Missions tab asks, in one object that tests replace attribute by attribute
(no modal dialog is ever left waiting for a person in a test).

Each method shows a dialog and returns what the user chose, or None when they cancelled; the
dialogs that save (mission, member, meeting) do so through the callback or services given, so
that an error keeps them open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop_app.services.agenda import MeetingResult
from desktop_app.services.calendar_files import ImportPlan
from desktop_app.ui.missions.booklet_dialog import BookletChoice
from desktop_app.ui.missions.mission_services import MissionServices
from desktop_app.userdata.mission_models import Meeting, Member, Mission


def _with_suffix(name: str, suffixes: tuple[str, ...]) -> Path:
    path = Path(name)
    return path if path.suffix.lower() in suffixes else path.with_suffix(path.suffix
                                                                         + suffixes[0])


class Prompts:
    """Dialogs over `parent`."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self.parent, title, question,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def choose(self, title: str, label: str, items: list[str]) -> int | None:
        """The index of the item chosen (Enter picks the first), None when cancelled."""
        from desktop_app.ui.library.user_dialogs import choose_item

        return choose_item(self.parent, title, label, items)

    def mission(self, on_save: Callable[[dict], Mission], mission: Mission | None = None,
                name: str = "") -> Mission | None:
        from desktop_app.ui.missions.mission_dialog import MissionDialog

        dialog = MissionDialog(on_save, mission, self.parent, name=name)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def member(self, on_save: Callable[[dict], Member],
               member: Member | None = None) -> Member | None:
        from desktop_app.ui.missions.member_dialog import MemberDialog

        dialog = MemberDialog(on_save, member, self.parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def meeting(self, services: MissionServices, mission: Mission,
                meeting: Meeting | None = None, **options) -> MeetingResult | None:
        """The meeting editor (`options`: cluster_id, tab, status)."""
        from desktop_app.ui.missions.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(services, mission, meeting, self.parent, **options)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.saved if accepted else None

    def booklet_options(self, mission_name: str, paper: str) -> BookletChoice | None:
        from desktop_app.ui.missions.booklet_dialog import BookletDialog

        dialog = BookletDialog(mission_name, paper, self.parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def import_preview(self, plan: ImportPlan) -> set[int] | None:
        """The rows to skip, or None when the import is cancelled."""
        from desktop_app.ui.missions.calendar_import_dialog import CalendarImportDialog

        dialog = CalendarImportDialog(plan, self.parent)
        return dialog.skipped() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def open_path(self, title: str, folder: Path, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, str(folder), filters)
        return Path(name) if name else None

    def save_path(self, title: str, suggested: Path, filters: str,
                  suffixes: tuple[str, ...]) -> Path | None:
        """Where to save; the first of `suffixes` is added when the name has none of them."""
        name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), filters)
        return _with_suffix(name, suffixes) if name else None
