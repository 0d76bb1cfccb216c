"""The contact editor's Meeting tab: where, when and by whom the person was met, and the clusters
of the catalogue they belong to."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.ui.contacts.date_field import DateField
from desktop_app.ui.contacts.editor_sections import Section, add_row
from desktop_app.userdata.models import Contact

_ID = Qt.ItemDataRole.UserRole + 1


class MeetingSection(Section):
    """Met where / when / by, and the linked clusters (picked from the catalogue by name)."""

    def __init__(self, cluster_choices: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self._choices = cluster_choices
        self._names = dict(cluster_choices)
        self.met_where = QLineEdit()
        self.met_where.setPlaceholderText(self.tr("e.g. Hannover Messe, hall 4"))
        self.met_where.setAccessibleName(self.tr("Met where"))
        self.met_when = DateField()
        self.met_when.setAccessibleName(self.tr("Met when"))
        self.met_by = QLineEdit()
        self.met_by.setPlaceholderText(self.tr("who of the delegation"))
        self.met_by.setAccessibleName(self.tr("Met by"))
        form = QFormLayout()
        add_row(form, self.tr("Met where"), self.met_where)
        add_row(form, self.tr("Met when"), self.met_when)
        add_row(form, self.tr("Met by"), self.met_by)
        box = QGroupBox(self.tr("Clusters"))
        inner = QVBoxLayout(box)
        self.clusters = QListWidget()
        self.clusters.setAccessibleName(self.tr("Linked clusters"))
        inner.addWidget(self.clusters, 1)
        row = QHBoxLayout()
        self.cluster_picker = QComboBox()
        self.cluster_picker.setEditable(True)
        self.cluster_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.cluster_picker.setAccessibleName(self.tr("Cluster to link"))
        for cluster_id, name in cluster_choices:
            self.cluster_picker.addItem(name, cluster_id)
        self.cluster_picker.setCurrentIndex(-1)
        self.cluster_picker.lineEdit().setPlaceholderText(self.tr("type a cluster's name"))
        self.link_button = QPushButton(self.tr("Link"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.link_button.setAccessibleName(self.tr("Link the cluster"))
        self.unlink_button.setAccessibleName(self.tr("Unlink the selected clusters"))
        self.link_button.clicked.connect(self._link_picked)
        self.unlink_button.clicked.connect(self._unlink_selected)
        row.addWidget(self.cluster_picker, 1)
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        inner.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)

    def load(self, contact: Contact) -> None:
        self.met_where.setText(contact.met_where)
        self.met_when.setText(contact.met_when)
        self.met_by.setText(contact.met_by)
        for cluster_id in contact.cluster_ids:
            self.link_cluster(cluster_id)

    def read(self, contact: Contact) -> Contact:
        return replace(contact, met_where=self.met_where.text().strip(),
                       met_when=self.met_when.text().strip(), met_by=self.met_by.text().strip(),
                       cluster_ids=self.cluster_ids())

    def commit_edits(self) -> None:
        """A date being typed when the user saves is read as a date ("mañana")."""
        if self.met_when.isModified():
            self.met_when.normalise()

    def cluster_ids(self) -> list[str]:
        return [self.clusters.item(i).data(_ID) for i in range(self.clusters.count())]

    def link_cluster(self, cluster_id: str) -> None:
        if cluster_id in self.cluster_ids():
            return
        name = self._names.get(cluster_id)
        text = f"{name} ({cluster_id})" if name else self.tr(
            "{id} (not in the catalogue)").format(id=cluster_id)
        item = QListWidgetItem(text)
        item.setData(_ID, cluster_id)
        self.clusters.addItem(item)

    def _link_picked(self) -> None:
        index = self.cluster_picker.currentIndex()
        cluster_id = self.cluster_picker.itemData(index) if index >= 0 else None
        if cluster_id is None:
            typed = self.cluster_picker.currentText().strip()
            cluster_id = typed if typed in self._names else None
        if cluster_id:
            self.link_cluster(cluster_id)

    def _unlink_selected(self) -> None:
        for item in self.clusters.selectedItems():
            self.clusters.takeItem(self.clusters.row(item))
