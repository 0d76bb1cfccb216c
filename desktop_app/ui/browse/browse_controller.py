"""The filter the window shows: search text plus ticked facet values, applied to the table model.

One place turns user input into a `ClusterFilter`, asks the model to show it, then hands the
resulting counts to the facet panel and the status bar. Widgets stay dumb; tests drive this class.

With the user's data (`set_user_filter`), the ticked values of the "Your lists" facet
(`user_values`) and the notes that match the search text join the filter through the services'
`UserFilter`, the same rule the command line applies; derived on every change, never set by callers.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Signal

from desktop_app.catalogue.models import FACETS, ClusterFilter
from desktop_app.services.browse import BrowseService
from desktop_app.services.user_filter import USER_FACET, UserFilter
from desktop_app.ui.browse.cluster_table_model import ClusterTableModel
from desktop_app.ui.browse.facet_panel import FacetPanel

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
        self.user_values: tuple[str, ...] = ()  # ticked values of "Your lists"
        self._user: UserFilter | None = None
        facets.selection_changed.connect(self.set_facet)
        facets.clear_requested.connect(self.clear)
        model.reset_done.connect(self._refresh_counts)

    @property
    def total(self) -> int:
        return self._total

    def set_text(self, text: str) -> None:
        if text != self.filter.text:
            self._apply(self.filter._replace(text=text))

    @property
    def user_filter(self) -> UserFilter | None:
        return self._user

    def set_user_filter(self, user_filter: UserFilter | None) -> None:
        """Bookmarks, lists and notes take part in the filter from now on (None: no more)."""
        self._user = user_filter

    def set_facet(self, facet: str, values: list[str]) -> None:
        if facet in _FIELDS:
            self._apply(self.filter._replace(**{_FIELDS[facet]: tuple(values)}))
        elif facet == USER_FACET:
            self.user_values = tuple(values)
            self._apply(self.filter)

    def refresh_user_data(self) -> None:
        """After a change of bookmarks, lists or notes: show the table again only if what the
        filter selects changed, else just recount "Your lists"."""
        if self._effective(self.filter) != self.filter:
            self._apply(self.filter)
        else:
            self._refresh_user_counts()

    def set_filter(self, flt: ClusterFilter) -> None:
        self._apply(flt)

    def toggle_state(self, code: str) -> None:
        """A click on the map: add the state to the filter, or remove it when already there."""
        states = list(self.filter.states)
        states.remove(code) if code in states else states.append(code)
        self._apply(self.filter._replace(states=tuple(states)))

    def clear(self) -> None:
        self.user_values = ()
        self._apply(ClusterFilter())

    def _effective(self, flt: ClusterFilter) -> ClusterFilter:
        """`flt` with the ids of the ticked lists and the clusters found through notes."""
        if self._user is None:
            return flt
        return self._user.apply(flt, self.user_values)

    def _apply(self, flt: ClusterFilter) -> None:
        flt = self._effective(flt)
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
        self._refresh_user_counts()
        self._facets.set_clearable(not flt.is_empty)
        self.facets_changed.emit(selection.facets)
        self.status_changed.emit(self.status_text(selection.count))

    def status_text(self, shown: int) -> str:
        """The status bar's '12 of 97 clusters' ('12 de 97 clústeres'), or '97 clusters' when
        nothing is filtered out."""
        total = self._total
        if shown == total:
            return self.tr("%Ln cluster(s)", "", total)
        return self.tr("{shown} of %Ln cluster(s)", "", total).format(
            shown=QLocale().toString(shown))

    def _refresh_user_counts(self) -> None:
        group = self._facets.groups.get(USER_FACET)
        if self._user is None or group is None:
            return
        values = self._user.values(self._model.filter)
        self._facets.set_values(USER_FACET, values, self.user_values)
        group.setVisible(self._user.has_any() or bool(self.user_values))
