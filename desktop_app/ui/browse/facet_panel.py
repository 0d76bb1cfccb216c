"""The facet panel: sector, state and ECEI label groups, each value with its live count.

Several values of one facet combine with OR, different facets with AND (the service's
`ClusterFilter`). A group is a generic `FacetGroup`; another one (the user's lists) is added with
`add_group(key, title[, first=True])` and fed with `set_values(key, values, selected)`.
The panel scrolls to the value the keyboard moves to (arrows, or typing a name in a group).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.catalogue.models import FacetValue
from desktop_app.ui.browse.facet_group import FacetGroup

CATALOGUE_GROUPS = (("sector", QT_TRANSLATE_NOOP("FacetPanel", "Sector")),
                    ("state", QT_TRANSLATE_NOOP("FacetPanel", "State")),
                    ("label", QT_TRANSLATE_NOOP("FacetPanel", "ECEI label")))


class FacetPanel(QWidget):
    """A scrollable column of facet groups with one "Clear all" button."""

    selection_changed = Signal(str, list)  # facet key, selected values
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: dict[str, FacetGroup] = {}
        title = QLabel(self.tr("Filter by"))
        title.setStyleSheet("font-weight: bold;")
        self.clear_button = QPushButton(self.tr("Clear all"))
        self.clear_button.setToolTip(self.tr("Clear the search text and every ticked value"))
        self.clear_button.setEnabled(False)
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.setAccessibleName(title.text())
        self.clear_button.clicked.connect(self.clear_requested)
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 2)
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.clear_button)

        self._column = QVBoxLayout()
        self._column.setContentsMargins(4, 0, 4, 4)
        self._column.setSpacing(2)
        self._column.addStretch(1)
        inner = QWidget()
        inner.setLayout(self._column)
        scroll = self._scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the groups inside
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(scroll)
        for key, group_title in CATALOGUE_GROUPS:
            self.add_group(key, self.tr(group_title))

    def add_group(self, key: str, title: str, first: bool = False) -> FacetGroup:
        """A group of values under `title` (in the interface's language)."""
        group = FacetGroup(key, title, self)
        group.selection_changed.connect(self.selection_changed)
        group.current_shown.connect(lambda y: self._scroll.ensureVisible(
            0, group.mapTo(self._scroll.widget(), group.rect().topLeft()).y() + y, 0, 24))
        self._column.insertWidget(0 if first else self._column.count() - 1, group)
        self.groups[key] = group
        return group

    def set_values(self, key: str, values: list[FacetValue], selected) -> None:
        self.groups[key].set_values(values, selected)

    def set_clearable(self, clearable: bool) -> None:
        self.clear_button.setEnabled(clearable)

    def focus_order(self) -> list[QWidget]:
        """The clear button, then each group's title and values, top to bottom (for Tab)."""
        groups = sorted(self.groups.values(), key=lambda g: self._column.indexOf(g))
        return [self.clear_button] + [w for g in groups for w in g.focus_order()]

    def ticked(self) -> list[tuple[str, list[str]]]:
        """(group title, names of its ticked values) for the groups shown, in panel order."""
        groups = sorted(self.groups.values(), key=lambda g: self._column.indexOf(g))
        return [(g.title, g.ticked_names()) for g in groups if not g.isHidden()]

    def preferred_width(self) -> int:
        """Wide enough for every group's longest name and count, and the scroll bar."""
        widest = max((g.preferred_width() for g in self.groups.values()), default=200)
        margins = self._column.contentsMargins()
        return widest + margins.left() + margins.right() \
            + self._scroll.verticalScrollBar().sizeHint().width()
