"""The meeting editor: a new meeting of a mission, or one of its agenda, in three tabs.

"Meeting" (what, when on the place's clock, where, status, objective: `meeting_when`), "People"
(the clusters and contacts met, who of the delegation attends: `meeting_people`) and "After the
meeting" (outcome and the actions promised, which become the contacts' follow-ups:
`meeting_after`). Every change is checked as the service would check it (`AgendaService.prepare`,
nothing stored) and the line under the time says what it means or what is missing. Saving
stores the meeting and then its new actions (all of them or none); a conflict never stops it:
the agenda flags it. Escape in a cell editor closes the cell editor only; closing with unsaved
changes asks (Save / Discard / Cancel); Ctrl+Enter saves.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QWidget

from desktop_app.catalogue.models import ClusterSummary
from desktop_app.errors import AtlasError
from desktop_app.services.agenda import MeetingResult, meeting_times
from desktop_app.ui.common import language
from desktop_app.ui.common.editor_dialog import EditorDialog
from desktop_app.ui.common.error_text import error_text
from desktop_app.ui.missions.choice_model import Choice
from desktop_app.ui.missions.meeting_after import AfterSection
from desktop_app.ui.missions.meeting_people import PeopleSection
from desktop_app.ui.missions.meeting_when import WhenSection
from desktop_app.ui.missions.mission_services import MissionServices
from desktop_app.userdata.mission_models import Meeting, Mission

WHEN_TAB, PEOPLE_TAB, AFTER_TAB = range(3)


def nowhere_text() -> str:
    """What the editor says while nothing tells where the meeting is."""
    return QCoreApplication.translate(
        "meeting_dialog", "Where is it? Tick a cluster (People tab), type a border city, or "
        "choose the clock: nothing says where this meeting is.")


def cluster_choice(summary: ClusterSummary) -> Choice:
    """'CLAUT · Cluster Automotriz de Nuevo León', its state as the tooltip."""
    text = f"{summary.acronym} · {summary.name}" if summary.acronym else summary.name
    return Choice(summary.id, text, f"{text} ({summary.state_name})" if summary.state_name
                  else text)


class MeetingDialog(EditorDialog):
    """Plan or edit one meeting; `saved` is the MeetingResult of the last save."""

    def __init__(self, services: MissionServices, mission: Mission,
                 meeting: Meeting | None = None, parent: QWidget | None = None, *,
                 cluster_id: str | None = None, tab: int = WHEN_TAB,
                 status: str | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._mission = mission
        self._meeting = meeting
        self.saved: MeetingResult | None = None
        self.setWindowTitle(self.tr("Meeting: {title}").format(title=meeting.title) if meeting
                            else self.tr("New meeting of {mission}").format(
                                mission=mission.name))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(660, 560)
        self.when = WhenSection()
        self.people = PeopleSection()
        self.after = AfterSection()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the meeting"))
        self.tabs.addTab(self.when, self.tr("&Meeting"))
        self.tabs.addTab(self.people, self.tr("P&eople"))
        self.tabs.addTab(self.after, self.tr("&After the meeting"))
        buttons = self._lay_out(self.tabs, self.tr("Why the meeting was not saved"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save the meeting (Ctrl+Enter)"))
        self._load(meeting or self._new_meeting(cluster_id), cluster_id)
        if status:
            self.when.status.setCurrentIndex(max(0, self.when.status.findData(status)))
        self._loaded = self._snapshot()
        for section in (self.when, self.people):
            section.changed.connect(self.refresh)
        self.people.changed.connect(
            lambda: self.after.set_contacts(self.people.contact_names()))
        self.refresh()
        self.tabs.setCurrentIndex(tab)
        (self.after.outcome if tab == AFTER_TAB else self.when.title).setFocus()

    # --- loading ---------------------------------------------------------------------------------

    def _new_meeting(self, cluster_id: str | None) -> Meeting:
        day = self._mission.start or dt.date.today().isoformat()
        return Meeting(mission_id=self._mission.id, start_local=f"{day}T10:00", tz="",
                       cluster_ids=[cluster_id] if cluster_id else [])

    def _load(self, meeting: Meeting, cluster_id: str | None) -> None:
        services, mission = self._services, self._mission
        agenda = services.agenda
        automatic = not meeting.tz or meeting.tz == agenda.zone_for(meeting.cluster_ids,
                                                                    meeting.city)
        self.when.load(meeting, automatic)
        ids = list(dict.fromkeys(mission.cluster_ids + meeting.cluster_ids
                                 + ([cluster_id] if cluster_id else [])))
        summaries = services.browse.search(services.browse.make_filter(),
                                           lang=language.current())
        catalogue = {s.id: cluster_choice(s) for s in summaries}
        self._short_names = {s.id: s.acronym or s.name for s in summaries}
        clusters = [catalogue.get(cid, Choice(cid, self.tr("{id} (not in the catalogue)").format(
            id=cid))) for cid in ids]
        self.people.set_catalogue(list(catalogue.values()))
        contacts = [(Choice(c.uid, " — ".join(p for p in (c.display_name, c.organisation)
                                              if p) or self.tr("(no name)")),
                     list(c.cluster_ids))
                    for c in services.contacts.list()]
        names = {m.id: m.name for m in mission.members}
        attending = None if meeting.all_members else [names[i] for i in meeting.member_ids
                                                      if i in names]
        self.people.load(clusters, meeting.cluster_ids, contacts, meeting.contact_uids,
                         [m.name for m in mission.members], attending)
        recorded = [a for a in agenda.actions(mission) if a.meeting_id == meeting.id] \
            if meeting.id else []
        self.after.load(meeting.outcome, recorded, [m.name for m in mission.members])
        self.after.set_contacts(self.people.contact_names())

    # --- reading back ------------------------------------------------------------------------

    def changes(self) -> dict:
        """The keywords of `AgendaService.add_meeting` / `edit_meeting` the fields say."""
        return {**self.when.values(), **self.people.values(), **self.after.values()}

    def _snapshot(self) -> tuple:
        return self.changes(), tuple(self.after.drafts()[0])

    def has_changes(self) -> bool:
        return self._snapshot() != self._loaded

    def _nowhere(self, changes: dict) -> bool:
        return not changes["tz"] and not (self._meeting and self._meeting.tz) and \
            self._services.agenda.zone_for(changes["cluster_ids"], changes["city"]) is None

    def refresh(self) -> None:
        """Check the fields as the service would; say what they mean, or what is missing."""
        changes = self.changes()
        if self._nowhere(changes):
            self.when.show_resolved(None, None, "", "", nowhere_text())
            return
        base = self._meeting or Meeting(mission_id=self._mission.id, start_local="", tz="")
        prepared = {k: v for k, v in changes.items() if k != "outcome"}
        try:
            meeting = self._services.agenda.prepare(self._mission, base, **prepared)
            start, end = meeting_times(meeting)
        except AtlasError as exc:
            self.when.show_resolved(None, None, "", "", error_text(exc))
            return
        if meeting.all_day:
            self.when.show_resolved(None, None, "", "", "")
            return
        self.when.show_resolved(start, end, meeting.tz, self._mission.home_tz)

    # --- saving ----------------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What keeps the meeting from being saved as typed (each one line)."""
        changes = self.changes()
        problems = [nowhere_text()] if self._nowhere(changes) else []
        if not self.people.whole.isChecked() and not changes["members"]:
            problems.append(self.tr("Who attends? Tick members of the delegation, or the whole "
                                    "delegation (People tab)."))
        problems += self.after.drafts()[1]
        return problems

    def accept(self) -> None:
        """Save the meeting, then its new actions; on an error stay open and say why."""
        self.after.commit_edits()
        problems = self.problems()
        if problems:
            self.show_error("\n".join(problems))
            return
        changes = self.changes()
        if not changes["title"].strip():
            changes["title"] = self._default_title(changes)
        agenda = self._services.agenda
        try:
            if self._meeting is None:
                at, outcome = changes.pop("at"), changes.pop("outcome")
                result = agenda.add_meeting(self._mission.id, at, **changes)
                if outcome.strip():
                    result = agenda.edit_meeting(result.meeting.id, outcome=outcome)
            else:
                result = agenda.edit_meeting(self._meeting.id, **changes)
            self._meeting = result.meeting  # saved: a second try edits it, never doubles it
            self.saved = result
            drafts, _ = self.after.drafts()
            if drafts:
                self._services.actions.add_actions(result.meeting.id, drafts)
        except AtlasError as exc:
            self.show_error(error_text(exc))
            return
        super().accept()

    def _default_title(self, changes: dict) -> str:
        """'Meeting with CLAUT' (the first cluster's acronym or name, else the first contact's
        name), in the interface's language; '' leaves the title to the service."""
        first = next(iter(changes["cluster_ids"]), None)
        name = self._short_names.get(first) if first else None
        if name is None and changes["contact_uids"]:
            name = dict(self.people.contact_names()).get(changes["contact_uids"][0])
        return self.tr("Meeting with {name}").format(name=name) if name else ""
