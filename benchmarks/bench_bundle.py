"""The PyInstaller bundle: its size, and its start against the start from source, in the same run.

    python benchmarks/bench_bundle.py [--runs 9] [--build] [--bundle dist/cluster-atlas]

Size: every file of the one-folder bundle (symlinks not counted twice), and the biggest files.
Start: whole processes, the window opened until its table has painted
(CLUSTER_ATLAS_EXIT_AFTER_SHOW=1) over the real catalogue, alternating frozen and source runs so
that machine noise hits both; the source run is the installed `cluster-atlas` entry point of this
virtual environment (bytecode compiled by a warm-up run). `--build` runs build.spec first (the
README's command).
Targets (issue 6): bundle < 150 MB, frozen start <= 1.3 x source start.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZE_TARGET_MB = 150
RATIO_TARGET = 1.3


def bundle_files(bundle: Path) -> list[tuple[int, Path]]:
    return sorted(((p.stat().st_size, p) for p in bundle.rglob("*")
                   if p.is_file() and not p.is_symlink()), reverse=True)


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{command} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--build", action="store_true", help="run build.spec first")
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "cluster-atlas")
    args = parser.parse_args(argv)

    if args.build:
        started = time.perf_counter()
        subprocess.run([sys.executable, str(REPO / "database" / "build.py")], check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run([str(Path(sys.executable).with_name("pyinstaller")), "--noconfirm",
                        "--log-level", "WARN", str(REPO / "build.spec")], check=True, cwd=REPO,
                       stdout=subprocess.DEVNULL)
        print(f"built in {time.perf_counter() - started:.0f} s")
    frozen = args.bundle / ("cluster-atlas.exe" if os.name == "nt" else "cluster-atlas")
    if not frozen.exists():
        raise SystemExit(f"no bundle at {args.bundle}: run with --build (or build.spec)")

    files = bundle_files(args.bundle)
    size_mb = sum(size for size, _ in files) / 1024 / 1024
    print(f"bundle {args.bundle}: {size_mb:.1f} MiB in {len(files)} files; biggest:")
    for size, path in files[:8]:
        print(f"  {size / 1024 / 1024:5.1f} MiB  {path.relative_to(args.bundle)}")

    entry = Path(sys.executable).with_name("cluster-atlas")
    source = [str(entry)] if entry.exists() else [sys.executable, "-m", "desktop_app"]
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   LANG=os.environ.get("LANG", "C.UTF-8"), CLUSTER_ATLAS_EXIT_AFTER_SHOW="1",
                   HOME=home, XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                   XDG_STATE_HOME=f"{home}/state", XDG_CACHE_HOME=f"{home}/cache")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("CLUSTER_ATLAS_CATALOGUE", None)  # each reads its own copy of the real catalogue
        timed([str(frozen)], env), timed(source, env)  # warm the file cache, write bytecode
        frozen_times, source_times = [], []
        for _ in range(args.runs):
            frozen_times.append(timed([str(frozen)], env))
            source_times.append(timed(source, env))
    frozen_median = statistics.median(frozen_times)
    source_median = statistics.median(source_times)
    ratio = frozen_median / source_median
    print(f"frozen start: median {frozen_median * 1000:.0f} ms "
          f"(min {min(frozen_times) * 1000:.0f}, max {max(frozen_times) * 1000:.0f})")
    print(f"source start: median {source_median * 1000:.0f} ms "
          f"(min {min(source_times) * 1000:.0f}, max {max(source_times) * 1000:.0f}) "
          f"({' '.join(source)})")
    print(f"ratio {ratio:.2f} over {args.runs} runs each")
    size_ok, ratio_ok = size_mb < SIZE_TARGET_MB, ratio <= RATIO_TARGET
    print(f"size target {'met' if size_ok else 'NOT met'} (< {SIZE_TARGET_MB} MiB), "
          f"start target {'met' if ratio_ok else 'NOT met'} (<= {RATIO_TARGET})")
    return 0 if size_ok and ratio_ok else 1


if __name__ == "__main__":
    sys.exit(main())
