"""Start-up: the real window against a bare PySide6 window, as whole processes, in the same run.

    python benchmarks/bench_startup.py [--runs 7] [--against DIR ...]

Bare: `python -c` importing PySide6, creating the QApplication, showing an empty QMainWindow and
quitting after one event-loop pass. Real: `cluster-atlas` (the installed entry point; `python -m
desktop_app` when it is missing) with CLUSTER_ATLAS_EXIT_AFTER_SHOW=1, which quits once the cluster
table has painted, over the real catalogue. Runs alternate (bare, real, bare, ...) so that machine
noise hits both; the figures are medians of wall-clock time per process.
Target (issue 14): real / bare <= 1.7.

`--parts` times, inside fresh processes, what each start-up trick of `desktop_app/startup.py`
keeps out of the first frame (the work itself, after the window's own imports): medians and
minima of `--runs` processes each.

`--against DIR` measures what a change to the start-up saves: DIR is another copy of the source
tree (e.g. `git archive HEAD | tar -x -C /tmp/without-trick`, then take the trick out there); this
tree and each DIR are started the same way (`python -m desktop_app` with PYTHONPATH set to the
tree, the same catalogue), alternating with the rest, and each DIR's median is printed beside this
tree's with the difference.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = 1.7
CPU_TIMES: dict[tuple[str, ...], list[float]] = {}  # per command: CPU seconds of each run
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
    """The wall-clock time of one whole process (its CPU time goes to `CPU_TIMES`). It runs in
    the tree of its PYTHONPATH, if any: `python -m` puts the working directory first on the
    module path, so a tree started from another tree's folder would run that other tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                            cwd=env.get("PYTHONPATH") or None, check=False)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{command} failed ({result.returncode}):\n{result.stderr}")
    CPU_TIMES.setdefault(tuple(command) + (env.get("PYTHONPATH", ""),), []).append(
        after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return elapsed


# (what it is, set-up code, the code whose time the trick saves); each runs in a fresh process
WINDOW_IMPORTS = ("import desktop_app.cli, desktop_app.startup, desktop_app.services.browse, "
                  "desktop_app.services.profile, desktop_app.ui.app")
PARTS = (
    ("building every command's parser (trick 1)",
     WINDOW_IMPORTS + "\nfrom desktop_app.cli import build_parser", "build_parser()"),
    ("the log file: logging.handlers and the handler (trick 3)",
     WINDOW_IMPORTS + "\nfrom desktop_app.ui.app import setup_logging", "setup_logging()"),
    ("the window icon (set before the first frame: too cheap to defer)",
     WINDOW_IMPORTS + "\nfrom desktop_app.ui.app import create_application, set_window_icon"
     "\napp = create_application()", "set_window_icon()"),
    ("the search field's clear button, shown (not deferred: too cheap)",
     WINDOW_IMPORTS + "\nfrom desktop_app.ui.app import create_application"
     "\nfrom PySide6.QtWidgets import QLineEdit\napp = create_application()"
     "\nfield = QLineEdit()\nfield.show()\napp.processEvents()",
     "field.setClearButtonEnabled(True)\nfield.setText('x')\nfield.repaint()"),
    ("the map's modules (imported when the map is first shown)", WINDOW_IMPORTS,
     "import desktop_app.ui.map.map_view"),
    ("the fact sheets' modules (imported at the first export)", WINDOW_IMPORTS,
     "import desktop_app.ui.sheets.sheet_export"),
    ("catalogue.details (BrowseService.cluster imports it on first use)", WINDOW_IMPORTS,
     "import desktop_app.catalogue.details"),
)


def time_parts(runs: int, env: dict[str, str]) -> None:
    for what, setup, work in PARTS:
        code = (f"{setup}\nimport time\nstarted = time.perf_counter()\n{work}\n"
                "print(time.perf_counter() - started)")
        times = []
        for _ in range(runs):
            result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                                    text=True, timeout=120, check=True, cwd=REPO)
            times.append(float(result.stdout.split()[-1]))
        print(f"{what}: median {statistics.median(times) * 1000:.1f} ms, "
              f"min {min(times) * 1000:.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--against", nargs="*", default=[], metavar="DIR",
                        help="other source trees to time against this one (see above)")
    parser.add_argument("--parts", action="store_true",
                        help="time what each start-up trick keeps out of the first frame")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   LANG=os.environ.get("LANG", "C.UTF-8"), CLUSTER_ATLAS_EXIT_AFTER_SHOW="1",
                   XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                   XDG_STATE_HOME=f"{home}/state", XDG_CACHE_HOME=f"{home}/cache")
        if args.parts:
            time_parts(args.runs, env)
            return 0
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
            for times, tree_env in zip(tree_times, tree_envs, strict=True):
                times.append(timed(module, tree_env))
    bare_median, real_median = statistics.median(bare_times), statistics.median(real_times)
    ratio = real_median / bare_median
    print(f"bare PySide6 window: median {bare_median * 1000:.0f} ms "
          f"(min {min(bare_times) * 1000:.0f}, max {max(bare_times) * 1000:.0f})")
    print(f"cluster-atlas window: median {real_median * 1000:.0f} ms "
          f"(min {min(real_times) * 1000:.0f}, max {max(real_times) * 1000:.0f})")
    print(f"ratio {ratio:.2f} over {args.runs} runs each ({' '.join(real)})")
    if tree_times:
        # CPU time (user + system) of each process as well: less disturbed than the wall clock
        # when other work shares the machine
        cpu = [CPU_TIMES[tuple(module) + (tree_env["PYTHONPATH"],)] for tree_env in tree_envs]
        this, this_cpu = statistics.median(tree_times[0]), statistics.median(cpu[0])
        print(f"this tree (python -m desktop_app): wall median {this * 1000:.1f} ms "
              f"(min {min(tree_times[0]) * 1000:.1f}), cpu median {this_cpu * 1000:.1f} ms "
              f"(min {min(cpu[0]) * 1000:.1f})")
        for tree, times, cpu_times in zip(trees[1:], tree_times[1:], cpu[1:], strict=True):
            other, other_cpu = statistics.median(times), statistics.median(cpu_times)
            print(f"  {tree.name}: wall median {other * 1000:.1f} ms "
                  f"(min {min(times) * 1000:.1f}), cpu median {other_cpu * 1000:.1f} ms "
                  f"(min {min(cpu_times) * 1000:.1f}); this tree saves "
                  f"{(other - this) * 1000:+.1f} ms wall, {(other_cpu - this_cpu) * 1000:+.1f} "
                  f"ms cpu (medians)")
    print(f"target met (<= {TARGET})" if ratio <= TARGET else f"target NOT met (<= {TARGET})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
