"""The booklet options: public or internal, and the paper.

As for fact sheets (`ui.sheets.sheet_options`; both are `ui.common.export_options`), the public
booklet is chosen every time the dialog opens: the internal one (the contacts to meet with their
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
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.ui.common.audience_choice import AudienceWords
from desktop_app.ui.common.export_options import ExportOptionsDialog

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


class BookletDialog(ExportOptionsDialog):
    """Public (always the starting choice) or internal, the paper and the language."""

    def __init__(self, mission_name: str, paper: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mission booklet"))
        self.setAccessibleName(self.tr("Mission booklet options"))
        intro = QLabel(self.tr("The booklet of “{mission}”: cover, contents, delegation, map, "
                               "itinerary day by day and one fact sheet per cluster visited."
                               ).format(mission=mission_name))
        intro.setWordWrap(True)
        self._build(intro, AudienceWords(
            self.tr("&Public booklet"), self.tr("Public booklet"),
            self.tr("&Internal booklet: with contacts, objectives and notes"),
            self.tr("Internal booklet"), self.tr("What this booklet holds"),
            self.tr("Itinerary, delegation (names and organisations), map and the clusters' "
                    "fact sheets: safe to hand out."),
            self.tr("INTERNAL: adds the contacts to meet with their phones and e-mails, the "
                    "objectives, the delegation's phones and your notes. Keep it to the "
                    "delegation; do not hand it out.")),
            lambda internal: booklet_name(mission_name, internal), paper=paper, lang=None,
            language_name=self.tr("Language of the booklet"), ok_text=self.tr("Save Booklet…"),
            width=DIALOG_WIDTH)

    def choice(self) -> BookletChoice:
        return BookletChoice(self.internal.isChecked(), self.paper.currentData(),
                             self.language.currentData())
