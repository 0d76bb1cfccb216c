"""Start-up: the real window against a bare PySide6 window, as whole processes, in the same run.

    python benchmarks/bench_startup.py [--runs 7] [--against DIR ...]

Bare: `python -c` importing PySide6, creating the QApplication, showing an empty QMainWindow and
quitting after one event-loop pass. Real: `cluster-atlas` (the installed entry point; `python -m
desktop_app` when it is missing) with CLUSTER_ATLAS_EXIT_AFTER_SHOW=1, which quits once the cluster
table has painted, over the real catalogue. Runs alternate (bare, real, bare, ...) so that machine
noise hits both; the figures are medians of wall-clock time per process.
Target (issue 14): real / bare <= 1.7.

`--against DIR` measures what a change to the start-up saves: DIR is another copy of the source
tree (e.g. `git archive HEAD | tar -x -C /tmp/without-trick`, then take the trick out there); this
tree and each DIR are started the same way (`python -m desktop_app` with PYTHONPATH set to the
tree, the same catalogue), alternating with the rest, and each DIR's median is printed beside this
tree's with the difference.
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
TARGET = 1.7
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
    parser.add_argument("--against", nargs="*", default=[], metavar="DIR",
                        help="other source trees to time against this one (see above)")
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
        trees = [REPO, *(Path(d).resolve() for d in args.against)]
        module = [sys.executable, "-m", "desktop_app"]
        tree_envs = [dict(env, PYTHONPATH=str(tree),
                          CLUSTER_ATLAS_CATALOGUE=str(REPO / "resources" / "catalogue.sqlite"))
                     for tree in trees] if args.against else []
        timed(bare, env), timed(real, env)  # warm the file cache
        for tree_env in tree_envs:
            timed(module, tree_env)  # and write the trees' bytecode
        bare_times, real_times = [], []
        tree_times: list[list[float]] = [[] for _ in tree_envs]
        for _ in range(args.runs):
            bare_times.append(timed(bare, env))
            real_times.append(timed(real, env))
            for times, tree_env in zip(tree_times, tree_envs):
                times.append(timed(module, tree_env))
    bare_median, real_median = statistics.median(bare_times), statistics.median(real_times)
    ratio = real_median / bare_median
    print(f"bare PySide6 window: median {bare_median * 1000:.0f} ms "
          f"(min {min(bare_times) * 1000:.0f}, max {max(bare_times) * 1000:.0f})")
    print(f"cluster-atlas window: median {real_median * 1000:.0f} ms "
          f"(min {min(real_times) * 1000:.0f}, max {max(real_times) * 1000:.0f})")
    print(f"ratio {ratio:.2f} over {args.runs} runs each ({' '.join(real)})")
    if tree_times:
        this = statistics.median(tree_times[0])
        print(f"this tree (python -m desktop_app): median {this * 1000:.1f} ms "
              f"(min {min(tree_times[0]) * 1000:.1f})")
        for tree, times in zip(trees[1:], tree_times[1:]):
            other = statistics.median(times)
            print(f"  {tree}: median {other * 1000:.1f} ms (min {min(times) * 1000:.1f}); "
                  f"this tree is {(other - this) * 1000:+.1f} ms faster")
    print(f"target met (<= {TARGET})" if ratio <= TARGET else f"target NOT met (<= {TARGET})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
