"""The contact editor's name: the full name as it is shown, and the parts address books keep.

Given and family name sit side by side under the full name; prefix, middle name and suffix,
rarer, sit behind "More name fields" (opened by itself when one of them holds something, and
saying what it hides when closed). The full name and the parts keep each other up to date, in
one of two ways:

- the full name *follows the parts* (a new contact whose parts are typed first, or a stored
  contact whose full name is its parts joined): every change to a part rewrites it;
- the full name is *the user's own* (typed by hand, or stored different from its parts): it is
  never rewritten; the parts the user has not typed are filled from it as it is typed (through
  `ContactsService.split_name`, the split an import with only a full name gets), and a part
  typed by hand takes its share of the full name away from the others: "Garza Treviño" typed
  as the family name of "María Fernanda Garza Treviño" leaves "María Fernanda" as given names.
  "From parts" makes the full name follow the parts again.

While a part is only filled in from the full name, Tab goes past it (a hurried user types the
full name, Tab, the organisation, and that went into Given name); a click or its label's Alt key
(Alt+G, Alt+F) still reaches it, and once typed or stored it is in the Tab order again.

A stored contact with a full name and no parts shows its split parts as a suggestion: they are
saved only when the user saves the contact (closing unchanged does not ask, nor store them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.contacts.disclosure import Disclosure
from desktop_app.ui.contacts.editor_sections import (
    NOTE_STYLE,
    Section,
    add_row,
    heading,
    hint_label,
    label_lines,
    line_field,
)
from desktop_app.userdata.models import Contact

if TYPE_CHECKING:
    from desktop_app.userdata.models import NameParts

PARTS = ("prefix", "given", "middle", "family", "suffix")  # NameParts' fields, in writing order


def _norm(text: str) -> str:
    return " ".join(text.split())


def _joined(values: dict[str, str]) -> str:
    return " ".join(values[key] for key in PARTS if values[key])


class NameSection(Section):
    """How the person is called: the full name and its parts (see the module's docstring)."""

    def __init__(self, split: Callable[[str], NameParts], parent=None) -> None:
        super().__init__(parent)
        self._split = split
        self.full_name = line_field(self.tr("Full name"),
                                    self.tr("as you would write it on a letter"))
        self.given_name = line_field(self.tr("Given name"))
        self.family_name = line_field(self.tr("Family name"), self.tr("one or two surnames"))
        self.prefix = line_field(self.tr("Name prefix"), self.tr("Dr., Lic., Sra."))
        self.middle_name = line_field(self.tr("Middle name"))
        self.suffix = line_field(self.tr("Name suffix"), self.tr("Jr., PhD"))
        self.fields: dict[str, QLineEdit] = {
            "prefix": self.prefix, "given": self.given_name, "middle": self.middle_name,
            "family": self.family_name, "suffix": self.suffix}
        self.from_parts = QToolButton()
        self.from_parts.setText(self.tr("From parts"))
        self.from_parts.setAccessibleName(self.tr("Make the full name from the parts"))
        self.from_parts.setToolTip(self.tr("Make the full name from the parts again: it then "
                                           "follows them as you type"))
        self.from_parts.clicked.connect(self.follow_parts)
        self.more = Disclosure(self.more_label())
        self.more.setToolTip(self.tr("Prefix, middle name and suffix"))
        self.more.toggled.connect(self._show_more)
        self.note = QLabel()
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Where the name parts come from"))
        self.hint = hint_label()
        self.hint.setAccessibleName(self.tr("Name hint"))
        self._by_hand = False  # the full name is the user's own (else it follows the parts)
        self._typed: set[str] = set()  # parts the user typed (or stored): never filled in
        self._suggested = False  # the parts shown on loading were split from the full name
        self._build()
        self.full_name.textEdited.connect(self._full_name_typed)
        for key, field in self.fields.items():
            field.textEdited.connect(lambda _text, key=key: self._part_typed(key))
        for field in (self.full_name, *self.fields.values()):
            field.textChanged.connect(self.changed)
            field.textChanged.connect(self._update_controls)

    def _build(self) -> None:
        full = QHBoxLayout()
        full.setContentsMargins(0, 0, 0, 0)
        full.addWidget(self.full_name, 1)
        full.addWidget(self.from_parts)
        form = QFormLayout()
        add_row(form, self.tr("Full name"), full, self.full_name)
        add_row(form, self.tr("&Given name"),
                _pair(self.given_name, self.tr("&Family name"), self.family_name),
                self.given_name)
        form.addRow("", self.more)
        more = QHBoxLayout()
        more.setContentsMargins(0, 0, 0, 0)
        more.addWidget(self.prefix, 2)
        more.addWidget(_buddy(self.tr("Middle name"), self.middle_name))
        more.addWidget(self.middle_name, 4)
        more.addWidget(_buddy(self.tr("Suffix"), self.suffix))
        more.addWidget(self.suffix, 2)
        self._more_row = form.rowCount()
        add_row(form, self.tr("Prefix"), more, self.prefix)
        form.addRow("", self.note)
        form.addRow("", self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Name")))
        layout.addLayout(form)
        self._form = form
        self._show_more(False)
        chain = (self.full_name, self.from_parts, self.given_name, self.family_name, self.more,
                 self.prefix, self.middle_name, self.suffix)  # as they read, hidden ones skipped
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # --- the Section interface -------------------------------------------------------------------

    def load(self, contact: Contact) -> None:
        stored = {"prefix": contact.name_prefix, "given": contact.given_name,
                  "middle": contact.middle_name, "family": contact.family_name,
                  "suffix": contact.name_suffix}
        full = contact.full_name
        self.full_name.setText(full)
        if any(v.strip() for v in stored.values()):
            self._typed = set(PARTS)
            self._set_parts(stored)
            self._by_hand = bool(full.strip()) and _norm(full) != _joined(self._values())
            self._suggested = False
            if not full.strip():  # shown as the list shows it; stored only if saved
                self._set_full_name(_joined(self._values()))
        else:
            self._typed = set()
            self._by_hand = bool(full.strip())
            self._fill_from_full_name()
            self._suggested = bool(_joined(self._values()))
        self.more.setChecked(any(self._values()[k] for k in ("prefix", "middle", "suffix")))
        self._update_controls()

    def read(self, contact: Contact) -> Contact:
        values = self._values()
        return replace(contact, full_name=_norm(self.full_name.text()),
                       name_prefix=values["prefix"], given_name=values["given"],
                       middle_name=values["middle"], family_name=values["family"],
                       name_suffix=values["suffix"])

    def show_hints(self, hints: dict[str, list[str]]) -> None:
        self.hint.setText("; ".join(hints.get("name", [])))

    def hint_texts(self) -> list[str]:
        return label_lines(self.hint)

    def focus(self) -> None:
        self.full_name.setFocus()

    # --- the full name and the parts -------------------------------------------------------------

    @property
    def follows_parts(self) -> bool:
        """The full name is rewritten from the parts as they change."""
        return not self._by_hand

    def follow_parts(self) -> None:
        """"From parts": the full name becomes the parts joined, and follows them from now on."""
        self._typed = set(PARTS)
        self._by_hand = False
        self._set_full_name(_joined(self._values()))
        self._update_controls()

    def _values(self) -> dict[str, str]:
        return {key: _norm(field.text()) for key, field in self.fields.items()}

    def _set_parts(self, values: dict[str, str]) -> None:
        for key, value in values.items():
            if self.fields[key].text() != value:
                self.fields[key].setText(value)

    def _set_full_name(self, text: str) -> None:
        if _norm(self.full_name.text()) != text:
            self.full_name.setText(text)

    def _full_name_typed(self, text: str) -> None:
        self._by_hand = bool(text.strip())
        self._suggested = False
        self._fill_from_full_name()
        self._update_controls()

    def _part_typed(self, key: str) -> None:
        self._typed.add(key)
        self._suggested = False
        if self._by_hand:
            self._fill_from_full_name()
        else:
            self._set_full_name(_joined(self._values()))
        self._update_controls()

    def _fill_from_full_name(self) -> None:
        """The parts the user has not typed, from the full name; the typed ones win, and take
        their words out of what the others get."""
        free = [key for key in PARTS if key not in self._typed]
        if not free:
            return
        full = _norm(self.full_name.text())
        split = self._split(full)
        typed = {key: _norm(self.fields[key].text()) for key in self._typed}
        values = {key: typed.get(key, getattr(split, key)) for key in PARTS}
        rest = _without_ends(full, values["prefix"], values["suffix"])
        given, family, middle = typed.get("given"), typed.get("family"), typed.get("middle")
        if family and "given" not in typed:
            values["given"] = _before(rest, family, values["given"])
            if middle:
                values["given"] = _before(values["given"], middle, values["given"])
        if given and "family" not in typed:
            values["family"] = _after(rest, given, values["family"])
        self._set_parts({key: values[key] for key in free})
        if any(values[key] for key in ("prefix", "middle", "suffix")):
            self.more.setChecked(True)

    # --- what is shown ---------------------------------------------------------------------------

    def more_label(self) -> str:
        return self.tr("More name fields")

    def filled_note(self) -> str:
        return self.tr("Parts filled in from the full name: two surnames both go in Family name.")

    def suggested_note(self) -> str:
        return self.tr("Parts suggested from the full name, saved if you save: check the "
                       "surnames.")

    def _update_controls(self) -> None:
        values = self._values()
        joined = _joined(values)
        self.from_parts.setVisible(self._by_hand and bool(joined)
                                   and _norm(self.full_name.text()) != joined)
        filled = self._by_hand and any(values[key] for key in PARTS if key not in self._typed)
        self.note.setText((self.suggested_note() if self._suggested else self.filled_note())
                          if filled else "")
        self._update_more_text()
        self._update_tab_stops()

    def _update_tab_stops(self) -> None:
        """Parts only filled in from the full name are no Tab stops (see the module's
        docstring); nor is "More name fields" while every part is."""
        filled = {key for key in PARTS if self._by_hand and key not in self._typed}
        for key, field in self.fields.items():
            field.setFocusPolicy(Qt.FocusPolicy.ClickFocus if key in filled
                                 else Qt.FocusPolicy.StrongFocus)
        self.more.setFocusPolicy(Qt.FocusPolicy.ClickFocus if filled == set(PARTS)
                                 else Qt.FocusPolicy.StrongFocus)

    def _show_more(self, shown: bool) -> None:
        self._form.setRowVisible(self._more_row, shown)
        self._update_more_text()

    def _update_more_text(self) -> None:
        hidden = [v for k, v in self._values().items() if k in ("prefix", "middle", "suffix") and v]
        self.more.setText(f"{self.more_label()} ({', '.join(hidden)})"
                          if hidden and not self.more.isChecked() else self.more_label())


def _without_ends(text: str, prefix: str, suffix: str) -> str:
    """The text without the prefix it starts with and the suffix it ends with (", Jr." too)."""
    if prefix and text.startswith(prefix + " "):
        text = text[len(prefix):].strip()
    for ending in (f", {suffix}", f" {suffix}"):
        if suffix and text.endswith(ending):
            return text[:-len(ending)].strip()
    return text


def _before(text: str, tail: str, otherwise: str) -> str:
    """What comes before `tail` when the text ends with it (as whole words), else `otherwise`."""
    if text == tail:
        return ""
    return text[:-len(tail)].strip() if text.endswith(" " + tail) else otherwise


def _after(text: str, head: str, otherwise: str) -> str:
    """What comes after `head` when the text starts with it (as whole words), else `otherwise`."""
    if text == head:
        return ""
    return text[len(head):].strip() if text.startswith(head + " ") else otherwise


def _buddy(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label


def _pair(first: QWidget, second_label: str, second: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first, 1)
    row.addWidget(_buddy(second_label, second))
    row.addWidget(second, 1)
    return row

