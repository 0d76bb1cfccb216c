"""What every part of the contact editor shares: the section interface and its small helpers.

A section is a widget that shows some fields of a Contact: `load(contact)` fills it, `read(contact)`
returns the contact with the section's fields as typed (dataclasses.replace), `show_hints(hints)`
shows the checker's hints on its fields (a dict field name -> messages) and `changed` is emitted
on every edit. The editor dialog is a list of sections; a new field (structured names, say) is a
change to one section.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QLineEdit, QSizePolicy, QWidget

from desktop_app.userdata.models import Contact

HINT_STYLE = "color: #8a6d00"
NOTE_STYLE = "color: palette(placeholder-text)"  # says how a value came about; not a warning
FORM_LABEL = "form_label"  # the property that marks the labels `align_labels` makes as wide


class Section(QWidget):
    """One part of the contact editor (see the module's docstring)."""

    changed = Signal()

    def load(self, contact: Contact) -> None:
        raise NotImplementedError

    def read(self, contact: Contact) -> Contact:
        raise NotImplementedError

    def show_hints(self, hints: dict[str, list[str]]) -> None:
        """Show the hints of this section's fields (others are ignored)."""

    def hint_texts(self) -> list[str]:
        """The hints shown now, one per line."""
        return []


def hint_label(lines: int = 1) -> QLabel:
    """A hint line whose room is kept when it is empty, so that nothing jumps as you type."""
    label = QLabel()
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(True)
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * lines)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return label


def label_lines(label: QLabel) -> list[str]:
    return [line for line in label.text().splitlines() if line]


def heading(text: str) -> QLabel:
    """A part's title inside a tab ("Name", "Address")."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def line_field(name: str, placeholder: str = "") -> QLineEdit:
    """A one-line field with its accessible name (and a placeholder saying what goes in)."""
    field = QLineEdit()
    field.setAccessibleName(name)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


def add_row(form: QFormLayout, text: str, field: QWidget | QLayout,
            buddy: QWidget | None = None) -> QLabel:
    """A labelled row whose label is the buddy of the field (of `buddy`, the first field of a
    row that holds several); `align_labels` makes it as wide as every other form's."""
    label = QLabel(text)
    label.setProperty(FORM_LABEL, True)
    label.setBuddy(buddy if buddy is not None else field)  # a layout has no focus: name a buddy
    form.addRow(label, field)
    return label


def align_labels(widget: QWidget) -> int:
    """Make the labels of every form inside `widget` as wide as the widest (in whatever
    language they are written), so that the fields of all its forms line up; that width."""
    labels = [label for label in widget.findChildren(QLabel) if label.property(FORM_LABEL)]
    width = max((label.sizeHint().width() for label in labels), default=0) + 8
    for label in labels:
        label.setMinimumWidth(width)
    return width
