"""The booklet options: public or internal, and the paper.

As for fact sheets (`ui.sheets.sheet_options`, whose papers and styles it shares), the public
booklet is chosen every time the dialog opens: the internal one (the contacts to meet with their
phones and e-mails, objectives, the delegation's phones, the user's notes, pages for notes) is a
deliberate choice for this export only, never remembered, said in words and colour in the dialog
and in the file name it suggests (`-internal.pdf`). The paper is remembered by the caller.
"""

from __future__ import annotations

import re
from typing import NamedTuple

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

from desktop_app.ui.sheets.sheet_options import INTERNAL_STYLE, PAPERS, PUBLIC_STYLE

PUBLIC_TEXT = ("Itinerary, delegation (names and organisations), map and the clusters' fact "
               "sheets: safe to hand out.")
INTERNAL_TEXT = ("INTERNAL: adds the contacts to meet with their phones and e-mails, the "
                 "objectives, the delegation's phones and your notes. Keep it to the "
                 "delegation; do not hand it out.")
DIALOG_WIDTH = 480


class BookletChoice(NamedTuple):
    internal: bool
    paper: str


def file_stem(name: str) -> str:
    """A file name from a mission's name: 'Monterrey, Querétaro' -> 'Monterrey-Querétaro'."""
    stem = re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-")
    return stem[:80] or "mission"


def booklet_name(mission_name: str, internal: bool) -> str:
    """'Monterrey-Querétaro-booklet.pdf', '…-booklet-internal.pdf'."""
    return f"{file_stem(mission_name)}-booklet{'-internal' if internal else ''}.pdf"


class BookletDialog(QDialog):
    """Public (always the starting choice) or internal, and the paper."""

    def __init__(self, mission_name: str, paper: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = mission_name
        self.setWindowTitle("Mission booklet")
        self.setAccessibleName("Mission booklet options")
        intro = QLabel(f"The booklet of “{mission_name}”: cover, contents, delegation, map, "
                       "itinerary day by day and one fact sheet per cluster visited.")
        intro.setWordWrap(True)
        self.public = QRadioButton("&Public booklet")
        self.public.setAccessibleName("Public booklet")
        self.internal = QRadioButton("&Internal booklet: with contacts, objectives and notes")
        self.internal.setAccessibleName("Internal booklet")
        group = QButtonGroup(self)
        group.addButton(self.public)
        group.addButton(self.internal)
        self.public.setChecked(True)  # every time: never remembered
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName("What this booklet holds")
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setAccessibleName("Suggested file name")
        self.paper = QComboBox()
        self.paper.setAccessibleName("Paper")
        for key, title in PAPERS:
            self.paper.addItem(title, key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        form = QFormLayout()
        form.addRow("Pap&er:", self.paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Save Booklet…")
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.public, self.internal, self.explanation, self.file_label):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setFixedWidth(DIALOG_WIDTH)
        self.internal.toggled.connect(self._show_choice)
        self._reserve_room()
        self._show_choice()
        self.public.setFocus()

    def choice(self) -> BookletChoice:
        return BookletChoice(self.internal.isChecked(), self.paper.currentData())

    def _show_choice(self) -> None:
        internal = self.internal.isChecked()
        self.explanation.setText(INTERNAL_TEXT if internal else PUBLIC_TEXT)
        self.explanation.setStyleSheet(INTERNAL_STYLE if internal else PUBLIC_STYLE)
        self.file_label.setText(f"File name: {booklet_name(self._name, internal)}")

    def _reserve_room(self) -> None:
        """The explanation keeps the height of its longer wording: nothing below it moves."""
        self.explanation.setText(INTERNAL_TEXT)
        self.explanation.setStyleSheet(INTERNAL_STYLE)
        margins = self.layout().contentsMargins()
        width = DIALOG_WIDTH - margins.left() - margins.right()
        self.explanation.setMinimumHeight(self.explanation.heightForWidth(width))
