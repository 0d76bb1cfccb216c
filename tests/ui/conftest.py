"""Fixtures for the browse window: a window per test, and a synthetic catalogue of a few thousand."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

SYNTHETIC_CLUSTERS = 3000


@pytest.fixture(scope="session")
def synthetic_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalogue of 3,000 synthetic clusters over the real states and sectors."""
    from benchmarks.synthetic_catalogue import generate

    return generate(SYNTHETIC_CLUSTERS, tmp_path_factory.mktemp("synthetic") / "synthetic.sqlite")


@pytest.fixture
def make_window(qtbot):
    """Open a MainWindow over the session's catalogue with this test's settings file."""
    from desktop_app.services.context import AppContext
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings

    contexts = []

    def make(restore: bool = True):
        context = AppContext.default()
        contexts.append(context)
        window = MainWindow(context, Settings(), restore=restore)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(autouse=True)
def _no_discard_question(monkeypatch):
    """Closing a dialog with unsaved changes asks "Discard changes?" in a modal box: in tests,
    which close every widget at the end, the answer is Discard unless a test answers itself
    (its dialog's `ask_discard`)."""
    from desktop_app.ui.common import editor_dialog

    asked = []
    monkeypatch.setattr(editor_dialog, "ask_discard_changes",
                        lambda parent, save_text="Save": asked.append(parent)
                        or editor_dialog.Unsaved.DISCARD)
    return asked


@pytest.fixture(scope="session")
def spanish_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Spanish translation built from its source (pyside6-lrelease), once per session."""
    import subprocess

    from tests.ui.spanish import LRELEASE, TS

    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    qm = tmp_path_factory.mktemp("translations") / "cluster_atlas_es.qm"
    subprocess.run([str(LRELEASE), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def spanish(qapp, spanish_qm: Path):
    """The application speaks Spanish (Mexico) for this test: ask for it before the widgets."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    ours, qts = QTranslator(), QTranslator()
    assert ours.load(str(spanish_qm))
    qts.load("qtbase_es", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    for translator in (qts, ours):
        QApplication.installTranslator(translator)
    yield
    for translator in (ours, qts):
        QApplication.removeTranslator(translator)
    QLocale.setDefault(before)
