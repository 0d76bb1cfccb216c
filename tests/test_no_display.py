"""Without any display the window command explains itself instead of letting Qt abort."""

from __future__ import annotations

import subprocess
import sys


def test_no_display_gives_a_clear_message_and_status_2(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8",
           "CLUSTER_ATLAS_DATA_DIR": str(tmp_path / "data")}
    import os

    env["CLUSTER_ATLAS_CATALOGUE"] = os.environ["CLUSTER_ATLAS_CATALOGUE"]
    result = subprocess.run([sys.executable, "-m", "desktop_app"], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    if not sys.platform.startswith("linux"):
        return
    assert result.returncode == 2
    assert "no display" in result.stderr and "Traceback" not in result.stderr
