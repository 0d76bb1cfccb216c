"""Resources are found by one function, the same way from the source checkout and from a
PyInstaller bundle (`sys.frozen` and `sys._MEIPASS`); the user's data never lives in either."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from desktop_app import paths

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake bundle folder laid out like build.spec's, with the process looking frozen."""
    bundle = tmp_path / "bundle" / "_internal"
    (bundle / "resources" / "icons").mkdir(parents=True)
    shutil.copy(REPO / "resources" / "icons" / "cluster-atlas-256.png",
                bundle / "resources" / "icons")
    (bundle / "resources" / "catalogue.sqlite").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.delenv(paths.CATALOGUE_ENV, raising=False)
    return bundle


def test_from_source_resources_are_in_the_checkout(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delenv(paths.CATALOGUE_ENV, raising=False)
    assert not paths.is_frozen()
    assert paths.resource_path("icons", "cluster-atlas-256.png") == \
        REPO / "resources" / "icons" / "cluster-atlas-256.png"
    assert paths.resource_path("icons", "cluster-atlas-256.png").is_file()
    assert paths.catalogue_path() == REPO / "resources" / "catalogue.sqlite"
    assert paths.source_root() == REPO


def test_frozen_resources_are_in_the_bundle(frozen_bundle: Path):
    assert paths.is_frozen()
    icon = paths.resource_path("icons", "cluster-atlas-256.png")
    assert icon == frozen_bundle / "resources" / "icons" / "cluster-atlas-256.png"
    assert icon.is_file()
    assert paths.catalogue_path() == frozen_bundle / "resources" / "catalogue.sqlite"
    assert paths.source_root() is None


def test_the_catalogue_override_wins_in_both(frozen_bundle: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(paths.CATALOGUE_ENV, str(tmp_path / "other.sqlite"))
    assert paths.catalogue_path() == tmp_path / "other.sqlite"


def test_frozen_without_meipass_is_not_a_bundle(monkeypatch: pytest.MonkeyPatch):
    """Other freezers set sys.frozen without _MEIPASS: resources stay next to the package."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert not paths.is_frozen()
    assert paths.resource_root() == REPO


def test_user_data_is_never_inside_the_bundle(frozen_bundle: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    data = paths.user_data_dir()
    assert frozen_bundle not in data.parents and data != frozen_bundle
    assert data.is_dir()
