"""The booklet options: public or internal, and the paper.

As for fact sheets (`ui.sheets.sheet_options`, whose papers it shares, and whose public or
internal choice, `ui.common.audience_choice`, too), the public booklet is chosen every time the
dialog opens: the internal one (the contacts to meet with their
phones and e-mails, objectives, the delegation's phones, the user's notes, pages for notes) is a
deliberate choice for this export only, never remembered, said in words and colour in the dialog
and in the file name it suggests (`-internal.pdf`). The paper is remembered by the caller. The
booklet's language starts as the interface's: a Spanish booklet for the hosts from an English
window is one choice away.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common import language
from desktop_app.ui.common.audience_choice import AudienceChoice, AudienceWords
from desktop_app.ui.sheets.sheet_options import PAPERS

DIALOG_WIDTH = 480


class BookletChoice(NamedTuple):
    internal: bool
    paper: str
    lang: str = "en"


def file_stem(name: str) -> str:
    """A file name from a mission's name: 'Monterrey, Querétaro' -> 'Monterrey-Querétaro'."""
    stem = re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-")
    return stem[:80] or QCoreApplication.translate("booklet_dialog", "mission")


def booklet_name(mission_name: str, internal: bool) -> str:
    """'Monterrey-Querétaro-booklet.pdf', '…-booklet-internal.pdf'."""
    template = QCoreApplication.translate("booklet_dialog", "{stem}-booklet-internal.pdf") \
        if internal else QCoreApplication.translate("booklet_dialog", "{stem}-booklet.pdf")
    return template.format(stem=file_stem(mission_name))


class BookletDialog(QDialog):
    """Public (always the starting choice) or internal, and the paper."""

    def __init__(self, mission_name: str, paper: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mission booklet"))
        self.setAccessibleName(self.tr("Mission booklet options"))
        intro = QLabel(self.tr("The booklet of “{mission}”: cover, contents, delegation, map, "
                               "itinerary day by day and one fact sheet per cluster visited."
                               ).format(mission=mission_name))
        intro.setWordWrap(True)
        self.audience = AudienceChoice(AudienceWords(
            self.tr("&Public booklet"), self.tr("Public booklet"),
            self.tr("&Internal booklet: with contacts, objectives and notes"),
            self.tr("Internal booklet"), self.tr("What this booklet holds"),
            self.tr("Itinerary, delegation (names and organisations), map and the clusters' "
                    "fact sheets: safe to hand out."),
            self.tr("INTERNAL: adds the contacts to meet with their phones and e-mails, the "
                    "objectives, the delegation's phones and your notes. Keep it to the "
                    "delegation; do not hand it out.")),
            lambda internal: booklet_name(mission_name, internal))
        self.public, self.internal = self.audience.public, self.audience.internal
        self.explanation, self.file_label = self.audience.explanation, self.audience.file_label
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper"))
        for key, title in PAPERS:  # marked for translation in the fact sheets' dialog's context
            self.paper.addItem(QCoreApplication.translate("SheetOptionsDialog", title), key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the booklet"))
        for key, name in language.NATIVE_NAMES.items():  # each in its own words
            self.language.addItem(name, key)
        self.language.setCurrentIndex(max(0, self.language.findData(language.current())))
        form = QFormLayout()
        form.addRow(self.tr("Pap&er:"), self.paper)
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save Booklet…"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.audience)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setFixedWidth(DIALOG_WIDTH)
        margins = layout.contentsMargins()
        self.audience.hold_room(DIALOG_WIDTH - margins.left() - margins.right())
        self.public.setFocus()

    def choice(self) -> BookletChoice:
        return BookletChoice(self.internal.isChecked(), self.paper.currentData(),
                             self.language.currentData())
