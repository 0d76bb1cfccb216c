"""The import preview: what importing a file would do, row by row, before anything is written.

New contacts are added (or left out); likely duplicates (same email, or same name and
organisation) are merged into the stored contact or skipped, one choice per row, with "merge all"
and "skip all" for long files; contacts whose data is already there are shown as such and
skipped. `decisions()` is what `ContactImportService.apply_import` takes.

Above the rows: the counts (they add up to the contacts in the file, those left out for having
nothing to know them by included) and the encoding the file was read in ("Read as Windows-1250
(guessed from the letters)"), so that a wrong guess shows before anything is written. Below them,
"Skipped lines (N)": each line (or record) the reader left out, with its number, why, and how it
reads; a section of its own that selecting a row never overwrites (the details of the selected
row have their own line). A value left out of a contact is said in its row.

Choices made row by row are work: closing the preview after changing any of them asks first
(Import / Discard / Cancel, `EditorDialog`); Ctrl+Enter imports.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.services.contact_import import Choice, ImportPlan, RowAction
from desktop_app.ui.common.editor_dialog import EditorDialog
from desktop_app.ui.contacts.disclosure import Disclosure
from desktop_app.ui.contacts.import_words import (
    difference_text,
    encoding_text,
    library_text,
    match_text,
    problem_text,
)

ADD, DUPLICATE, UNCHANGED = RowAction.ADD, RowAction.DUPLICATE, RowAction.UNCHANGED
MERGE, SKIP = Choice.MERGE, Choice.SKIP

COLUMN_COUNT = 5  # line, name, emails, what happens, choice
SKIPPED_ROWS_SHOWN = 5  # more scroll


class ImportPreviewDialog(EditorDialog):
    """Shows an ImportPlan; Import accepts with the choices made."""

    save_text = QT_TRANSLATE_NOOP("ImportPreviewDialog", "Import")

    def __init__(self, plan: ImportPlan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.choices = {
            ADD: ((self.tr("Add"), ADD), (self.tr("Leave out"), SKIP)),
            DUPLICATE: ((self.tr("Merge"), MERGE), (self.tr("Skip"), SKIP),
                        (self.tr("Keep both"), ADD)),
        }
        self.setWindowTitle(self.tr("Import {file}").format(file=plan.source) if plan.source
                            else self.tr("Import contacts"))
        self.resize(860, 520)
        self._combos: dict[int, QComboBox] = {}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the import would do"))
        self.encoding = QLabel(encoding_text(plan.encoding))
        self.encoding.setAccessibleName(self.tr("How the file was read"))
        self.encoding.setToolTip(self.tr("The character encoding the file's text was read in: "
                                         "if names look wrong, the file says one thing and "
                                         "holds another"))
        self.also = QLabel(library_text(plan.library))
        self.also.setWordWrap(True)
        self.also.setVisible(bool(self.also.text()))
        self.table = QTableWidget(len(plan.rows), COLUMN_COUNT)
        self.table.setAccessibleName(self.tr("Contacts in the file"))
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Name"), self.tr("Emails"),
                                              self.tr("What happens"), self.tr("Choice")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the choices and buttons
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(plan.rows):
            self._fill(row, item)
        self.table.resizeColumnsToContents()
        for column in range(COLUMN_COUNT - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.table.setWordWrap(False)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("The selected contact"))
        self._build_skipped()
        self.merge_all = QPushButton(self.tr("Merge all duplicates"))
        self.skip_all = QPushButton(self.tr("Skip all duplicates"))
        self.merge_all.clicked.connect(lambda: self.set_all_duplicates(MERGE))
        self.skip_all.clicked.connect(lambda: self.set_all_duplicates(SKIP))
        has_duplicates = plan.count(DUPLICATE) > 0
        self.merge_all.setEnabled(has_duplicates)
        self.skip_all.setEnabled(has_duplicates)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setToolTip(self.tr("Import with these choices (Ctrl+Enter)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.merge_all)
        row.addWidget(self.skip_all)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.encoding)
        layout.addWidget(self.also)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.skipped_toggle)
        layout.addWidget(self.skipped)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda r, *_: self._show_details(r))
        self._update_summary()
        self._initial = self.decisions()

    def _build_skipped(self) -> None:
        """"Skipped lines (N)": open from the start, hidden with nothing to list."""
        lines = self.plan.skipped_lines
        self.skipped_toggle = Disclosure(self.tr("Skipped lines ({count})").format(
            count=len(lines)))
        self.skipped_toggle.setToolTip(self.tr("Lines of the file that were left out, and why"))
        self.skipped = QTableWidget(len(lines), 3)
        self.skipped.setAccessibleName(self.tr("Lines of the file left out"))
        self.skipped.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Why"),
                                                self.tr("How it reads")])
        self.skipped.verticalHeader().hide()
        self.skipped.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skipped.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.skipped.setWordWrap(False)
        self.skipped.setTabKeyNavigation(False)
        for row, skipped in enumerate(lines):
            line = QTableWidgetItem("" if skipped.line is None else str(skipped.line))
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.skipped.setItem(row, 0, line)
            for column, text in ((1, problem_text(skipped.problem)), (2, skipped.shown)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.skipped.setItem(row, column, item)
        self.skipped.resizeColumnsToContents()
        self.skipped.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        shown = min(len(lines), SKIPPED_ROWS_SHOWN)
        self.skipped.setFixedHeight(self.skipped.horizontalHeader().sizeHint().height()
                                    + self.skipped.verticalHeader().defaultSectionSize() * shown
                                    + 2 * self.skipped.frameWidth())
        self.skipped_toggle.toggled.connect(self.skipped.setVisible)
        self.skipped_toggle.setChecked(bool(lines))
        self.skipped_toggle.setVisible(bool(lines))
        self.skipped.setVisible(bool(lines))

    def has_changes(self) -> bool:
        """Choices changed from what the preview proposed."""
        return self.decisions() != self._initial

    def accept(self) -> None:
        if self.import_button.isEnabled():  # Ctrl+Enter with nothing to import does nothing
            super().accept()

    def _fill(self, row: int, item) -> None:
        def cell(column: int, text: str, tip: str = "") -> None:
            widget = QTableWidgetItem(text)
            if tip:
                widget.setToolTip(tip)
            self.table.setItem(row, column, widget)

        cell(0, str(item.line or ""))
        cell(1, item.name or self.tr("(no name)"))
        cell(2, ", ".join(e.address for e in item.contact.emails))
        left_out = "".join(f"; {warning}" for warning in item.warnings)
        if item.action == ADD:
            cell(3, self.tr("New contact") + left_out, left_out[2:])
        elif item.action == DUPLICATE:
            cell(3, self.tr("Likely the same as {name} ({reason})").format(
                name=item.target_name, reason=match_text(item)) + left_out,
                "\n".join(filter(None, [difference_text(item), *item.warnings])))
        else:
            cell(3, self.tr("Already in your contacts as {name}").format(name=item.target_name))
        if item.action in self.choices:
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What to do with {name}").format(name=item.name))
            for label, value in self.choices[item.action]:
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(self._update_summary)
            self.table.setCellWidget(row, 4, combo)
            self._combos[item.index] = combo
        else:
            cell(4, self.tr("Skipped"))

    def _show_details(self, row: int) -> None:
        if 0 <= row < len(self.plan.rows):
            item = self.plan.rows[row]
            text = difference_text(item) if item.action == DUPLICATE else ""
            if item.warnings:
                said = (self.tr("{name}: {warnings}") if item.line is None else
                        self.tr("{name} (line {line}): {warnings}")).format(
                    name=item.name or self.tr("The contact"), line=item.line,
                    warnings="; ".join(item.warnings))
                text = "\n".join(filter(None, [text, said]))
            self.details.setText(text)

    def choice(self, index: int) -> str:
        """The choice for the plan row with this index (ADD, MERGE, SKIP) or '' when none."""
        combo = self._combos.get(index)
        return combo.currentData() if combo else ""

    def set_decision(self, index: int, value: str) -> None:
        combo = self._combos[index]
        at = combo.findData(value)
        if at < 0:
            raise ValueError(f"{value!r} is not a choice for row {index}")
        combo.setCurrentIndex(at)

    def set_all_duplicates(self, value: str) -> None:
        for item in self.plan.rows:
            if item.action == DUPLICATE:
                self.set_decision(item.index, value)

    def decisions(self) -> dict[int, str]:
        return {index: combo.currentData() for index, combo in self._combos.items()}

    def counts(self) -> dict[str, int]:
        """What importing with the current choices would do."""
        added = merged = skipped = 0
        for item in self.plan.rows:
            choice = self.choice(item.index)
            if item.action == UNCHANGED or choice == SKIP:
                skipped += 1
            elif choice == MERGE:
                merged += 1
            else:
                added += 1
        return {"add": added, "merge": merged,
                "skip": skipped + len(self.plan.skipped_records)}

    def _update_summary(self) -> None:
        counts = self.counts()
        duplicates = self.plan.count(DUPLICATE)
        records = len(self.plan.skipped_records)
        text = (self.tr("%n contact(s) in the file: {add} to add, {merge} to merge, {skip} to "
                        "skip ({records} with no name, organisation, email or phone).", "",
                        len(self.plan.rows) + records) if records else
                self.tr("%n contact(s) in the file: {add} to add, {merge} to merge, {skip} to "
                        "skip.", "", len(self.plan.rows))).format(
            add=counts["add"], merge=counts["merge"], skip=counts["skip"], records=records)
        if duplicates:
            text += " " + self.tr("Likely people you already have: %n (choose per row).", "",
                                  duplicates)
        lines = len(self.plan.skipped_lines) - records
        if lines:
            text += " " + self.tr("%n line(s) of the file left out: see Skipped lines.", "",
                                  lines)
        self.summary.setText(text)
        self.import_button.setEnabled(bool(counts["add"] or counts["merge"]
                                           or self.plan.library))

