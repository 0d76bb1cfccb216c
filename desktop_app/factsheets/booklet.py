"""The mission booklet: one PDF that travels with the delegation.

Cover (mission, dates, destinations, delegation, Public or Internal), contents, the delegation,
a map of the states visited, the itinerary day by day (local times, place, who, which cluster and
the page of its sheet), one fact sheet per cluster visited (drawn by `layout.draw_sheet`, public
or internal), and in the internal booklet an annex of the people to meet (phones, e-mails) and
ruled pages for notes. Every page has a running footer and its number.

Page numbers are known before they are printed: a first pass lays out everything but the fact
sheets (one page each), which tells where each section starts; the second pass writes the file.
The public booklet holds nothing private: no notes, no contact details, no objectives, no
outcomes (the services never hand them over for it; `tests/missions/test_booklet.py` reads the
PDF's text to check). The content arrives as plain data (`BookletData`): no storage, no Qt.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from desktop_app import APP_NAME, __version__
from desktop_app.factsheets import fonts
from desktop_app.factsheets.batch import ExportCancelled, check_paper
from desktop_app.factsheets.booklet_pages import (
    annex_pages,
    contents_page,
    cover_page,
    delegation_pages,
    itinerary_pages,
    map_page,
    notes_pages,
)
from desktop_app.factsheets.mission_pdf import FOOT, MARGIN, draw_footer
from desktop_app.factsheets.mission_strings import MissionStrings, mission_strings
from desktop_app.factsheets.model import PAPER_SIZES, SheetData
from desktop_app.factsheets.page import draw_sheet

Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class Person:
    name: str
    organisation: str = ""
    role: str = ""
    phone: str = ""  # internal booklet only
    email: str = ""  # internal booklet only


@dataclass(frozen=True)
class Stop:
    """One meeting of the itinerary, worded for print on the place's clock."""

    day: dt.date
    time: str  # "10:00–11:00" or "all day"
    zone: str  # "Monterrey · UTC-6"
    home_time: str  # "18:00 Madrid" or ""
    title: str
    place: str
    who: tuple[str, ...]
    clusters: tuple[tuple[str, str], ...]  # (cluster id, short name)
    status: str
    conflicts: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()  # internal booklet only
    objective: str = ""  # internal booklet only


@dataclass(frozen=True)
class Visit:
    """A state visited: where on the map, its name, and when."""

    code: str
    name: str
    when: str  # "Tue 15 Jul, Wed 16 Jul · 4 meetings"


@dataclass(frozen=True)
class AnnexEntry:
    """A person to meet (internal booklet only)."""

    name: str
    role: str = ""
    organisation: str = ""
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    meetings: tuple[str, ...] = ()  # "Tue 15 Jul 10:00 Meeting with CLAUT"


@dataclass
class BookletData:
    title: str
    dates: str
    destinations: list[str]
    purpose: str
    internal: bool
    members: list[Person]
    stops: list[Stop]
    visits: list[Visit]
    sheet_ids: list[str]  # the clusters whose sheets follow, in order
    sheet_names: dict[str, str]  # id -> name, for the contents
    sheets: Callable[[], Iterator[SheetData]]  # the sheets' data, built as they are drawn
    travel_rule: str = ""
    home_zone: str = ""
    annex: list[AnnexEntry] = field(default_factory=list)
    notes_days: list[dt.date] = field(default_factory=list)
    source: str = ""  # where the catalogue's facts come from
    generated: dt.date = field(default_factory=dt.date.today)
    lang: str = "en"  # of every word printed (the services word the agenda's parts in it too)

    @property
    def words(self) -> MissionStrings:
        return mission_strings(self.lang)

    @property
    def kind(self) -> str:
        return self.words.internal_booklet if self.internal else self.words.public_booklet


class Mark(Flowable):
    """Records the page it lands on under its name (for the contents and page references)."""

    def __init__(self, name: str, pages: dict[str, int]) -> None:
        super().__init__()
        self.name = name
        self.pages = pages
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages[self.name] = self.canv.getPageNumber()


class Blank(Flowable):
    """A whole empty page (where the fact sheets go, in the first pass)."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height

    def draw(self) -> None:
        return None


class SheetPage(Flowable):
    """One fact sheet, the whole page: takes the next sheet's data when it is drawn."""

    def __init__(self, source: Iterator[SheetData], paper: str, index: int, total: int,
                 progress: Progress | None) -> None:
        super().__init__()
        self.source, self.paper, self.index, self.total = source, paper, index, total
        self.progress = progress

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height
        return avail_width, avail_height

    def draw(self) -> None:
        draw_sheet(self.canv, next(self.source), self.paper)
        if self.progress is not None and self.progress(self.index + 1, self.total) is False:
            raise ExportCancelled("Booklet cancelled; nothing was written.")


def render_booklet(data: BookletData, out: BinaryIO, paper: str = "a4",
                   progress: Progress | None = None) -> int:
    """Write the booklet into `out`; return its number of pages. ExportCancelled when
    `progress(done, total)` returns False (nothing usable was written)."""
    paper = check_paper(paper)
    fonts.register()
    total = len(data.sheet_ids)
    if progress is not None and progress(0, total) is False:
        raise ExportCancelled("Booklet cancelled; nothing was written.")
    # pass 1: everything but the sheets (one page each), to know where each section starts
    first: dict[str, int] = {}
    _build(data, paper, io.BytesIO(), first, refs=None, sheets=None, progress=None)
    shift = max(total - 1, 0)  # pass 1 left one empty page where the sheets go
    refs = {name: page + (shift if name.startswith("after:") else 0)
            for name, page in first.items()}
    refs.update({f"sheet:{cid}": first["sheets"] + i for i, cid in enumerate(data.sheet_ids)})
    for _ in range(3):  # the numbers printed are the pages found; check, else once more
        buffer = io.BytesIO()
        found: dict[str, int] = {}
        pages = _build(data, paper, buffer, found, refs=refs, sheets=data.sheets(),
                       progress=progress)
        found.update({f"sheet:{cid}": found["sheets"] + i
                      for i, cid in enumerate(data.sheet_ids)})
        if all(refs.get(name) == page for name, page in found.items()):
            break
        refs = found
    out.write(buffer.getvalue())
    return pages


def _build(data: BookletData, paper: str, out: BinaryIO, marks: dict[str, int],
           refs: dict[str, int] | None, sheets: Iterator[SheetData] | None,
           progress: Progress | None) -> int:
    width, height = PAPER_SIZES[paper]
    footer_text = f"{data.title} · {data.dates}".strip(" ·")

    def footer(canvas, doc) -> None:
        draw_footer(canvas, width, footer_text, data.kind.upper(), data.internal,
                    data.words.page)

    frame = Frame(MARGIN, FOOT + 14, width - 2 * MARGIN, height - MARGIN - FOOT - 14,
                  id="text", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    whole = Frame(0, 0, width, height, id="whole", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(out, pagesize=(width, height),
                          title=data.words.booklet_title.format(title=data.title),
                          author=APP_NAME, creator=f"{APP_NAME} {__version__}",
                          subject=data.kind, pageCompression=1,
                          initialFontName=fonts.BODY)
    doc.addPageTemplates([
        PageTemplate("text", [frame], onPageEnd=footer),
        PageTemplate("sheet", [whole], onPageEnd=footer),
    ])
    page_of = (lambda name: refs.get(name)) if refs is not None else (lambda name: None)
    story: list[Flowable] = []
    story += cover_page(data, width - 2 * MARGIN)
    story += [PageBreak(), Mark("contents", marks)]
    story += contents_page(data, page_of)
    story += [PageBreak(), Mark("delegation", marks)]
    story += delegation_pages(data)
    story += [PageBreak(), Mark("map", marks)]
    story += map_page(data, width - 2 * MARGIN, height * 0.5)
    story += [PageBreak(), Mark("itinerary", marks)]
    story += itinerary_pages(data, width - 2 * MARGIN, page_of,
                             lambda day: Mark(f"day:{day.isoformat()}", marks))
    if data.sheet_ids:
        story += [NextPageTemplate("sheet"), PageBreak(), Mark("sheets", marks)]
        if sheets is None:  # pass 1: one page stands for them all
            story.append(Blank())
        else:
            for i, _ in enumerate(data.sheet_ids):
                story += [PageBreak()] if i else []
                story.append(SheetPage(sheets, paper, i, len(data.sheet_ids), progress))
    if data.internal:
        story += [NextPageTemplate("text"), PageBreak(), Mark("after:annex", marks)]
        story += annex_pages(data, width - 2 * MARGIN)
        story += [PageBreak(), Mark("after:notes", marks)]
        story += notes_pages(data, width - 2 * MARGIN, height - MARGIN - FOOT - 14)
    doc.build(story)
    return doc.page

