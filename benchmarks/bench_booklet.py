"""The mission booklet (issue 15): a five-day mission with 40 meetings and 25 clusters.

    python benchmarks/bench_booklet.py [--paper a4|letter] [--runs 3]

Builds the real catalogue into a temp file and a fresh user data folder, plans a mission over five
days in Monterrey, Querétaro, Tijuana and two more cities (4 delegation members, 25 clusters, 40
meetings, 12 contacts with notes and phones, notes on the clusters), then writes the public and
the internal booklet with `BookletService.export` (what `cluster-atlas booklet` runs), each
`--runs` times, and reports the median wall time (and CPU time: the machine is shared), the pages
and the file size; then once through the command line as a whole process (start-up included).
Targets (issue 15): written in under 3 s; under 5 MB.
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
sys.path.insert(0, str(REPO))

TARGET_S = 3.0
TARGET_BYTES = 5 * 2**20
CITIES = (("NLE", 8), ("QUE", 6), ("BCN", 5), ("JAL", 3), ("GUA", 3))  # state, clusters


def plan(context) -> int:
    """The mission: returns its id."""
    from desktop_app.services.agenda import AgendaService
    from desktop_app.services.browse import BrowseService
    from desktop_app.services.contacts import ContactsService
    from desktop_app.services.library import LibraryService
    from desktop_app.services.missions import MissionsService
    from desktop_app.userdata.models import Contact, DatedNote, Email, Phone

    browse = BrowseService(context)
    missions = MissionsService(context)
    agenda = AgendaService(context, missions)
    contacts = ContactsService(context)
    library = LibraryService(context)
    mission = missions.create("North and Bajío, five days", start="2026-03-09",
                              end="2026-03-13", purpose="Automotive, aerospace and ICT partners "
                              "for two joint projects", home_tz="Europe/Madrid")
    for name in ("Ana García", "Ben Jones", "Chloé Martin", "Dario Rossi"):
        missions.add_member(mission.id, name, organisation="Cluster Europe",
                            role="Delegate", phone="+34 600 000 000", email="x@example.eu")
    clusters: list[str] = []
    for state, count in CITIES:
        clusters += [s.id for s in browse.search(browse.make_filter(states=[state]))][:count]
    assert len(clusters) == 25, len(clusters)
    missions.add_clusters(mission.id, clusters)
    people = []
    for i, cluster_id in enumerate(clusters[:12]):
        person = contacts.save(Contact(
            full_name=f"Contacto {i} Pérez", organisation="Cluster", role="Director",
            emails=[Email(f"c{i}@example.mx")], phones=[Phone(f"+52 81 5555 {1000 + i}")],
            cluster_ids=[cluster_id], notes=[DatedNote("Met at Hannover Messe; wants a visit")]))
        people.append(person.uid)
        library.add_note(cluster_id, "Ask about their Tier 2 suppliers programme. " * 3)
    days = ("2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13")
    hours = ("09:00", "10:30", "12:00", "13:30", "15:00", "16:30", "18:00", "19:30")
    for n in range(40):
        cluster_id = clusters[n % 25]
        agenda.add_meeting(mission.id, f"{days[n // 8]} {hours[n % 8]}", minutes=75,
                           cluster_ids=[cluster_id],
                           contact_uids=[people[n % 12]] if n % 3 == 0 else [],
                           place=f"Avenida {n}, número {100 + n}",
                           objective="Present our members and agree a follow-up visit")
    return mission.id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paper", default="a4", choices=("a4", "letter"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from database import build

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        catalogue = tmp_path / "catalogue.sqlite"
        build.write(build.load(), catalogue)
        os.environ["CLUSTER_ATLAS_CATALOGUE"] = str(catalogue)
        os.environ["CLUSTER_ATLAS_DATA_DIR"] = str(tmp_path / "userdata")
        from desktop_app.services.booklet import BookletService
        from desktop_app.services.context import AppContext

        context = AppContext.default()
        mission_id = plan(context)
        failed = False
        for internal in (False, True):
            times, cpu = [], []
            out = tmp_path / f"booklet-{'internal' if internal else 'public'}.pdf"
            for _ in range(args.runs):
                service = BookletService(AppContext.default())
                start, start_cpu = time.perf_counter(), time.process_time()
                pages = service.export(mission_id, out, paper=args.paper, internal=internal)
                times.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
            size = out.stat().st_size
            median = statistics.median(times)
            ok = median < TARGET_S and size < TARGET_BYTES
            failed |= not ok
            print(f"{'internal' if internal else 'public'} booklet: {pages} pages, "
                  f"median {median:.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)}; "
                  f"CPU median {statistics.median(cpu):.2f} s), "
                  f"{size / 1024:.0f} KiB  {'OK' if ok else 'OVER TARGET'}")
        context.close()
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop_app", "booklet", str(mission_id), "-o",
                        str(tmp_path / "cli.pdf"), "--paper", args.paper, "--with-notes"],
                       check=True, capture_output=True)
        print(f"command line, internal, whole process: {time.perf_counter() - start:.2f} s")
    print(f"targets: under {TARGET_S:.0f} s, under {TARGET_BYTES // 2**20} MB")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
