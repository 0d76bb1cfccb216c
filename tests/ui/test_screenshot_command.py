"""`cluster-atlas screenshot` renders the window to a PNG without a screen."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def _run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_screenshot_writes_a_png(tmp_path):
    out = tmp_path / "shot.png"
    result = _run("screenshot", str(out), "--size", "1000x700", "--sector", "aerospace",
                  "--state", "Querétaro")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)


def test_screenshot_of_the_map_view_shows_the_shaded_map(tmp_path):
    out = tmp_path / "map.png"
    result = _run("screenshot", str(out), "--view", "map", "--size", "1000x700",
                  "--sector", "aerospace")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    colours = {image.pixelColor(x, y).name() for x in range(0, 1000, 10) for y in range(0, 700, 10)}
    assert len(colours) > 8, "the map shades states in several colours"


def test_a_bad_size_is_a_usage_error(tmp_path):
    result = _run("screenshot", str(tmp_path / "x.png"), "--size", "huge")
    assert result.returncode == 2
    assert "WIDTHxHEIGHT" in result.stderr


def test_a_damaged_data_file_asks_nothing_and_still_renders(tmp_path):
    """A dialog offering a backup would wait forever without a screen."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "user.sqlite").write_bytes(b"this is not a database" * 100)
    out = tmp_path / "shot.png"
    result = _run("--data-dir", str(data), "screenshot", str(out), "--size", "900x600")
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() == 900


def test_screenshot_in_spanish_installs_spanish_before_the_window(tmp_path, monkeypatch, spanish):
    """`--lang es` (README's Spanish pictures): the window is built in Spanish."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.cli import main
    from desktop_app.ui import screenshot
    from desktop_app.ui.common import language

    seen = []

    def render(context, size, **options):
        seen.append((language.current(), QCoreApplication.translate("Actions", "&File"),
                     options["view"]))
        return QImage(10, 10, QImage.Format.Format_RGB32)

    monkeypatch.setattr(screenshot, "render_browse", render)
    out = tmp_path / "contacts.png"
    assert main(["screenshot", str(out), "--lang", "es", "--view", "contacts"]) == 0
    assert seen == [("es", "&Archivo", "contacts")] and out.exists()
