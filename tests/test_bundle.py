"""Smoke test of the PyInstaller bundle: build it from build.spec, copy it elsewhere, and run the
frozen binary offscreen with no Python on PATH (and no network where `unshare` can take it away)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder bundle as build.spec makes it (built once for this module)."""
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed (bash .ci/setup --build)")
    if not (REPO / "resources" / "catalogue.sqlite").exists():
        subprocess.run([sys.executable, str(REPO / "database" / "build.py")], check=True)
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "WARN",
                    "--workpath", str(work / "build"), "--distpath", str(work / "dist"),
                    str(REPO / "build.spec")], check=True, cwd=REPO, timeout=1200,
                   stdout=subprocess.DEVNULL)
    return work / "dist" / "cluster-atlas"


@pytest.fixture(scope="module")
def bundle(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the bundle in another folder, as a user would install it."""
    moved = tmp_path_factory.mktemp("elsewhere") / "cluster-atlas"
    shutil.copytree(dist, moved, symlinks=True)
    return moved


def _offline_prefix() -> list[str]:
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True,
                                   check=False).returncode == 0:
        return [unshare, "-rn"]
    return []


def run_frozen(bundle: Path, *args: str, data_dir: Path | None = None, home: Path | None = None,
               **extra_env: str) -> subprocess.CompletedProcess:
    """The frozen binary, offscreen, offline, with no Python on PATH. The user's data goes to
    `data_dir` (CLUSTER_ATLAS_DATA_DIR), or else to the platform default under `home`."""
    home = home or data_dir.parent
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", **extra_env}
    if data_dir is not None:
        env["CLUSTER_ATLAS_DATA_DIR"] = str(data_dir)
    return subprocess.run([*_offline_prefix(), str(bundle / "cluster-atlas"), *args], env=env,
                          capture_output=True, text=True, timeout=120, cwd=home, check=False)


def test_frozen_binary_runs_offline(bundle: Path, tmp_path: Path):
    data = tmp_path / "data"
    version = run_frozen(bundle, "--version", data_dir=data)
    assert version.returncode == 0 and version.stdout.startswith("cluster-atlas ")
    listed = run_frozen(bundle, "clusters", "--format", "json", data_dir=data)
    assert listed.returncode == 0, listed.stderr
    clusters = json.loads(listed.stdout)
    assert len(clusters) >= 88
    pdf = tmp_path / "x.pdf"
    sheet = run_frozen(bundle, "sheet", "mx-nle-claut", "-o", str(pdf), data_dir=data)
    assert sheet.returncode == 0, sheet.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    for view in ("browse", "map"):
        png = tmp_path / f"{view}.png"
        shot = run_frozen(bundle, "screenshot", str(png), "--view", view, data_dir=data)
        assert shot.returncode == 0, shot.stderr
        assert png.read_bytes().startswith(b"\x89PNG")


def test_frozen_window_opens(bundle: Path, tmp_path: Path):
    opened = run_frozen(bundle, data_dir=tmp_path / "data", CLUSTER_ATLAS_EXIT_AFTER_SHOW="1")
    assert opened.returncode == 0, opened.stderr


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="no Xvfb (bash .ci/setup --build)")
def test_frozen_window_opens_on_x11(bundle: Path, tmp_path: Path):
    """The xcb platform plugin and the libraries it links to load from the bundle."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8",
           "CLUSTER_ATLAS_DATA_DIR": str(tmp_path / "data"), "CLUSTER_ATLAS_EXIT_AFTER_SHOW": "1",
           "QT_QPA_PLATFORM": "xcb", "QT_DEBUG_PLUGINS": "1"}
    opened = subprocess.run([shutil.which("xvfb-run"), "-a", str(bundle / "cluster-atlas")],
                            env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path,
                            check=False)
    assert opened.returncode == 0, opened.stderr[-3000:]
    assert "Cannot load library" not in opened.stderr, opened.stderr[-3000:]


def test_user_data_stays_outside_the_bundle(bundle: Path, tmp_path: Path):
    data = tmp_path / "data"
    assert run_frozen(bundle, "bookmark", "mx-nle-claut", data_dir=data).returncode == 0
    listed = run_frozen(bundle, "bookmarks", "--format", "json", data_dir=data)
    assert "mx-nle-claut" in listed.stdout
    assert not any(p.suffix == ".sqlite" and p.name != "catalogue.sqlite"
                   for p in bundle.rglob("*.sqlite"))
    assert os.listdir(data)


def test_user_data_survives_replacing_the_bundle(dist: Path, tmp_path: Path):
    """A newer bundle replaces the old folder; bookmarks in the user data directory stay."""
    installed = tmp_path / "apps" / "cluster-atlas"
    shutil.copytree(dist, installed, symlinks=True)
    home = tmp_path / "home"
    home.mkdir()
    assert run_frozen(installed, "bookmark", "mx-nle-claut", home=home).returncode == 0
    shutil.rmtree(installed)
    shutil.copytree(dist, installed, symlinks=True)
    listed = run_frozen(installed, "bookmarks", "--format", "json", home=home)
    assert listed.returncode == 0, listed.stderr
    assert [b["id"] for b in json.loads(listed.stdout)] == ["mx-nle-claut"]
    assert list(home.glob(".local/share/cluster-atlas/*.sqlite"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops")
def test_frozen_desktop_entry_starts_the_bundle(bundle: Path, tmp_path: Path):
    share = tmp_path / "share"
    done = run_frozen(bundle, "install-desktop-entry", data_dir=tmp_path / "data",
                      XDG_DATA_HOME=str(share))
    assert done.returncode == 0, done.stderr
    entry = (share / "applications" / "cluster-atlas.desktop").read_text()
    assert f"Exec={bundle / 'cluster-atlas'}\n" in entry
    assert (share / "icons/hicolor/256x256/apps/cluster-atlas.png").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sizes measured on Linux")
def test_bundle_stays_lean(bundle: Path):
    """Issue 6: under 150 MB; no unused Qt modules, no TLS; issue 16: Qt's own translations
    only for the window's languages (qtbase_es.qm for the Spanish buttons of Qt's dialogs)."""
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 150 * 1024 * 1024, f"bundle is {size / 1024 / 1024:.0f} MB"
    names = {p.name for p in bundle.rglob("*")}
    assert not any(n.startswith(("QtNetwork", "QtQml", "QtQuick", "libQt6Network", "libQt6Qml",
                                 "libQt6Quick", "_ssl", "libssl")) for n in names)
    qt_translations = {n for n in names if n.startswith("qt") and n.endswith(".qm")}
    assert qt_translations <= {"qtbase_en.qm", "qtbase_es.qm"}, sorted(qt_translations)
    assert {"cluster_atlas_es.qm", "cluster_atlas_en.qm"} <= names
