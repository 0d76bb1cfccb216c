"""Contact readers in linear time (issue 12): time per MB of vCard and CSV at 1 MB and at 10 MB.

    python benchmarks/bench_import.py [--runs 5]

1. Many cards: vCard files of 1 MB and 10 MB made of real cards of the first corpus
   (tests/data/vcards, the photos left out), repeated; CSV files of 1 MB and 10 MB written by the
   app's own Outlook export of those contacts. Time to read (bytes in memory -> contacts): the
   least CPU time of `--runs` runs, as ms per MB.
2. One card that grows: a single card with 10k / 20k / 40k NOTE lines (what took 1.6 / 6.7 /
   39.5 s before), a card of 100k short lines (1.3 MB), 40k quoted-printable soft breaks and 40k
   folded lines: the time per line must stay flat as the card doubles.
3. One value over the cap (a 12 MB photo): read in time proportional to its size, left out with a
   warning.
Target: the time per MB at 10 MB within 1.5x of the time per MB at 1 MB, for vCard and for CSV;
the one-card cases within 1.5x per line from the smallest to the largest. Exits 1 when missed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TARGET_RATIO = 1.5
MB = 1024 * 1024


def best_of(runs: int, fn) -> float:
    """The least CPU time of `runs` calls (CPU time, not wall time: the machine is shared, and
    other processes' load would otherwise weigh more on the longer run)."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def sized(unit: bytes, size: int) -> bytes:
    return unit * max(1, size // len(unit))


def corpus_cards() -> bytes:
    """The real cards of the first corpus without their photos (a contact list, not an album)."""
    from desktop_app.interchange.vcard import read_vcards

    cards = []
    for path in sorted((REPO / "tests" / "data" / "vcards").glob("*.vcf")):
        data = path.read_bytes()
        if b"PHOTO" not in data:
            cards.append(data.rstrip(b"\r\n") + b"\r\n")
    contacts = [p.contact for p in read_vcards(b"".join(cards)).contacts]
    for c in contacts:
        c.photo = None
    return b"".join(cards), contacts


def one_card(lines: list[str]) -> bytes:
    return ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Big Card\r\n" + "\r\n".join(lines)
            + "\r\nEND:VCARD\r\n").encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from desktop_app.interchange.csv_write import write_outlook_csv
    from desktop_app.interchange.csvformats import read_csv
    from desktop_app.interchange.vcard import read_vcards

    ok = True
    vcards, contacts = corpus_cards()
    csv_rows = write_outlook_csv(contacts * 4)
    header, _, body = csv_rows.partition(b"\r\n")
    print("1. many contacts: time per MB")
    for label, unit, reader, wrap in (
            ("vCard", vcards, read_vcards, lambda b: b),
            ("CSV  ", body, read_csv, lambda b: header + b"\r\n" + b)):
        per_mb = {}
        for size in (1, 10):
            data = wrap(sized(unit, size * MB))
            count = len(reader(data).contacts)
            seconds = best_of(args.runs, lambda d=data, read=reader: read(d))
            per_mb[size] = seconds * 1000 / (len(data) / MB)
            print(f"   {label} {len(data) / MB:5.1f} MB, {count:6d} contacts: "
                  f"{seconds:6.2f} s, {per_mb[size]:6.0f} ms/MB")
        ratio = per_mb[10] / per_mb[1]
        ok &= ratio <= TARGET_RATIO
        print(f"   {label} ratio 10 MB / 1 MB per MB: {ratio:.2f} (target <= {TARGET_RATIO})")

    print("2. one card that grows: time per line")
    shapes = {
        "NOTE lines": lambda n: one_card([f"NOTE:note number {i}" for i in range(n)]),
        "short lines": lambda n: one_card([f"X-L{i % 10}:{i}" for i in range(n)]),
        "QP soft breaks": lambda n: one_card(
            ["NOTE;ENCODING=QUOTED-PRINTABLE:start="] + ["=C3=B1and more text=" for _ in range(n)]
            + ["end"]),
        "folded lines": lambda n: one_card(["NOTE:start"] + [" folded text" for _ in range(n)]),
    }
    for label, make in shapes.items():
        sizes = (10_000, 20_000, 40_000) if label != "short lines" else (25_000, 50_000, 100_000)
        per_line = []
        for n in sizes:
            data = make(n)
            seconds = best_of(args.runs, lambda d=data: read_vcards(d))
            per_line.append(seconds / n * 1e6)
            print(f"   {label:14s} {n:7d} lines ({len(data) / MB:4.1f} MB): {seconds:6.3f} s, "
                  f"{per_line[-1]:5.1f} us/line")
        ratio = per_line[-1] / per_line[0]
        ok &= ratio <= TARGET_RATIO
        print(f"   {label:14s} ratio per line {sizes[-1]} / {sizes[0]}: {ratio:.2f}")

    print("3. one value over the cap")
    photo = b"A" * (12 * MB)
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + photo
            + b"\r\nEND:VCARD\r\n")
    seconds = best_of(args.runs, lambda: read_vcards(data))
    (parsed,) = read_vcards(data).contacts
    print(f"   12 MB photo: {seconds:.2f} s, photo kept: {parsed.contact.photo is not None}, "
          f"warning: {parsed.warnings[0]}")
    ok &= parsed.contact.photo is None
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
