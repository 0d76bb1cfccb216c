"""The mission shown in the Missions tab: its details (dates, destinations, purpose, home zone),
and three tabs, the agenda by day, the delegation and the clusters to visit; beneath them the
files: calendar export and import, booklet, report.

Everything the panels ask for is done here through the services, asking the user through
`Prompts`; deletes go onto the tab's undo stack. `changed` tells the tab that the mission's
name or dates may have changed; `message(text)` is a line for the tab's status; `saved(Saved)`
a file written (the tab shows where, with Open and Show in Folder). The Clusters tab's selection
and filter come from `ClusterSource` (the window's; none in a test unless given).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.catalogue.models import ClusterFilter
from desktop_app.errors import AtlasError
from desktop_app.services.agenda import MeetingResult
from desktop_app.ui.common import language
from desktop_app.ui.common.error_text import error_text
from desktop_app.ui.common.locale_words import range_text, zone_city
from desktop_app.ui.missions import mission_files, mission_undo
from desktop_app.ui.missions.agenda_panel import AgendaPanel
from desktop_app.ui.missions.clusters_panel import ClustersPanel
from desktop_app.ui.missions.delegation_panel import DelegationPanel
from desktop_app.ui.missions.meeting_dialog import AFTER_TAB
from desktop_app.ui.missions.mission_services import MissionServices
from desktop_app.ui.missions.prompts import Prompts
from desktop_app.ui.settings import Settings
from desktop_app.userdata.mission_models import Mission

AGENDA_TAB, DELEGATION_TAB, CLUSTERS_TAB = range(3)


class ClusterSource(NamedTuple):
    """What the Clusters tab offers: its selected cluster ids, and its current filter."""

    selected_ids: Callable[[], list[str]] = list
    shown_filter: Callable[[], ClusterFilter | None] = lambda: None


NO_SOURCE = ClusterSource()


def member_fields(fields: dict) -> dict:
    return {key: fields[key] for key in ("organisation", "role", "phone", "email")}


class MissionDetail(QWidget):
    """One mission: details, agenda, delegation, clusters, files."""

    changed = Signal()
    message = Signal(str)
    saved = Signal(object)  # mission_files.Saved

    def __init__(self, services: MissionServices, prompts: Prompts, undo_stack: QUndoStack,
                 settings: Settings | None = None, source: ClusterSource = NO_SOURCE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.prompts, self.undo_stack = services, prompts, undo_stack
        self.settings, self.source = settings, source
        self.mission: Mission | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Mission"))
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(self.tr("Dates, destinations and home zone"))
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.edit_button = QPushButton(self.tr("Ed&it mission…"))
        self.edit_button.setAccessibleName(self.tr("Edit the mission's name, dates and details"))
        self.edit_button.clicked.connect(self.edit_mission)
        self.agenda = AgendaPanel()
        self.delegation = DelegationPanel()
        self.clusters = ClustersPanel()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Agenda, delegation and clusters of the mission"))
        self.tabs.addTab(self.agenda, self.tr("A&genda"))
        self.tabs.addTab(self.delegation, "")
        self.tabs.addTab(self.clusters, "")
        self.file_buttons = {}
        files = QHBoxLayout()
        for key, text, name, slot in (
                ("ics", self.tr("E&xport calendar (.ics)…"),
                 self.tr("Export the agenda as a calendar file"), self.export_calendar),
                ("import", self.tr("Imp&ort calendar…"),
                 self.tr("Import a calendar file into the agenda"), self.import_calendar),
                ("booklet", self.tr("&Booklet…"), self.tr("Save the mission booklet (PDF)"),
                 self.booklet),
                ("report", self.tr("&Report…"), self.tr("Save the mission report (PDF or CSV)"),
                 self.report)):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.clicked.connect(slot)
            self.file_buttons[key] = button
            files.addWidget(button)
        files.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.facts)
        layout.addWidget(self.purpose)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(files)
        self._count_tabs(0, 0)
        self._wire()

    def _wire(self) -> None:
        a, d, c = self.agenda, self.delegation, self.clusters
        a.new_requested.connect(lambda: self.new_meeting())
        a.edit_requested.connect(self.edit_meeting)
        a.done_requested.connect(lambda meeting_id: self.edit_meeting(meeting_id, done=True))
        a.delete_requested.connect(self.delete_meeting)
        d.add_requested.connect(self.add_member)
        d.edit_requested.connect(self.edit_member)
        d.remove_requested.connect(self.remove_member)
        c.add_selected_requested.connect(self.add_selected)
        c.add_list_requested.connect(self.add_from_list)
        c.add_shown_requested.connect(self.add_shown)
        c.remove_requested.connect(self.remove_cluster)
        c.plan_requested.connect(lambda cluster_id: self.new_meeting(cluster_id))

    # --- showing ---------------------------------------------------------------------------------

    def show_mission(self, mission: Mission | None) -> None:
        self.mission = mission
        self.refresh()

    def refresh(self) -> None:
        """Read the mission and its agenda again and show them."""
        if self.mission is not None:
            try:
                self.mission = self.services.missions.get(self.mission.id)
            except AtlasError:
                self.mission = None
        self.setEnabled(self.mission is not None)
        mission = self.mission
        if mission is None:
            self.title.setText(self.tr("No mission"))
            self.facts.setText("")
            self.purpose.setText("")
            self.agenda.clear()
            self.delegation.set_members([])
            self.clusters.model.set_clusters([], {}, {})
            self._count_tabs(0, 0)
            return
        missions = self.services.missions
        self.title.setText(mission.name)
        facts = [range_text(mission.start, mission.end) or self.tr("No dates yet")]
        where = ", ".join(missions.destinations(mission))
        if where:
            facts.append(where)
        if mission.home_tz:
            facts.append(self.tr("Home zone: {city} ({zone})").format(
                city=zone_city(mission.home_tz), zone=mission.home_tz))
        self.facts.setText(" · ".join(facts))
        self.purpose.setText(mission.purpose)
        self.purpose.setVisible(bool(mission.purpose))
        entries = self.services.agenda.agenda(mission)
        titles = self.services.agenda.titles(entries)
        self.agenda.set_agenda(mission, entries, missions.days(mission), titles)
        self.delegation.set_members(mission.members)
        meetings = Counter(cid for e in entries if e.meeting.status != "cancelled"
                           for cid, _ in e.clusters)
        ids = list(dict.fromkeys(mission.cluster_ids))
        self.clusters.model.set_clusters(ids, missions.summaries(ids, language.current()),
                                         dict(meetings))
        self.clusters.refreshed()
        self._count_tabs(len(mission.members), len(ids))

    def _count_tabs(self, members: int, clusters: int) -> None:
        self.tabs.setTabText(DELEGATION_TAB, self.tr("&Delegation ({count})").format(
            count=members))
        self.tabs.setTabText(CLUSTERS_TAB, self.tr("Clus&ters to visit ({count})").format(
            count=clusters))

    def _run(self, title: str, work: Callable[[], str | None]) -> bool:
        """Do `work` (its words go to the status line); an error is shown, nothing changed."""
        try:
            text = work()
        except AtlasError as exc:
            self.prompts.inform(title, error_text(exc))
            return False
        self.refresh()
        self.changed.emit()
        if text:
            self.message.emit(text)
        return True

    # --- the mission -----------------------------------------------------------------------------

    def edit_mission(self) -> Mission | None:
        if self.mission is None:
            return None
        mission_id = self.mission.id
        saved = self.prompts.mission(lambda f: self.services.missions.edit(mission_id, **f),
                                     self.mission)
        if saved is not None:
            self._run(self.tr("Edit mission"), lambda: self.tr(
                "Saved the mission “{mission}”.").format(mission=saved.name))
        return saved

    # --- the agenda ------------------------------------------------------------------------------

    def new_meeting(self, cluster_id: str | None = None) -> MeetingResult | None:
        if self.mission is None:
            return None
        return self._meeting_saved(self.prompts.meeting(self.services, self.mission,
                                                        cluster_id=cluster_id))

    def edit_meeting(self, meeting_id: int, done: bool = False) -> MeetingResult | None:
        if self.mission is None:
            return None
        try:
            meeting = self.services.agenda.meeting(meeting_id)
        except AtlasError as exc:
            self.prompts.inform(self.tr("Meeting"), error_text(exc))
            return None
        options = {"tab": AFTER_TAB, "status": "done"} if done else {}
        return self._meeting_saved(self.prompts.meeting(self.services, self.mission, meeting,
                                                        **options))

    def _meeting_saved(self, result: MeetingResult | None) -> MeetingResult | None:
        if result is None:
            return None
        words = [self.tr("Saved “{title}”.").format(title=result.meeting.title)]
        words += [f"⚠ {self.agenda.model.describe(c, result.titles)}" for c in result.conflicts]
        words += result.warnings
        self._run(self.tr("Meeting"), lambda: " ".join(words))
        self.tabs.setCurrentIndex(AGENDA_TAB)
        self.agenda.select_meeting(result.meeting.id)
        return result

    def delete_meeting(self, meeting_id: int) -> None:
        try:
            meeting = self.services.agenda.meeting(meeting_id)
        except AtlasError as exc:
            self.prompts.inform(self.tr("Delete meeting"), error_text(exc))
            return
        mission_undo.delete_meeting(self.undo_stack, self.services.agenda, meeting,
                                    self._undone)

    def _undone(self, text: str) -> None:
        """After a delete or its undo: show the mission again and say what happened."""
        self.refresh()
        self.changed.emit()
        self.message.emit(text)

    # --- the delegation --------------------------------------------------------------------------

    def add_member(self) -> None:
        if self.mission is None:
            return
        missions, mission_id = self.services.missions, self.mission.id
        member = self.prompts.member(lambda f: missions.add_member(
            mission_id, f["name"], **member_fields(f)))
        if member is not None:
            self._run(self.tr("Add member"), lambda: self.tr(
                "{name} joins the delegation.").format(name=member.name))

    def edit_member(self, name: str) -> None:
        if self.mission is None:
            return
        missions, mission = self.services.missions, self.mission
        member = missions.member(mission, name)
        saved = self.prompts.member(lambda f: missions.edit_member(
            mission.id, name, new_name=f["name"], **member_fields(f)), member)
        if saved is not None:
            self._run(self.tr("Edit member"), lambda: self.tr("Saved {name}.").format(
                name=saved.name))

    def remove_member(self, name: str) -> None:
        if self.mission is None or not self.prompts.confirm(
                self.tr("Remove member"), self.tr(
                    "Take {name} out of the delegation of “{mission}”? The meetings stay, with "
                    "the others who attend.").format(name=name, mission=self.mission.name)):
            return
        mission_id = self.mission.id

        def remove() -> str:
            removed = self.services.missions.remove_member(mission_id, name)
            return self.tr("{name} left the delegation.").format(name=removed.name)

        self._run(self.tr("Remove member"), remove)

    # --- the clusters ----------------------------------------------------------------------------

    def _added(self, ids: list[str], offered: int | None = None) -> str:
        """'Added 3 cluster(s) to the mission.', and '2 were in it already.'"""
        if not ids:
            return self.tr("They are all in the mission already.")
        text = self.tr("Added %n cluster(s) to the mission.", "", len(ids))
        already = (offered or 0) - len(ids)
        return text + (" " + self.tr("%n already in it.", "", already) if already > 0 else "")

    def add_selected(self) -> None:
        ids = self.source.selected_ids()
        if self.mission is None:
            return
        if not ids:
            self.prompts.inform(self.tr("Add clusters"), self.tr(
                "Select clusters in the Clusters tab's table first (Ctrl+1), then come back "
                "here."))
            return
        mission_id = self.mission.id
        self._run(self.tr("Add clusters"), lambda: self._added(
            self.services.missions.add_clusters(mission_id, ids), len(ids)))

    def add_from_list(self) -> None:
        if self.mission is None:
            return
        names = [name for name, _ in self.services.library.lists()]
        if not names:
            self.prompts.inform(self.tr("Add from a list"), self.tr(
                "You have no lists yet: select clusters in the Clusters tab and use Cluster › "
                "Add to List… to make one."))
            return
        chosen = self.prompts.choose(self.tr("Add from a list"),
                                     self.tr("Add the clusters of which list?"), names)
        if chosen is None:
            return
        mission_id, name = self.mission.id, names[chosen]
        count = len(self.services.library.list_ids(name))
        self._run(self.tr("Add from a list"), lambda: self._added(
            self.services.missions.add_clusters_from_list(mission_id, name), count))

    def add_shown(self) -> None:
        flt = self.source.shown_filter()
        if self.mission is None or flt is None:
            return
        mission_id = self.mission.id
        self._run(self.tr("Add shown clusters"), lambda: self._added(
            self.services.missions.add_clusters_from_filter(mission_id, flt)))

    def remove_cluster(self, cluster_id: str) -> None:
        if self.mission is None:
            return
        mission_id = self.mission.id

        def remove() -> str:
            self.services.missions.remove_cluster(mission_id, cluster_id)
            return self.tr("Took the cluster out of the mission (its meetings stay).")

        self._run(self.tr("Remove cluster"), remove)

    # --- the files -------------------------------------------------------------------------------

    def _file(self, flow) -> None:
        if self.mission is None:
            return
        written = flow(self.prompts, self.services, self.mission, self.settings)
        if written is not None:
            self.saved.emit(written)

    def export_calendar(self) -> None:
        self._file(mission_files.export_calendar)

    def booklet(self) -> None:
        self._file(mission_files.export_booklet)

    def report(self) -> None:
        self._file(mission_files.export_report)

    def import_calendar(self) -> None:
        if self.mission is None:
            return
        result = mission_files.import_calendar(self.prompts, self.services, self.mission,
                                               self.settings)
        if result is not None:
            text = self.tr("Imported %n new meeting(s) and updated {updated}.", "",
                           result.added).format(updated=result.updated) if result.updated \
                else self.tr("Imported %n new meeting(s).", "", result.added)
            self._run(self.tr("Import calendar"), lambda: text)
