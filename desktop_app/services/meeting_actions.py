"""Actions promised at a meeting, several at once, and where each promise was made.

The meeting editor of the Missions tab writes the actions promised at a meeting together
(`add_actions`: all of them or none, in one transaction), each through `AgendaService.add_action`
(a follow-up of the contact it was promised to, linked to the meeting and to its owner in the
delegation). `origin_labels` says, for each follow-up promised at a meeting, where: "Meeting with
CLAUT, Tue 15 Jul · Monterrey trip", for the Contacts tab's "To follow up" view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.services.agenda import AgendaService
from desktop_app.services.context import AppContext
from desktop_app.userdata import missions as repo
from desktop_app.userdata.db import transaction
from desktop_app.userdata.mission_models import MeetingAction


@dataclass(frozen=True)
class ActionDraft:
    """An action as typed in the meeting editor: what, by when (ISO or ""), promised to which
    contact (uid), owned by which member of the delegation (name, or "" for nobody)."""

    text: str
    due: str = ""
    contact_uid: str | None = None
    owner: str = ""


class MeetingActions:
    """The actions promised at meetings, for the window."""

    def __init__(self, context: AppContext, agenda: AgendaService | None = None) -> None:
        self._context = context
        self.agenda = agenda or AgendaService(context)

    def add_actions(self, meeting_id: int | str,
                    drafts: Sequence[ActionDraft]) -> list[MeetingAction]:
        """Record every draft (InvalidInput or NotFound for any of them: none is stored)."""
        out = []
        with transaction(self._context.user_db):
            for draft in drafts:
                out.append(self.agenda.add_action(meeting_id, draft.text, due=draft.due,
                                                  contact_uid=draft.contact_uid,
                                                  owner=draft.owner or None))
        return out

    def origin_labels(self) -> dict[str, str]:
        """follow-up uid -> 'Meeting with CLAUT, Tue 15 Jul · Monterrey trip' for each promise
        made at a meeting of a mission not deleted."""
        conn = self._context.user_db
        missions: dict[int, str] = {}
        out = {}
        for uid, (meeting_id, mission_id) in self.agenda.follow_up_origins().items():
            meeting = repo.get_meeting(conn, meeting_id)
            if meeting is None:
                continue
            if mission_id not in missions:
                mission = repo.get_mission(conn, mission_id)
                missions[mission_id] = mission.name if mission else ""
            day = dt.date.fromisoformat(meeting.day)
            out[uid] = f"{meeting.title}, {day:%a} {day.day} {day:%b} · {missions[mission_id]}"
        return out
