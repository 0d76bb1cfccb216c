"""The meeting editor's first tab: what, when and where.

The day is typed ("2026-03-10", "mañana") or picked from the calendar pop-up (F4), the start
time on the place's clock, the duration in minutes. The clock is "Automatic" by default: the
zone of the city when it is a border city with its own clock (Ciudad Juárez, Reynosa…), else
of the first cluster's state; any of Mexico's zones can be chosen instead. Beneath, one line
says what that means ("Tue 15 July 2025, 10:00–11:00 on Tijuana's clock (UTC-7) · 19:00–20:00
in Madrid"), or what is missing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.missions import zones
from desktop_app.services.date_words import normalise_date
from desktop_app.ui.common.locale_words import day_text, zone_city
from desktop_app.ui.contacts.date_field import DateField
from desktop_app.ui.missions.agenda_model import status_text
from desktop_app.userdata.mission_models import MEETING_STATUSES, Meeting


class WhenSection(QWidget):
    """Title, day, time, duration, clock, city, place, status and objective of a meeting."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Meeting title"))
        self.title.setPlaceholderText(self.tr("Empty: “Meeting with” the first cluster or "
                                              "contact"))
        self.day = DateField()
        self.day.setAccessibleName(self.tr("Day"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Start time on the place's clock"))
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName(self.tr("Duration in minutes"))
        self.all_day = QCheckBox(self.tr("All da&y"))
        self.all_day.setAccessibleName(self.tr("All day (no start time)"))
        self.all_day.toggled.connect(self._all_day_toggled)
        self._day_minutes = 1440  # an all-day entry's length (whole days)
        self.zone = QComboBox()
        self.zone.setAccessibleName(self.tr("Time zone of the place"))
        self.zone.addItem(self.tr("Automatic: the city's or the first cluster's state's"), "")
        for name, _places in zones.MEXICO_ZONES:
            self.zone.addItem(f"{self.zone_places(name)} — {name}", name)
        self.city = QLineEdit()
        self.city.setAccessibleName(self.tr("City"))
        self.city.setPlaceholderText(self.tr("Border cities keep their own clock: Ciudad "
                                             "Juárez, Reynosa…"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place (address)"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in MEETING_STATUSES:
            self.status.addItem(status_text(status), status)
        self.objective = QPlainTextEdit()
        self.objective.setAccessibleName(self.tr("Objective"))
        self.objective.setTabChangesFocus(True)
        self.objective.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.resolved = QLabel()
        self.resolved.setWordWrap(True)
        self.resolved.setAccessibleName(self.tr("When this is"))
        self.resolved.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        when = QHBoxLayout()
        when.addWidget(self.day, 2)
        when.addWidget(self.time, 1)
        when.addWidget(self.minutes, 1)
        when.addWidget(self.all_day)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Day, start, length:"), when)
        form.addRow("", self.resolved)
        form.addRow(self.tr("&Clock:"), self.zone)
        form.addRow(self.tr("C&ity:"), self.city)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Objective:"), self.objective)
        form.labelForField(when).setBuddy(self.day)
        page = QVBoxLayout(self)
        page.addLayout(form)
        page.addStretch(1)
        for signal in (self.title.textChanged, self.day.textChanged, self.time.timeChanged,
                       self.all_day.toggled,
                       self.minutes.valueChanged, self.zone.currentIndexChanged,
                       self.city.textChanged, self.place.textChanged,
                       self.status.currentIndexChanged, self.objective.textChanged):
            signal.connect(lambda *_: self.changed.emit())

    def zone_places(self, zone_name: str) -> str:
        """The places of Mexico that keep a zone's clock, in words (`zones.MEXICO_ZONES`)."""
        return {
            "America/Mexico_City": self.tr("Central Mexico"),
            "America/Monterrey": self.tr("Nuevo León, Coahuila, Tamaulipas, Durango"),
            "America/Matamoros": self.tr("US border of Coahuila, Nuevo León and Tamaulipas"),
            "America/Chihuahua": self.tr("Chihuahua"),
            "America/Ciudad_Juarez": self.tr("Ciudad Juárez (Chihuahua, US border)"),
            "America/Ojinaga": self.tr("Ojinaga (Chihuahua, US border)"),
            "America/Hermosillo": self.tr("Sonora"),
            "America/Mazatlan": self.tr("Sinaloa, Baja California Sur, Nayarit"),
            "America/Bahia_Banderas": self.tr("Bahía de Banderas (Nayarit)"),
            "America/Tijuana": self.tr("Baja California"),
            "America/Merida": self.tr("Yucatán, Campeche"),
            "America/Cancun": self.tr("Quintana Roo"),
        }[zone_name]

    def load(self, meeting: Meeting, automatic: bool) -> None:
        """Show a meeting (`automatic`: its zone is the one its place gives by default)."""
        self.title.setText(meeting.title)
        self.day.setText(meeting.day)
        hour, minute = (10, 0) if meeting.all_day else (int(meeting.start_local[11:13]),
                                                         int(meeting.start_local[14:16]))
        self.time.setTime(QTime(hour, minute))
        self.minutes.setValue(60 if meeting.all_day else min(meeting.minutes,
                                                               self.minutes.maximum()))
        self._day_minutes = max(1, meeting.minutes // 1440) * 1440 if meeting.all_day else 1440
        self.all_day.setChecked(meeting.all_day)
        index = 0 if automatic or not meeting.tz else self.zone.findData(meeting.tz)
        if index < 0:  # a zone from elsewhere (an imported meeting): shown as it is
            self.zone.addItem(meeting.tz, meeting.tz)
            index = self.zone.count() - 1
        self.zone.setCurrentIndex(index)
        self.city.setText(meeting.city)
        self.place.setText(meeting.place)
        self.status.setCurrentIndex(max(0, self.status.findData(meeting.status)))
        self.objective.setPlainText(meeting.objective)

    def _all_day_toggled(self, all_day: bool) -> None:
        self.time.setEnabled(not all_day)
        self.minutes.setEnabled(not all_day)

    def at(self) -> str:
        """'YYYY-MM-DD HH:MM' as typed (the day normalised when it reads as a date), or the
        day alone for an all-day entry."""
        day = normalise_date(self.day.text().strip())
        return day if self.all_day.isChecked() else f"{day} {self.time.time().toString('HH:mm')}"

    def chosen_zone(self) -> str:
        """The zone chosen, '' for Automatic."""
        return self.zone.currentData() or ""

    def values(self) -> dict:
        """The keywords of `AgendaService.add_meeting` that this tab sets."""
        minutes = self._day_minutes if self.all_day.isChecked() else self.minutes.value()
        return {"at": self.at(), "minutes": minutes, "tz": self.chosen_zone(),
                "city": self.city.text(), "place": self.place.text(),
                "title": self.title.text(), "objective": self.objective.toPlainText(),
                "status": self.status.currentData()}

    def show_resolved(self, start: dt.datetime | None, end: dt.datetime | None, zone: str,
                      home: str, problem: str = "") -> None:
        """The line under the time: what the fields mean, or what is missing."""
        if problem or start is None or end is None:
            self.resolved.setText(problem)
            self.resolved.setStyleSheet("color: #b3261e")
            return
        text = self.tr("{day}, {times} on {city}'s clock ({offset})").format(
            day=day_text(start.date(), short=True), times=f"{start:%H:%M}–{end:%H:%M}",
            city=zone_city(zone), offset=zones.offset_text(start))
        if home:
            there, until = zones.in_zone(start, home), zones.in_zone(end, home)
            times = f"{there:%H:%M}–{until:%H:%M}"
            text += " · " + (self.tr("{times} in {city}").format(times=times,
                                                                 city=zone_city(home))
                             if there.date() == start.date() else
                             self.tr("{times} in {city} ({day})").format(
                                 times=times, city=zone_city(home),
                                 day=day_text(there.date(), short=True, year=False)))
        self.resolved.setText(text)
        self.resolved.setStyleSheet("")
