"""Columns that fit: names stretch, the rest take the room their contents need, and what must
never be cut (names, phone numbers, emails) keeps its full width; other columns give up room
when the window is narrow, the secondary ones before the stretching (name) ones (their full text
is in the cell's tooltip), but never below their header's width (in whatever language it is).

`ColumnFitter` fits a table's columns when it is shown, resized, or its model is reset. Rules are
per column (`ColumnRule`); the user may still drag a column wider until the next fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 16  # pixels beside the text of a cell
MEASURED_ROWS = 1000  # as Qt's own "resize to contents" precision: enough, and quick


@dataclass(frozen=True)
class ColumnRule:
    """How one column fits: `stretch` takes a share of spare room; `keep` never goes narrower
    than its contents; otherwise it may shrink to `minimum`; `maximum` caps the width its
    contents ask for (None: no cap)."""

    stretch: bool = False
    keep: bool = False
    minimum: int = 60
    maximum: int | None = None


def fitted_widths(wanted: Sequence[int], rules: Sequence[ColumnRule], room: int) -> list[int]:
    """The widths of columns that want `wanted` pixels, in `room` pixels (Qt-free arithmetic)."""
    widths = [max(rule.minimum, w if rule.maximum is None else min(w, rule.maximum))
              for w, rule in zip(wanted, rules, strict=True)]
    spare = room - sum(widths)
    if spare > 0:
        stretching = [i for i, rule in enumerate(rules) if rule.stretch]
        for n, i in enumerate(stretching):
            share = spare // len(stretching) + (1 if n < spare % len(stretching) else 0)
            widths[i] += share
        return widths
    for stretching in (False, True):  # the other columns give way before the names do
        give = {i: widths[i] - rule.minimum for i, rule in enumerate(rules)
                if not rule.keep and rule.stretch == stretching and widths[i] > rule.minimum}
        total = sum(give.values())
        cut = min(sum(widths) - room, total)
        if cut <= 0:
            continue
        cuts = {i: g * cut // total for i, g in give.items()}  # in proportion to what each has
        left = cut - sum(cuts.values())
        for i in sorted(give, key=lambda i: give[i] - cuts[i], reverse=True)[:left]:
            cuts[i] += 1
        for i, c in cuts.items():
            widths[i] -= c
    return widths  # still too wide when nothing else may shrink: the table scrolls sideways


class ColumnFitter(QObject):
    """Keeps a table's columns fitted (see the module's docstring)."""

    def __init__(self, table: QTableView, rules: Sequence[ColumnRule]) -> None:
        super().__init__(table)
        self._table = table
        self._rules = list(rules)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)  # its size is the room the columns share
        table.model().modelReset.connect(self.fit)
        table.model().layoutChanged.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        """Fit now (only while shown: a hidden table would measure every row)."""
        table = self._table
        if not table.isVisible():
            return
        header = table.horizontalHeader()
        count = min(header.count(), len(self._rules))
        wanted = [max(self._text_width(c), header.sectionSizeHint(c)) + PADDING
                  for c in range(count)]
        rules = [replace(rule, minimum=max(rule.minimum, header.sectionSizeHint(c)))
                 for c, rule in enumerate(self._rules[:count])]  # headers are never cut
        widths = fitted_widths(wanted, rules, table.viewport().width())
        for column, width in enumerate(widths):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _text_width(self, column: int) -> int:
        """The widest text of the column in its first rows (a cell spanning the row, such as a
        group's heading, does not count)."""
        table, model = self._table, self._table.model()
        metrics = table.fontMetrics()
        widest = 0
        for row in range(min(model.rowCount(), MEASURED_ROWS)):
            if table.columnSpan(row, column) > 1:
                continue
            text = model.index(row, column).data()
            if text:
                widest = max(widest, metrics.horizontalAdvance(str(text)))
        return widest
