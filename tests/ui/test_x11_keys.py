"""On X11 a line edit binds Ctrl+E (end of line) and Ctrl+D (delete): the offscreen platform does
not, so this runs a short script on a real X server (Xvfb) when one can be started."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("x11") / "ctrl_e_from_search.py"


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="no Xvfb (bash .ci/setup --build)")
def test_ctrl_e_and_ctrl_d_reach_the_window_from_the_search_field_on_x11(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path))
    result = subprocess.run([shutil.which("xvfb-run"), "-a", sys.executable, str(SCRIPT)],
                            env=env, capture_output=True, text=True, timeout=120, check=False,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert result.stdout.strip().splitlines()[-1] == "export bookmark aero"
