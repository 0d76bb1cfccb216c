"""Public or internal: the choice of the export dialogs (fact sheets, mission booklet).

The public version is chosen every time the widget is made: the internal one (the user's notes,
contacts, phones) is a deliberate choice for one export and is never remembered, so Enter always
gives something that can be handed out. Under the two choices, a line says what the chosen one
holds, in words and, when internal, in colour; then the file name it suggests (`-internal.pdf`).
The explanation line holds the room of its longer wording (`hold_room`), so the dialog's layout
does not move when the choice changes. The dialogs give the words, each in its own context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

PUBLIC_STYLE = "color: palette(text); padding: 6px;"
INTERNAL_STYLE = ("color: #7a1d00; background: #fff1d6; border: 1px solid #d08a00; "
                  "border-radius: 3px; padding: 6px; font-weight: bold;")


class AudienceWords(NamedTuple):
    """What a dialog calls its two versions, already translated."""
    public: str  # the radio button, with its accelerator: "&Public sheet: …"
    public_name: str  # its accessible name
    internal: str
    internal_name: str
    explanation_name: str  # the accessible name of the line that says what the version holds
    public_text: str  # what the public version holds
    internal_text: str


class AudienceChoice(QWidget):
    """The two choices (`public`, `internal`), the `explanation` and the `file_label`.

    `file_name(internal)` is the name the export will suggest."""

    def __init__(self, words: AudienceWords, file_name: Callable[[bool], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words
        self._file_name = file_name
        self.public = QRadioButton(words.public)
        self.public.setAccessibleName(words.public_name)
        self.internal = QRadioButton(words.internal)
        self.internal.setAccessibleName(words.internal_name)
        group = QButtonGroup(self)
        group.addButton(self.public)
        group.addButton(self.internal)
        self.public.setChecked(True)  # every time: never remembered
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(words.explanation_name)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setAccessibleName(self.tr("Suggested file name"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.public, self.internal, self.explanation, self.file_label):
            layout.addWidget(widget)
        self.internal.toggled.connect(self._show_choice)
        self._show_choice()
        self.setFocusProxy(self.public)

    def hold_room(self, width: int) -> None:
        """The explanation keeps the height of its longer (internal, bold) wording at `width`,
        so nothing below it moves when the choice changes."""
        self.explanation.setText(self._words.internal_text)
        self.explanation.setStyleSheet(INTERNAL_STYLE)
        self.explanation.ensurePolished()
        self.explanation.setMinimumHeight(self.explanation.heightForWidth(width))
        self._show_choice()

    def _show_choice(self) -> None:
        internal = self.internal.isChecked()
        words = self._words
        self.explanation.setText(words.internal_text if internal else words.public_text)
        self.explanation.setStyleSheet(INTERNAL_STYLE if internal else PUBLIC_STYLE)
        self.file_label.setText(self.tr("File name: {name}").format(
            name=self._file_name(internal)))
