"""The Missions tab wired into the main window, in one call: `install_missions_tab(window)`.

It adds the tab (built when first shown: `MissionsPage`), and connects the window's actions
(declared in `ui.actions`): View › Missions (Ctrl+5); Cluster › Plan a Meeting… (also in the
cluster table's context menu and as a link in the profile), Add to Mission…, and Make a Mission
from These Clusters… ("make a mission from this list": when the filter is one of the user's
lists, the mission is named after it and gets its clusters in the list's order; otherwise every
cluster the search and filters show). The window's parts are read, never changed, except the
table's context menu, which lists the cluster actions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from desktop_app.services.user_filter import LIST_PREFIX
from desktop_app.ui.missions.missions_page import MissionsPage

MESSAGE_MS = 12000
CONTEXT_ACTIONS = ("bookmark", "add_to_list", "add_note", "new_contact", None, "plan_meeting",
                   "add_to_mission", None, "export_sheets")
MISSION_ACTIONS = ("show_missions", "plan_meeting", "add_to_mission", "mission_from_shown")
PROFILE_ACTION = "plan-meeting"  # the profile's "Plan a meeting…" link (profile_user_html)


class WindowMissions(QObject):
    """The Missions tab (`page`) and the window's mission actions."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        library = window.user_data.library
        self.page = MissionsPage(library, self._make_view)
        window.pages.addTab(self.page, self.tr("Missions"))
        actions = window.actions
        actions["show_missions"].triggered.connect(self.show_tab)
        actions["plan_meeting"].triggered.connect(lambda: self.plan_meeting())
        actions["add_to_mission"].triggered.connect(lambda: self.add_to_mission())
        actions["mission_from_shown"].triggered.connect(lambda: self.mission_from_shown())
        window.profile.action_requested.connect(self._profile_action)
        window.pages.currentChanged.connect(self._page_changed)
        library.restored.connect(self.page.reset)
        library.availability_changed.connect(self._availability_changed)
        table = window.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name in CONTEXT_ACTIONS:
            if name is None:
                separator = QAction(table)
                separator.setSeparator(True)
                table.addAction(separator)
            else:
                table.addAction(actions[name])

    def _make_view(self, parent):
        from desktop_app.ui.missions.mission_detail import ClusterSource
        from desktop_app.ui.missions.mission_services import MissionServices
        from desktop_app.ui.missions.missions_view import MissionsView

        w = self.window
        source = ClusterSource(selected_ids=w.chosen_ids, shown_filter=lambda: w.controller.filter)
        return MissionsView(MissionServices(w.browse_context), w.settings, source, parent,
                            undo_stack=w.user_data.undo_stack)

    def _availability_changed(self, available: bool) -> None:
        for name in MISSION_ACTIONS[1:]:
            self.window.actions[name].setEnabled(available)

    def _page_changed(self, index: int) -> None:
        if self.window.pages.widget(index) is self.page:
            view = self.page.ensure_view()
            if view is not None:
                view.refresh()

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    def show_tab(self):
        """Show the Missions tab; its view (None while the data is unavailable)."""
        self.window.pages.setCurrentWidget(self.page)
        return self.page.ensure_view()

    def _view(self):
        view = self.page.ensure_view()
        if view is None:
            self.show_tab()  # it says why
        return view

    def _profile_action(self, action: str, _argument: str) -> None:
        if action == PROFILE_ACTION and self.window.profile.cluster_id:
            self.plan_meeting(self.window.profile.cluster_id)

    # --- from the clusters -----------------------------------------------------------------------

    def _choose_mission(self, view, title: str, label: str, name: str = "") -> int | None:
        """A mission of the user's (or a new one, made now): its id; None when cancelled."""
        missions = view.services.missions.list()
        if missions:
            from desktop_app.ui.missions.mission_list_model import mission_line

            items = [f"{m.name} ({mission_line(m)})" for m in missions] + [self.tr("New mission…")]
            chosen = view.prompts.choose(title, label, items)
            if chosen is None:
                return None
            if chosen < len(missions):
                return missions[chosen].id
        created = view.new_mission(name)
        return created.id if created else None

    def plan_meeting(self, cluster_id: str | None = None):
        """"Plan a meeting…" with a cluster: which mission (or a new one), then the meeting
        editor; the window's status bar says what was planned."""
        cluster_id = cluster_id or next(iter(self.window.chosen_ids()), None)
        if not cluster_id:
            self._say(self.tr("Select a cluster first: Plan a Meeting… plans a meeting with it."))
            return None
        view = self._view()
        if view is None:
            return None
        mission_id = self._choose_mission(view, self.tr("Plan a meeting"),
                                          self.tr("In which mission?"))
        if mission_id is None:
            return None
        result = view.plan_meeting(mission_id, cluster_id)
        if result is not None:
            m, count = result.meeting, len(result.conflicts)
            text = self.tr("Planned “{title}” on {when} ({zone}) in “{mission}”. ⚠ %n "
                           "conflict(s) flagged. View › Missions (Ctrl+5) shows the agenda.",
                           "", count) if count else \
                self.tr("Planned “{title}” on {when} ({zone}) in “{mission}”. View › Missions "
                        "(Ctrl+5) shows the agenda.")
            self._say(text.format(title=m.title, when=m.start_local.replace("T", " "),
                                  zone=m.tz, mission=view.detail.mission.name))
        return result

    def add_to_mission(self, ids: list[str] | None = None) -> int | None:
        """Add the selected clusters to a mission (or a new one); the mission's id."""
        ids = ids if ids is not None else self.window.chosen_ids()
        if not ids:
            self._say(self.tr("Select clusters first: Add to Mission… adds them to a mission."))
            return None
        view = self._view()
        if view is None:
            return None
        mission_id = self._choose_mission(view, self.tr("Add to mission"),
                                          self.tr("Add to which mission?"))
        if mission_id is None:
            return None
        added = view.services.missions.add_clusters(mission_id, ids)
        view.show_mission(mission_id)
        text = self.tr("Added %n cluster(s) to “{mission}”.", "", len(added)) if added else \
            self.tr("Already in “{mission}”.")
        self._say(text.format(mission=view.detail.mission.name))
        return mission_id

    def _only_list(self) -> str | None:
        """The list's name when the filter is exactly one of the user's lists, else None."""
        controller = self.window.controller
        flt, values = controller.filter, controller.user_values
        if flt.text.strip() or flt.sectors or flt.states or flt.labels or len(values) != 1 \
                or not values[0].startswith(LIST_PREFIX):
            return None
        return values[0][len(LIST_PREFIX):]

    def mission_from_shown(self):
        """"Make a mission from these clusters": a new mission with the clusters shown (named
        after the list when the filter is one of the user's lists); the Missions tab shows it."""
        view = self._view()
        if view is None:
            return None
        missions = view.services.missions
        list_name = self._only_list()
        flt = self.window.controller.filter
        if list_name is not None:
            def save(fields):
                return missions.create_from_list(list_name, **fields)
            suggestion = list_name
        else:
            def save(fields):
                return missions.create_from_filter(flt, **fields)
            ticked = [n for _, names in self.window.facet_panel.ticked() for n in names]
            suggestion = ", ".join(([flt.text.strip()] if flt.text.strip() else []) + ticked)
        mission = view.prompts.mission(save, name=suggestion)
        if mission is None:
            return None
        self.show_tab()
        view.show_mission(mission.id)
        view.say(self.tr("Created the mission “{mission}” with %n cluster(s) to visit. Add its "
                         "delegation, then plan its meetings.", "",
                         len(mission.cluster_ids)).format(mission=mission.name))
        return mission


def install_missions_tab(window) -> WindowMissions:
    """Add the Missions tab and its actions to the main window (its one call to this package)."""
    return WindowMissions(window)
