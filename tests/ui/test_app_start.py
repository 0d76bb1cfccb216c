"""Starting the window: the log file is the standard library's rotating handler, set up after the
first frame or at once when an error comes first."""

from __future__ import annotations

import logging
import logging.handlers
import sys

import pytest

from desktop_app.ui import app


@pytest.fixture
def root_handlers():
    root = logging.getLogger()
    before = list(root.handlers)
    yield root
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_the_log_rotates_with_the_standard_handler(root_handlers):
    path = app.setup_logging()
    assert path == str(app.log_file())
    added = [h for h in root_handlers.handlers
             if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(added) == 1
    assert added[0].maxBytes == app.LOG_MAX_BYTES and added[0].backupCount == app.LOG_BACKUPS
    assert app.setup_logging() == path  # once per process
    assert len([h for h in root_handlers.handlers
                if isinstance(h, logging.handlers.RotatingFileHandler)]) == 1
    logging.getLogger("desktop_app.test").warning("written")
    added[0].flush()
    assert "written" in app.log_file().read_text(encoding="utf-8")


def test_an_error_before_the_first_frame_is_still_logged(root_handlers, monkeypatch):
    monkeypatch.setattr(app.QApplication, "instance", staticmethod(lambda: None))
    monkeypatch.setattr(sys, "__excepthook__", lambda *a: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_exception_hook()
    try:
        raise ValueError("early trouble")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    for handler in root_handlers.handlers:
        handler.flush()
    assert "early trouble" in app.log_file().read_text(encoding="utf-8")
