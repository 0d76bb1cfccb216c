"""The cluster table's model: a lazy QAbstractTableModel over `BrowseService.select`.

A filter gives a `Selection` (count, facet counts, rows in order); the model shows its first page
and fetches the next ones as the view scrolls (`canFetchMore` / `fetchMore`), so 100,000 clusters
cost one page. Sorting asks the service for the same filter in another order. Why a row matched the
search text is computed only for the rows that are shown.

The ★ column shows the user's bookmarks and lists: the window hands the model the set of starred
ids (`set_bookmarked`) and each cluster's lists (`set_lists`); the model never asks for them. A
starred cluster shows ★, one in a list ☰ beside it, and the tooltip names the lists. Rows that
matched through the user's notes (`ClusterFilter.also_ids`) say "your note" in "Matched in".
"""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop_app.catalogue.models import ClusterFilter, ClusterSummary
from desktop_app.i18n import DEFAULT_LANGUAGE
from desktop_app.services.browse import BrowseService
from desktop_app.ui.actions import shortcut_text

PAGE_SIZE = 200
REASON_BATCH = 50
LABEL_COLOURS = {"gold": "#8a6d00", "silver": "#5f6b73", "bronze": "#8c4f1f"}


class Column(NamedTuple):
    key: str  # also the service's sort key ("" when the column cannot sort)
    title: str  # marked for translation; `ClusterTableModel.title` translates it
    tip: str = ""  # the header's tooltip


COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("ClusterTableModel", "Name")),
    Column("acronym", QT_TRANSLATE_NOOP("ClusterTableModel", "Acronym")),
    Column("sector", QT_TRANSLATE_NOOP("ClusterTableModel", "Sector")),
    Column("state", QT_TRANSLATE_NOOP("ClusterTableModel", "State")),
    Column("label", QT_TRANSLATE_NOOP("ClusterTableModel", "Label"),
           QT_TRANSLATE_NOOP("ClusterTableModel",
                             "The ECEI cluster management label: Gold, Silver or Bronze")),
    Column("members", QT_TRANSLATE_NOOP("ClusterTableModel", "Members"),
           QT_TRANSLATE_NOOP("ClusterTableModel",
                             "Member organisations, as the briefing gives them")),
    Column("", QT_TRANSLATE_NOOP("ClusterTableModel", "Matched in")),
    Column("", "★"),  # last in the model, shown first (`ClusterTableView.place_star_column`)
)
MATCH_COLUMN = 6
STAR_COLUMN = 7


def column_of(key: str) -> int:
    """The model column of a sort key ("name", "state", ...)."""
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


STAR, NO_STAR, IN_LISTS = "★", "☆", "☰"
STAR_COLOUR, LISTED_COLOUR, PLAIN_COLOUR = "#c28a00", "#2f6aa8", "#b4b4b4"


class Role(IntEnum):
    """Named roles, for views and tests that want the record rather than its text."""

    Id = Qt.ItemDataRole.UserRole + 1
    Summary = Qt.ItemDataRole.UserRole + 2
    Match = Qt.ItemDataRole.UserRole + 3
    Bookmarked = Qt.ItemDataRole.UserRole + 4
    Lists = Qt.ItemDataRole.UserRole + 5  # the names of the user's lists holding the cluster


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND, _ACCESSIBLE,
                    *(int(r) for r in Role)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


class ClusterTableModel(QAbstractTableModel):
    """Rows of `ClusterSummary`, one page at a time, with the catalogue's words in `lang`."""

    reset_done = Signal()  # after every reset (a new filter or a new sort order)

    def __init__(self, browse: BrowseService, parent=None, *,
                 lang: str = DEFAULT_LANGUAGE) -> None:
        super().__init__(parent)
        self._browse = browse
        self.lang = lang
        self._locale = QLocale()
        self._label_text = {label["id"]: label["title"] for label in browse.labels(lang)}
        self._no_state = self.tr("not given")
        self._filter = ClusterFilter()
        self._sort_key = "name"
        self._descending = False
        self._selection = None
        self._rows: list[ClusterSummary] = []
        self._reasons: dict[str, str] = {}
        self._bookmarked: set[str] | frozenset[str] = frozenset()
        self._lists: dict[str, tuple[str, ...]] = {}

    # --- what the model shows --------------------------------------------------------------------

    @property
    def filter(self) -> ClusterFilter:
        return self._filter

    @property
    def selection(self):
        """The current `Selection`: its `count` and `facets` feed the status bar and facets."""
        return self._selection

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def total_count(self) -> int:
        return self._selection.count if self._selection else 0

    def set_filter(self, flt: ClusterFilter) -> None:
        """Show the clusters matching `flt` (first page now, the rest on demand)."""
        self._filter = flt
        self._reload()

    def set_sort(self, key: str, descending: bool) -> None:
        self._sort_key, self._descending = key, descending
        self._reload()

    @property
    def bookmarked(self) -> set[str] | frozenset[str]:
        return self._bookmarked

    def set_bookmarked(self, ids: set[str] | frozenset[str]) -> None:
        """The starred cluster ids (handed over by the window): repaints the ★ column."""
        self._bookmarked = set(ids)
        self._star_column_changed()

    def set_lists(self, lists: dict[str, list[str] | tuple[str, ...]]) -> None:
        """Each cluster's lists, by id (handed over by the window): repaints the ★ column."""
        self._lists = {cluster_id: tuple(names) for cluster_id, names in lists.items() if names}
        self._star_column_changed()

    def lists_of(self, cluster_id: str) -> tuple[str, ...]:
        return self._lists.get(cluster_id, ())

    def _star_column_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, STAR_COLUMN),
                                  self.index(len(self._rows) - 1, STAR_COLUMN))

    def _reload(self) -> None:
        self.beginResetModel()
        self._selection = self._browse.select(self._filter, sort=self._sort_key,
                                              descending=self._descending, lang=self.lang)
        self._rows = self._browse.page(self._selection, 0, PAGE_SIZE)
        self._reasons = {}
        self.endResetModel()
        self.reset_done.emit()

    def summary(self, row: int) -> ClusterSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, cluster_id: str) -> int:
        """The row of a loaded cluster, or -1."""
        for row, summary in enumerate(self._rows):
            if summary.id == cluster_id:
                return row
        return -1

    def contains(self, cluster_id: str) -> bool:
        """True when the filter shows the cluster (loaded yet or not)."""
        if self.row_of(cluster_id) >= 0:
            return True
        if not self.canFetchMore():
            return False
        return self._browse.count(self._browse.restrict(self._filter, {cluster_id})) > 0

    def column_samples(self) -> dict[str, list[str]]:
        """The texts each column may show, from the whole catalogue (its sectors and states; the
        acronyms and member counts of its first page), for the view to size its columns once."""
        everything = self._browse.select(ClusterFilter(), lang=self.lang)
        rows = self._browse.page(everything, 0, PAGE_SIZE)
        return {
            "sector": [v.name for v in everything.facets["sector"]],
            "state": [v.name for v in everything.facets["state"] if v.value] + [self._no_state],
            "label": [title for title in self._label_text.values() if title],
            "acronym": [r.acronym for r in rows if r.acronym],
            "members": [self._locale.toString(r.members) for r in rows if r.members is not None],
        }

    def title(self, column: int) -> str:
        """A column's title in the interface's language."""
        return self.tr(COLUMNS[column].title)

    # --- lazy loading ----------------------------------------------------------------------------

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self.total_count()

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._selection is None:
            return
        more = self._browse.page(self._selection, len(self._rows), PAGE_SIZE)
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # --- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.title(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(COLUMNS[section].tip) if COLUMNS[section].tip else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if role not in _ROLES:  # the view asks for a dozen roles per cell: answer fast
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        summary = self._rows[row]
        column = index.column()
        if role == _DISPLAY:
            return self._text(summary, column, row)
        if role == _TOOLTIP:
            if column == STAR_COLUMN:
                return self._star_tip(summary.id)
            return self._tip(summary, column, row)
        if role == _ACCESSIBLE and column == STAR_COLUMN:
            return self._star_words(summary.id)
        if role == _ALIGNMENT:
            if column == STAR_COLUMN:
                return _CENTRE
            return _RIGHT if COLUMNS[column].key == "members" else None
        if role == _FOREGROUND:
            if column == STAR_COLUMN:
                return QColor(STAR_COLOUR if summary.id in self._bookmarked
                              else LISTED_COLOUR if summary.id in self._lists else PLAIN_COLOUR)
            if COLUMNS[column].key == "label" and summary.label:
                return QColor(LABEL_COLOURS[summary.label])
            if column == MATCH_COLUMN or (COLUMNS[column].key == "state" and not summary.state):
                return QColor("#6b6b6b")
        if role == Role.Id:
            return summary.id
        if role == Role.Summary:
            return summary
        if role == Role.Match:
            return self._reason(index.row())
        if role == Role.Bookmarked:
            return summary.id in self._bookmarked
        if role == Role.Lists:
            return self._lists.get(summary.id, ())
        return None

    def _tip(self, summary: ClusterSummary, column: int, row: int) -> str:
        """The whole name (cut in a narrow column), the cell's own text when it is another, and
        why the row matched."""
        tip = f"{summary.name}" + (f" ({summary.acronym})" if summary.acronym else "")
        cell = self._text(summary, column, row) if COLUMNS[column].key not in ("name", "") \
            else ""
        if cell and cell != summary.acronym:
            tip += "\n" + self.tr("{column}: {value}").format(column=self.title(column),
                                                              value=cell)
        reason = self._reason(row)
        return tip + "\n" + self.tr("Matched in {reason}").format(reason=reason) if reason \
            else tip

    def _star_words(self, cluster_id: str) -> str:
        """'Bookmarked; in the lists “Monterrey, March”, “Visit”' (also for screen readers)."""
        starred = cluster_id in self._bookmarked
        lists = self._lists.get(cluster_id, ())
        if not lists:
            return self.tr("Bookmarked") if starred else self.tr("Not bookmarked")
        names = ", ".join(f"“{name}”" for name in lists)
        if starred:
            return self.tr("Bookmarked; in the list(s) {names}", "", len(lists)).format(
                names=names)
        return self.tr("Not bookmarked; in the list(s) {names}", "", len(lists)).format(
            names=names)

    def _star_tip(self, cluster_id: str) -> str:
        keys = shortcut_text("bookmark")
        if cluster_id in self._bookmarked:
            return self.tr("{state}: click to remove the star ({keys})").format(
                state=self._star_words(cluster_id), keys=keys)
        return self.tr("{state}: click to bookmark ({keys})").format(
            state=self._star_words(cluster_id), keys=keys)

    def _text(self, summary: ClusterSummary, column: int, row: int) -> str:
        key = COLUMNS[column].key
        if key == "name":
            return summary.name
        if key == "acronym":
            return summary.acronym or ""
        if key == "sector":
            return summary.sector_name
        if key == "state":
            return summary.state_name or self._no_state
        if key == "label":
            return self._label_text.get(summary.label or "", "")
        if key == "members":
            return self._locale.toString(summary.members) if summary.members is not None else ""
        if column == STAR_COLUMN:
            star = STAR if summary.id in self._bookmarked else NO_STAR
            return star + IN_LISTS if summary.id in self._lists else star
        return self._reason(row)

    def _reason(self, row: int) -> str:
        """Why the row matched the search text ('' without text); computed in batches on demand."""
        if not self._filter.text.strip():
            return ""
        summary = self._rows[row]
        if summary.id not in self._reasons:
            start = row - row % REASON_BATCH
            ids = [s.id for s in self._rows[start:start + REASON_BATCH]]
            found = self._browse.match_reasons(self._filter.text, ids, self.lang)
            for cluster_id in ids:
                self._reasons[cluster_id] = found.get(cluster_id, "")
        reason = self._reasons[summary.id]
        if summary.id in self._filter.also_ids:  # found through the user's notes
            return self.tr("your note; {reason}").format(reason=reason) if reason \
                else self.tr("your note")
        return reason or (self.tr("name or acronym") if self._filter.text else "")

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].key
        if key:
            self.set_sort(key, order == Qt.SortOrder.DescendingOrder)
