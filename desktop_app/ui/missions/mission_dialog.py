"""The mission dialog: name, dates, destinations, purpose and the delegation's home zone.

A new mission and an edited one use the same dialog. Dates are typed as in the contact editor
("2026-03-09", "mañana", "+3d") or picked from the calendar (F4). The home zone is any IANA zone
(the common European ones are in the list; typing completes any other); it is optional and
lets the agenda show every time on the delegation's own clock too.

Saving goes through `on_save(fields)` (the caller's service call): when it raises an error the
user can cause, the dialog stays open with what was typed and says why. Closing with unsaved
changes asks (`EditorDialog`); Ctrl+Enter saves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.missions import zones
from desktop_app.ui.common.editor_dialog import FieldsDialog
from desktop_app.ui.contacts.date_field import DateField
from desktop_app.userdata.mission_models import Mission

HOME_ZONES = ("Europe/Amsterdam", "Europe/Athens", "Europe/Berlin", "Europe/Brussels",
              "Europe/Bucharest", "Europe/Budapest", "Europe/Copenhagen", "Europe/Dublin",
              "Europe/Helsinki", "Europe/Lisbon", "Europe/London", "Europe/Madrid",
              "Europe/Paris", "Europe/Prague", "Europe/Rome", "Europe/Stockholm",
              "Europe/Vienna", "Europe/Warsaw", "Europe/Zurich")


def no_zone_text() -> str:
    return QCoreApplication.translate("mission_dialog", "(none: local times only)")


def zone_combo(accessible: str, choices: tuple[str, ...] = HOME_ZONES) -> QComboBox:
    """An editable list of zones that completes any IANA name typed in."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setAccessibleName(accessible)
    combo.addItem(no_zone_text(), "")
    for name in choices:
        combo.addItem(name, name)
    completer = QCompleter(zones.known_zones(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    return combo


def zone_of(combo: QComboBox) -> str:
    text = combo.currentText().strip()
    return "" if text in ("", no_zone_text()) else text


class MissionDialog(FieldsDialog):
    """Create or edit a mission; `saved` is what `on_save` returned."""

    saved: Mission | None

    def __init__(self, on_save: Callable[[dict], Mission], mission: Mission | None = None,
                 parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(on_save, parent)
        self.setWindowTitle(self.tr("Mission: {name}").format(name=mission.name) if mission
                            else self.tr("New mission"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        self.name = QLineEdit(mission.name if mission else name)
        self.name.setAccessibleName(self.tr("Mission name"))
        self.name.setPlaceholderText(self.tr("Monterrey, Querétaro, Tijuana"))
        self.start = DateField()
        self.start.setAccessibleName(self.tr("First day"))
        self.end = DateField()
        self.end.setAccessibleName(self.tr("Last day"))
        self.destinations = QLineEdit(", ".join(mission.destinations) if mission else "")
        self.destinations.setAccessibleName(self.tr("Destinations"))
        self.destinations.setPlaceholderText(self.tr("Cities, with commas (empty: the clusters' "
                                                     "states)"))
        self.purpose = QPlainTextEdit(mission.purpose if mission else "")
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.home_zone = zone_combo(self.tr("Delegation's home time zone"))
        if mission:
            self.start.setText(mission.start)
            self.end.setText(mission.end)
            self.home_zone.setCurrentText(mission.home_tz or no_zone_text())
        else:
            self.home_zone.setCurrentIndex(0)
        self.home_zone.setToolTip(self.tr("The agenda can show every time on this clock too"))
        form = QFormLayout()
        for label, widget in ((self.tr("&Name:"), self.name),
                              (self.tr("&First day:"), self.start),
                              (self.tr("&Last day:"), self.end),
                              (self.tr("&Destinations:"), self.destinations),
                              (self.tr("&Purpose:"), self.purpose),
                              (self.tr("&Home zone:"), self.home_zone)):
            form.addRow(label, widget)
        buttons = self._lay_out(form, self.tr("Why the mission was not saved"))
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save") if mission else self.tr("Create"))
        save.setToolTip(self.tr("Save the mission (Ctrl+Enter)"))
        self._loaded_now()
        self.name.setFocus()

    def fields(self) -> dict:
        """The mission as the fields say (the keywords of `MissionsService.create`)."""
        return {"name": self.name.text(), "start": self.start.text().strip(),
                "end": self.end.text().strip(), "purpose": self.purpose.toPlainText(),
                "destinations": [d.strip() for d in self.destinations.text().split(",")
                                 if d.strip()],
                "home_tz": zone_of(self.home_zone)}

    def accept(self) -> None:
        """Save (the dates as typed words made ISO dates); on an error stay open and say why."""
        self.start.normalise()
        self.end.normalise()
        super().accept()
