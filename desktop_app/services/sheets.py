"""Fact sheets: one page per cluster, public or internal, exported to one PDF.

`SheetsService(context).export(ids, path, paper, with_notes, progress)` is what the window and
`cluster-atlas sheet(s)` call. The public sheet holds catalogue facts only; the internal one adds
the user's part (bookmark, lists, notes, linked contacts), which comes from a provider function
`user_part(cluster_id) -> UserPart`. By default the provider reads the user-data services
(`services.library`, `services.contacts`) when they are present; pass your own to decouple.
"""

from __future__ import annotations

import datetime as dt
import locale
import logging
import os
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from desktop_app.catalogue.models import ClusterDetail, ClusterFilter, ClusterSummary, Programme
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.factsheets.model import ContactEntry, NoteEntry, SheetMeta, UserPart
from desktop_app.services.browse import BrowseService
from desktop_app.services.context import AppContext
from desktop_app.services.profile import figure_value, key_facts, provenance_text

log = logging.getLogger(__name__)

PAPERS = ("a4", "letter")
UserPartProvider = Callable[[str], UserPart]
Progress = Callable[[int, int], bool]

# Territories whose paper is US Letter (glibc's LC_PAPER, CLDR's paperSize "US-Letter").
LETTER_TERRITORIES = frozenset({
    "US", "CA", "MX", "PR", "CL", "CO", "CR", "DO", "GT", "NI", "PA", "PH", "SV", "VE", "BZ",
    "GU", "AS", "MP", "UM", "VI",
})
_LETTER_NAMES = ("united states", "canada", "mexico", "puerto rico", "chile", "colombia",
                 "costa rica", "dominican", "guatemala", "nicaragua", "panama", "philippines",
                 "salvador", "venezuela", "belize")


def paper_for_locale(name: str | None) -> str:
    """'letter' or 'a4' for a locale name such as 'es_MX.UTF-8', 'en-US' or
    'English_United States.1252' (Windows)."""
    if not name or name in ("C", "POSIX") or name.startswith("C."):
        return "a4"
    base = name.split(".")[0].split("@")[0]
    for sep in ("_", "-"):
        if sep in base:
            territory = base.split(sep)[-1]
            if territory.upper() in LETTER_TERRITORIES:
                return "letter"
    folded = base.lower()
    return "letter" if any(n in folded for n in _LETTER_NAMES) else "a4"


def default_paper() -> str:
    """The system's paper: LC_ALL, then LC_PAPER, then LANG, then the process locale."""
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(var)
        if value:
            return paper_for_locale(value)
    try:
        current = locale.getlocale()[0]
    except ValueError:
        current = None
    return paper_for_locale(current)


def _first(obj: Any, *names: str) -> Any:
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return None


def _note_entry(note: Any) -> NoteEntry:
    if isinstance(note, NoteEntry):
        return note
    if isinstance(note, tuple) and len(note) == 2:
        return NoteEntry(*note)
    when = _first(note, "updated_at", "created_at", "date") or ""
    if isinstance(when, str) and "T" in when:
        try:
            when = dt.datetime.fromisoformat(when.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    return NoteEntry(when, str(_first(note, "text", "body") or ""))


def _contact_entry(contact: Any) -> ContactEntry:
    if isinstance(contact, ContactEntry):
        return contact
    if isinstance(contact, tuple):
        return ContactEntry(*contact)
    emails = getattr(contact, "emails", None) or []
    phones = getattr(contact, "phones", None) or []
    email = _first(emails[0], "address") if emails else _first(contact, "email")
    phone = _first(phones[0], "number") if phones else _first(contact, "phone")
    return ContactEntry(
        name=str(_first(contact, "display_name", "full_name", "name") or ""),
        role=str(_first(contact, "role") or ""),
        organisation=str(_first(contact, "organisation", "organization") or ""),
        email=str(email or ""), phone=str(phone or ""))


def _call_first(service: Any, names: Sequence[str], *args: Any, **kwargs: Any) -> Any:
    for name in names:
        method = getattr(service, name, None)
        if callable(method):
            return method(*args, **kwargs)
    return None


def user_services_provider(context: AppContext) -> UserPartProvider | None:
    """A provider reading the user-data services, or None while they are not installed."""
    try:
        from desktop_app.services.library import LibraryService  # type: ignore[import-not-found]
    except ImportError:
        return None
    library = LibraryService(context)
    contacts_service = None
    try:
        from desktop_app.services.contacts import ContactsService  # type: ignore[import-not-found]

        contacts_service = ContactsService(context)
    except ImportError:
        pass

    def provider(cluster_id: str) -> UserPart:
        bookmarked = bool(_call_first(library, ("is_bookmarked",), cluster_id))
        lists = _call_first(library, ("lists_of", "lists_for", "cluster_lists"), cluster_id)
        notes = _call_first(library, ("notes", "notes_for"), cluster_id) or []
        contacts: Iterable[Any] = []
        if contacts_service is not None:
            contacts = _call_first(contacts_service, ("contacts_of_cluster", "for_cluster", "contacts_for"),
                                   cluster_id)
            if contacts is None:
                contacts = _call_first(contacts_service, ("list", "list_contacts", "search"),
                                       cluster_id=cluster_id) or []
        entries = [_note_entry(n) for n in notes]
        entries.sort(key=lambda n: str(n.date or ""), reverse=True)  # newest first
        return UserPart(bookmarked=bookmarked,
                        lists=[str(_first(x, "name") or x) for x in (lists or [])],
                        notes=entries, contacts=[_contact_entry(c) for c in contacts])

    return provider


def sheet_data(detail: ClusterDetail, meta: SheetMeta, user: UserPart | None = None,
               state_others: Sequence[ClusterSummary] = (),
               sector_others: Sequence[ClusterSummary] = (),
               general_programmes: Sequence[Programme] = ()) -> Any:
    """One page's content, worded as the profile pane and `show` word it (services.profile)."""
    from desktop_app.factsheets.layout import FactLine, FigureLine, SheetData

    facts = [FactLine(f.label, f.value, f.kind) for f in key_facts(detail)]
    figures = []
    if detail.sector_context:
        figures = [FigureLine(figure_value(f.value, f.unit), f.label, f.year)
                   for f in detail.sector_context.figures]
    return SheetData(detail=detail, meta=meta, facts=facts, figures=figures,
                     provenance=provenance_text(detail), user=user if meta.internal else None,
                     state_others=list(state_others), sector_others=list(sector_others),
                     general_programmes=list(general_programmes))


class SheetsService:
    """Fact sheets of the catalogue's clusters, as one PDF."""

    def __init__(self, context: AppContext, user_part: UserPartProvider | None = None,
                 browse: BrowseService | None = None) -> None:
        self._context = context
        self._browse = browse or BrowseService(context)
        self._user_part = user_part
        self._user_part_resolved = user_part is not None

    # --- what the interfaces ask ---------------------------------------------------------------

    @staticmethod
    def default_paper() -> str:
        return default_paper()

    def ids_for_filter(self, flt: ClusterFilter, sort: str = "name",
                       descending: bool = False) -> list[str]:
        """The ids of a filter's clusters in table order."""
        return [s.id for s in self._browse.search(flt, sort=sort, descending=descending)]

    def export(self, ids: Sequence[str], path: str | Path, paper: str | None = None,
               with_notes: bool = False, progress: Progress | None = None) -> int:
        """Write one page per cluster to `path` atomically; return the pages written.

        NotFound for an unknown id (before anything is written), InvalidInput for an unwritable
        path or bad paper, ExportCancelled when `progress(done, total)` returns False.
        """
        from desktop_app.factsheets import batch

        ids = self._checked_ids(ids)
        paper = self._paper(paper)
        return batch.write(self.sheet_pages(ids, with_notes), Path(path), paper=paper,
                           total=len(ids), progress=progress, title=self._title(ids),
                           private=with_notes, protect=self._context.data_dir)

    def render(self, ids: Sequence[str], paper: str | None = None,
               with_notes: bool = False, progress: Progress | None = None) -> bytes:
        """The same PDF in memory: for a preview or printing."""
        import io

        from desktop_app.factsheets import batch

        ids = self._checked_ids(ids)
        buffer = io.BytesIO()
        batch.render(self.sheet_pages(ids, with_notes), buffer, paper=self._paper(paper),
                     total=len(ids), progress=progress, title=self._title(ids))
        return buffer.getvalue()

    def user_part(self, cluster_id: str) -> UserPart:
        """The private part of one cluster's internal sheet (empty without user data)."""
        provider = self._provider()
        return provider(cluster_id) if provider else UserPart()

    # --- the parts ------------------------------------------------------------------------------

    def _provider(self) -> UserPartProvider | None:
        if not self._user_part_resolved:
            self._user_part = user_services_provider(self._context)
            self._user_part_resolved = True
        return self._user_part

    def _checked_ids(self, ids: Sequence[str]) -> list[str]:
        if isinstance(ids, str):
            ids = [ids]
        wanted = list(dict.fromkeys(i.strip() for i in ids if i and i.strip()))
        if not wanted:
            raise InvalidInput("Nothing to export: no cluster was given or matched.")
        known = self._browse.cluster_ids()
        unknown = [i for i in wanted if i not in known]
        if unknown:
            shown = ", ".join(repr(i) for i in unknown[:5]) + (" …" if len(unknown) > 5 else "")
            raise NotFound(f"No cluster with id {shown}. 'cluster-atlas clusters' lists them.")
        return wanted

    @staticmethod
    def _paper(paper: str | None) -> str:
        key = (paper or default_paper()).strip().lower()
        if key not in PAPERS:
            raise InvalidInput(f"Unknown paper size {paper!r}: a4 or letter.")
        return key

    def _title(self, ids: Sequence[str]) -> str:
        if len(ids) == 1:
            return f"Fact sheet: {self._browse.cluster(ids[0]).name}"
        return f"Fact sheets: {len(ids)} clusters"

    def meta(self, with_notes: bool) -> SheetMeta:
        info = self._browse.info()
        return SheetMeta(source_title=info.source_title, source_version=info.source_version,
                         source_date=info.source_date, catalogue_version=info.catalogue_version,
                         generated=dt.date.today(), internal=with_notes)

    def sheet_pages(self, ids: Sequence[str], with_notes: bool) -> Iterator[Any]:
        """The pages' data, built one at a time as the batch draws them (ids must be known)."""
        meta = self.meta(with_notes)
        provider = self._provider() if with_notes else None
        general = self._general_programmes()
        by_state: dict[str, list[ClusterSummary]] = {}
        by_sector: dict[str, list[ClusterSummary]] = {}
        for cluster_id in ids:
            detail = self._browse.cluster(cluster_id)
            others: list[ClusterSummary] = []
            if detail.state:
                if detail.state not in by_state:
                    by_state[detail.state] = self._browse.search(
                        ClusterFilter(states=(detail.state,)))
                others = by_state[detail.state]
            if detail.sector not in by_sector:
                by_sector[detail.sector] = self._browse.search(
                    ClusterFilter(sectors=(detail.sector,)), sort="state")
            user = None
            if with_notes:
                user = provider(cluster_id) if provider else UserPart()
            yield sheet_data(detail, meta, user, others, by_sector[detail.sector], general)

    def _general_programmes(self) -> list[Programme]:
        """The programmes open to every sector (shown when a sector has none of its own)."""
        from desktop_app.catalogue import records

        return records.programmes(self._context.catalogue, "all")
