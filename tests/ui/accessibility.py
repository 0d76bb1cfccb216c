"""Checking that every control a user can reach has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTextEdit, QCalendarWidget)
PARTS_OF_CONTROLS = (QComboBox, QAbstractSpinBox, QCalendarWidget, QTabBar, QLineEdit,
                     QAbstractItemView)  # their inner widgets are named through them


def spoken_name(widget: QWidget) -> str:
    """What assistive technology reads as the widget's name (its text for a button)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface else "") or \
        widget.accessibleName()


def _inner(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, PARTS_OF_CONTROLS) and not isinstance(parent, QAbstractItemView):
            return True
        if isinstance(parent, QAbstractItemView) and widget.parentWidget() is not parent.viewport():
            return True  # the table's corner button and the like, not its cell widgets
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Class and object names of the controls under `root` that have no accessible name."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
            continue
        if _inner(widget, root):
            continue
        if not spoken_name(widget).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} "
                         f"in {type(widget.parentWidget()).__name__}")
    return found
