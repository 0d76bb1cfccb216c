"""The import preview: what importing a file would do, row by row, before anything is written.

New contacts are added (or left out); likely duplicates (same email, or same name and
organisation) are merged into the stored contact or skipped, one choice per row, with "merge all"
and "skip all" for long files; contacts whose data is already there are shown as such and
skipped. `decisions()` is what `ContactImportService.apply_import` takes.

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

ADD, DUPLICATE, UNCHANGED = RowAction.ADD, RowAction.DUPLICATE, RowAction.UNCHANGED
MERGE, SKIP = Choice.MERGE, Choice.SKIP
from desktop_app.ui.common.editor_dialog import EditorDialog

COLUMNS = ("Line", "Name", "Emails", "What happens", "Choice")
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
        self.table = QTableWidget(len(plan.rows), len(COLUMNS))
        self.table.setAccessibleName("Contacts in the file")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
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
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda r, *_: self._show_details(r))
        self._update_summary()
        self._show_library_and_skipped()
        self._initial = self.decisions()

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
        cell(1, item.name)
        cell(2, ", ".join(e.address for e in item.contact.emails))
        if item.action == ADD:
            cell(3, "New contact")
        elif item.action == DUPLICATE:
            cell(3, f"Likely the same as {item.target_name} ({item.reason})",
                 _difference(item))
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
                text = "\n".join(filter(None, [text, *item.warnings]))
            self.details.setText(text)

    def _show_library_and_skipped(self) -> None:
        lines = []
        library = self.plan.library
        if library is not None:
            lines.append(f"Also: {len(library.bookmarks)} bookmark(s), {len(library.list_items)}"
                         f" list entr{'y' if len(library.list_items) == 1 else 'ies'}, "
                         f"{len(library.notes)} cluster note(s) to add"
                         + (f" ({library.already} already there)" if library.already else ""))
        for skipped in self.plan.skipped_lines:
            lines.append(f"Left out {skipped}")
        if lines:
            self.details.setText("\n".join(lines))

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
        text = (f"{len(self.plan.rows)} contact(s) in the file: {counts['add']} to add, "
                f"{counts['merge']} to merge, {counts['skip']} to skip.")
        if duplicates:
            text += f" {duplicates} look like people you already have: choose per row."
        self.summary.setText(text)
        self.import_button.setEnabled(bool(counts["add"] or counts["merge"]
                                           or self.plan.library))


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
