"""`cluster-atlas install-desktop-entry`: the menu entry and icon under XDG_DATA_HOME, with Exec
pointing at the running program, quoted as the Desktop Entry specification asks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.cli import desktop_commands, main

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops")


def test_install_writes_the_entry_and_icons(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/Cluster Atlas/cluster-atlas")
    assert main(["install-desktop-entry"]) == 0
    entry = (tmp_path / "share" / "applications" / "cluster-atlas.desktop").read_text()
    assert 'Exec="/opt/Cluster Atlas/cluster-atlas"\n' in entry
    assert "Icon=cluster-atlas\n" in entry and "Name=Cluster Atlas\n" in entry
    icons = tmp_path / "share" / "icons" / "hicolor"
    assert (icons / "256x256" / "apps" / "cluster-atlas.png").read_bytes()[:4] == b"\x89PNG"
    assert (icons / "scalable" / "apps" / "cluster-atlas.svg").read_text().startswith("<svg")
    assert "wrote" in capsys.readouterr().out

    assert main(["install-desktop-entry", "--remove"]) == 0
    assert not (tmp_path / "share" / "applications" / "cluster-atlas.desktop").exists()
    assert not (icons / "256x256" / "apps" / "cluster-atlas.png").exists()


def test_from_source_the_entry_runs_the_installed_command(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    script = Path(sys.executable).with_name("cluster-atlas")
    monkeypatch.setattr(sys, "argv", [str(script)])
    expected = [str(script.resolve())] if script.is_file() else None
    if expected:
        assert desktop_commands.launch_command() == expected
    monkeypatch.setattr(sys, "argv", ["-c"])
    assert desktop_commands.launch_command()[1:] == ["-m", "desktop_app"]


@pytest.mark.parametrize("argv, value", [
    (["/usr/bin/cluster-atlas"], "/usr/bin/cluster-atlas"),
    (["/home/ana/Cluster Atlas/cluster-atlas"], '"/home/ana/Cluster Atlas/cluster-atlas"'),
    (["/x/100%/app"], "/x/100%%/app"),
    (['/we$ird "dir"/app'], '"/we\\\\$ird \\\\"dir\\\\"/app"'),
    (["/usr/bin/python3", "-m", "desktop_app"], "/usr/bin/python3 -m desktop_app"),
])
def test_exec_values_are_quoted_and_escaped(argv, value):
    assert desktop_commands.exec_value(argv) == value


def test_xdg_data_home_must_be_absolute(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")
    assert desktop_commands.data_home() == tmp_path / ".local" / "share"
