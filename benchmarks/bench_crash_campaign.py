"""The crash campaign (issue 11): SIGKILL at random points during writes of every kind, then check.

Each trial copies a small data folder (contacts, notes, bookmarks, a backup), starts a writer
process doing one kind of write through the services the window and the command line use, kills
it with SIGKILL at a random moment of its write, and then opens the data the way the application
does (integrity check, migrations, leftovers removed) and counts:

- lost: records the writer reported committed that are not there;
- damaged: a data folder that no longer opens (integrity check, migration);
- partial: a transaction half there (an import of some but not all of its contacts, a contact
  edit of which only some fields or rows were written, a list without its entry, a restore mixed
  with the old data, a migration that lost data);
- leftovers: temporary files of the killed writer still there after the next start.

Kinds: note, bookmark (into a new list), contact edit, import of 5,000 contacts (`--import-size`),
restore, and migration from each older schema version (0: a new database; 1 and later: a
filled database of that version). Writers are forked from a clean server process
(multiprocessing's forkserver), so a trial costs its write, not Python's start.

    .venv/bin/python benchmarks/bench_crash_campaign.py [--trials 1000] [--seed 1]

Exits 0 when nothing was lost, damaged, partial or left over; 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import select
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

BASE_CONTACTS = 50
BASE_NOTES = 20
FILLED_CONTACTS = 200  # in the databases migrated from an older version
LOOP_WINDOW_S = 0.6  # kill a looping writer within this long after it started writing
CALIBRATION_RUNS = 3
MARKER = "Restored Marker"


def kinds() -> list[str]:
    from desktop_app.userdata.schema import CURRENT_VERSION

    return ["note", "bookmark", "contact-edit", "import", "restore",
            *(f"migration-v{v}" for v in range(CURRENT_VERSION))]


# --- the writers (in a forked process; each line they write is committed) ------------------------


def _say(fd: int, text: str) -> None:
    os.write(fd, (text + "\n").encode())


def writer(kind: str, data_dir: str, extra: str, conn) -> None:
    """Run one kind of write in `data_dir`, telling `conn` 'ready', each committed id, 'done'."""
    fd = conn.fileno()
    from desktop_app.services.context import AppContext

    if kind.startswith("migration-"):
        from desktop_app.userdata.connection import open_user_db

        _say(fd, "ready")
        open_user_db(Path(data_dir)).close()
        _say(fd, "done")
        return
    context = AppContext.default(data_dir)
    if kind == "note":
        from desktop_app.services.library import LibraryService

        clusters = extra.split(",")
        library = LibraryService(context)
        library.bookmarked_ids()  # open first
        _say(fd, "ready")
        for i in range(1_000_000):
            library.add_note(clusters[i % len(clusters)], f"crash note {i} " + "words " * 20)
            _say(fd, f"c {i}")
    elif kind == "bookmark":
        from desktop_app.services.library import LibraryService

        clusters = extra.split(",")
        library = LibraryService(context)
        library.bookmarked_ids()
        _say(fd, "ready")
        for i in range(1_000_000):
            library.bookmark(clusters[i % len(clusters)], f"crash list {i}")
            _say(fd, f"c {i}")
    elif kind == "contact-edit":
        from desktop_app.services.contacts import ContactsService

        contacts = ContactsService(context)
        contacts.count()
        _say(fd, "ready")
        for i in range(1, 1_000_000):
            contact = contacts.get(f"c-{i % BASE_CONTACTS}")
            _edit(contact, i)
            contacts.save(contact)
            _say(fd, f"c {i}")
    elif kind == "import":
        from desktop_app.services.contact_import import ContactImportService

        importer = ContactImportService(context)
        plan = importer.preview_import(extra)
        _say(fd, "ready")
        result = importer.apply_import(plan)
        _say(fd, f"c {result.added}")
        _say(fd, "done")
    elif kind == "restore":
        from desktop_app.services.backup import BackupService

        service = BackupService(context)
        service.list_backups()
        _say(fd, "ready")
        service.restore(extra)
        _say(fd, "done")
    context.close()


def _edit(contact, version: int) -> None:
    """Version `version` of a contact: every field and child row says it, so a half-written
    edit shows."""
    from desktop_app.userdata.models import DatedNote, Phone

    contact.role = f"v{version}"
    contact.met_where = f"v{version}"
    contact.phones = [Phone(f"+52 81 {version:07d}"), Phone(f"+52 55 {version:07d}")]
    contact.notes.append(DatedNote(f"edit v{version}"))


# --- the data the trials start from -------------------------------------------------------------


def catalogue_ids(count: int = 4) -> list[str]:
    """A few cluster ids of the catalogue the writers use."""
    from desktop_app import paths

    conn = sqlite3.connect(f"{paths.catalogue_path().resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM clusters ORDER BY id LIMIT ?",
                                           (count,))]
    finally:
        conn.close()


def make_base(folder: Path, clusters: list[str]) -> tuple[Path, Path]:
    """The data folder every trial starts from, and a backup that restores to other data."""
    from desktop_app.services.backup import BackupService
    from desktop_app.services.contacts import ContactsService
    from desktop_app.services.context import AppContext
    from desktop_app.services.library import LibraryService
    from desktop_app.userdata.models import Contact, Email

    base = folder / "base"
    context = AppContext.default(str(base))
    contacts, library = ContactsService(context), LibraryService(context)
    for i in range(BASE_CONTACTS):
        contact = Contact(full_name=f"Base Person {i}", emails=[Email(f"base{i}@example.mx")],
                          uid=f"c-{i}")
        _edit(contact, 0)
        contacts.save(contact)
    for i in range(BASE_NOTES):
        library.add_note(clusters[i % len(clusters)], f"base note {i}")
    for cluster in clusters:
        library.bookmark(cluster)
    BackupService(context).backup_now()
    contacts.save(Contact(full_name=MARKER, uid="marker"))
    source = BackupService(context).backup_now(folder / "restore-from.sqlite")
    contacts.delete("marker")
    context.close()
    conn = sqlite3.connect(base / "user.sqlite")
    conn.execute("DELETE FROM contacts WHERE uid = 'marker'")  # not even as deleted
    conn.execute("DELETE FROM contacts_fts WHERE rowid NOT IN (SELECT id FROM contacts)")
    conn.commit()
    conn.close()
    return base, source


def make_old(folder: Path, version: int) -> Path:
    """A data folder at `version`: empty for 0, else filled as version 1 stored data and brought
    to `version` by the real migration steps."""
    from desktop_app.userdata.connection import configure, user_db_path
    from desktop_app.userdata.schema import migrate

    data_dir = folder / f"v{version}"
    data_dir.mkdir(parents=True)
    if version == 0:
        return data_dir
    conn = sqlite3.connect(user_db_path(data_dir), isolation_level=None)
    configure(conn)
    migrate(conn, None, target=1, backup=False)
    conn.execute("BEGIN")
    for i in range(FILLED_CONTACTS):
        conn.execute(
            "INSERT INTO contacts (uid, name, organisation, emails, phones, cluster_ids, tags,"
            " notes, created_at, updated_at) VALUES (?, ?, 'Org', ?, '[\"+52 81 1234 5678\"]',"
            " '[\"mx-gone-cluster\"]', '[\"old\"]', 'an old note', '2020-01-01T00:00:00Z',"
            " '2020-01-01T00:00:00Z')", (f"old-{i}", f"Old Person {i}",
                                          json.dumps([f"old{i}@example.mx"])))
        conn.execute("INSERT INTO cluster_notes (cluster_id, text, created_at) VALUES"
                     " ('mx-gone-cluster', ?, '2020-01-01T00:00:00Z')", (f"old note {i}",))
    conn.execute("COMMIT")
    migrate(conn, None, target=version, backup=False)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return data_dir


def make_import_file(folder: Path, size: int) -> Path:
    path = folder / f"import-{size}.csv"
    lines = ["Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name,Notes"]
    lines += [f"Imported Person {i},imported{i}@example.mx,+52 81 {i:07d},Org {i % 300},"
              f"met at the fair {i}" for i in range(size)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- one trial ------------------------------------------------------------------------------------


@dataclass
class Outcome:
    kind: str
    delay: float
    committed: list[str] = field(default_factory=list)
    finished: bool = False  # the write was done before the kill came
    write_s: float = 0.0  # from 'ready' to 'done', when it was done
    lost: int = 0
    damaged: str = ""
    partial: str = ""
    leftovers: list[str] = field(default_factory=list)
    error: str = ""  # the writer failed by itself (not killed)


def run_writer(ctx, kind: str, data_dir: Path, extra: str, delay: float | None) -> Outcome:
    """Start the writer; once it is ready, wait `delay` seconds (None: until it is done) and
    SIGKILL it; return what it reported."""
    reader, writer_end = ctx.Pipe(duplex=False)
    process = ctx.Process(target=writer, args=(kind, str(data_dir), extra, writer_end))
    process.start()
    writer_end.close()
    fd = reader.fileno()
    outcome = Outcome(kind, delay or 0.0)
    buffer = b""
    ready_at = None
    deadline = time.monotonic() + 120
    while True:
        now = time.monotonic()
        if ready_at is not None and delay is not None and now >= ready_at + delay:
            break
        wait = deadline - now if ready_at is None or delay is None else ready_at + delay - now
        if wait <= 0:
            outcome.error = "the writer did not get ready or finish in time"
            break
        readable, _, _ = select.select([fd], [], [], wait)
        if not readable:
            continue
        chunk = os.read(fd, 65536)
        if not chunk:
            break  # the writer ended by itself
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            text = line.decode()
            if text == "ready":
                ready_at = time.monotonic()
            elif text == "done":
                outcome.finished = True
                outcome.write_s = time.monotonic() - (ready_at or 0.0)
            elif text.startswith("c "):
                outcome.committed.append(text[2:])
    process.kill()  # SIGKILL (nothing when it has ended already)
    process.join(30)
    while True:  # what it said before it died
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buffer += chunk
    for line in buffer.split(b"\n"):
        text = line.decode()
        if text == "done":
            outcome.finished = True
        elif text.startswith("c "):
            outcome.committed.append(text[2:])
    reader.close()
    if delay is None and not outcome.finished and not outcome.error:
        outcome.error = f"the writer stopped (exit {process.exitcode})"
    if ready_at is None and not outcome.error:
        outcome.error = f"the writer never got ready (exit {process.exitcode})"
    return outcome


def check(outcome: Outcome, data_dir: Path, import_size: int) -> None:
    """Open the data as the application does and count what was lost, damaged, partial."""
    from desktop_app.errors import AtlasError
    from desktop_app.userdata.connection import open_user_db

    try:
        conn = open_user_db(data_dir)
    except AtlasError as exc:
        outcome.damaged = str(exc)
        return
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            outcome.damaged = ok
            return
        _count(outcome, conn, import_size)
    finally:
        conn.close()
    outcome.leftovers = [p.name for p in [*data_dir.iterdir(), *(data_dir / "backups").glob("*")]
                         if p.name.startswith(".")]


def _one(conn, sql: str, *args) -> int:
    return conn.execute(sql, args).fetchone()[0]


def _count(outcome: Outcome, conn, import_size: int) -> None:
    kind, committed = outcome.kind, outcome.committed
    if kind == "note":
        stored = {r[0].split()[2] for r in conn.execute(
            "SELECT text FROM cluster_notes WHERE text LIKE 'crash note %'")}
        outcome.lost = len(set(committed) - stored)
        if _one(conn, "SELECT count(*) FROM cluster_notes_fts") != _one(
                conn, "SELECT count(*) FROM cluster_notes"):
            outcome.partial = "a note without its search entry"
    elif kind == "bookmark":
        stored = {r[0].split()[-1] for r in conn.execute(
            "SELECT l.name FROM lists l JOIN list_items i ON i.list_id = l.id"
            " WHERE l.name LIKE 'crash list %'")}
        outcome.lost = len(set(committed) - stored)
        if _one(conn, "SELECT count(*) FROM lists l WHERE NOT EXISTS (SELECT 1 FROM list_items"
                      " i WHERE i.list_id = l.id)"):
            outcome.partial = "a list without its entry"
    elif kind == "contact-edit":
        last: dict[str, int] = {}
        for version in map(int, committed):
            last[f"c-{version % BASE_CONTACTS}"] = version
        for uid, role, where, cid in conn.execute(
                "SELECT uid, role, met_where, id FROM contacts WHERE uid LIKE 'c-%'"):
            version = int(role[1:])
            phones = [r[0] for r in conn.execute(
                "SELECT number FROM contact_phones WHERE contact_id = ? ORDER BY position",
                (cid,))]
            edits = _one(conn, "SELECT count(*) FROM contact_notes WHERE contact_id = ? AND"
                               " text LIKE 'edit v%'", cid)
            if where != role or phones != [f"+52 81 {version:07d}", f"+52 55 {version:07d}"] \
                    or not _one(conn, "SELECT count(*) FROM contact_notes WHERE contact_id = ?"
                                      " AND text = ?", cid, f"edit v{version}") or edits < 1:
                outcome.partial = f"{uid}: a half-written edit (v{version})"
            if version < last.get(uid, 0):
                outcome.lost += 1
        if _one(conn, "SELECT count(*) FROM contacts") != BASE_CONTACTS:
            outcome.partial = "contacts appeared or vanished"
    elif kind == "import":
        added = _one(conn, "SELECT count(*) FROM contacts WHERE full_name LIKE 'Imported %'")
        if added not in (0, import_size):
            outcome.partial = f"{added} of {import_size} imported"
        if committed and added != import_size:
            outcome.lost = import_size - added
        if _one(conn, "SELECT count(*) FROM contacts_fts") != _one(
                conn, "SELECT count(*) FROM contacts"):
            outcome.partial = "contacts without their search entries"
    elif kind == "restore":
        marker = _one(conn, "SELECT count(*) FROM contacts WHERE uid = 'marker'")
        base = _one(conn, "SELECT count(*) FROM contacts WHERE uid LIKE 'c-%'")
        if base != BASE_CONTACTS:
            outcome.partial = f"{base} of the {BASE_CONTACTS} contacts"
        if outcome.finished and not marker:
            outcome.lost = 1
    else:  # migration
        version = int(kind.rsplit("v", 1)[1])
        contacts = _one(conn, "SELECT count(*) FROM contacts")
        notes = _one(conn, "SELECT count(*) FROM cluster_notes")
        expected = 0 if version == 0 else FILLED_CONTACTS
        if (contacts, notes) != (expected, expected):
            outcome.partial = f"{contacts} contacts and {notes} notes of {expected}"
            outcome.lost = max(0, expected - contacts) + max(0, expected - notes)


# --- the campaign ---------------------------------------------------------------------------------


@dataclass
class Campaign:
    trials: int
    seed: int = 1
    import_size: int = 5000
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    def run(self, progress=None) -> Campaign:
        os.environ.setdefault("CLUSTER_ATLAS_CATALOGUE", str(REPO / "resources" /
                                                               "catalogue.sqlite"))
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["desktop_app.services.contacts",
                                    "desktop_app.services.library",
                                    "desktop_app.services.backup",
                                    "desktop_app.interchange.formats"])
        rng = random.Random(self.seed)
        start = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="crash-campaign-") as scratch:
            folder = Path(scratch)
            clusters = catalogue_ids()
            base, restore_from = make_base(folder, clusters)
            import_file = make_import_file(folder, self.import_size)
            all_kinds = kinds()
            olds = {k: make_old(folder / "old", int(k.rsplit("v", 1)[1]))
                    for k in all_kinds if k.startswith("migration-")}
            extra = {"import": str(import_file), "restore": str(restore_from),
                     "note": ",".join(clusters), "bookmark": ",".join(clusters)}
            windows = self._calibrate(ctx, folder, base, olds, extra)
            for n in range(self.trials):
                kind = all_kinds[n % len(all_kinds)]
                trial = folder / f"trial-{n}"
                shutil.copytree(olds.get(kind, base), trial)
                delay = rng.uniform(0.0, windows[kind])
                outcome = run_writer(ctx, kind, trial, extra.get(kind, ""), delay)
                if not outcome.error:
                    check(outcome, trial, self.import_size)
                _adapt(windows, outcome)
                self.outcomes.append(outcome)
                shutil.rmtree(trial, ignore_errors=True)
                if progress:
                    progress(n + 1, self.trials, outcome)
        self.seconds = time.monotonic() - start
        return self

    def _calibrate(self, ctx, folder: Path, base: Path, olds: dict[str, Path],
                   extra: dict[str, str]) -> dict[str, float]:
        """How long each kind of write takes from its start to its end (the median of three;
        the looping writers: a window): kills are spread over it, and a little past it."""
        windows = {}
        for kind in kinds():
            if kind in ("note", "bookmark", "contact-edit"):
                windows[kind] = LOOP_WINDOW_S
                continue
            times = []
            for attempt in range(CALIBRATION_RUNS):
                trial = folder / f"calibrate-{kind}-{attempt}"
                shutil.copytree(olds.get(kind, base), trial)
                outcome = run_writer(ctx, kind, trial, extra.get(kind, ""), None)
                if outcome.error:
                    raise RuntimeError(f"{kind}: {outcome.error}")
                times.append(outcome.write_s)
                shutil.rmtree(trial, ignore_errors=True)
            windows[kind] = sorted(times)[len(times) // 2] * 1.05
        return windows

    def summary(self) -> dict:
        by_kind: dict[str, Counter] = {}
        for o in self.outcomes:
            c = by_kind.setdefault(o.kind, Counter())
            c["trials"] += 1
            c["killed during the write"] += not o.finished and not o.error
            c["records reported committed"] += len(o.committed)
            c["lost"] += o.lost
            c["damaged"] += bool(o.damaged)
            c["partial"] += bool(o.partial)
            c["leftovers"] += bool(o.leftovers)
            c["writer errors"] += bool(o.error)
        totals = Counter()
        for c in by_kind.values():
            totals.update(c)
        return {"kinds": {k: dict(v) for k, v in by_kind.items()}, "total": dict(totals),
                "seconds": round(self.seconds, 1)}

    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.lost or o.damaged or o.partial or o.leftovers
                or o.error]


def _adapt(windows: dict[str, float], outcome: Outcome) -> None:
    """Follow the machine's pace: a write that ended before its kill pulls its kind's window
    towards how long it took; a kill that came first widens it a little."""
    if outcome.kind in ("note", "bookmark", "contact-edit") or outcome.error:
        return
    if outcome.finished:
        windows[outcome.kind] = 0.7 * windows[outcome.kind] + 0.3 * 1.05 * outcome.write_s
    else:
        windows[outcome.kind] *= 1.02


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=1000, help="SIGKILLs (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--import-size", type=int, default=5000,
                        help="contacts in the imported file (default 5000)")
    args = parser.parse_args(argv)

    def progress(done: int, total: int, outcome: Outcome) -> None:
        bad = " FAILED" if outcome in campaign.failures() else ""
        if bad or done % 50 == 0 or done == total:
            print(f"{done}/{total} {outcome.kind}{bad}", file=sys.stderr, flush=True)

    campaign = Campaign(args.trials, args.seed, args.import_size)
    campaign.run(progress)
    summary = campaign.summary()
    width = max(len(k) for k in summary["kinds"])
    columns = ("trials", "killed during the write", "records reported committed", "lost",
               "damaged", "partial", "leftovers", "writer errors")
    print(f"{'kind':<{width}}  " + "  ".join(c.split()[0] for c in columns))
    for kind, counts in [*summary["kinds"].items(), ("total", summary["total"])]:
        print(f"{kind:<{width}}  " + "  ".join(f"{counts.get(c, 0):>{len(c.split()[0])}}"
                                               for c in columns))
    print(f"{args.trials} trials in {summary['seconds']} s (seed {args.seed}, imports of "
          f"{args.import_size} contacts)")
    for outcome in campaign.failures()[:10]:
        print(f"FAILED {outcome.kind} after {outcome.delay:.3f} s: lost {outcome.lost}, "
              f"damaged {outcome.damaged!r}, partial {outcome.partial!r}, leftovers "
              f"{outcome.leftovers}, error {outcome.error!r}")
    return 1 if campaign.failures() else 0


if __name__ == "__main__":
    sys.exit(main())
