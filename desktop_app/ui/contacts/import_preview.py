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

from PySide6.QtCore import Qt
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

ADD, DUPLICATE, UNCHANGED = RowAction.ADD, RowAction.DUPLICATE, RowAction.UNCHANGED
MERGE, SKIP = Choice.MERGE, Choice.SKIP

COLUMNS = ("Line", "Name", "Emails", "What happens", "Choice")
SKIPPED_COLUMNS = ("Line", "Why", "How it reads")
SKIPPED_ROWS_SHOWN = 5  # more scroll
CHOICES = {
    ADD: (("Add", ADD), ("Leave out", SKIP)),
    DUPLICATE: (("Merge", MERGE), ("Skip", SKIP), ("Keep both", ADD)),
}


class ImportPreviewDialog(EditorDialog):
    """Shows an ImportPlan; Import accepts with the choices made."""

    save_text = "Import"

    def __init__(self, plan: ImportPlan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(f"Import {plan.source}" if plan.source else "Import contacts")
        self.resize(860, 520)
        self._combos: dict[int, QComboBox] = {}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("What the import would do")
        self.encoding = QLabel(f"Read as {plan.encoding}.")
        self.encoding.setAccessibleName("How the file was read")
        self.encoding.setToolTip("The character encoding the file's text was read in: if names "
                                 "look wrong, the file says one thing and holds another")
        self.also = QLabel(_library_text(plan))
        self.also.setWordWrap(True)
        self.also.setVisible(bool(self.also.text()))
        self.table = QTableWidget(len(plan.rows), len(COLUMNS))
        self.table.setAccessibleName("Contacts in the file")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the choices and buttons
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(plan.rows):
            self._fill(row, item)
        self.table.resizeColumnsToContents()
        for column in range(len(COLUMNS) - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.table.setWordWrap(False)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName("The selected contact")
        self._build_skipped()
        self.merge_all = QPushButton("Merge all duplicates")
        self.skip_all = QPushButton("Skip all duplicates")
        self.merge_all.clicked.connect(lambda: self.set_all_duplicates(MERGE))
        self.skip_all.clicked.connect(lambda: self.set_all_duplicates(SKIP))
        has_duplicates = plan.count(DUPLICATE) > 0
        self.merge_all.setEnabled(has_duplicates)
        self.skip_all.setEnabled(has_duplicates)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton("Import",
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setToolTip("Import with these choices (Ctrl+Enter)")
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
        self.skipped_toggle = Disclosure(f"Skipped lines ({len(lines)})")
        self.skipped_toggle.setToolTip("Lines of the file that were left out, and why")
        self.skipped = QTableWidget(len(lines), len(SKIPPED_COLUMNS))
        self.skipped.setAccessibleName("Lines of the file left out")
        self.skipped.setHorizontalHeaderLabels(list(SKIPPED_COLUMNS))
        self.skipped.verticalHeader().hide()
        self.skipped.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skipped.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.skipped.setWordWrap(False)
        self.skipped.setTabKeyNavigation(False)
        for row, skipped in enumerate(lines):
            line = QTableWidgetItem("" if skipped.line is None else str(skipped.line))
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.skipped.setItem(row, 0, line)
            for column, text in ((1, skipped.problem.text), (2, skipped.shown)):
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
        cell(1, item.name or "(no name)")
        cell(2, ", ".join(e.address for e in item.contact.emails))
        left_out = "".join(f"; {warning}" for warning in item.warnings)
        if item.action == ADD:
            cell(3, "New contact" + left_out, left_out[2:])
        elif item.action == DUPLICATE:
            cell(3, f"Likely the same as {item.target_name} ({item.reason})" + left_out,
                 "\n".join(filter(None, [_difference(item), *item.warnings])))
        else:
            cell(3, f"Already in your contacts as {item.target_name}")
        if item.action in CHOICES:
            combo = QComboBox()
            combo.setAccessibleName(f"What to do with {item.name}")
            for label, value in CHOICES[item.action]:
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(self._update_summary)
            self.table.setCellWidget(row, 4, combo)
            self._combos[item.index] = combo
        else:
            cell(4, "Skipped")

    def _show_details(self, row: int) -> None:
        if 0 <= row < len(self.plan.rows):
            item = self.plan.rows[row]
            text = _difference(item) if item.action == DUPLICATE else ""
            if item.warnings:
                where = f" (line {item.line})" if item.line is not None else ""
                text = "\n".join(filter(None, [
                    text, f"{item.name or 'The contact'}{where}: {'; '.join(item.warnings)}"]))
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
        text = (f"{len(self.plan.rows) + records} contact(s) in the file: {counts['add']} to "
                f"add, {counts['merge']} to merge, {counts['skip']} to skip"
                + (f" ({records} with no name, organisation, email or phone)." if records
                   else "."))
        if duplicates:
            text += f" {duplicates} look like people you already have: choose per row."
        lines = len(self.plan.skipped_lines) - records
        if lines:
            text += f" {lines} line(s) of the file left out: see Skipped lines."
        self.summary.setText(text)
        self.import_button.setEnabled(bool(counts["add"] or counts["merge"]
                                           or self.plan.library))


def _library_text(plan: ImportPlan) -> str:
    """What else an export of everything brings (bookmarks, list entries, notes), or ''."""
    library = plan.library
    if library is None:
        return ""
    entries = len(library.list_items)
    return (f"Also: {len(library.bookmarks)} bookmark(s), {entries} list "
            f"entr{'y' if entries == 1 else 'ies'}, {len(library.notes)} cluster note(s) to add"
            + (f" ({library.already} already there)" if library.already else "") + ".")


def _difference(item) -> str:
    """What merging would add to the stored contact, in words."""
    if item.merged is None:
        return ""
    merged = item.merged
    parts = []
    incoming = item.contact
    emails = [e.address for e in merged.emails if e.address in {x.address for x in
                                                                  incoming.emails}]
    if emails:
        parts.append("emails: " + ", ".join(emails))
    phones = [p.number for p in merged.phones if p.number in {x.number for x in incoming.phones}]
    if phones:
        parts.append("phones: " + ", ".join(phones))
    if incoming.notes:
        parts.append(f"{len(incoming.notes)} note(s)")
    return (f"Merging into {item.target_name} keeps everything you have and adds what is "
            "new" + (f" ({'; '.join(parts)})" if parts else "") + ".")
