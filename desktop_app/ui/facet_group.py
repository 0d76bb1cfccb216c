"""One group of the facet panel: a title that folds and a list of values with their live counts.

Generic on purpose: it is fed `FacetValue`s (value, name, count) and reports the values the user
ticked, whatever they stand for (sectors, states, labels, and later the user's own lists). Values
with no cluster under the current filter are hidden unless ticked, so a choice never disappears.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.catalogue.models import FacetValue

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2


class _CountDelegate(QStyledItemDelegate):
    """Draws the value's count right-aligned and muted after its name."""

    def paint(self, painter, option, index) -> None:
        count = index.data(COUNT_ROLE)
        text = f"{count:,}" if count is not None else ""
        width = option.fontMetrics.horizontalAdvance(text) + 10
        option.rect.setRight(option.rect.right() - width)  # the name is elided before the count
        super().paint(painter, option, index)
        option.rect.setRight(option.rect.right() + width)
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(option.rect.adjusted(0, 0, -6, 0),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()


class _ValueList(QListWidget):
    """The values; Space or Enter ticks the current one."""

    space_pressed = Signal(QListWidgetItem)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.currentItem() is not None:
            self.space_pressed.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class FacetGroup(QWidget):
    """A foldable titled list of checkable values; `selection_changed(key, values)` on a tick."""

    selection_changed = Signal(str, list)

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._title = title
        self._header = QToolButton(self)
        self._unfolded = True
        self._header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._header.setArrowType(Qt.ArrowType.DownArrow)
        self._header.setAutoRaise(True)
        font = self._header.font()
        font.setBold(True)
        self._header.setFont(font)
        self._header.clicked.connect(lambda: self._fold(not self._unfolded))
        self.list = _ValueList(self)
        self.list.setObjectName(f"facet-{key}")
        self.list.setItemDelegate(_CountDelegate(self.list))
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        self.list.setUniformItemSizes(True)
        palette = self.list.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.list.setPalette(palette)
        self.list.itemClicked.connect(self.toggle)
        self.list.space_pressed.connect(self.toggle)
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
        self.list.clear()
        for facet_value in values:
            if facet_value.count == 0 and facet_value.value not in selected:
                continue
            item = QListWidgetItem(facet_value.name, self.list)
            item.setData(VALUE_ROLE, facet_value.value)
            item.setData(COUNT_ROLE, facet_value.count)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if facet_value.value in selected
                               else Qt.CheckState.Unchecked)
            item.setToolTip(f"{facet_value.name}: {facet_value.count:,} "
                            f"cluster{'s' if facet_value.count != 1 else ''}")
            if facet_value.count == 0:
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self._update_header(len(selected))
        self._fit_height()

    def selected(self) -> list[str]:
        return [self.list.item(i).data(VALUE_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def item_for(self, value: str) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(VALUE_ROLE) == value:
                return self.list.item(i)
        return None

    # --- internals -------------------------------------------------------------------------------

    def toggle(self, item: QListWidgetItem) -> None:
        """Tick or untick a value: a click anywhere on its row, or Space on the current one."""
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)
        self.selection_changed.emit(self.key, self.selected())


    def _update_header(self, n_selected: int) -> None:
        suffix = f"  ({n_selected} selected)" if n_selected else ""
        self._header.setText(self._title + suffix)

    def _fold(self, unfolded: bool) -> None:
        self._unfolded = unfolded
        self._header.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        self.list.setVisible(unfolded)

    def _fit_height(self) -> None:
        rows = self.list.count()
        row_height = self.list.sizeHintForRow(0) if rows else 0
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 2)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(220, super().sizeHint().height())
