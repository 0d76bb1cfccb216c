"""The filter the window shows: search text plus ticked facet values, applied to the table model.

One place turns user input into a `ClusterFilter`, asks the model to show it, then hands the
resulting counts to the facet panel and the status bar. Widgets stay dumb; tests drive this class.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from desktop_app.catalogue.models import FACETS, ClusterFilter
from desktop_app.services.browse import BrowseService
from desktop_app.ui.cluster_table_model import ClusterTableModel
from desktop_app.ui.facet_panel import FacetPanel
from desktop_app.ui.status import status_text

_FIELDS = {"sector": "sectors", "state": "states", "label": "labels"}


class BrowseController(QObject):
    """Keeps `filter`; `status_changed(text)` and `filter_changed(filter)` after each change."""

    status_changed = Signal(str)
    filter_changed = Signal(object)
    facets_changed = Signal(object)  # {facet: [FacetValue]} for the current filter

    def __init__(self, browse: BrowseService, model: ClusterTableModel, facets: FacetPanel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._browse = browse
        self._model = model
        self._facets = facets
        self._total = browse.total()
        self.filter = ClusterFilter()
        facets.selection_changed.connect(self.set_facet)
        facets.clear_requested.connect(self.clear)
        model.reset_done.connect(self._refresh_counts)

    @property
    def total(self) -> int:
        return self._total

    def set_text(self, text: str) -> None:
        if text != self.filter.text:
            self._apply(replace(self.filter, text=text))

    def set_facet(self, facet: str, values: list[str]) -> None:
        if facet in _FIELDS:
            self._apply(replace(self.filter, **{_FIELDS[facet]: tuple(values)}))

    def set_filter(self, flt: ClusterFilter) -> None:
        self._apply(flt)

    def toggle_state(self, code: str) -> None:
        """A click on the map: add the state to the filter, or remove it when already there."""
        states = list(self.filter.states)
        states.remove(code) if code in states else states.append(code)
        self._apply(replace(self.filter, states=tuple(states)))

    def clear(self) -> None:
        self._apply(ClusterFilter())

    def _apply(self, flt: ClusterFilter) -> None:
        self.filter = flt
        self._model.set_filter(flt)  # resets the model, which refreshes the counts
        self.filter_changed.emit(flt)

    def _refresh_counts(self) -> None:
        selection = self._model.selection
        if selection is None:
            return
        flt = self._model.filter
        for facet in FACETS:
            self._facets.set_values(facet, selection.facets[facet],
                                    getattr(flt, _FIELDS[facet]))
        self._facets.set_clearable(not flt.is_empty)
        self.facets_changed.emit(selection.facets)
        self.status_changed.emit(status_text(selection.count, self._total))
