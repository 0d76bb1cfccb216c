"""The preview of a calendar import: what each event of the file would become, before anything
is written.

Each row says whether it is a new meeting or an update of one imported (or exported) before,
when it is on which clock, and what it matched: clusters, contacts, members of the delegation;
the people nothing matched are listed for the user to link afterwards (edit the meeting). Events
that cannot be imported, and why, and the file's warnings are listed beneath. Space or a click
unticks a row to skip it. "Import N meetings" writes the ticked ones (one transaction);
closing after unticking asks (Import / Discard / Cancel); Ctrl+Enter imports.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.calendar_files import ADD, ImportPlan
from desktop_app.ui.common.editor_dialog import EditorDialog
from desktop_app.ui.contacts.column_fit import ColumnFitter, ColumnRule
from desktop_app.ui.missions.import_rows_model import ImportRowsModel

# the tick, when and clock whole; the title (the most), the names and the notes share the rest,
# wrapping (rows grow) rather than being cut; no column narrower than its header
COLUMN_RULES = (ColumnRule(keep=True), ColumnRule(keep=True), ColumnRule(keep=True),
                ColumnRule(stretch=True, minimum=150, maximum=320),
                ColumnRule(minimum=100, maximum=220), ColumnRule(maximum=180),
                ColumnRule(maximum=160), ColumnRule(maximum=180),
                ColumnRule(stretch=True, minimum=100, maximum=260))


class CalendarImportDialog(EditorDialog):
    """Shows an ImportPlan; `skipped()` are the rows the user unticked."""

    save_text = QT_TRANSLATE_NOOP("CalendarImportDialog", "Import")

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import calendar: {file}").format(file=plan.source))
        self.setAccessibleName(self.windowTitle())
        self.resize(1100, 560)
        self.model = ImportRowsModel(plan.rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Events to import"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.fitter = ColumnFitter(self.table, COLUMN_RULES)
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.table.resizeRowsToContents())
        self.summary = QLabel(self.plan_summary(plan))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the file holds"))
        notes = [self.tr("Note: {warning}.").format(warning=w) for w in plan.warnings] + \
            [self.tr("Left out: {event}").format(event=line) for line in plan.left_out]
        self.notes = QPlainTextEdit("\n".join(notes))
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Events left out and warnings"))
        self.notes.setVisible(bool(notes))
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        all_button = QPushButton(self.tr("Tick &all"))
        all_button.setAccessibleName(self.tr("Tick every event"))
        all_button.clicked.connect(lambda: self.model.set_all(True))
        none_button = QPushButton(self.tr("Tick &none"))
        none_button.setAccessibleName(self.tr("Untick every event"))
        none_button.clicked.connect(lambda: self.model.set_all(False))
        for button in (all_button, none_button):
            button.setAutoDefault(False)  # Enter imports, wherever the focus is
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addLayout(row)
        self.model.ticks_changed.connect(self._count_changed)
        self._count_changed()
        self.table.setFocus()
        if plan.rows:
            self.table.selectRow(0)

    def plan_summary(self, plan: ImportPlan) -> str:
        """'7 event(s) of invitations.ics for “Trip”: 5 new meeting(s), 2 update(s) of meetings
        already in the agenda. Untick what you do not want.'"""
        new = sum(r.action == ADD for r in plan.rows)
        updates = len(plan.rows) - new
        if updates:
            text = self.tr("%n event(s) of {file} for “{mission}”: {new} new, {updates} already "
                           "in the agenda (updated). Untick what you do not want.", "",
                           len(plan.rows))
        else:
            text = self.tr("%n event(s) of {file} for “{mission}”, all new. Untick what you do "
                           "not want.", "", len(plan.rows))
        return text.format(file=plan.source, mission=plan.mission.name, new=new,
                           updates=updates)

    def _count_changed(self) -> None:
        count = self.model.ticked_count()
        self.import_button.setText(self.tr("Import %n meeting(s)", "", count))
        self.import_button.setEnabled(count > 0)

    def skipped(self) -> set[int]:
        return self.model.skipped()

    def has_changes(self) -> bool:
        return bool(self.model.skipped())

    def save(self) -> None:
        if self.model.ticked_count():
            self.accept()
