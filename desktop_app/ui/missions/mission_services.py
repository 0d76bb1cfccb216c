"""The services the Missions tab calls, made once over the window's context.

One `MissionsService` and one `AgendaService` over it; the others (contacts, lists, calendar files, booklet, report, promised actions) are made
when first asked for, so that opening the tab pays only for what it shows.
"""

from __future__ import annotations

from functools import cached_property

from desktop_app.services.agenda import AgendaService
from desktop_app.services.booklet import BookletService
from desktop_app.services.browse import BrowseService
from desktop_app.services.calendar_files import CalendarService
from desktop_app.services.contacts import ContactsService
from desktop_app.services.context import AppContext
from desktop_app.services.library import LibraryService
from desktop_app.services.meeting_actions import MeetingActions
from desktop_app.services.mission_report import MissionReportService
from desktop_app.services.missions import MissionsService


class MissionServices:
    """`missions`, `agenda`, and on first use `browse`, `contacts`, `library`, `calendar`,
    `booklet`, `report`, `actions`."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.missions = MissionsService(context)
        self.agenda = AgendaService(context, self.missions)

    @cached_property
    def browse(self) -> BrowseService:
        return BrowseService(self.context)

    @cached_property
    def contacts(self) -> ContactsService:
        return ContactsService(self.context)

    @cached_property
    def library(self) -> LibraryService:
        return LibraryService(self.context)

    @cached_property
    def calendar(self) -> CalendarService:
        return CalendarService(self.context, self.agenda)

    @cached_property
    def booklet(self) -> BookletService:
        return BookletService(self.context, self.agenda)

    @cached_property
    def report(self) -> MissionReportService:
        return MissionReportService(self.context, self.agenda)

    @cached_property
    def actions(self) -> MeetingActions:
        return MeetingActions(self.context, self.agenda)
