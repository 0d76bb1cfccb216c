"""Deleted contacts: the way back for a contact deleted yesterday or in an earlier session.

Lists the contacts deleted (newest first) with when, and how many notes and follow-ups each
holds; Restore (or Enter) brings the selected ones back with everything they had, emits
`restored(list[Contact])` and closes. Restoring is the command line's call (`ContactsService.undelete`):
all or none, in one transaction; when another window restored one of them meanwhile, nothing is
restored, the list is read again and the dialog says why.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.errors import AtlasError, NotDeleted
from desktop_app.services.contacts import ContactsService
from desktop_app.services.context import AppContext
from desktop_app.ui.common.error_text import error_text
from desktop_app.ui.common.local_time import relative_when_text
from desktop_app.ui.contacts.contacts_view import names_text
from desktop_app.userdata.models import Contact

COLUMN_COUNT = 5  # name, organisation, deleted, notes, follow-ups
UID_ROLE = Qt.ItemDataRole.UserRole


class DeletedContactsDialog(QDialog):
    """The deleted contacts, to restore some of them."""

    restored = Signal(list)  # the Contacts brought back

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._service = ContactsService(context)
        self.setWindowTitle(self.tr("Deleted contacts"))
        self.intro = QLabel(self.tr("Contacts you deleted, newest first. Restoring one brings "
                                    "back everything it had: notes, follow-ups, tags and linked "
                                    "clusters."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, COLUMN_COUNT)
        self.table.setAccessibleName(self.tr("Deleted contacts"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Organisation"), self.tr("Deleted"), self.tr("Notes"),
            self.tr("Follow-ups")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No deleted contacts."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Why nothing was restored"))
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("Restore"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.restore_button.setDefault(True)  # Enter restores; Escape closes (QDialog)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()
        self._fit()

    def _fit(self) -> None:
        """As wide as the columns want and as tall as the rows (within reason)."""
        table = self.table
        frame = 2 * table.frameWidth()
        header = table.horizontalHeader()
        columns = sum(min(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)), 320)
                      for c in range(table.columnCount()))
        margins = self.layout().contentsMargins()
        width = (columns + frame + table.verticalScrollBar().sizeHint().width()
                 + margins.left() + margins.right())
        rows = max(min(table.rowCount(), 12), 5)
        height = header.sizeHint().height() + frame + rows * table.verticalHeader(
        ).defaultSectionSize()
        others = self.layout().sizeHint().height() - self.pages.sizeHint().height()
        self.resize(max(560 if table.rowCount() else 400, min(width, 980)),
                    max(220, others + height))

    def refresh(self) -> None:
        """Read the deleted contacts again; the newest is selected."""
        contacts = self._service.deleted()  # the most recently deleted first
        self.table.setRowCount(len(contacts))
        for row, contact in enumerate(contacts):
            self._fill(row, contact)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 140), 320))
        self.pages.setCurrentWidget(self.table if contacts else self.empty)
        self.intro.setVisible(bool(contacts))
        if contacts:
            self.table.selectRow(0)
            self.table.setFocus()
        self._update_buttons()

    def _fill(self, row: int, contact: Contact) -> None:
        tip = "\n".join(filter(None, [
            contact.role, ", ".join(e.address for e in contact.emails),
            *(self.tr("Note: {text}").format(text=n.text[:120]) for n in contact.notes[:3])]))
        cells = (contact.display_name or self.tr("(no name)"), contact.organisation,
                 relative_when_text(contact.deleted_at),
                 str(len(contact.notes)), str(len(contact.follow_ups)))
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(UID_ROLE, contact.uid)
            if column >= 3:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 2 and contact.deleted_at:
                item.setToolTip(contact.deleted_at)
            elif tip:
                item.setToolTip(tip)
            self.table.setItem(row, column, item)

    def uids(self) -> list[str]:
        """The uids listed, in order (newest deletion first)."""
        return [self.table.item(row, 0).data(UID_ROLE) for row in range(self.table.rowCount())]

    def selected_uids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(row, 0).data(UID_ROLE) for row in rows]

    def select(self, *uids: str) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row, uid in enumerate(self.uids()):
            if uid in uids:
                selection.select(self.table.model().index(row, 0),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)

    def _update_buttons(self) -> None:
        count = len(self.selected_uids()) if self.table.rowCount() else 0
        self.restore_button.setEnabled(count > 0)
        self.restore_button.setText(self.tr("Restore {count}").format(count=count) if count > 1
                                    else self.tr("Restore"))

    def restore_selected(self) -> list[Contact]:
        """Restore the selected contacts (all or none); closes when they are back, else says
        why not and lists the deleted contacts again, the others still selected."""
        chosen = self.selected_uids()
        try:
            back = self._service.undelete(chosen)
        except NotDeleted as exc:
            gone = {uid for uid, _ in exc.problems}
            names = names_text([name or self.tr("a contact") for _, name in exc.problems])
            self.message.setText((
                self.tr("{names} is no longer deleted (restored elsewhere meanwhile). Nothing "
                        "was restored: the list is up to date, restore again.")
                if len(exc.problems) == 1 else
                self.tr("{names} are no longer deleted (restored elsewhere meanwhile). Nothing "
                        "was restored: the list is up to date, restore again.")
            ).format(names=names))
            self.message.show()
            self.refresh()
            self.select(*[uid for uid in chosen if uid not in gone])
            return []
        except AtlasError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return []
        if back:
            self.restored.emit(back)
            self.accept()
        return back
