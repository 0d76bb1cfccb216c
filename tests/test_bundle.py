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
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed (bash .ci/setup --build)")
    if not (REPO / "resources" / "catalogue.sqlite").exists():
        subprocess.run([sys.executable, str(REPO / "database" / "build.py")], check=True)
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "WARN",
                    "--workpath", str(work / "build"), "--distpath", str(work / "dist"),
                    str(REPO / "build.spec")], check=True, cwd=REPO, timeout=1200)
    moved = tmp_path_factory.mktemp("elsewhere") / "cluster-atlas"
    shutil.copytree(work / "dist" / "cluster-atlas", moved, symlinks=True)
    return moved


def _offline_prefix() -> list[str]:
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        return [unshare, "-rn"]
    return []


def run_frozen(bundle: Path, *args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(data_dir.parent), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "CLUSTER_ATLAS_DATA_DIR": str(data_dir)}
    return subprocess.run([*_offline_prefix(), str(bundle / "cluster-atlas"), *args], env=env,
                          capture_output=True, text=True, timeout=120, cwd=data_dir.parent)


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
    png = tmp_path / "out.png"
    shot = run_frozen(bundle, "screenshot", str(png), data_dir=data)
    assert shot.returncode == 0, shot.stderr
    assert png.read_bytes().startswith(b"\x89PNG")


def test_user_data_stays_outside_the_bundle(bundle: Path, tmp_path: Path):
    data = tmp_path / "data"
    assert run_frozen(bundle, "bookmark", "mx-nle-claut", data_dir=data).returncode == 0
    listed = run_frozen(bundle, "bookmarks", "--format", "json", data_dir=data)
    assert "mx-nle-claut" in listed.stdout
    assert not any(p.suffix == ".sqlite" and p.name != "catalogue.sqlite"
                   for p in bundle.rglob("*.sqlite"))
    assert os.listdir(data)
