"""The Contacts tab's list: the search field, the tag / cluster / follow-up filters and the table of
contacts they leave, with columns that fit (names, phones and emails never cut).

`refresh()` reads the contacts again through the ContactsService; `filters_changed` asks the view
to do so after the user typed or picked a filter. A double click or Enter on a row emits
`contact_chosen(uid)`, or `cluster_chosen(cluster_id)` on the Clusters column.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.contacts import ContactsService
from desktop_app.services.follow_up_agenda import DAYS_AHEAD
from desktop_app.ui.contacts.column_fit import ColumnFitter, ColumnRule
from desktop_app.ui.contacts.contacts_table_model import (
    CONTACT_COLUMNS,
    ContactRole,
    ContactsTableModel,
)
from desktop_app.userdata.models import Contact

SEARCH_DELAY_MS = 150
CLUSTERS_COLUMN = CONTACT_COLUMNS.index("clusters")
COLUMN_RULES = (  # Name, Organisation, Role, Emails, Phones, Clusters, Tags, Priority, Next
    ColumnRule(stretch=True, keep=True, maximum=420), ColumnRule(stretch=True, minimum=100),
    ColumnRule(minimum=60, maximum=240), ColumnRule(keep=True, maximum=360),
    ColumnRule(keep=True, maximum=360), ColumnRule(minimum=60, maximum=280),
    ColumnRule(minimum=50, maximum=200), ColumnRule(minimum=55),
    ColumnRule(minimum=110, maximum=280))  # the date of the next follow-up stays whole


class ContactList(QWidget):
    """Search, filters and the table of contacts (see the module's docstring)."""

    filters_changed = Signal()
    selection_changed = Signal()
    contact_chosen = Signal(str)
    cluster_chosen = Signal(str)

    def __init__(self, contacts: ContactsService, cluster_names: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = contacts
        self._cluster_names = dict(cluster_names)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, organisations, emails, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.filters_changed)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.cluster_filter = QComboBox()
        self.cluster_filter.setAccessibleName(self.tr("Filter by linked cluster"))
        self.due_only = QCheckBox(self.tr("Follow-up due within %n day(s)", "", DAYS_AHEAD))
        for combo in (self.tag_filter, self.cluster_filter):
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.due_only.toggled.connect(lambda _on: self.filters_changed.emit())
        self.model = ContactsTableModel(self, cluster_names=self._cluster_names)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # the platform's gesture (a double click, or a single one where that is the setting)
        # and Enter: `doubleClicked` as well would open the editor twice, one after the other
        self.table.activated.connect(self.activate)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit())
        self.fitter = ColumnFitter(self.table, COLUMN_RULES)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.cluster_filter, 1)
        filters.addWidget(self.due_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def set_cluster_names(self, names: dict[str, str]) -> None:
        self._cluster_names = dict(names)
        self.model.set_cluster_names(self._cluster_names)

    def refresh(self) -> int:
        """Read the contacts again for the search and filters; how many are shown."""
        self._timer.stop()  # a search typed a moment ago is read now
        self._fill_filters()
        due_by = (dt.date.today() + dt.timedelta(days=DAYS_AHEAD)).isoformat()
        contacts = self._service.list(
            self.search.text(), tag=self.tag_filter.currentData() or None,
            cluster_id=self.cluster_filter.currentData() or None,
            due_by=due_by if self.due_only.isChecked() else None)
        selected = set(self.selected_uids())
        self.model.set_contacts(contacts)
        for uid in selected:
            self.select(uid, clear=False)
        return len(contacts)

    def _fill_filters(self) -> None:
        tag = self.tag_filter.currentData()
        cluster = self.cluster_filter.currentData()
        names = self._cluster_names
        with QSignalBlocker(self.tag_filter), QSignalBlocker(self.cluster_filter):
            self.tag_filter.clear()
            self.cluster_filter.clear()
            self.tag_filter.addItem(self.tr("All tags"), "")
            for t in self._service.tags():
                self.tag_filter.addItem(f"{t.tag} ({t.count})", t.tag)
            self.cluster_filter.addItem(self.tr("All clusters"), "")
            for cluster_id in sorted(self._service.linked_cluster_ids(),
                                     key=lambda i: names.get(i, i).casefold()):
                self.cluster_filter.addItem(names.get(cluster_id, cluster_id), cluster_id)
            for combo, value in ((self.tag_filter, tag), (self.cluster_filter, cluster)):
                at = combo.findData(value) if value else 0
                if at < 0 and value:  # a filter set from outside (the cluster profile)
                    combo.addItem(value, value)
                    at = combo.count() - 1
                combo.setCurrentIndex(max(at, 0))

    def set_cluster_filter(self, cluster_id: str | None) -> None:
        """Keep the contacts linked to one cluster (None: all); the caller refreshes."""
        with QSignalBlocker(self.cluster_filter):
            at = self.cluster_filter.findData(cluster_id) if cluster_id else 0
            if at < 0:
                self.cluster_filter.addItem(cluster_id, cluster_id)
                at = self.cluster_filter.count() - 1
            self.cluster_filter.setCurrentIndex(at)

    def clear_filters(self) -> None:
        """Search, tag, cluster and due cleared; the caller refreshes."""
        self._timer.stop()
        with (QSignalBlocker(self.search), QSignalBlocker(self.tag_filter),
              QSignalBlocker(self.cluster_filter), QSignalBlocker(self.due_only)):
            self.search.clear()
            self.tag_filter.setCurrentIndex(0)
            self.cluster_filter.setCurrentIndex(0)
            self.due_only.setChecked(False)

    def activate(self, index: QModelIndex) -> None:
        """Double-click or Enter on a row: the Clusters column shows the (first) linked cluster;
        elsewhere the contact opens."""
        contact = self.proxy.data(index, ContactRole.Contact)
        if contact is None:
            return
        if index.column() == CLUSTERS_COLUMN and contact.cluster_ids:
            self.cluster_chosen.emit(contact.cluster_ids[0])
        else:
            self.contact_chosen.emit(contact.uid)

    def contacts(self) -> list[Contact]:
        """The contacts shown, in the order read."""
        return self.model.contacts()

    def selected_uids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.proxy.data(index, ContactRole.Uid) for index in rows]

    def selected_contacts(self) -> list[Contact]:
        return [self.model.contact_at(self.model.row_of(uid)) for uid in self.selected_uids()]

    def is_shown(self, uid: str) -> bool:
        return self.model.row_of(uid) >= 0

    def select(self, uid: str, *, clear: bool = True) -> bool:
        row = self.model.row_of(uid)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if clear:
            self.table.selectionModel().clearSelection()
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.Select
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True
