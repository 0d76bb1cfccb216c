"""Where the user's own data joins the cluster filter, for the window and the command line alike.

Two rules, kept here once:

- **"Your lists"** is one facet whose values are `BOOKMARKED` and `list:<name>`. Ticked values
  combine with OR (the union of their clusters) and with the other facets by AND, like the
  catalogue's facets. A value's count is the number of its clusters that the rest of the filter
  selects (its own group's ticks left out).
- **A search also matches your notes**: the clusters whose notes hold the search words are OR-ed
  into the text search (`ClusterFilter.also_ids`).

The user's data is read through a `UserData` source: `LibraryService` itself (the command line)
or the window's cached view of it. Without a source (no data yet, or a damaged data file) the
filter is the catalogue's alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from desktop_app.catalogue.models import ClusterFilter, FacetValue
from desktop_app.services.browse import BrowseService

USER_FACET = "lists"
USER_FACET_TITLE = "Your lists"
BOOKMARKED = ":bookmarked"
BOOKMARKED_NAME = "★ Bookmarked"
LIST_PREFIX = "list:"


def list_value(name: str) -> str:
    """The facet value of a named list."""
    return LIST_PREFIX + name


class UserData(Protocol):
    """What the filter reads of the user's data (`LibraryService` has all of it)."""

    def bookmarked_ids(self) -> set[str]: ...

    def lists(self) -> list[tuple[str, int]]: ...

    def list_ids(self, name: str) -> set[str]: ...

    def note_cluster_ids_matching(self, text: str) -> set[str]: ...


class UserFilter:
    """Applies the "Your lists" values and the notes search to a catalogue filter."""

    def __init__(self, browse: BrowseService, source: UserData | None) -> None:
        self._browse = browse
        self._source = source

    @property
    def source(self) -> UserData | None:
        return self._source

    def apply(self, flt: ClusterFilter, values: Iterable[str] = ()) -> ClusterFilter:
        """`flt` (ids and note matches ignored) with the clusters found through notes OR-ed into
        its text search and restricted to the union of the ticked values' clusters."""
        notes = frozenset()
        if self._source is not None and flt.text.strip():
            notes = frozenset(self._source.note_cluster_ids_matching(flt.text))
        flt = flt._replace(ids=None, also_ids=notes)
        return self._browse.restrict(flt, self.ids_for(values))

    def ids_for(self, values: Iterable[str]) -> set[str] | None:
        """The clusters of any of `values`; None (no restriction) when none is ticked or there is
        no user data to read."""
        values = tuple(values)
        if not values or self._source is None:
            return None
        ids: set[str] = set()
        for value in values:
            ids |= self._ids_of(value)
        return ids

    def has_any(self) -> bool:
        """True when the user has starred a cluster or made a list."""
        return self._source is not None and bool(
            self._source.bookmarked_ids() or self._source.lists())

    def valid(self, values: Iterable[str]) -> tuple[str, ...]:
        """The values that still exist (a remembered filter may name a list since deleted)."""
        if self._source is None:
            return ()
        known = {BOOKMARKED} | {list_value(name) for name, _ in self._source.lists()}
        return tuple(v for v in dict.fromkeys(values) if v in known)

    def values(self, base: ClusterFilter) -> list[FacetValue]:
        """Every value with its count under `base` (the filter without this facet's ticks)."""
        if self._source is None:
            return []
        base = base._replace(ids=None)
        found = [FacetValue(BOOKMARKED, BOOKMARKED_NAME,
                            self._count(base, self._ids_of(BOOKMARKED)))]
        for name, _ in self._source.lists():
            value = list_value(name)
            found.append(FacetValue(value, name, self._count(base, self._ids_of(value))))
        return found

    def _ids_of(self, value: str) -> set[str]:
        assert self._source is not None
        if value == BOOKMARKED:
            return set(self._source.bookmarked_ids())
        if value.startswith(LIST_PREFIX):
            return set(self._source.list_ids(value[len(LIST_PREFIX):]))
        return set()

    def _count(self, base: ClusterFilter, ids: set[str]) -> int:
        if not ids:
            return 0
        return self._browse.select(self._browse.restrict(base, ids)).count
