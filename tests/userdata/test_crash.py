"""A process killed (SIGKILL) in the middle of many writes, many times: every record it reported
as committed is there afterwards, no transaction is half there, and the database is sound."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.userdata.connection import open_user_db

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

REPO = Path(__file__).resolve().parents[2]
BATCH = 5  # contacts written per transaction

CHILD = r"""
import sys
from pathlib import Path
from desktop_app.userdata import contacts, missions, notes
from desktop_app.userdata.connection import open_user_db
from desktop_app.userdata.db import transaction
from desktop_app.userdata.mission_models import Meeting, Mission
from desktop_app.userdata.models import Contact, DatedNote, Email, Phone

data_dir, run, batch = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
conn = open_user_db(data_dir)
trip = missions.save_mission(conn, Mission(name=f"Trip {run}"))
print("ready", flush=True)
i = 0
while True:
    uids = [f"{run}-{i}-{k}" for k in range(batch)]
    with transaction(conn):
        for uid in uids:
            contacts.save_contact(conn, Contact(
                uid=uid, full_name=f"Person {uid}", emails=[Email(f"{uid}@example.mx")],
                phones=[Phone("+52 81 1234 5678"), Phone("+52 55 1234 5678")],
                notes=[DatedNote("note " * 40)]))
        notes.add_note(conn, "mx-nle-claut", f"batch {run}-{i}")
        missions.save_meeting(conn, Meeting(trip.id, "2025-07-15T10:00", "America/Monterrey",
                                            cluster_ids=["mx-nle-claut"], contact_uids=uids))
    print(" ".join(uids), flush=True)
    i += 1
"""


def _run_and_kill(data_dir: Path, run: str, seconds: float) -> list[str]:
    """Start a writer, let it write for `seconds`, SIGKILL it; the uids it said were committed."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), run, str(BATCH)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)
    committed: list[str] = []
    buffer = b""
    ready = False
    deadline = None
    try:
        while True:
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                break
            wait = 10.0 if deadline is None else deadline - now
            readable, _, _ = select.select([child.stdout], [], [], wait)
            if not readable:
                if deadline is None:
                    raise AssertionError("the writer did not start: "
                                         + child.stderr.read1(4000).decode())
                continue
            chunk = os.read(child.stdout.fileno(), 65536)
            if not chunk:
                raise AssertionError("the writer died: " + child.stderr.read().decode()[-3000:])
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                if line == b"ready":
                    ready = True
                    deadline = time.monotonic() + seconds
                elif ready:
                    committed.extend(line.decode().split())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        child.stderr.close()
    return committed


def _check(data_dir: Path, reported: list[str]) -> int:
    conn = open_user_db(data_dir)  # raises DataIntegrityError if the file is damaged
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT uid FROM contacts")}
        missing = set(reported) - stored
        assert not missing, f"{len(missing)} committed records lost, e.g. {sorted(missing)[:3]}"
        # all or nothing: every transaction's contacts are all there, with their children
        assert len(stored) % BATCH == 0
        assert conn.execute("SELECT count(*) FROM contact_emails").fetchone()[0] == len(stored)
        assert conn.execute("SELECT count(*) FROM contact_phones").fetchone()[0] == 2 * len(stored)
        assert conn.execute("SELECT count(*) FROM cluster_notes").fetchone()[0] == (
            len(stored) // BATCH)
        assert conn.execute("SELECT count(*) FROM contacts_fts").fetchone()[0] == len(stored)
        # each batch's meeting, with its cluster and contacts, is there with the batch
        assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == len(stored) // BATCH
        assert conn.execute("SELECT count(*) FROM meeting_clusters").fetchone()[0] == (
            len(stored) // BATCH)
        assert conn.execute("SELECT count(*) FROM meeting_contacts").fetchone()[0] == len(stored)
        return len(stored)
    finally:
        conn.close()


def _crash_many_times(data_dir: Path, runs: int, seed: int) -> None:
    rng = random.Random(seed)
    reported: list[str] = []
    total = 0
    for run in range(runs):
        reported += _run_and_kill(data_dir, f"r{run}", rng.uniform(0.05, 0.5))
        total = _check(data_dir, reported)
    assert total >= len(reported) > 0


def test_killed_writers_lose_nothing_they_committed(tmp_path):
    _crash_many_times(tmp_path / "userdata", runs=12, seed=20240422)


@pytest.mark.slow
def test_killed_writers_lose_nothing_they_committed_many_more_times(tmp_path):
    _crash_many_times(tmp_path / "userdata", runs=60, seed=7)
