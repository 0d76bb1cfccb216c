"""Starting the window: the QApplication, its language, the rotating log file, the exception
dialog, run().

`CLUSTER_ATLAS_EXIT_AFTER_SHOW=1` quits as soon as the window has painted once (the start-up
benchmark measures whole processes with it). What runs after the first frame, and why, is in
`desktop_app.startup`.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_ID, APP_NAME, __version__, paths, startup
from desktop_app.services.context import AppContext
from desktop_app.ui.common import language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import open_settings

EXIT_AFTER_SHOW_ENV = "CLUSTER_ATLAS_EXIT_AFTER_SHOW"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
log = logging.getLogger(__name__)


def log_file() -> Path:
    return paths.user_log_dir() / f"{APP_ID}.log"


def setup_logging() -> str:
    """Log to a file in the user log dir, rotated when it grows past 1 MB (three old ones kept);
    returns its path, or '' if it cannot be written. Once per process."""
    import logging.handlers  # after the first frame (startup, trick 3)

    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return handler.baseFilename
    try:
        path = log_file()
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return ""
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return str(path)


def install_exception_hook() -> None:
    """Unexpected errors are logged and shown in a dialog that says where the log is."""

    def hook(kind, value, tb) -> None:
        log_path = setup_logging()  # at once, if the error came before the first frame
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        translate = QCoreApplication.translate
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("App", "{app}: unexpected error").format(app=APP_NAME),
            translate("App", "Something went wrong: {error}\n\nThe details are in the log:\n"
                             "{log}").format(
                error=value, log=log_path or translate("App", "no log file could be written")))
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def create_application(argv: list[str] | None = None) -> QApplication:
    os.environ.setdefault("LANG", "C.UTF-8")
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    return app


def quit_after_first_paint(view) -> None:
    """Quit the event loop once `view` (a Python subclass of a Qt view) has painted.

    An instance attribute overrides the virtual `paintEvent` for this one widget. (An event filter
    on the view's viewport would need `viewport()`, whose QWidget* result makes PySide resolve every
    QWidget subclass and build their enums: time the benchmark would count but that a user's
    start never pays.)"""
    painted = []

    def paint_then_quit(event) -> None:
        type(view).paintEvent(view, event)
        if not painted:
            painted.append(True)
            QTimer.singleShot(0, QApplication.quit)

    view.paintEvent = paint_then_quit


def set_window_icon() -> None:
    icon = paths.resource_path("icons", f"{APP_ID}-256.png")
    if icon.exists():
        QApplication.setWindowIcon(QIcon(str(icon)))


def run(context: AppContext) -> int:
    """Open the main window and run until it closes (through `startup.open_window`)."""
    app = create_application()
    install_exception_hook()
    try:
        settings = open_settings(context.data_dir)
    except OSError as exc:  # a data dir that cannot be made: the window still browses
        log.warning("no settings: %s", exc)
        settings = None
    language.install(language.interface_language(
        settings.get("view/language") if settings else language.SYSTEM))
    window = MainWindow(context, settings)
    if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
        quit_after_first_paint(window.table)
    set_window_icon()
    window.show()
    QTimer.singleShot(0, startup.resume_collector)
    QTimer.singleShot(startup.AFTER_FIRST_FRAME_MS, setup_logging)
    return app.exec()
