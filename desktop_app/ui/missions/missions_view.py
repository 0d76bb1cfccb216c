"""The Missions tab's content: the user's missions on the left (new, edit, delete with undo),
the mission chosen on the right (`MissionDetail`), and beneath them a status line and the
notice of the last file written ('Saved 24 pages to …', Open, Show in Folder).

The list has type-ahead; Enter edits the mission, Delete deletes it (after asking; "Undo delete"
brings it back with its agenda). Deletes are commands (`mission_undo`) on the window's one undo
stack (`undo_stack`; a view on its own makes its own), so Edit › Undo takes them back too.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.agenda import MeetingResult
from desktop_app.ui.common.saved_notice import SavedNotice
from desktop_app.ui.missions import mission_undo
from desktop_app.ui.missions.mission_detail import NO_SOURCE, ClusterSource, MissionDetail
from desktop_app.ui.missions.mission_files import BOOKLET, CALENDAR, REPORT, Saved
from desktop_app.ui.missions.mission_list_model import MissionListModel, MissionRole
from desktop_app.ui.missions.mission_services import MissionServices
from desktop_app.ui.missions.prompts import Prompts
from desktop_app.ui.settings import Settings
from desktop_app.userdata.mission_models import Mission

LIST_WIDTH = 250


class MissionsView(QWidget):
    """The missions list and the mission shown."""

    def __init__(self, services: MissionServices, settings: Settings | None = None,
                 source: ClusterSource = NO_SOURCE, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = Prompts(self)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.model = MissionListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Missions"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._current_changed())
        self.list.activated.connect(lambda _index: self.detail.edit_mission())
        QShortcut(QKeySequence.StandardKey.Delete, self.list, activated=self.delete_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.empty = QLabel(self.tr("No mission yet. “New mission…” starts one; in the Clusters "
                                    "tab, Cluster › Make a Mission from These Clusters… starts "
                                    "one with the clusters shown."))
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No mission yet"))
        self.new_button = QPushButton(self.tr("&New mission…"))
        self.new_button.setAccessibleName(self.tr("New mission"))
        self.new_button.clicked.connect(lambda: self.new_mission())
        self.delete_button = QPushButton(self.tr("Delete mission"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected mission"))
        self.delete_button.setToolTip(self.tr("Delete it with its agenda (Delete); Undo brings "
                                              "it back"))
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change (Edit › Undo)"))
        self.undo_button.clicked.connect(self.undo)
        # methods, not lambdas: the window's stack outlives this view and must not call into it
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text_changed)
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self._undo_text_changed(self.undo_stack.undoText())
        self.detail = MissionDetail(services, self.prompts, self.undo_stack, settings, source)
        self.detail.changed.connect(self.refresh_list)
        self.detail.message.connect(self.say)
        self.detail.saved.connect(self._saved)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened last"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = SavedNotice()
        self._build()
        self.refresh_list()

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        title = QLabel(self.tr("&Your missions"))
        title.setBuddy(self.list)
        title.setStyleSheet("font-weight: bold;")
        column.addWidget(title)
        column.addWidget(self.list, 1)
        column.addWidget(self.empty)
        column.addWidget(self.new_button)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(self.undo_button)
        column.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([LIST_WIDTH, 1000])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        for first, second in ((self.list, self.new_button), (self.new_button, self.delete_button),
                              (self.delete_button, self.undo_button),
                              (self.undo_button, self.detail)):
            QWidget.setTabOrder(first, second)

    # --- the list --------------------------------------------------------------------------------

    def refresh_list(self) -> None:
        """Read the missions again; the one shown stays shown (else the first)."""
        current = self.current_mission()
        self.model.set_missions(self.services.missions.list())
        count = self.model.rowCount()
        self.empty.setVisible(count == 0)
        self.delete_button.setEnabled(count > 0)
        row = self.model.row_of(current.id) if current else -1
        self._select_row(row if row >= 0 else 0 if count else -1)

    def refresh(self) -> None:
        """Everything again (the tab is shown again: contacts or clusters may have changed)."""
        self.refresh_list()
        self.detail.refresh()

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.detail.show_mission(None)
            return
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._current_changed()

    def current_mission(self) -> Mission | None:
        index = self.list.currentIndex()
        return index.data(MissionRole.Mission) if index.isValid() else None

    def _current_changed(self) -> None:
        mission = self.current_mission()
        shown = self.detail.mission
        if mission is None or shown is None or shown.id != mission.id:
            self.detail.show_mission(mission)

    def show_mission(self, mission_id: int) -> bool:
        """Select a mission in the list (and show it)."""
        self.refresh_list()
        row = self.model.row_of(mission_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def say(self, text: str) -> None:
        self.status.setText(text)

    def saved_what(self, saved: Saved) -> str:
        """What a file holds, for the notice: '2 meeting(s)', '24 page(s)', 'the report'."""
        if saved.kind == CALENDAR:
            return self.tr("%n meeting(s)", "", saved.count)
        if saved.kind == BOOKLET:
            return self.tr("%n page(s) (internal)", "", saved.count) if saved.internal else \
                self.tr("%n page(s)", "", saved.count)
        return self.tr("the report") if saved.kind == REPORT else self.tr("the report table")

    def _saved(self, saved: Saved) -> None:
        self.notice.show_saved(saved.path, self.saved_what(saved))
        self.say("")

    # --- creating, editing, deleting ------------------------------------------------------------

    def new_mission(self, name: str = "") -> Mission | None:
        mission = self.prompts.mission(lambda f: self.services.missions.create(**f), name=name)
        if mission is not None:
            self.show_mission(mission.id)
            self.say(self.tr("Created the mission “{mission}”. Add its delegation and the "
                             "clusters to visit, then plan its meetings.").format(
                                 mission=mission.name))
        return mission

    def delete_current(self) -> bool:
        """Delete the mission selected (after asking); Undo brings it back."""
        mission = self.current_mission()
        if mission is None:
            return False
        meetings = len(self.services.agenda.agenda(mission))
        question = self.tr("Delete the mission “{mission}” and its %n meeting(s)? Edit › Undo "
                           "brings it back.", "", meetings) if meetings else \
            self.tr("Delete the mission “{mission}”? Edit › Undo brings it back.")
        if not self.prompts.confirm(self.tr("Delete mission"),
                                    question.format(mission=mission.name)):
            return False
        mission_undo.delete_mission(self.undo_stack, self.services.missions, mission,
                                    self._undone)
        return True

    def undo(self) -> None:
        """Take back the last delete (a mission comes back selected)."""
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        self.undo_stack.undo()
        if isinstance(command, mission_undo.DeleteMissionCommand) and not command.isObsolete():
            self.show_mission(command.mission_id)

    def _undo_text_changed(self, text: str) -> None:
        self.undo_button.setToolTip(self.tr("Undo {action}").format(action=text) if text else "")

    def _undone(self, text: str) -> None:
        self.refresh_list()
        self.say(text)

    def plan_meeting(self, mission_id: int, cluster_id: str | None) -> MeetingResult | None:
        """The meeting editor for a mission, with a cluster ticked ("Plan a meeting…")."""
        if not self.show_mission(mission_id):
            return None
        return self.detail.new_meeting(cluster_id)
