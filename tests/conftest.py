"""Shared fixtures: a catalogue built once per session, a fresh user data directory per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def catalogue_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real catalogue, built from database/ into a temporary file."""
    from database import build

    out = tmp_path_factory.mktemp("catalogue") / "catalogue.sqlite"
    build.write(build.load(), out)
    return out


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                   catalogue_file: Path) -> None:
    """Every test gets its own user data dir and settings, and reads the session's catalogue."""
    monkeypatch.setenv("CLUSTER_ATLAS_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("CLUSTER_ATLAS_CATALOGUE", str(catalogue_file))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def context():
    """An AppContext over the session's catalogue and this test's data dir."""
    from desktop_app.services.context import AppContext

    ctx = AppContext.default()
    yield ctx
    ctx.close()
