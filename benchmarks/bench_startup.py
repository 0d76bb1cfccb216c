"""Start-up: the real window against a bare PySide6 window, as whole processes, in the same run.

    python benchmarks/bench_startup.py [--runs 7]

Bare: `python -c` importing PySide6, creating the QApplication, showing an empty QMainWindow and
quitting after one event-loop pass. Real: `cluster-atlas` (the installed entry point; `python -m
desktop_app` when it is missing) with CLUSTER_ATLAS_EXIT_AFTER_SHOW=1, which quits once the cluster
table has painted, over the real catalogue. Runs alternate (bare, real, bare, ...) so that machine
noise hits both; the figures are medians of wall-clock time per process.
Target (issue 3): real / bare <= 1.5.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{command} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   LANG=os.environ.get("LANG", "C.UTF-8"), CLUSTER_ATLAS_EXIT_AFTER_SHOW="1",
                   XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                   XDG_STATE_HOME=f"{home}/state", XDG_CACHE_HOME=f"{home}/cache")
        # An installed package has its bytecode compiled; let the warm-up run write it here too.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        entry = Path(sys.executable).with_name("cluster-atlas")
        real = [str(entry)] if entry.exists() else (
            [shutil.which("cluster-atlas")] if shutil.which("cluster-atlas")
            else [sys.executable, "-m", "desktop_app"])
        bare = [sys.executable, "-c", BARE]
        timed(bare, env), timed(real, env)  # warm the file cache
        bare_times, real_times = [], []
        for _ in range(args.runs):
            bare_times.append(timed(bare, env))
            real_times.append(timed(real, env))
    bare_median, real_median = statistics.median(bare_times), statistics.median(real_times)
    ratio = real_median / bare_median
    print(f"bare PySide6 window: median {bare_median * 1000:.0f} ms "
          f"(min {min(bare_times) * 1000:.0f}, max {max(bare_times) * 1000:.0f})")
    print(f"cluster-atlas window: median {real_median * 1000:.0f} ms "
          f"(min {min(real_times) * 1000:.0f}, max {max(real_times) * 1000:.0f})")
    print(f"ratio {ratio:.2f} over {args.runs} runs each ({' '.join(real)})")
    print("target met (<= 1.5)" if ratio <= 1.5 else "target NOT met (<= 1.5)")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
