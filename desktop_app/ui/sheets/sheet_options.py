"""The fact sheet options dialog: public or internal, and the paper.

Every time it opens, the public sheet is chosen: the internal one (the user's notes, lists and
contacts) is a deliberate choice for this export only and is never remembered, so Ctrl+E, Enter
always gives a sheet that can be handed out. When Internal is chosen the dialog says so in words
and in colour, and the file name it will suggest ends in `-internal.pdf`; the dialog's layout does
not move when the choice changes. The paper is remembered (`sheets/paper` in `ui.settings`). The
sheets' language starts as the interface's each time (the cluster managers a sheet is handed to
may read the other one). The dialog is an `ui.common.export_options.ExportOptionsDialog`, as the
mission booklet's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from desktop_app.ui.common.audience_choice import AudienceWords
from desktop_app.ui.common.export_options import ExportOptionsDialog

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


class SheetOptionsDialog(ExportOptionsDialog):
    """Public (always the starting choice) or internal, the paper and the language.

    `action` is "Export", "Preview" or "Print" (`ACTIONS`); `lang` the language offered first
    (default: the interface's)."""

    def __init__(self, parent: QWidget | None, ids: Sequence[str], paper: str,
                 action: str = "Export", lang: str | None = None) -> None:
        super().__init__(parent)
        self._ids = list(ids)
        title, button = ACTIONS[action]
        self.setWindowTitle(self.tr(title))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(self.tr("One page per cluster: %n cluster(s).", "", len(self._ids)))
        self._build(intro, AudienceWords(
            self.tr("&Public sheet: catalogue facts only"), self.tr("Public sheet"),
            self.tr("&Internal sheet: adds your bookmark, lists, notes and contacts"),
            self.tr("Internal sheet"), self.tr("What this sheet holds"),
            self.tr("Catalogue facts only: safe to hand out."),
            self.tr("INTERNAL: this sheet holds your private notes, lists and contacts. "
                    "Keep it to yourself; do not hand it out.")),
            lambda internal: suggested_name(self._ids, internal), paper=paper, lang=lang,
            language_name=self.tr("Language of the sheets"), ok_text=self.tr(button),
            width=DIALOG_WIDTH)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setVisible(action == "Export")

    def choice(self) -> SheetChoice:
        return SheetChoice(self.internal.isChecked(), self.paper.currentData(),
                           self.language.currentData())


def choose_options(parent: QWidget | None, ids: Sequence[str], paper: str,
                   action: str) -> SheetChoice | None:
    """Ask; None when cancelled."""
    dialog = SheetOptionsDialog(parent, ids, paper, action)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
