"""Deleting with undo in the Missions tab: each delete is a command pushed onto a QUndoStack.

A command deletes through the service in `redo()` (which `push` runs at once) and brings the
record back in `undo()` (`MissionsService.delete` / `restore`, `AgendaService.delete_meeting` /
`restore_meeting`). A step that fails with an error the user can cause (the mission was restored
meanwhile from the command line) makes the command obsolete, so the stack drops it, and is said
through `report`. After each step `report` gets what happened ("Deleted the mission “Trip”.").

The tab keeps its own small stack until the window's one undo stack (Edit › Undo for notes,
contacts and missions alike) lands; moving onto it is passing that stack to `delete_mission`
and `delete_meeting` instead of the tab's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.errors import AtlasError
from desktop_app.services.agenda import AgendaService
from desktop_app.services.missions import MissionsService
from desktop_app.userdata.mission_models import Meeting, Mission

Report = Callable[[str], None]


class _DeleteCommand(QUndoCommand):
    """A delete through a service (`do`) and its undo (`take_back`), each returning what
    happened in words."""

    def __init__(self, text: str, report: Report) -> None:
        super().__init__(text)
        self._report = report

    def do(self) -> str:
        raise NotImplementedError

    def take_back(self) -> str:
        raise NotImplementedError

    def redo(self) -> None:
        self._step(self.do)

    def undo(self) -> None:
        self._step(self.take_back)

    def _step(self, step: Callable[[], str]) -> None:
        try:
            self._report(step())
        except AtlasError as exc:
            self.setObsolete(True)
            self._report(str(exc))


class DeleteMissionCommand(_DeleteCommand):
    def __init__(self, missions: MissionsService, mission: Mission, report: Report) -> None:
        super().__init__(f"Delete Mission “{mission.name}”", report)
        self._missions, self.mission_id, self._name = missions, mission.id, mission.name

    def do(self) -> str:
        self._missions.delete(self.mission_id)
        return f"Deleted the mission “{self._name}” with its agenda."

    def take_back(self) -> str:
        self._missions.restore(self.mission_id)
        return f"The mission “{self._name}” is back."


class DeleteMeetingCommand(_DeleteCommand):
    def __init__(self, agenda: AgendaService, meeting: Meeting, report: Report) -> None:
        super().__init__(f"Delete Meeting “{meeting.title}”", report)
        self._agenda, self.meeting_id, self._title = agenda, meeting.id, meeting.title

    def do(self) -> str:
        self._agenda.delete_meeting(self.meeting_id)
        return f"Deleted the meeting “{self._title}”."

    def take_back(self) -> str:
        self._agenda.restore_meeting(self.meeting_id)
        return f"The meeting “{self._title}” is back."


def delete_mission(stack: QUndoStack, missions: MissionsService, mission: Mission,
                   report: Report) -> None:
    """Delete a mission with its agenda; `stack.undo()` brings it all back."""
    stack.push(DeleteMissionCommand(missions, mission, report))


def delete_meeting(stack: QUndoStack, agenda: AgendaService, meeting: Meeting,
                   report: Report) -> None:
    """Delete a meeting (its promised actions stay with their contacts); undo brings it back."""
    stack.push(DeleteMeetingCommand(agenda, meeting, report))
