"""The main window: builds the parts (facets | table | profile), wires their signals, keeps state.

Thin on purpose: filtering lives in `BrowseController`, rows in `ClusterTableModel`, HTML in
`profile_html`, settings in `settings`, actions in `actions`; the user's bookmarks, lists, notes
and contacts (and the Contacts tab) in `window_user_data`; fact sheets in `window_sheets`.

The profile follows the results: after every change of the filter it shows the cluster it showed
if that one is still in the table, else the first result (the welcome text when nothing was shown
and several clusters match); a single result opens by itself; an empty table explains the filter
and offers to clear it (also for a filter restored from the last session).
"""

from __future__ import annotations

import logging
from itertools import pairwise

from PySide6.QtCore import QItemSelection, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.catalogue.models import ClusterFilter
from desktop_app.errors import AtlasError
from desktop_app.services.browse import BrowseService
from desktop_app.services.context import AppContext
from desktop_app.ui.actions import VIEW, Actions
from desktop_app.ui.browse.browse_controller import BrowseController
from desktop_app.ui.browse.cluster_table_model import (
    COLUMNS,
    ClusterTableModel,
    Role,
    column_of,
)
from desktop_app.ui.browse.cluster_table_view import ClusterTableView
from desktop_app.ui.browse.empty_state import filter_words
from desktop_app.ui.browse.facet_panel import FacetPanel
from desktop_app.ui.browse.search_field import SearchField
from desktop_app.ui.common import language
from desktop_app.ui.common.about_dialog import AboutDialog
from desktop_app.ui.common.language_menu import LanguageMenu
from desktop_app.ui.library.window_user_data import WindowUserData
from desktop_app.ui.missions.window_missions import install_missions_tab
from desktop_app.ui.profile.profile_html import profile_html, welcome_html
from desktop_app.ui.profile.profile_view import ProfileView
from desktop_app.ui.settings import Settings
from desktop_app.ui.sheets.window_sheets import WindowSheets

log = logging.getLogger(__name__)
DEFAULT_SIZE = (1280, 800)
PROFILE_SHARE = 0.24  # of the window's width, by default
PROFILE_WIDTHS = (300, 480)  # the profile pane's default width: at least, at most
WARM_UP_AFTER_MS = 1000  # precompute one-letter searches once the window is up
LANGUAGE_MESSAGE_MS = 15_000


def default_split(width: int, facets: int) -> list[int]:
    """Facets as wide as their longest name, the profile about a quarter, the table the rest."""
    profile = max(PROFILE_WIDTHS[0], min(PROFILE_WIDTHS[1], round(width * PROFILE_SHARE)))
    return [facets, max(200, width - facets - profile), profile]


class MainWindow(QMainWindow):
    """Facet panel, search field and cluster table, profile pane; status bar 'N of M clusters'."""

    def __init__(self, context: AppContext, settings: Settings | None = None,
                 restore: bool = True) -> None:
        super().__init__()
        self._split_moved = False  # True once the user's own widths are shown
        self.setWindowTitle(APP_NAME)
        self.settings = settings
        self.lang = language.current()  # the catalogue's text in the interface's language
        self.browse_context = context
        self.browse = BrowseService(context)
        self._info = self.browse.info()

        self.actions = Actions(self)
        self.actions.build_menus(self.menuBar())
        self.language_menu = LanguageMenu(settings.get("view/language") if settings else "",
                                          self)
        self.language_menu.setEnabled(settings is not None)  # nowhere to keep the choice
        self.actions.menus[VIEW].addSeparator()
        self.actions.menus[VIEW].addMenu(self.language_menu)
        self.search_field = SearchField(delay_ms=settings.get("search/delay_ms") if settings else 0)
        self.facet_panel = FacetPanel()
        self.model = ClusterTableModel(self.browse, self, lang=self.lang)
        self.table = ClusterTableView()
        self.table.setModel(self.model)
        self.table.fit_columns(self.model.column_samples())
        self.profile = ProfileView()
        self.controller = BrowseController(self.browse, self.model, self.facet_panel, self)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Clusters shown"))
        self.statusBar().addWidget(self.status_label)

        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(6)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search_field)
        column.addLayout(search_row)
        self.views = QTabWidget()
        self.views.setObjectName("views")
        self.views.setAccessibleName(self.tr("Clusters as a table or a map"))
        self.views.setDocumentMode(True)
        self.views.addTab(self.table, self.tr("Table"))
        self._map_page = QWidget()  # the map is built the first time it is shown (start-up)
        QVBoxLayout(self._map_page).setContentsMargins(0, 0, 0, 0)
        self.views.addTab(self._map_page, self.tr("Map"))
        self.map_view = None
        self._facets = None
        column.addWidget(self.views)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.facet_panel)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.profile)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.pages = QTabWidget()  # "Clusters", "Contacts" and "Missions"
        self.pages.setObjectName("pages")
        self.pages.setAccessibleName(self.tr("Clusters, contacts or missions"))
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.splitter, self.tr("Clusters"))
        self.user_data = WindowUserData(self)
        self.sheets = WindowSheets(self)
        self.missions = install_missions_tab(self)
        self.statusBar().addPermanentWidget(QLabel(
            self.tr("Data as of {date} · catalogue {version}").format(
                date=language.month_year(self._info.source_date),
                version=self._info.catalogue_version)))
        self.setCentralWidget(self.pages)

        chain = [self.pages, *self.facet_panel.focus_order(), self.search_field, self.views,
                 self.table, self.profile]
        for first, second in pairwise(chain):  # Tab goes left to right as the panes do
            QWidget.setTabOrder(first, second)
        self._wire()
        self.resize(*DEFAULT_SIZE)
        if restore and settings is not None:
            self._restore()
        else:
            self.controller.set_filter(ClusterFilter())
        if not self._split_moved:
            self.apply_default_split()
        if self.profile.cluster_id is None:
            self._show_welcome()
        QTimer.singleShot(WARM_UP_AFTER_MS, self.browse.warm_up)

    def apply_default_split(self) -> None:
        """The default widths of facets, table and profile for the window's width."""
        self.splitter.setSizes(default_split(self.width(), self.facet_panel.preferred_width()))

    def resizeEvent(self, event) -> None:
        """Until the user moves a splitter handle, the panes keep their default widths."""
        super().resizeEvent(event)
        if not self._split_moved:
            self.apply_default_split()

    # --- wiring ----------------------------------------------------------------------------------

    def _wire(self) -> None:
        self.actions["find"].triggered.connect(self.focus_search)
        self.actions["clear_filters"].triggered.connect(self.clear_filters)
        self.actions["quit"].triggered.connect(self.close)
        self.actions["about"].triggered.connect(self.show_about)
        self.actions["about_qt"].triggered.connect(self._about_qt)
        self.language_menu.language_chosen.connect(self.choose_language)
        self.search_field.search_changed.connect(self.controller.set_text)
        self.search_field.results_requested.connect(self.focus_results)
        self.controller.status_changed.connect(self.status_label.setText)
        self.controller.filter_changed.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._row_selected)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.profile.cluster_activated.connect(self.show_cluster)
        self.controller.facets_changed.connect(self._facets_changed)
        self.views.currentChanged.connect(self._view_changed)
        self.actions["show_table"].triggered.connect(lambda: self.views.setCurrentIndex(0))
        self.actions["show_map"].triggered.connect(lambda: self.views.setCurrentIndex(1))
        self.table.clear_requested.connect(self.clear_filters)
        self.splitter.splitterMoved.connect(self._splitter_moved)

    def focus_search(self) -> None:
        if self.user_data.focus_search():  # on the Contacts tab, its own search field
            return
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def focus_results(self) -> None:
        """From the search field to the results: the table, its first row selected when none is
        (so that Ctrl+E and Ctrl+P act on it); the map takes the focus as it is."""
        if self.views.currentIndex() != 0:
            self.views.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.selectionModel().hasSelection() and self.table.model().rowCount():
            self.table.selectRow(0)

    def clear_filters(self) -> None:
        self.search_field.clear()
        self.controller.clear()

    def _splitter_moved(self) -> None:
        self._split_moved = True

    def _filter_changed(self, flt: ClusterFilter) -> None:
        self.table.show_match_column(bool(flt.text.strip()))
        if self.search_field.text() != flt.text:
            with QSignalBlocker(self.search_field):
                self.search_field.setText(flt.text)
        self._follow_results()

    def _follow_results(self) -> None:
        """The profile shows a cluster of the results (see the module's docstring); the empty
        table says why."""
        count = self.model.total_count()
        shown = self.profile.cluster_id
        if count == 0:
            self.table.show_empty(filter_words(self.controller.filter.text,
                                               self.facet_panel.ticked()))
            if shown is not None:
                self._show_welcome()
            return
        self.table.show_empty(None)
        if shown is not None and self.model.contains(shown):
            self._select_row_of(shown, scroll=False)
        elif shown is not None or count == 1:
            self.show_cluster(self.model.summary(0).id)

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if not COLUMNS[column].key:  # "Matched in" does not sort: put the indicator back
            self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        """The header's arrow where the model is sorted (without sorting it again)."""
        header = self.table.horizontalHeader()
        with QSignalBlocker(header):
            header.setSortIndicator(self._sort_column(), self._sort_order())

    def _sort_column(self) -> int:
        return column_of(self.model.sort_key)

    def _sort_order(self) -> Qt.SortOrder:
        return (Qt.SortOrder.DescendingOrder if self.model.descending
                else Qt.SortOrder.AscendingOrder)

    # --- the map -------------------------------------------------------------------------------

    def _view_changed(self, index: int) -> None:
        if index == 1 and self.map_view is None:  # the map's module is imported when first
            from desktop_app.ui.map.map_view import MapView  # shown: not part of the first frame

            self.map_view = MapView(self._map_page)
            self._map_page.layout().addWidget(self.map_view)
            self.map_view.stateClicked.connect(self.controller.toggle_state)
            if self._facets is not None:
                self._facets_changed(self._facets)

    def _facets_changed(self, facets) -> None:
        self._facets = facets
        if self.map_view is not None:
            self.map_view.set_facets(facets["state"])
            self.map_view.set_selected(set(self.controller.filter.states))

    # --- what the user means ------------------------------------------------------------------

    def chosen_ids(self) -> list[str]:
        """The selected clusters in table order, else the one the profile shows ([] for none)."""
        ids = self.table.selected_ids()
        if not ids and self.profile.cluster_id:
            ids = [self.profile.cluster_id]
        return ids

    # --- the profile ---------------------------------------------------------------------------

    def _row_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            self.show_cluster(index.data(Role.Id), select=False)

    def show_cluster(self, cluster_id: str, select: bool = True) -> None:
        try:
            detail = self.browse.cluster(cluster_id, self.lang)
        except AtlasError as exc:
            log.warning("cannot show %s: %s", cluster_id, exc)
            return
        self.profile.show_html(profile_html(detail, self._info,
                                            **self.user_data.profile_parts(cluster_id)),
                               cluster_id)
        if select:
            self._select_row_of(cluster_id)

    def _select_row_of(self, cluster_id: str, scroll: bool = True) -> None:
        row = self.model.row_of(cluster_id)
        if row < 0:
            self.table.selectionModel().clearSelection()
            return
        index = self.model.index(row, 0)
        with QSignalBlocker(self.table.selectionModel()):
            self.table.selectRow(row)
            self.table.setCurrentIndex(index)
        self.table.viewport().update()
        if scroll:
            self.table.scrollTo(index)

    def _show_welcome(self) -> None:
        self.profile.show_html(welcome_html(self._info, self.controller.total), None)

    # --- dialogs -------------------------------------------------------------------------------

    def show_about(self) -> None:
        AboutDialog(self._info, self).exec()

    def _about_qt(self) -> None:
        QApplication.aboutQt()

    def choose_language(self, choice: str) -> None:
        """View › Language: kept for the next start, as the menu and the status bar say."""
        if self.settings is None:
            return
        self.settings.set("view/language", choice)
        self.settings.sync()
        self.statusBar().showMessage(self.language_menu.after_restart_text(choice),
                                     LANGUAGE_MESSAGE_MS)

    # --- settings --------------------------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        if not s.get("window/geometry").isEmpty():
            self.restoreGeometry(s.get("window/geometry"))
        if not s.get("window/splitter").isEmpty():
            self._split_moved = self.splitter.restoreState(s.get("window/splitter"))
        if not s.get("table/header").isEmpty():
            header = self.table.horizontalHeader()
            with QSignalBlocker(header):  # its sort indicator would load the table: set_filter
                header.restoreState(s.get("table/header"))
            self.table.apply_column_layout()  # the order is kept; the widths fit the contents
        known = self.browse.select(ClusterFilter()).facets
        valid = {facet: {v.value for v in values} for facet, values in known.items()}
        flt = ClusterFilter(
            text=s.get("filter/text"),
            sectors=tuple(v for v in s.get("filter/sectors") if v in valid["sector"]),
            states=tuple(v for v in s.get("filter/states") if v in valid["state"]),
            labels=tuple(v for v in s.get("filter/labels") if v in valid["label"]))
        self.user_data.restore_settings(s)
        sort_key, descending = s.get("table/sort_key"), s.get("table/sort_descending")
        if sort_key in {c.key for c in COLUMNS if c.key} \
                and (sort_key, descending) != (self.model.sort_key, self.model.descending):
            self.model.set_sort(sort_key, descending)  # else set_filter below loads it once
        self._show_sort_indicator()
        self.controller.set_filter(flt)  # a filter that matches nothing says so (_follow_results)
        selected = s.get("filter/selected")
        if selected and self.model.contains(selected):
            self.show_cluster(selected)

    def save_settings(self) -> None:
        if self.settings is None:
            return
        s = self.settings
        flt = self.controller.filter
        s.set("window/geometry", self.saveGeometry())
        s.set("window/splitter", self.splitter.saveState())
        s.set("table/header", self.table.horizontalHeader().saveState())
        s.set("table/sort_key", self.model.sort_key)
        s.set("table/sort_descending", self.model.descending)
        s.set("filter/text", flt.text)
        s.set("filter/sectors", list(flt.sectors))
        s.set("filter/states", list(flt.states))
        s.set("filter/labels", list(flt.labels))
        self.user_data.save_settings(s)
        s.set("filter/selected", self.profile.cluster_id or "")
        s.sync()

    def closeEvent(self, event) -> None:
        self.browse.stop_warm_up()
        self.user_data.stop()
        self.save_settings()
        super().closeEvent(event)
