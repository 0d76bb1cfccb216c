"""Deleting with undo in the Missions tab: commands on the window's one undo stack.

A command deletes through the service in `redo()` (which `push` runs at once) and brings the
record back in `undo()` (`MissionsService.delete` / `restore`, `AgendaService.delete_meeting` /
`restore_meeting`), as `ui.common.undo_commands.ServiceCommand` does for notes and contacts: one
Edit › Undo for everything. A step that fails with an error the user can cause (the mission was
restored meanwhile from the command line) makes the command obsolete, so the stack drops it.
After each step `report` gets what happened ("Deleted the mission “Trip”.").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from desktop_app.services.agenda import AgendaService
from desktop_app.services.missions import MissionsService
from desktop_app.ui.common.undo_commands import ServiceCommand
from desktop_app.userdata.mission_models import Meeting, Mission

Report = Callable[[str], None]


def _reporting(report: Report) -> dict:
    """ServiceCommand's two callbacks, both handing `report` the words of what happened."""
    return {"on_change": lambda command: report(command.message),
            "report": lambda _title, text: report(text)}


class DeleteMissionCommand(ServiceCommand):
    def __init__(self, missions: MissionsService, mission: Mission, report: Report) -> None:
        super().__init__(QCoreApplication.translate(
            "DeleteMissionCommand", "Delete Mission “{mission}”").format(mission=mission.name),
            **_reporting(report))
        self._missions, self.mission_id, self._name = missions, mission.id, mission.name

    def do(self) -> str:
        self._missions.delete(self.mission_id)
        return QCoreApplication.translate(
            "DeleteMissionCommand", "Deleted the mission “{mission}” with its agenda.").format(
                mission=self._name)

    def take_back(self) -> str:
        self._missions.restore(self.mission_id)
        return QCoreApplication.translate(
            "DeleteMissionCommand", "The mission “{mission}” is back.").format(mission=self._name)


class DeleteMeetingCommand(ServiceCommand):
    def __init__(self, agenda: AgendaService, meeting: Meeting, report: Report) -> None:
        super().__init__(QCoreApplication.translate(
            "DeleteMeetingCommand", "Delete Meeting “{title}”").format(title=meeting.title),
            **_reporting(report))
        self._agenda, self.meeting_id, self._title = agenda, meeting.id, meeting.title

    def do(self) -> str:
        self._agenda.delete_meeting(self.meeting_id)
        return QCoreApplication.translate(
            "DeleteMeetingCommand", "Deleted the meeting “{title}”.").format(title=self._title)

    def take_back(self) -> str:
        self._agenda.restore_meeting(self.meeting_id)
        return QCoreApplication.translate(
            "DeleteMeetingCommand", "The meeting “{title}” is back.").format(title=self._title)


def delete_mission(stack: QUndoStack, missions: MissionsService, mission: Mission,
                   report: Report) -> None:
    """Delete a mission with its agenda; `stack.undo()` brings it all back."""
    stack.push(DeleteMissionCommand(missions, mission, report))


def delete_meeting(stack: QUndoStack, agenda: AgendaService, meeting: Meeting,
                   report: Report) -> None:
    """Delete a meeting (its promised actions stay with their contacts); undo brings it back."""
    stack.push(DeleteMeetingCommand(agenda, meeting, report))
