"""A list of things to tick: the clusters, contacts or delegation members a meeting has.

Each choice is a key (cluster id, contact uid, member name), the text shown and a tooltip;
`checked_keys()` gives the ticked keys in the list's order. Space or a click ticks a row.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

_ROOT = QModelIndex()  # the default parent: the model's root

_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class Choice(NamedTuple):
    key: str
    text: str
    tip: str = ""


class ChoiceListModel(QAbstractListModel):
    """Checkable rows; `changed` after a row is ticked or unticked."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []
        self._checked: set[str] = set()
        self._enabled = True

    def set_choices(self, choices: list[Choice], checked: set[str] | list[str] = ()) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self._checked = {c for c in checked if any(x.key == c for x in self._choices)}
        self.endResetModel()

    def add_choice(self, choice: Choice, checked: bool = False) -> None:
        """Add a choice at the end (ticked when `checked`), unless its key is already there."""
        if any(c.key == choice.key for c in self._choices):
            if checked:
                self.set_checked(choice.key, True)
            return
        row = len(self._choices)
        self.beginInsertRows(QModelIndex(), row, row)
        self._choices.append(choice)
        if checked:
            self._checked.add(choice.key)
        self.endInsertRows()
        self.changed.emit()

    def set_enabled(self, enabled: bool) -> None:
        """Rows that cannot be ticked (greyed) while False."""
        self._enabled = enabled
        if self._choices:
            self.dataChanged.emit(self.index(0), self.index(len(self._choices) - 1))

    def checked_keys(self) -> list[str]:
        return [c.key for c in self._choices if c.key in self._checked]

    def set_checked(self, key: str, checked: bool) -> None:
        row = next((i for i, c in enumerate(self._choices) if c.key == key), -1)
        if row >= 0:
            self.setData(self.index(row), (Qt.CheckState.Checked if checked
                                           else Qt.CheckState.Unchecked), _CHECK)

    def keys(self) -> list[str]:
        return [c.key for c in self._choices]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEnabled if self._enabled else flags

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice, role = self._choices[index.row()], int(role)
        if role in (_DISPLAY, int(Qt.ItemDataRole.AccessibleTextRole)):
            return choice.text
        if role == int(Qt.ItemDataRole.ToolTipRole):
            return choice.tip or choice.text
        if role == _CHECK:
            return (Qt.CheckState.Checked if choice.key in self._checked
                    else Qt.CheckState.Unchecked)
        if role == int(KEY_ROLE):
            return choice.key
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or int(role) != _CHECK:
            return False
        key = self._choices[index.row()].key
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (key in self._checked):
            return True
        (self._checked.add if checked else self._checked.discard)(key)
        self.dataChanged.emit(index, index, [_CHECK])
        self.changed.emit()
        return True
