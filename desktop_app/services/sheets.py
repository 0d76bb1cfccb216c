"""Fact sheets: one page per cluster, public or internal, exported to one PDF.

`SheetsService(context).export(ids, path, paper, with_notes, progress, lang)` is what the window
and `cluster-atlas sheet(s)` call (`render` gives the same PDF in memory; `suggested_file_name`
the name to offer). The public sheet holds catalogue facts only, fit to hand to the cluster; the
internal one adds the user's part (bookmark, lists, notes, linked contacts and their follow-ups)
and the catalogue's editing notes. The user's part comes from a provider function
`user_part(cluster_id) -> UserPart`: by default it reads `LibraryService` and `ContactsService`;
tests and benchmarks may pass their own. `today` (default: the system's date) decides which
labels have expired (`services.profile.label_expired`) and which follow-ups are overdue.

Every printed word is in one language: `lang` ("en" or "es") of each call, else the one the
service was made with, which is the caller's (the window: its interface language; the command
line: `--lang`, else the system's). The catalogue's text comes in that language too.

`sheet_pages(ids, with_notes, lang)` yields each page's `SheetData`: with `factsheets.page`
(`draw_sheet`, `SheetPage`) another document puts sheets among its own pages.
"""

from __future__ import annotations

import datetime as dt
import io
import locale
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from desktop_app import outputs
from desktop_app.catalogue import details
from desktop_app.catalogue.detail_models import ClusterDetail, Programme
from desktop_app.catalogue.models import ClusterFilter, ClusterSummary
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.factsheets import batch
from desktop_app.factsheets.model import (
    ContactEntry,
    FactLine,
    FigureLine,
    FollowUpEntry,
    NoteEntry,
    SheetData,
    SheetMeta,
    UserPart,
    check_paper,
)
from desktop_app.factsheets.strings import sheet_strings
from desktop_app.i18n import DEFAULT_LANGUAGE
from desktop_app.services.browse import BrowseService
from desktop_app.services.contacts import ContactsService
from desktop_app.services.context import AppContext
from desktop_app.services.library import LibraryService
from desktop_app.services.profile import (
    figure_value,
    key_facts,
    label_expired,
    provenance_text,
)
from desktop_app.userdata.models import Contact

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


def user_services_provider(context: AppContext) -> UserPartProvider:
    """The private part of a cluster's internal sheet, read from the user-data services."""
    library = LibraryService(context)
    contacts = ContactsService(context)

    def provider(cluster_id: str) -> UserPart:
        notes = library.notes(cluster_id)[::-1]  # newest first; ties keep that order
        notes.sort(key=lambda n: n.updated_at, reverse=True)  # then the last edited first
        return UserPart(bookmarked=library.is_bookmarked(cluster_id),
                        lists=library.lists_of(cluster_id),
                        notes=[NoteEntry(_local_date(n.updated_at), n.text) for n in notes],
                        contacts=[contact_entry(c)
                                  for c in contacts.contacts_of_cluster(cluster_id)])

    return provider


def _local_date(stamp: str) -> dt.date | str:
    """A stored UTC time as the local date it was written on (as stored when unreadable)."""
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().date()
    except ValueError:
        return stamp


def contact_entry(contact: Contact) -> ContactEntry:
    """A contact as the internal sheet prints it: name, role, first e-mail and phone, and the
    open follow-ups, soonest first (undated last)."""
    open_ones = sorted((f for f in contact.follow_ups if f.is_open),
                       key=lambda f: (f.due == "", f.due))
    return ContactEntry(
        name=contact.display_name, role=contact.role, organisation=contact.organisation,
        email=contact.emails[0].address if contact.emails else "",
        phone=contact.phones[0].number if contact.phones else "",
        follow_ups=tuple(FollowUpEntry(f.due, f.action) for f in open_ones))


def sheet_data(detail: ClusterDetail, meta: SheetMeta, user: UserPart | None = None,
               state_others: Sequence[ClusterSummary] = (),
               sector_others: Sequence[ClusterSummary] = (),
               general_programmes: Sequence[Programme] = (),
               label_names: dict[str, str] | None = None) -> SheetData:
    """One page's content, worded as the profile pane and `show` word it (services.profile),
    in the record's language; labels expired on the day the sheet is made are marked so."""
    today = meta.generated
    facts = [FactLine(f.key, f.label, f.value, f.kind) for f in key_facts(detail, today)]
    figures = []
    if detail.sector_context:
        figures = [FigureLine(figure_value(f.value, f.unit, detail.lang), f.label, f.year)
                   for f in detail.sector_context.figures]
    listed = [*detail.same_sector_same_state, *state_others, *sector_others]
    return SheetData(detail=detail, meta=meta, facts=facts, figures=figures,
                     provenance=provenance_text(detail), user=user if meta.internal else None,
                     state_others=list(state_others), sector_others=list(sector_others),
                     general_programmes=list(general_programmes),
                     label_expired=label_expired(detail.label_valid_until, today),
                     expired_ids=frozenset(s.id for s in listed
                                           if s.label and label_expired(s.label_valid_until,
                                                                        today)),
                     label_names=dict(label_names or {}))


class SheetsService:
    """Fact sheets of the catalogue's clusters, as one PDF.

    `today` is the day the sheets are made on (default: the system's date): a label whose
    validity ended before it is printed as expired, a follow-up due before it as overdue.
    `lang` is the caller's language, that of every sheet unless a call names another.
    """

    def __init__(self, context: AppContext, user_part: UserPartProvider | None = None,
                 browse: BrowseService | None = None, today: dt.date | None = None,
                 lang: str = DEFAULT_LANGUAGE) -> None:
        self._context = context
        self._browse = browse or BrowseService(context)
        self._user_part = user_part
        self._today = today
        self.lang = lang

    # --- what the interfaces ask ---------------------------------------------------------------

    @staticmethod
    def default_paper() -> str:
        return default_paper()

    @staticmethod
    def suggested_file_name(ids: Sequence[str], with_notes: bool) -> str:
        """The file name to offer: the cluster's id or how many, and "-internal" for an internal
        export, so that the file says it holds private notes."""
        base = ids[0] if len(ids) == 1 else f"fact-sheets-{len(ids)}-clusters"
        return f"{base}-internal.pdf" if with_notes else f"{base}.pdf"

    def ids_for_filter(self, flt: ClusterFilter, sort: str = "name",
                       descending: bool = False) -> list[str]:
        """The ids of a filter's clusters in table order."""
        return [s.id for s in self._browse.search(flt, sort=sort, descending=descending)]

    def export(self, ids: Sequence[str], path: str | Path, paper: str | None = None,
               with_notes: bool = False, progress: Progress | None = None,
               lang: str | None = None) -> int:
        """Write one page per cluster to `path` atomically; return the pages written.

        NotFound for an unknown id (before anything is written), InvalidInput for an unwritable
        path, a bad paper or language, ExportCancelled when `progress(done, total)` returns False.
        """
        ids = self._checked_ids(ids)
        paper = self._paper(paper)
        lang = self._lang(lang)
        return batch.write(self.sheet_pages(ids, with_notes, lang), Path(path), paper=paper,
                           total=len(ids), progress=progress, title=self._title(ids, lang),
                           private=with_notes, protect=self._context.data_dir, lang=lang)

    def render(self, ids: Sequence[str], paper: str | None = None,
               with_notes: bool = False, progress: Progress | None = None,
               lang: str | None = None) -> bytes:
        """The same PDF in memory: for a preview or printing."""
        ids = self._checked_ids(ids)
        lang = self._lang(lang)
        buffer = io.BytesIO()
        batch.render(self.sheet_pages(ids, with_notes, lang), buffer, paper=self._paper(paper),
                     total=len(ids), progress=progress, title=self._title(ids, lang), lang=lang)
        return buffer.getvalue()

    def save(self, pdf: bytes, path: str | Path, with_notes: bool) -> Path:
        """Write a rendered PDF (the print dialog's "print to file") as `export` writes: whole or
        not at all, never over the user's data, owner-only when it holds notes (OutputRefused,
        OutputFailed)."""
        return outputs.write_file(path, pdf, private=with_notes, protect=self._context.data_dir)

    def user_part(self, cluster_id: str) -> UserPart:
        """The private part of one cluster's internal sheet."""
        return self._provider()(cluster_id)

    # --- the parts ------------------------------------------------------------------------------

    def _provider(self) -> UserPartProvider:
        """The user's part, read from the user data only when an internal sheet asks for it."""
        if self._user_part is None:
            self._user_part = user_services_provider(self._context)
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

    def _lang(self, lang: str | None) -> str:
        """The language asked for, else the service's; InvalidInput for one without sheets."""
        lang = lang or self.lang
        sheet_strings(lang)
        return lang

    @staticmethod
    def _paper(paper: str | None) -> str:
        return check_paper(paper or default_paper())

    def _title(self, ids: Sequence[str], lang: str) -> str:
        words = sheet_strings(lang)
        if len(ids) == 1:
            return words.document_one.format(name=self._browse.cluster(ids[0]).name)
        return words.document_many.format(count=len(ids))

    def meta(self, with_notes: bool, lang: str | None = None) -> SheetMeta:
        """What every page of one export shares (InvalidInput for a language without sheets)."""
        lang = self._lang(lang)
        info = self._browse.info()
        return SheetMeta(source_title=info.source_title, source_version=info.source_version,
                         source_date=info.source_date, catalogue_version=info.catalogue_version,
                         generated=self._today or dt.date.today(), internal=with_notes,
                         lang=lang)

    def sheet_pages(self, ids: Sequence[str], with_notes: bool,
                    lang: str | None = None) -> Iterator[SheetData]:
        """The pages' data, built one at a time as the batch draws them (ids must be known).

        With `factsheets.page.draw_sheet` (or `SheetPage` in a platypus document) this is how
        another document (the mission booklet) puts clusters' sheets among its own pages."""
        meta = self.meta(with_notes, lang)
        lang = meta.lang
        provider = self._provider() if with_notes else None
        general = self._general_programmes(lang)
        label_names = {row["id"]: row["name"] for row in self._browse.labels(lang) if row["id"]}
        by_state: dict[str, list[ClusterSummary]] = {}
        by_sector: dict[str, list[ClusterSummary]] = {}
        for cluster_id in ids:
            detail = self._browse.cluster(cluster_id, lang)
            others: list[ClusterSummary] = []
            if detail.state:
                if detail.state not in by_state:
                    by_state[detail.state] = self._browse.search(
                        ClusterFilter(states=(detail.state,)), lang=lang)
                others = by_state[detail.state]
            if detail.sector not in by_sector:
                by_sector[detail.sector] = self._browse.search(
                    ClusterFilter(sectors=(detail.sector,)), sort="state", lang=lang)
            user = provider(cluster_id) if provider else None
            yield sheet_data(detail, meta, user, others, by_sector[detail.sector], general,
                             label_names)

    def _general_programmes(self, lang: str) -> list[Programme]:
        """The programmes open to every sector (shown when a sector has none of its own)."""
        return details.programmes(self._context.catalogue, "all", lang=lang)
