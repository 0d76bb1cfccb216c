"""The files of a mission from the window: its agenda as a calendar file (.ics) and back, the
booklet (PDF, public or internal, with progress and cancel), and the report (PDF or CSV).

Each function asks what it needs through `Prompts` (tests replace them), writes through the
services (atomic, never over the user's own data) and returns what was written (`Saved`: the
path, the kind of file and its count, which the tab words for the "Saved … to …" notice with
Open and Show in Folder) or None when the user cancelled or an error was shown. The folder and the paper are the fact sheets'
settings (`sheets/folder`, `sheets/paper`): one place where the user's PDFs go, one paper.
The booklet's public version is the starting choice every time (`booklet_dialog`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from desktop_app.errors import AtlasError
from desktop_app.services.calendar_files import ImportResult
from desktop_app.services.sheets import default_paper
from desktop_app.ui.common import language
from desktop_app.ui.common.error_text import error_text
from desktop_app.ui.missions.booklet_dialog import booklet_name, file_stem
from desktop_app.ui.missions.mission_services import MissionServices
from desktop_app.ui.missions.prompts import Prompts
from desktop_app.ui.settings import Settings
from desktop_app.ui.sheets.sheet_export import KEY_FOLDER, KEY_PAPER, with_progress
from desktop_app.userdata.mission_models import Mission

log = logging.getLogger(__name__)

CALENDAR, BOOKLET, REPORT, REPORT_TABLE = "calendar", "booklet", "report", "report_table"


class Saved(NamedTuple):
    path: Path
    kind: str  # CALENDAR, BOOKLET, REPORT (PDF) or REPORT_TABLE (CSV)
    count: int = 0  # the calendar's meetings, the booklet's pages
    internal: bool = False  # an internal booklet


def _ics_filter() -> str:
    return QCoreApplication.translate("mission_files", "Calendar files (*.ics);;All files (*)")


def _folder(settings: Settings | None) -> Path:
    return Path((settings.get(KEY_FOLDER) if settings else "") or Path.home())


def _remember(settings: Settings | None, path: Path) -> None:
    if settings is not None:
        settings.set(KEY_FOLDER, str(path.parent))


def export_calendar(prompts: Prompts, services: MissionServices, mission: Mission,
                    settings: Settings | None = None) -> Saved | None:
    """The agenda as an .ics file, one event per meeting on the place's clock."""
    path = prompts.save_path(
        QCoreApplication.translate("mission_files", "Export the agenda as a calendar file"),
        _folder(settings) / f"{file_stem(mission.name)}.ics", _ics_filter(), (".ics",))
    if path is None:
        return None
    try:
        services.calendar.export(mission.id, path)
    except AtlasError as exc:
        prompts.inform(QCoreApplication.translate("mission_files", "Export calendar"), error_text(exc))
        return None
    _remember(settings, path)
    return Saved(path, CALENDAR, len(services.agenda.agenda(mission)))


def import_calendar(prompts: Prompts, services: MissionServices, mission: Mission,
                    settings: Settings | None = None,
                    path: Path | None = None) -> ImportResult | None:
    """Read an .ics, show what it would do (the user unticks rows to skip), then import."""
    title = QCoreApplication.translate("mission_files", "Import calendar")
    path = path or prompts.open_path(
        QCoreApplication.translate("mission_files", "Import a calendar file into the agenda"),
        _folder(settings), _ics_filter())
    if path is None:
        return None
    try:
        plan = services.calendar.preview_import(mission.id, path)
    except AtlasError as exc:
        prompts.inform(title, error_text(exc))
        return None
    if not plan.rows:
        reasons = plan.warnings + plan.left_out
        prompts.inform(title, QCoreApplication.translate(
            "mission_files", "Nothing to import from {file}.").format(file=path.name)
            + ("\n\n" + "\n".join(reasons) if reasons else ""))
        return None
    skip = prompts.import_preview(plan)
    if skip is None:
        return None
    try:
        return services.calendar.apply_import(plan, skip=skip)
    except AtlasError as exc:
        prompts.inform(title, error_text(exc))
        return None


def export_booklet(prompts: Prompts, services: MissionServices, mission: Mission,
                   settings: Settings | None = None) -> Saved | None:
    """Ask public (the default, every time) or internal and the paper, then where; write the
    booklet under a progress dialog that can cancel (nothing is left behind)."""
    paper = (settings.get(KEY_PAPER) if settings else "") or default_paper()
    choice = prompts.booklet_options(mission.name, paper)
    if choice is None:
        return None
    if settings is not None:
        settings.set(KEY_PAPER, choice.paper)
    path = prompts.save_path(
        QCoreApplication.translate("mission_files", "Save the mission booklet"),
        _folder(settings) / booklet_name(mission.name, choice.internal),
        QCoreApplication.translate("mission_files", "PDF files (*.pdf)"), (".pdf",))
    if path is None:
        return None
    sheets = len(services.missions.clusters(mission))
    title = QCoreApplication.translate("mission_files", "Mission booklet")
    pages = with_progress(prompts.parent, sheets, QCoreApplication.translate(
        "mission_files", "Writing the booklet: fact sheet"), title,
        lambda progress: services.booklet.export(mission.id, path, paper=choice.paper,
                                                 internal=choice.internal, progress=progress,
                                                 lang=choice.lang),
        window_title=title)
    if pages is None:
        return None
    _remember(settings, path)
    log.info("wrote a %s booklet of %d pages", "internal" if choice.internal else "public",
             pages)
    return Saved(path, BOOKLET, pages, choice.internal)


def export_report(prompts: Prompts, services: MissionServices, mission: Mission,
                  settings: Settings | None = None) -> Saved | None:
    """The report after the trip: PDF, or CSV for a spreadsheet (from the name's suffix)."""
    name = QCoreApplication.translate("mission_files", "{stem}-report.pdf").format(
        stem=file_stem(mission.name))
    path = prompts.save_path(
        QCoreApplication.translate("mission_files", "Save the mission report"),
        _folder(settings) / name, QCoreApplication.translate(
            "mission_files", "PDF report (*.pdf);;CSV table for a spreadsheet (*.csv)"),
        (".pdf", ".csv"))
    if path is None:
        return None
    try:
        services.report.export(mission.id, path, lang=language.current())
    except AtlasError as exc:
        prompts.inform(QCoreApplication.translate("mission_files", "Mission report"), error_text(exc))
        return None
    _remember(settings, path)
    return Saved(path, REPORT if path.suffix.lower() == ".pdf" else REPORT_TABLE)
