"""The fact sheet options dialog: public or internal, and the paper.

Every time it opens, the public sheet is chosen: the internal one (the user's notes, lists and
contacts) is a deliberate choice for this export only and is never remembered, so Ctrl+E, Enter
always gives a sheet that can be handed out. When Internal is chosen the dialog says so in words
and in colour, and the file name it will suggest ends in `-internal.pdf`. The dialog's layout does
not move when the choice changes: the explanation line holds the room of its longer wording.
The paper is remembered (`sheets/paper` in `ui.settings`).
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

PAPERS = (("a4", "A4 (210 × 297 mm)"), ("letter", "US Letter (8.5 × 11 in)"))
PUBLIC_TEXT = "Catalogue facts only: safe to hand out."
INTERNAL_TEXT = ("INTERNAL: this sheet holds your private notes, lists and contacts. "
                 "Keep it to yourself; do not hand it out.")
PUBLIC_STYLE = "color: palette(text); padding: 6px;"
INTERNAL_STYLE = ("color: #7a1d00; background: #fff1d6; border: 1px solid #d08a00; "
                  "border-radius: 3px; padding: 6px; font-weight: bold;")
DIALOG_WIDTH = 460


class SheetChoice(NamedTuple):
    with_notes: bool
    paper: str


def suggested_name(ids: Sequence[str], with_notes: bool) -> str:
    """`mx-nle-claut.pdf`, `fact-sheets-3-clusters-internal.pdf`."""
    base = ids[0] if len(ids) == 1 else f"fact-sheets-{len(ids)}-clusters"
    return f"{base}-internal.pdf" if with_notes else f"{base}.pdf"


class SheetOptionsDialog(QDialog):
    """Public (always the starting choice) or internal, and the paper."""

    def __init__(self, parent: QWidget | None, ids: Sequence[str], paper: str,
                 action: str = "Export") -> None:
        super().__init__(parent)
        self._ids = list(ids)
        self._shows_file = action == "Export"
        self.setWindowTitle(f"{action} fact sheets")
        self.setAccessibleName(f"{action} fact sheets")
        count = len(self._ids)
        what = "1 cluster" if count == 1 else f"{count} clusters"
        intro = QLabel(f"One page per cluster: {what}.")
        self.public = QRadioButton("&Public sheet: catalogue facts only")
        self.public.setAccessibleName("Public sheet")
        self.internal = QRadioButton("&Internal sheet: adds your bookmark, lists, notes and "
                                     "contacts")
        self.internal.setAccessibleName("Internal sheet")
        group = QButtonGroup(self)
        group.addButton(self.public)
        group.addButton(self.internal)
        self.public.setChecked(True)  # every time: never remembered
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName("What this sheet holds")
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setAccessibleName("Suggested file name")
        self.file_label.setVisible(self._shows_file)
        self.paper = QComboBox()
        self.paper.setAccessibleName("Paper")
        for key, title in PAPERS:
            self.paper.addItem(title, key)
        index = self.paper.findData(paper)
        self.paper.setCurrentIndex(max(index, 0))
        form = QFormLayout()
        form.addRow("Pap&er:", self.paper)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.public)
        layout.addWidget(self.internal)
        layout.addWidget(self.explanation)
        layout.addWidget(self.file_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setFixedWidth(DIALOG_WIDTH)
        self.internal.toggled.connect(self._show_choice)
        self._reserve_room()
        self._show_choice()
        self.public.setFocus()

    def choice(self) -> SheetChoice:
        return SheetChoice(self.internal.isChecked(), self.paper.currentData())

    def _show_choice(self) -> None:
        internal = self.internal.isChecked()
        self.explanation.setText(INTERNAL_TEXT if internal else PUBLIC_TEXT)
        self.explanation.setStyleSheet(INTERNAL_STYLE if internal else PUBLIC_STYLE)
        self.file_label.setText(f"File name: {suggested_name(self._ids, internal)}")

    def _reserve_room(self) -> None:
        """The explanation keeps the height of its longer (internal, bold) wording, so nothing
        below it moves when the choice changes."""
        self.explanation.setText(INTERNAL_TEXT)
        self.explanation.setStyleSheet(INTERNAL_STYLE)
        self.layout().activate()
        width = DIALOG_WIDTH - self.layout().contentsMargins().left() \
            - self.layout().contentsMargins().right()
        self.explanation.setMinimumHeight(self.explanation.heightForWidth(width))


def choose_options(parent: QWidget | None, ids: Sequence[str], paper: str,
                   action: str) -> SheetChoice | None:
    """Ask; None when cancelled."""
    dialog = SheetOptionsDialog(parent, ids, paper, action)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
