"""Fact sheets: time per sheet within a batch, the whole catalogue as one PDF, and memory over
1,000 sheets of a synthetic catalogue.

    python benchmarks/bench_sheets.py [--catalogue PATH] [--synthetic 1000] [--paper a4]
        [--lang en|es]

1. The real catalogue (built from database/ into a temp file unless --catalogue is given) as one
   public PDF: total time, and each sheet's time within the batch (the time between two progress
   callbacks: building the record, laying out and drawing its page).
2. The same as internal sheets whose private part is hostile (a 20,000-character note, emoji,
   right-to-left text, 30 contacts with a follow-up each), the slowest kind of page.
3. 1,000 sheets of a synthetic catalogue (benchmarks/synthetic_catalogue.py) as one PDF, with the
   process's current RSS after the first hundred sheets and after the last hundred; then the same
   1,000 sheets written as ten PDFs of a hundred, which shows whether anything leaks per sheet
   (in one PDF reportlab keeps every finished page, compressed, until the file is saved).
Targets (issue 5): one sheet < 60 ms within a batch; the whole catalogue < 10 s; no memory growth
between the first and the last hundred of 1,000 sheets. The CPU time per sheet (process time) is
printed too: on a machine that others load, it compares two versions better than the wall clock.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TARGET_SHEET_MS = 60.0
TARGET_CATALOGUE_S = 10.0


def rss_mib() -> float:
    """The process's current resident set size (Linux), else its peak."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class Clock:
    """A progress callback that records the time of each finished sheet and RSS at marks."""

    def __init__(self, marks: tuple[int, ...] = ()) -> None:
        self.times: list[float] = []
        self.marks = set(marks)
        self.rss: dict[int, float] = {}

    def __call__(self, done: int, total: int) -> bool:
        self.times.append(time.perf_counter())
        if done in self.marks:
            gc.collect()
            self.rss[done] = rss_mib()
        return True

    def per_sheet_ms(self) -> list[float]:
        return [(b - a) * 1000 for a, b in zip(self.times, self.times[1:])]


def hostile_part():
    from desktop_app.factsheets.model import ContactEntry, FollowUpEntry, NoteEntry, UserPart

    notes = [NoteEntry(dt.date(2024, 3, 12), "Met Łukasiewicz & Dvořák <b>not bold</b> 😀👍🏽"),
             NoteEntry("2024-03-13", "שלום עולם, פגישה ב-10:30 עם המנהל"),
             NoteEntry("2024-03-14", "Lorem ipsum dolor sit amet, consectetur. " * 480)]
    contacts = [ContactEntry(f"Contact {i}", "Engineer", "Org", f"c{i}@example.org", "+52 1",
                             (FollowUpEntry("2024-03-20", "Send the brochure"),))
                for i in range(30)]
    return UserPart(bookmarked=True, lists=["Fair"], notes=notes, contacts=contacts)


def run_catalogue(catalogue: Path, paper: str, out_dir: Path, lang: str = "en") -> dict:
    from desktop_app.catalogue.models import ClusterFilter
    from desktop_app.services.context import AppContext
    from desktop_app.services.sheets import SheetsService

    context = AppContext(catalogue_path=catalogue)
    part = hostile_part()
    service = SheetsService(context, user_part=lambda cluster_id: part, lang=lang)
    ids = service.ids_for_filter(ClusterFilter())
    service.render(ids[:3], paper=paper)  # warm up: fonts, imports
    results = {}
    for name, with_notes in (("public", False), ("internal, hostile notes", True)):
        clock = Clock()
        start, cpu = time.perf_counter(), time.process_time()
        pages = service.export(ids, out_dir / f"catalogue-{with_notes}.pdf", paper=paper,
                               with_notes=with_notes, progress=clock)
        total = time.perf_counter() - start
        cpu_ms = (time.process_time() - cpu) / pages * 1000
        per = clock.per_sheet_ms()
        results[name] = {"pages": pages, "total_s": total, "cpu_ms": cpu_ms,
                         "median_ms": statistics.median(per),
                         "p95_ms": percentile(per, 0.95), "max_ms": max(per),
                         "size_kib": (out_dir / f"catalogue-{with_notes}.pdf").stat().st_size
                         / 1024}
    context.close()
    return results


def run_synthetic(n: int, paper: str, out_dir: Path, lang: str = "en") -> dict:
    from benchmarks.synthetic_catalogue import generate
    from desktop_app.catalogue.models import ClusterFilter
    from desktop_app.services.context import AppContext
    from desktop_app.services.sheets import SheetsService

    path = Path(tempfile.gettempdir()) / f"cluster-atlas-synthetic-{n}.sqlite"
    if not path.exists():
        generate(n, path)
    context = AppContext(catalogue_path=path)
    service = SheetsService(context, lang=lang)
    ids = service.ids_for_filter(ClusterFilter())[:n]
    service.render(ids[:3], paper=paper)
    gc.collect()
    result: dict = {"sheets": len(ids), "rss_start": rss_mib()}
    last = len(ids)
    clock = Clock(marks=(100, last - 100, last))
    start = time.perf_counter()
    service.export(ids, out_dir / "synthetic.pdf", paper=paper, progress=clock)
    result["one_pdf_s"] = time.perf_counter() - start
    per = clock.per_sheet_ms()
    result["median_ms"], result["p95_ms"] = statistics.median(per), percentile(per, 0.95)
    result["one_pdf_rss"] = clock.rss
    result["one_pdf_size_kib"] = (out_dir / "synthetic.pdf").stat().st_size / 1024
    # Ten PDFs of a hundred: the RSS after each file.
    after_each = []
    for k in range(0, len(ids), 100):
        service.export(ids[k:k + 100], out_dir / f"synthetic-{k}.pdf", paper=paper)
        gc.collect()
        after_each.append(rss_mib())
    result["chunked_rss"] = after_each
    context.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalogue", type=Path, help="a built catalogue (default: build one)")
    parser.add_argument("--synthetic", type=int, default=1000, help="synthetic sheets (1000)")
    parser.add_argument("--paper", default="a4", choices=("a4", "letter"))
    parser.add_argument("--lang", default="en", choices=("en", "es"), help="the sheets' language")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-sheets-") as tmp:
        out_dir = Path(tmp)
        catalogue = args.catalogue
        if catalogue is None:
            from database import build

            catalogue = out_dir / "catalogue.sqlite"
            build.write(build.load(), catalogue)
        real = run_catalogue(catalogue, args.paper, out_dir, args.lang)
        synthetic = run_synthetic(args.synthetic, args.paper, out_dir, args.lang)

    ok = True
    print(f"paper: {args.paper}, language: {args.lang}")
    for name, r in real.items():
        print(f"real catalogue, {name}: {r['pages']} pages in {r['total_s']:.2f} s, "
              f"{r['size_kib']:.0f} KiB; per sheet median {r['median_ms']:.1f} ms, "
              f"p95 {r['p95_ms']:.1f} ms, max {r['max_ms']:.1f} ms; "
              f"CPU {r['cpu_ms']:.1f} ms per sheet")
    public = real["public"]
    ok &= public["total_s"] < TARGET_CATALOGUE_S and public["p95_ms"] < TARGET_SHEET_MS
    s = synthetic
    rss = s["one_pdf_rss"]
    marks = sorted(rss)
    print(f"synthetic, {s['sheets']} sheets in one PDF: {s['one_pdf_s']:.1f} s "
          f"({s['one_pdf_size_kib']:.0f} KiB); per sheet median {s['median_ms']:.1f} ms, "
          f"p95 {s['p95_ms']:.1f} ms")
    print("  RSS: start {:.1f} MiB, ".format(s["rss_start"])
          + ", ".join(f"after {k}: {rss[k]:.1f} MiB" for k in marks))
    growth_one = rss[marks[-1]] - rss[marks[0]]
    chunks = s["chunked_rss"]
    print(f"  growth from the first to the last hundred, one PDF: {growth_one:+.1f} MiB "
          f"(the finished pages the PDF holds until it is saved: about "
          f"{s['one_pdf_size_kib'] / 1024:.1f} MiB compressed)")
    print("  ten PDFs of 100, RSS after each: " + ", ".join(f"{v:.1f}" for v in chunks)
          + f" MiB; growth first to last: {chunks[-1] - chunks[0]:+.1f} MiB")
    ok &= chunks[-1] - chunks[0] < 5.0
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
