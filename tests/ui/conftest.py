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
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """resources/translations/*.ts compiled with pyside6-lrelease into a temporary folder (the
    tests do not depend on the .qm files .ci/setup leaves in the checkout); None without
    pyside6-lrelease."""
    import shutil
    import subprocess
    import sys

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        return None
    source = Path(__file__).resolve().parents[2] / "resources" / "translations"
    folder = tmp_path_factory.mktemp("translations")
    for ts in source.glob("*.ts"):
        shutil.copy(ts, folder)
    subprocess.run([str(lrelease), "-silent", *map(str, folder.glob("*.ts"))], check=True)
    return folder


def _install(lang: str, folder: Path | None, monkeypatch) -> None:
    from desktop_app.ui.common import language

    if folder is not None:
        monkeypatch.setattr(language, "translations_dir", lambda: folder)
    language.install(lang)


@pytest.fixture(autouse=True)
def _english(qapp, compiled_translations, monkeypatch):
    """Every window of the tests speaks English, as `ui.app.run` makes it (the plural forms:
    "1 cluster", "2 clusters")."""
    _install("en", compiled_translations, monkeypatch)


@pytest.fixture
def spanish(compiled_translations, monkeypatch):
    """The application speaks Spanish for this test (windows built after this), then English."""
    if compiled_translations is None:
        pytest.skip("pyside6-lrelease is not installed (bash .ci/setup)")
    _install("es", compiled_translations, monkeypatch)
    yield
    _install("en", compiled_translations, monkeypatch)
