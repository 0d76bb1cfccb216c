"""The agenda by day: a heading row for each day of the mission, then that day's meetings.

Times are on the place's clock ("10:00–11:00", and the zone beside them: "Tijuana · UTC-7");
the "home time" column gives the same times in the delegation's home zone (the view shows it on
request). A meeting with a conflict has a warning icon in the first column whose tooltip (and
accessible text) says what clashes; conflicts are flagged, never refused, and worded here from
the conflicts' data (`describe`, `summary`), in the interface's language. A cancelled meeting is
struck through.

Fed by `set_agenda` with what `AgendaService.agenda()` returned (and the mission's days, so
that a day without meetings shows as free); asks nothing itself. The view spans heading rows
over every column (`heading_rows`).
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.missions import zones
from desktop_app.missions.conflicts import OVERLAP, TRAVEL_RULE, Conflict
from desktop_app.services.agenda import AgendaEntry
from desktop_app.ui.common.locale_words import day_text, zone_city

_ROOT = QModelIndex()  # the default parent: the model's root

COLUMN_COUNT = 9
FLAG, TIME, CLOCK, HOME, TITLE, CLUSTERS, WHO, PLACE, STATUS = range(COLUMN_COUNT)
TITLE_CHARS = 42  # a conflict's tooltip names the other meeting, cut to this
STATUS_COLOURS = {"confirmed": QColor("#1b6e2d"), "done": QColor("#1d4f91"),
                  "cancelled": QColor("#6b6b6b")}
HEADING_BACKGROUND = QColor("#e8edf3")
CONFLICT_BACKGROUND = QColor("#fff4e0")

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)


class AgendaRole(IntEnum):
    Entry = Qt.ItemDataRole.UserRole + 1  # the AgendaEntry of a meeting row, None on a heading
    MeetingId = Qt.ItemDataRole.UserRole + 2  # 0 on a heading
    Day = Qt.ItemDataRole.UserRole + 3  # the row's day (dt.date)


class _Row(NamedTuple):
    day: dt.date
    entry: AgendaEntry | None  # None: the day's heading
    count: int = 0  # the day's meetings (on a heading)


def status_text(status: str) -> str:
    """A meeting's status in words ('Planned', 'Confirmed', 'Done', 'Cancelled')."""
    words = {"planned": QCoreApplication.translate("agenda_model", "Planned"),
             "confirmed": QCoreApplication.translate("agenda_model", "Confirmed"),
             "done": QCoreApplication.translate("agenda_model", "Done"),
             "cancelled": QCoreApplication.translate("agenda_model", "Cancelled")}
    return words.get(status, status)


def span_text(start, end) -> str:
    return f"{start:%H:%M}–{end:%H:%M}"


def gap_text(gap: dt.timedelta) -> str:
    """'2 h 00', '45 min': the time between two meetings."""
    hours, rest = divmod(max(0, int(gap.total_seconds() // 60)), 60)
    return f"{hours} h {rest:02d}" if hours else f"{rest} min"


class AgendaTableModel(QAbstractTableModel):
    """Day headings and meetings; `titles` (meeting id -> title) word the conflicts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._titles: dict[int, str] = {}
        self._home_zone = ""
        self._warning = None

    def set_agenda(self, entries: list[AgendaEntry], days: list[dt.date],
                   titles: dict[int, str], home_zone: str = "") -> None:
        by_day: dict[dt.date, list[AgendaEntry]] = {}
        for entry in entries:
            by_day.setdefault(entry.day, []).append(entry)
        self.beginResetModel()
        self._rows = []
        for day in sorted(set(days) | set(by_day)):
            meetings = by_day.get(day, [])
            self._rows.append(_Row(day, None, len(meetings)))
            self._rows.extend(_Row(day, entry) for entry in meetings)
        self._titles = dict(titles)
        self._home_zone = home_zone
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, HOME, HOME)

    def heading_rows(self) -> list[int]:
        return [row for row, r in enumerate(self._rows) if r.entry is None]

    def entry_at(self, row: int) -> AgendaEntry | None:
        return self._rows[row].entry if 0 <= row < len(self._rows) else None

    def row_of(self, meeting_id: int) -> int:
        for row, r in enumerate(self._rows):
            if r.entry is not None and r.entry.id == meeting_id:
                return row
        return -1

    def _conflicts(self) -> list[Conflict]:
        """Each conflict of the agenda once, in the agenda's order."""
        seen: dict[tuple[str, int, int], Conflict] = {}
        for r in self._rows:
            for conflict in r.entry.conflicts if r.entry else ():
                seen.setdefault((conflict.kind, conflict.first, conflict.second), conflict)
        return list(seen.values())

    def conflict_count(self) -> int:
        return len(self._conflicts())

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if int(role) == _DISPLAY:
            if section == HOME and self._home_zone:
                return self.tr("{city} time").format(city=zone_city(self._home_zone))
            return ("", self.tr("Time"), self.tr("Clock"), self.tr("Home time"),
                    self.tr("Meeting"), self.tr("Clusters"), self.tr("Who"), self.tr("Place"),
                    self.tr("Status"))[section]
        if int(role) == _TOOLTIP:
            return {FLAG: self.tr("A warning sign: this meeting clashes with another"),
                    CLOCK: self.tr("The place's time zone: times are on its clock"),
                    HOME: self.tr("The same times in the delegation's home zone")}.get(section)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].entry is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, role = self._rows[index.row()], int(role)
        if role == int(AgendaRole.Day):
            return row.day
        if row.entry is None:
            return self._heading(row, index.column(), role)
        if role == int(AgendaRole.Entry):
            return row.entry
        if role == int(AgendaRole.MeetingId):
            return row.entry.id
        return self._meeting(row.entry, index.column(), role)

    def day_heading(self, day: dt.date, count: int) -> str:
        """'Tuesday 15 July 2025 · 3 meeting(s)' ('· no meeting yet' for a free day)."""
        if not count:
            return self.tr("{day} · no meeting yet").format(day=day_text(day))
        return self.tr("{day} · %n meeting(s)", "", count).format(day=day_text(day))

    def _heading(self, row: _Row, column: int, role: int):
        if role in (_DISPLAY, _ACCESSIBLE) and column == 0:
            return self.day_heading(row.day, row.count)
        if role == _FONT:
            font = QFont()
            font.setBold(True)
            return font
        if role == _BACKGROUND:
            return HEADING_BACKGROUND
        if role == int(AgendaRole.MeetingId):
            return 0
        return None

    def _meeting(self, entry: AgendaEntry, column: int, role: int):
        m = entry.meeting
        if role == _DISPLAY:
            return self._text(entry, column)
        if role == _TOOLTIP:
            if column == FLAG:
                return self.conflict_text(entry) or None
            if column == CLOCK and not m.all_day:
                return self.tr("{zone}, {offset} on this day").format(
                    zone=m.tz, offset=zones.offset_text(entry.start))
            if column == TITLE and m.objective:
                return self.tr("{title}\nObjective: {objective}").format(
                    title=m.title, objective=m.objective)
            return self._text(entry, column) or None
        if role == _ACCESSIBLE:
            if column == FLAG:
                return self.tr("Conflict: {conflicts}").format(
                    conflicts=self.conflict_text(entry)) if entry.conflicts else \
                    self.tr("No conflict")
            return self._text(entry, column)
        if role == _DECORATION and column == FLAG and entry.conflicts:
            if self._warning is None:
                self._warning = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning
        if role == _BACKGROUND and entry.conflicts:
            return CONFLICT_BACKGROUND
        if role == _FOREGROUND and column == STATUS:
            return STATUS_COLOURS.get(m.status)
        if role == _FOREGROUND and m.status == "cancelled":
            return STATUS_COLOURS["cancelled"]
        if role == _FONT and m.status == "cancelled" and column in (TIME, TITLE):
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def home_text(self, entry: AgendaEntry) -> str:
        """The meeting's times in the home zone, with '+1 day' when the home clock shows
        another day ('' for a whole-day entry or a mission without a home zone)."""
        if entry.home_start is None or entry.home_end is None:
            return ""
        times = span_text(entry.home_start, entry.home_end)
        shift = (entry.home_start.date() - entry.day).days
        if shift > 0:
            return self.tr("{times} +%n day(s)", "", shift).format(times=times)
        if shift < 0:
            return self.tr("{times} −%n day(s)", "", -shift).format(times=times)
        return times

    def _text(self, entry: AgendaEntry, column: int) -> str:
        m = entry.meeting
        if column == TIME:
            return self.tr("All day") if m.all_day else span_text(entry.start, entry.end)
        if column == CLOCK:
            return "" if m.all_day else \
                f"{zone_city(m.tz)} · {zones.offset_text(entry.start)}"
        if column == HOME:
            return self.home_text(entry)
        if column == TITLE:
            return m.title
        if column == CLUSTERS:
            return ", ".join(name for _, name in entry.clusters)
        if column == WHO:
            return ", ".join(entry.members) or self.tr("The delegation")
        if column == PLACE:
            return ", ".join(p for p in (m.place, m.city) if p)
        if column == STATUS:
            return status_text(m.status)
        return ""

    # --- the conflicts in words ------------------------------------------------------------------

    def _name(self, meeting_id: int, titles: dict[int, str]) -> str:
        title = titles.get(meeting_id, "")
        return f"#{meeting_id}" + (f" {title}" if title else "")

    def describe(self, conflict: Conflict, titles: dict[int, str] | None = None) -> str:
        """One line: 'Overlap: #3 Visit CLAUT and #4 Lunch (Ana, Ben)'."""
        titles = self._titles if titles is None else titles
        first, second = self._name(conflict.first, titles), self._name(conflict.second, titles)
        who = ", ".join(conflict.members)
        if conflict.kind == OVERLAP:
            return self.tr("Overlap: {first} and {second} ({who})").format(
                first=first, second=second, who=who)
        return self.tr("Travel: only {gap} between {first} and {second} in another city "
                       "(rule: {hours} h) ({who})").format(
            gap=gap_text(conflict.gap), first=first, second=second, who=who,
            hours=int(TRAVEL_RULE.total_seconds() // 3600))

    def conflict_short(self, conflict: Conflict, meeting_id: int) -> str:
        """Seen from one of its two meetings: 'Travel: only 30 min after “Lunch …” in another
        city (rule: 3 h) · Ben Jones'."""
        other = conflict.second if meeting_id == conflict.first else conflict.first
        title = self._titles.get(other, f"#{other}")
        if len(title) > TITLE_CHARS:
            title = title[:TITLE_CHARS - 1].rstrip() + "…"
        who = ", ".join(conflict.members)
        if conflict.kind == OVERLAP:
            return self.tr("Overlaps “{title}” · {who}").format(title=title, who=who)
        text = self.tr("Travel: only {gap} after “{title}” in another city (rule: {hours} h) · "
                       "{who}") if meeting_id == conflict.second else \
            self.tr("Travel: only {gap} before “{title}” in another city (rule: {hours} h) · "
                    "{who}")
        return text.format(gap=gap_text(conflict.gap), title=title, who=who,
                           hours=int(TRAVEL_RULE.total_seconds() // 3600))

    def conflict_text(self, entry: AgendaEntry) -> str:
        """One line per conflict, seen from this meeting."""
        return "\n".join(self.conflict_short(c, entry.id) for c in entry.conflicts)

    def rule(self) -> str:
        """The rules the agenda flags, in words."""
        return self.tr("Flagged: the same person in two meetings at once, or less than {hours} h "
                       "between meetings in different cities.").format(
            hours=int(TRAVEL_RULE.total_seconds() // 3600))

    def summary(self) -> str:
        """'⚠ 2 conflict(s), flagged in the agenda (they block nothing):', one per line, then
        the rule; or 'No conflicts.' and the rule."""
        conflicts = self._conflicts()
        if not conflicts:
            return self.tr("No conflicts.") + " " + self.rule()
        lines = [self.tr("⚠ %n conflict(s), flagged in the agenda (they block nothing):", "",
                         len(conflicts))]
        lines += [f"   • {self.describe(c)}" for c in conflicts]
        return "\n".join(lines + [self.rule()])
