"""The fact sheet options dialog: public or internal, and the paper.

Every time it opens, the public sheet is chosen: the internal one (the user's notes, lists and
contacts) is a deliberate choice for this export only and is never remembered, so Ctrl+E, Enter
always gives a sheet that can be handed out. When Internal is chosen the dialog says so in words
and in colour, and the file name it will suggest ends in `-internal.pdf`; the dialog's layout does
not move when the choice changes (`ui.common.audience_choice`, shared with the mission booklet).
The paper is remembered (`sheets/paper` in `ui.settings`). The sheets' language starts as the
interface's each time (the cluster managers a sheet is handed to may read the other one).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import LANGUAGES
from desktop_app.ui.common import language
from desktop_app.ui.common.audience_choice import AudienceChoice, AudienceWords

PAPERS = (("a4", QT_TRANSLATE_NOOP("SheetOptionsDialog", "A4 (210 × 297 mm)")),
          ("letter", QT_TRANSLATE_NOOP("SheetOptionsDialog", "US Letter (8.5 × 11 in)")))
# What the dialog is asked for: its title and its OK button, by action
ACTIONS = {
    "Export": (QT_TRANSLATE_NOOP("SheetOptionsDialog", "Export fact sheets"),
               QT_TRANSLATE_NOOP("SheetOptionsDialog", "Export")),
    "Preview": (QT_TRANSLATE_NOOP("SheetOptionsDialog", "Preview fact sheets"),
                QT_TRANSLATE_NOOP("SheetOptionsDialog", "Preview")),
    "Print": (QT_TRANSLATE_NOOP("SheetOptionsDialog", "Print fact sheets"),
              QT_TRANSLATE_NOOP("SheetOptionsDialog", "Print")),
}
DIALOG_WIDTH = 460


class SheetChoice(NamedTuple):
    with_notes: bool
    paper: str
    lang: str | None = None  # the sheets' language (None: the service's, the interface's)


def suggested_name(ids: Sequence[str], with_notes: bool) -> str:
    """`mx-nle-claut.pdf`, `fact-sheets-3-clusters-internal.pdf`."""
    base = ids[0] if len(ids) == 1 else f"fact-sheets-{len(ids)}-clusters"
    return f"{base}-internal.pdf" if with_notes else f"{base}.pdf"


class SheetOptionsDialog(QDialog):
    """Public (always the starting choice) or internal, the paper and the language.

    `action` is "Export", "Preview" or "Print" (`ACTIONS`); `lang` the language offered first
    (default: the interface's)."""

    def __init__(self, parent: QWidget | None, ids: Sequence[str], paper: str,
                 action: str = "Export", lang: str | None = None) -> None:
        super().__init__(parent)
        self._ids = list(ids)
        self._shows_file = action == "Export"
        title, button = ACTIONS[action]
        self.setWindowTitle(self.tr(title))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(self.tr("One page per cluster: %n cluster(s).", "", len(self._ids)))
        self.audience = AudienceChoice(AudienceWords(
            self.tr("&Public sheet: catalogue facts only"), self.tr("Public sheet"),
            self.tr("&Internal sheet: adds your bookmark, lists, notes and contacts"),
            self.tr("Internal sheet"), self.tr("What this sheet holds"),
            self.tr("Catalogue facts only: safe to hand out."),
            self.tr("INTERNAL: this sheet holds your private notes, lists and contacts. "
                    "Keep it to yourself; do not hand it out.")),
            lambda internal: suggested_name(self._ids, internal))
        self.public, self.internal = self.audience.public, self.audience.internal
        self.explanation, self.file_label = self.audience.explanation, self.audience.file_label
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setVisible(self._shows_file)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper"))
        for key, paper_title in PAPERS:
            self.paper.addItem(self.tr(paper_title), key)
        self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))
        self.language = QComboBox()  # each language named in itself
        self.language.setAccessibleName(self.tr("Language of the sheets"))
        for code in LANGUAGES:
            self.language.addItem(language.NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(lang or language.current()),
                                          0))
        form = QFormLayout()
        form.addRow(self.tr("Pap&er:"), self.paper)
        form.addRow(self.tr("&Language:"), self.language)
        for row, field in enumerate((self.paper, self.language)):
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setBuddy(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr(button))
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

    def choice(self) -> SheetChoice:
        return SheetChoice(self.internal.isChecked(), self.paper.currentData(),
                           self.language.currentData())


def choose_options(parent: QWidget | None, ids: Sequence[str], paper: str,
                   action: str) -> SheetChoice | None:
    """Ask; None when cancelled."""
    dialog = SheetOptionsDialog(parent, ids, paper, action)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
