"""The "Your lists" facet: "Bookmarked" and each of the user's lists, with live counts.

Its values are `BOOKMARKED` and `list:<name>`. Ticked values combine with OR (the union of their
clusters) and with the other facets by AND: the browse controller restricts its filter to
`ids_for(values)` with `BrowseService.restrict`. A value's count is the number of its clusters
that the rest of the filter selects (like the other facets, its own group's ticks are left out).
The same object gives the controller the clusters whose notes match the search text.
"""

from __future__ import annotations


from desktop_app.catalogue.models import ClusterFilter, FacetValue
from desktop_app.services.browse import BrowseService

USER_FACET = "lists"
USER_FACET_TITLE = "Your lists"
BOOKMARKED = ":bookmarked"
LIST_PREFIX = "list:"


def list_value(name: str) -> str:
    return LIST_PREFIX + name


class UserFacets:
    """Ids and counts of the user's bookmarks and lists, through a `LibraryController`."""

    def __init__(self, browse: BrowseService, library) -> None:
        self._browse = browse
        self._library = library

    @property
    def available(self) -> bool:
        return self._library.available

    def has_any(self) -> bool:
        """True when the user has starred a cluster or made a list."""
        return self.available and bool(self._library.bookmarked or self._library.lists())

    def _ids_of(self, value: str) -> set[str]:
        if value == BOOKMARKED:
            return set(self._library.bookmarked)
        if value.startswith(LIST_PREFIX):
            return self._library.list_ids(value[len(LIST_PREFIX):])
        return set()

    def ids_for(self, values: tuple[str, ...] | list[str]) -> set[str] | None:
        """The clusters of any of the ticked values; None (no restriction) for none ticked."""
        if not values or not self.available:
            return None
        ids: set[str] = set()
        for value in values:
            ids |= self._ids_of(value)
        return ids

    def note_ids(self, text: str) -> frozenset[str]:
        return self._library.note_ids_matching(text)

    def valid(self, values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
        """The values that still exist (a restored filter may name a list since deleted)."""
        if not values or not self._library.load():
            return ()
        known = {BOOKMARKED} | {list_value(name) for name, _ in self._library.lists()}
        return tuple(v for v in dict.fromkeys(values) if v in known)

    def values(self, base: ClusterFilter) -> list[FacetValue]:
        """Every value with its count under `base` (the filter without this facet's ticks)."""
        if not self.available:
            return []
        base = base._replace(ids=None)
        starred = self._count(base, self._ids_of(BOOKMARKED))
        found = [FacetValue(BOOKMARKED, "★ Bookmarked", starred)]
        for name, _ in self._library.lists():
            found.append(FacetValue(list_value(name), name,
                                    self._count(base, self._ids_of(list_value(name)))))
        return found

    def _count(self, base: ClusterFilter, ids: set[str]) -> int:
        if not ids:
            return 0
        return self._browse.select(self._browse.restrict(base, ids)).count
