"""Starting the window: the QApplication, logging to a rotating file, the exception dialog, run().

`CLUSTER_ATLAS_EXIT_AFTER_SHOW=1` quits as soon as the window has painted once (the start-up
benchmark measures whole processes with it).

Start-up: the command line turns the garbage collector off before anything is imported when it
opens the window (start-up allocates a lot and frees little); `run` turns it back on once the
window is up, with what start-up made frozen out of its view (`gc.freeze`). The window icon (not
drawn in the window) is set once the window is up.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import APP_ID, APP_NAME, __version__, paths
from desktop_app.services.context import AppContext

EXIT_AFTER_SHOW_ENV = "CLUSTER_ATLAS_EXIT_AFTER_SHOW"
ICON_AFTER_MS = 200  # loading the icon costs ~7 ms: after the first frame, not before it
log = logging.getLogger(__name__)


LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def setup_logging() -> str:
    """Log to a file in the user log dir, rotated at start-up when it has grown past 1 MB (three
    old ones kept); returns its path, or '' if it cannot be written. (logging.handlers'
    RotatingFileHandler would import sockets and pickling into every start.)"""
    try:
        path = paths.user_log_dir() / f"{APP_ID}.log"
        if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
            for n in range(LOG_BACKUPS - 1, 0, -1):
                older = path.with_name(f"{path.name}.{n}")
                if older.exists():
                    older.replace(path.with_name(f"{path.name}.{n + 1}"))
            path.replace(path.with_name(f"{path.name}.1"))
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return ""
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return str(path)


def install_exception_hook(log_path: str) -> None:
    """Unexpected errors are logged and shown in a dialog that says where the log is."""

    def hook(kind, value, tb) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, f"{APP_NAME}: unexpected error",
                          f"Something went wrong: {value}\n\nThe details are in the log:\n"
                          f"{log_path or 'no log file could be written'}")
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
    QWidget subclass and build their enums: ~8 ms that the benchmark would count but that a user's
    start never pays.)"""
    painted = []

    def paint_then_quit(event) -> None:
        type(view).paintEvent(view, event)
        if not painted:
            painted.append(True)
            QTimer.singleShot(0, QApplication.quit)

    view.paintEvent = paint_then_quit


def collect_from_now_on() -> None:
    """Turn the garbage collector back on, leaving out what start-up made: the modules, classes
    and the window live as long as the process, and scanning them again at every full collection
    and at exit costs ~5-20 ms (`gc.freeze`; the little start-up garbage stays)."""
    gc.freeze()
    gc.enable()


def set_window_icon() -> None:
    from PySide6.QtGui import QIcon

    icon = paths.resource_path("icons", f"{APP_ID}-256.png")
    if icon.exists():
        QApplication.setWindowIcon(QIcon(str(icon)))


def run(context: AppContext) -> int:
    """Open the main window and run until it closes."""
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import open_settings

    app = create_application()
    log_path = setup_logging()
    install_exception_hook(log_path)
    window = MainWindow(context, open_settings(context.data_dir))
    if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
        quit_after_first_paint(window.table)
    window.show()
    QTimer.singleShot(0, collect_from_now_on)  # off since the command line saw no command (cli)
    QTimer.singleShot(ICON_AFTER_MS, set_window_icon)
    status = app.exec()
    return status
