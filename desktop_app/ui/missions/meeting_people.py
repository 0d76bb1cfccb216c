"""The meeting editor's second tab: who meets whom.

Three lists to tick: the clusters met (the mission's clusters, and the one the meeting was
planned from), the contacts met (those linked to the ticked clusters first; a search field
narrows the list), and who of the delegation attends ("The whole delegation" by default, which
also counts members who join later).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.missions.choice_model import KEY_ROLE, Choice, ChoiceListModel


class SearchField(QLineEdit):
    """A line edit whose Enter is its own (`entered`): it never presses the dialog's Save."""

    entered = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.entered.emit(self.text())
            event.accept()
            return
        super().keyPressEvent(event)


def choice_list(model, name: str) -> QListView:
    view = QListView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)  # a long name wraps; it is never cut
    return view


class PeopleSection(QWidget):
    """Clusters, contacts and attending members of a meeting."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clusters = ChoiceListModel(self)
        self.contacts = ChoiceListModel(self)
        self.members = ChoiceListModel(self)
        self._contact_clusters: dict[str, list[str]] = {}
        self._contacts: list[Choice] = []
        self._catalogue_tips: dict[str, Choice] = {}
        self.contacts_proxy = QSortFilterProxyModel(self)
        self.contacts_proxy.setSourceModel(self.contacts)
        self.contacts_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.cluster_list = choice_list(self.clusters, self.tr("Clusters met"))
        self.contact_list = choice_list(self.contacts_proxy, self.tr("Contacts met"))
        self.member_list = choice_list(self.members, self.tr("Delegation members attending"))
        self.contact_search = SearchField()
        self.contact_search.setAccessibleName(self.tr("Find a contact"))
        self.contact_search.setPlaceholderText(self.tr("Find a contact…"))
        self.contact_search.setClearButtonEnabled(True)
        self.contact_search.textChanged.connect(self.contacts_proxy.setFilterFixedString)
        self.contact_search.entered.connect(self._tick_the_one_found)
        self.cluster_search = SearchField()
        self.cluster_search.setAccessibleName(self.tr("Add another cluster of the catalogue"))
        self.cluster_search.setPlaceholderText(self.tr("Add another cluster: type its name…"))
        self.cluster_search.setToolTip(self.tr("Any cluster of the catalogue; it joins the "
                                               "mission's clusters when the meeting is saved"))
        self._catalogue: dict[str, str] = {}  # text shown -> cluster id
        self.whole = QCheckBox(self.tr("The &whole delegation (also members who join later)"))
        self.whole.setAccessibleName(self.tr("The whole delegation attends"))
        self.whole.setChecked(True)
        self.whole.toggled.connect(self._whole_toggled)
        clusters_label = QLabel(self.tr("C&lusters met:"))
        clusters_label.setBuddy(self.cluster_list)
        contacts_label = QLabel(self.tr("C&ontacts met:"))
        contacts_label.setBuddy(self.contact_search)
        members_label = QLabel(self.tr("Atte&nding:"))
        members_label.setBuddy(self.whole)
        grid = QGridLayout()
        grid.addWidget(clusters_label, 0, 0)
        grid.addWidget(self.cluster_search, 1, 0)
        grid.addWidget(self.cluster_list, 2, 0)
        grid.addWidget(contacts_label, 0, 1)
        grid.addWidget(self.contact_search, 1, 1)
        grid.addWidget(self.contact_list, 2, 1)
        grid.setRowStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 2)
        layout.addWidget(members_label)
        layout.addWidget(self.whole)
        layout.addWidget(self.member_list, 1)
        for model in (self.clusters, self.contacts, self.members):
            model.changed.connect(self.changed)
        self.clusters.changed.connect(self._sort_contacts)
        chain = (self.cluster_search, self.cluster_list, self.contact_search, self.contact_list,
                 self.whole, self.member_list)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.whole.toggled.connect(lambda _on: self.changed.emit())

    def load(self, clusters: list[Choice], cluster_ids: list[str],
             contacts: list[tuple[Choice, list[str]]], contact_uids: list[str],
             members: list[str], attending: list[str] | None) -> None:
        """Fill the lists (`attending` None: the whole delegation)."""
        self.clusters.set_choices(clusters, cluster_ids)
        self._contact_clusters = {choice.key: ids for choice, ids in contacts}
        self._contacts = [choice for choice, _ in contacts]
        self.contacts.set_choices(self._ordered_contacts(cluster_ids), contact_uids)
        self.members.set_choices([Choice(name, name) for name in members],
                                 attending or [])
        self.whole.setChecked(attending is None)
        self._whole_toggled(attending is None)

    def set_catalogue(self, choices: list[Choice]) -> None:
        """Every cluster of the catalogue, for "Add another cluster" to complete."""
        self._catalogue = {c.text: c.key for c in choices}
        self._catalogue_tips = {c.key: c for c in choices}
        completer = QCompleter(list(self._catalogue), self.cluster_search)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._cluster_chosen)
        self.cluster_search.setCompleter(completer)
        self.cluster_search.entered.connect(self._cluster_chosen)

    def _cluster_chosen(self, text: str) -> None:
        """A cluster picked in the completion list (or typed whole, then Enter): ticked."""
        cluster_id = self._catalogue.get(text.strip())
        if cluster_id:
            self.add_cluster(cluster_id)
            QTimer.singleShot(0, self.cluster_search.clear)  # after the completer wrote it

    def _tick_the_one_found(self) -> None:
        """Enter in "Find a contact": the one contact found is ticked."""
        if self.contacts_proxy.rowCount() == 1:
            uid = self.contacts_proxy.index(0, 0).data(KEY_ROLE)
            self.contacts.set_checked(uid, True)

    def add_cluster(self, cluster_id: str) -> None:
        """Tick a cluster, adding it to the list first when the mission does not have it."""
        choice = self._catalogue_tips.get(cluster_id, Choice(cluster_id, cluster_id))
        self.clusters.add_choice(choice, checked=True)

    def _ordered_contacts(self, cluster_ids: list[str]) -> list[Choice]:
        """Contacts linked to the ticked clusters first, each group in its own order."""
        linked = set(cluster_ids)
        first = [c for c in self._contacts if linked & set(self._contact_clusters[c.key])]
        return first + [c for c in self._contacts if c not in first]

    def _sort_contacts(self) -> None:
        checked = self.contacts.checked_keys()
        ordered = self._ordered_contacts(self.clusters.checked_keys())
        if [c.key for c in ordered] != self.contacts.keys():
            self.contacts.set_choices(ordered, checked)

    def _whole_toggled(self, whole: bool) -> None:
        self.members.set_enabled(not whole)
        self.member_list.setEnabled(not whole)

    def values(self) -> dict:
        """The keywords of `AgendaService.add_meeting` that this tab sets."""
        return {"cluster_ids": self.clusters.checked_keys(),
                "contact_uids": self.contacts.checked_keys(),
                "members": [] if self.whole.isChecked() else self.members.checked_keys()}

    def contact_names(self) -> list[tuple[str, str]]:
        """(uid, name) of the ticked contacts, for the promised actions' "to whom"."""
        names = {c.key: c.text for c in self._contacts}
        return [(uid, names[uid].split(" — ")[0]) for uid in self.contacts.checked_keys()]
