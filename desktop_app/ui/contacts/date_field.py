"""Date fields of the contact editor: type a date the way you say it, or pick it from a calendar.

`DateField` is a line edit that reads "today", "tomorrow", "+3d", "mañana", "pasado mañana",
"viernes" or an ISO date (`services.date_words`) and shows the ISO date once the user leaves it;
text it does not understand is kept as typed (the editor's hints say so). Its calendar button,
F4 or Alt+Down open a calendar pop-up; Enter or a click picks the day, Escape closes the pop-up
only. It may stay empty (no date).

`DateDelegate` puts a DateField into a table cell (the due dates of promised actions): Escape in
it closes the cell editor, as in any cell, and never the dialog; picking a day in the calendar
commits the cell.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app import paths
from desktop_app.services.date_words import normalise_date, parse_date


class DateField(QLineEdit):
    """A date typed in words or ISO, or picked from the calendar pop-up (`calendar`)."""

    picked = Signal(str)  # the ISO date chosen in the calendar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD, today, +3d, mañana…"))
        self.setToolTip(self.tr("A date: YYYY-MM-DD, or words such as today, tomorrow, +3d, +2w, "
                                "friday, hoy, mañana, pasado mañana. F4 or the calendar button "
                                "shows a calendar."))
        self.calendar: QCalendarWidget | None = None
        self.calendar_action = self.addAction(
            QIcon(str(paths.resource_path("icons", "calendar.svg"))),
            QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Pick the date from a calendar (F4)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.editingFinished.connect(self._typed)

    def date(self) -> dt.date | None:
        """The date the field means, or None (empty, or not understood)."""
        return parse_date(self.text())

    def _typed(self) -> None:
        if self.isModified():  # a stored text is left as it is until the user changes it
            self.normalise()

    def normalise(self) -> None:
        """Show what was typed as an ISO date when it is one ("mañana" -> 2025-01-30)."""
        iso = normalise_date(self.text())
        if iso != self.text():
            self.setText(iso)

    def show_calendar(self) -> QCalendarWidget:
        """Open the calendar below the field, on the field's date (today when it has none)."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.setAccessibleName(self.tr("Calendar"))
            self.calendar.clicked.connect(self._pick)
            self.calendar.activated.connect(self._pick)
        day = self.date() or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return self.calendar

    def _pick(self, day: QDate) -> None:
        self.setText(day.toString(Qt.DateFormat.ISODate))
        if self.calendar is not None:
            self.calendar.close()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.picked.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F4 or (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        super().keyPressEvent(event)


class DateDelegate(QStyledItemDelegate):
    """A DateField as the cell editor; the cell keeps the ISO date (or the text as typed)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = DateField(parent)
        editor.setFrame(False)
        editor.picked.connect(lambda _iso, e=editor: self._picked(e))
        return editor

    def _picked(self, editor: DateField) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget,
                      index: QModelIndex | QPersistentModelIndex) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        text = normalise_date(editor.text()) if editor.isModified() else editor.text()
        model.setData(index, text, Qt.ItemDataRole.EditRole)
