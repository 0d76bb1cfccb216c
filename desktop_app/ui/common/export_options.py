"""The options dialog of an export (fact sheets, a mission's booklet): public or internal
(`audience_choice`: public every time, never remembered), the paper (remembered by the caller)
and the language (the interface's unless the caller says otherwise, each named in itself), then
the button that goes on (the default: Enter exports the public version) and Cancel.

The dialog has a fixed width and its layout does not move when the choice changes. Each export
gives its own words (title, intro line, what each version holds, the OK button's name).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from desktop_app.i18n import LANGUAGES
from desktop_app.ui.common import language
from desktop_app.ui.common.audience_choice import AudienceChoice, AudienceWords

PAPERS = (("a4", QT_TRANSLATE_NOOP("ExportOptionsDialog", "A4 (210 × 297 mm)")),
          ("letter", QT_TRANSLATE_NOOP("ExportOptionsDialog", "US Letter (8.5 × 11 in)")))


class ExportOptionsDialog(QDialog):
    """Public or internal, the paper and the language; the subclass calls `_build` with its
    words and reads the choice from `internal`, `paper` and `language`."""

    def _build(self, intro: QLabel, words: AudienceWords, file_name: Callable[[bool], str], *,
               paper: str, lang: str | None, language_name: str, ok_text: str,
               width: int) -> None:
        """`file_name(internal)`: the name the export suggests; `lang`: the language offered
        first (None: the interface's); `language_name`: the language list's accessible name."""
        self.audience = AudienceChoice(words, file_name)
        self.public, self.internal = self.audience.public, self.audience.internal
        self.explanation, self.file_label = self.audience.explanation, self.audience.file_label
        self.paper = QComboBox()
        # the words of this class, in its context (`self.tr` would look in the subclass's)
        self.paper.setAccessibleName(QCoreApplication.translate("ExportOptionsDialog", "Paper"))
        for key, title in PAPERS:
            self.paper.addItem(QCoreApplication.translate("ExportOptionsDialog", title), key)
        self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))
        self.language = QComboBox()
        self.language.setAccessibleName(language_name)
        for code in LANGUAGES:
            self.language.addItem(language.NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(lang or language.current()), 0))
        form = QFormLayout()  # a label with & is its field's buddy
        form.addRow(QCoreApplication.translate("ExportOptionsDialog", "Pap&er:"), self.paper)
        form.addRow(QCoreApplication.translate("ExportOptionsDialog", "&Language:"),
                    self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.audience)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setFixedWidth(width)
        margins = layout.contentsMargins()
        self.audience.hold_room(width - margins.left() - margins.right())
        self.public.setFocus()
