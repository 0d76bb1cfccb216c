"""One group of the facet panel: a title that folds and a list of values with their live counts.

Generic on purpose: it is fed `FacetValue`s (value, name, count) and reports the values the user
ticked, whatever they stand for (sectors, states, labels, and the user's own lists). Values with
no cluster under the current filter are hidden unless ticked, so a choice never disappears.

Keyboard: arrows move, Space or Enter ticks, and typing jumps to the first value that starts with
what was typed (accents and case ignored: "que" finds Querétaro; the letters typed within the
platform's key interval add up, as in any list, and a space among them belongs to the name when a
name goes on with one, "ciudad de mex", else it ticks). The row stays current when the counts
change after a tick.
"""

from __future__ import annotations

import time
import unicodedata

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.catalogue.models import FacetValue

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
CHECK_ROOM = 26  # the tick box and its margins, left of a value's name
TEXT_ROOM = 12  # the margins of a name and of a count


def folded(text: str) -> str:
    """Without accents and case, for type-ahead: 'Querétaro' -> 'queretaro'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _ValueList(QTableWidget):
    """The values, one row each: the name (ticked or not) and its count, right-aligned and muted.

    Two columns so that Qt draws the count itself, right-aligned in a column as wide as the widest
    count, with no painting code of ours. Read like a list: `count()` rows, `item(row)` is the
    row's name item (with the value and count roles, and the tick). Space or Enter ticks the
    current row; typing jumps (`keyboardSearch`)."""

    space_pressed = Signal(QTableWidgetItem)
    current_moved = Signal(int)  # the row the keyboard moved to (the panel scrolls to it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.verticalHeader().setMinimumSectionSize(1)  # rows as high as a list's (see _fit_height)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._typed = ""
        self._typed_at = 0.0

    def count(self) -> int:
        return self.rowCount()

    def item(self, row: int, column: int = 0) -> QTableWidgetItem | None:  # the name item
        return super().item(row, column)

    def _typing(self) -> bool:
        """True while the keys typed still add up to one search (a space is part of it)."""
        return bool(self._typed) and time.monotonic() - self._typed_at \
            <= QApplication.keyboardInputInterval() / 1000

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and self._typing() and self._starts_a_name(
                self._typed + " "):  # "ciudad de…": a space inside a name, not a tick
            self.keyboardSearch(" ")
            return
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.currentItem() is not None:
            self.space_pressed.emit(self.currentItem())
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
                           Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.current_moved.emit(self.currentRow())

    def _starts_a_name(self, typed: str) -> bool:
        wanted = folded(typed)
        return any(folded(self.item(row).text()).startswith(wanted) for row in range(self.count()))

    def keyboardSearch(self, search: str) -> None:
        """Move to the first value starting with what was typed (accents and case ignored);
        the same letter again moves on to the next value with that letter."""
        if not self._typing():
            self._typed = ""
        self._typed_at = time.monotonic()
        again = self._typed == search and len(search) == 1
        self._typed = search if again else self._typed + search
        wanted = folded(self._typed)
        if not wanted.strip() or not self.count():
            return
        start = max(self.currentRow(), 0) + (1 if again else 0)
        for step in range(self.count()):
            row = (start + step) % self.count()
            if folded(self.item(row).text()).startswith(wanted):
                self.setCurrentCell(row, 0)
                self.current_moved.emit(row)
                return


class FacetGroup(QWidget):
    """A foldable titled list of checkable values; `selection_changed(key, values)` on a tick."""

    selection_changed = Signal(str, list)
    current_shown = Signal(int)  # the y (in this group) of the row the keyboard moved to

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = title
        self._header = QToolButton(self)
        self._unfolded = True
        self._header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._header.setArrowType(Qt.ArrowType.DownArrow)
        self._header.setAutoRaise(True)
        self._header.setStyleSheet("font-weight: bold;")  # as the panel's title
        self._header.clicked.connect(lambda: self._fold(not self._unfolded))
        self._header.setAccessibleName(self.tr("{facet} (fold or unfold)").format(facet=title))
        self.list = _ValueList(self)
        self.list.setAccessibleName(title)
        self.list.setAccessibleDescription(self.tr(
            "{facet} values with their counts: Space ticks one, typing its name jumps to it")
            .format(facet=title))
        self._count_item = QTableWidgetItem()  # what the count cells are copied from
        self._count_item.setFlags(_FLAGS)
        self._count_item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
        self.list.setObjectName(f"facet-{key}")
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list.setFrameShape(QTableWidget.Shape.NoFrame)
        palette = self.list.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.list.setPalette(palette)
        self.list.itemClicked.connect(self.toggle)
        self.list.space_pressed.connect(self.toggle)
        self.list.current_moved.connect(self._current_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(0)
        layout.addWidget(self._header)
        layout.addWidget(self.list)
        self._update_header(0)

    # --- values ----------------------------------------------------------------------------------

    def set_values(self, values: list[FacetValue], selected: set[str] | list[str]) -> None:
        """Show `values` with their counts; keep ticked the ones in `selected`."""
        selected = set(selected)
        shown = [v for v in values if v.count or v.value in selected]
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self._count_item.setForeground(muted)
        checked, unchecked = Qt.CheckState.Checked, Qt.CheckState.Unchecked
        current = self.list.currentItem()
        current_value = current.data(VALUE_ROLE) if current is not None else None
        locale = QLocale()
        self.list.clearContents()
        self.list.setRowCount(len(shown))
        for row, facet_value in enumerate(shown):
            tip = self.tr("{value}: %Ln cluster(s)", "", facet_value.count).format(
                value=facet_value.name)
            item = QTableWidgetItem(facet_value.name)
            item.setData(VALUE_ROLE, facet_value.value)
            item.setData(COUNT_ROLE, facet_value.count)
            item.setFlags(_FLAGS)
            item.setCheckState(checked if facet_value.value in selected else unchecked)
            item.setToolTip(tip)
            count = QTableWidgetItem(self._count_item)  # its flags, alignment and colour
            count.setText(locale.toString(facet_value.count))
            count.setToolTip(tip)
            if facet_value.count == 0:
                item.setForeground(muted)
            self.list.setItem(row, 0, item)
            self.list.setItem(row, 1, count)
        self._update_header(len(selected))
        self._fit_height()
        if current_value is not None:  # the keyboard stays where it was
            item = self.item_for(current_value)
            if item is not None:
                self.list.setCurrentItem(item)

    def preferred_width(self) -> int:
        """Wide enough for the longest value's name and the widest count, uncut."""
        metrics = self.list.fontMetrics()
        names = [self.list.item(row).text() for row in range(self.list.count())]
        counts = [self.list.item(row, 1).text() for row in range(self.list.count())]
        name = max((metrics.horizontalAdvance(n) for n in names), default=0)
        count = max((metrics.horizontalAdvance(c) for c in counts), default=0)
        header = self._header.sizeHint().width()
        return max(header, CHECK_ROOM + name + count + 2 * TEXT_ROOM)

    def focus_order(self) -> list[QWidget]:
        return [self._header, self.list]

    def ticked_names(self) -> list[str]:
        """The names of the ticked values, as shown."""
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def selected(self) -> list[str]:
        return [self.list.item(i).data(VALUE_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def item_for(self, value: str) -> QTableWidgetItem | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(VALUE_ROLE) == value:
                return self.list.item(i)
        return None

    # --- internals -------------------------------------------------------------------------------

    def toggle(self, item: QTableWidgetItem) -> None:
        """Tick or untick a value: a click anywhere on its row, or Space on the current one."""
        item = self.list.item(item.row())  # the name, when the count was clicked
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)
        self.selection_changed.emit(self.key, self.selected())

    def _current_moved(self, row: int) -> None:
        """Keep the keyboard's row in sight: the panel scrolls, not the list."""
        rect = self.list.visualRect(self.list.model().index(row, 0))
        self.current_shown.emit(self.list.mapTo(self, rect.center()).y())

    def _update_header(self, n_selected: int) -> None:
        self._header.setText(self.tr("{facet}  (%n selected)", "", n_selected).format(
            facet=self.title) if n_selected else self.title)

    def _fold(self, unfolded: bool) -> None:
        self._unfolded = unfolded
        self._header.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        self.list.setVisible(unfolded)

    def _fit_height(self) -> None:
        rows = self.list.count()
        row_height = self.list.sizeHintForRow(0) if rows else 0
        if rows:
            self.list.verticalHeader().setDefaultSectionSize(row_height)
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 2)

    def sizeHint(self) -> QSize:
        return QSize(220, super().sizeHint().height())
