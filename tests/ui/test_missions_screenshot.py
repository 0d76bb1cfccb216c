"""`cluster-atlas screenshot --view missions` renders the Missions tab of a data folder's first
mission (the README's picture), with its conflict flagged."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from desktop_app.services.agenda import AgendaService
from desktop_app.services.context import AppContext
from desktop_app.services.missions import MissionsService
from tests.ui.missions_helpers import MONTERREY, TIJUANA


def test_the_missions_view_is_rendered_with_its_agenda(tmp_path):
    data = tmp_path / "demo"
    context = AppContext.default(str(data))
    missions = MissionsService(context)
    mission = missions.create("North", start="2025-07-14", end="2025-07-16")
    missions.add_member(mission.id, "Ana")
    agenda = AgendaService(context, missions)
    agenda.add_meeting(mission.id, "2025-07-15 10:00", cluster_ids=[MONTERREY])
    agenda.add_meeting(mission.id, "2025-07-15 12:00", cluster_ids=[TIJUANA])
    context.close()
    out = tmp_path / "missions.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data),
                             "screenshot", str(out), "--view", "missions", "--size",
                             "1280x800"], check=False, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    # the conflict rows' warm background is in the picture
    warm = {(x, y) for x in range(0, 1280, 4) for y in range(0, 800, 4)
            if image.pixelColor(x, y).name() == "#fff4e0"}
    assert len(warm) > 200
