"""Several Cluster Atlas processes on one data folder (issue 11, item 5): two started at once on a
new folder migrate it once; backups pruned by two at once; a write waits for another one's long
transaction, and a real timeout is DataBusy ("another Cluster Atlas is writing; try again"),
exit status 2, never a traceback."""

from __future__ import annotations

import multiprocessing
import os
import time
import traceback
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.userdata import connection
from desktop_app.userdata.backups import list_backups, make_backup
from desktop_app.userdata.connection import open_user_db, user_db_path
from desktop_app.userdata.schema import CURRENT_VERSION

ROUNDS = 8


@pytest.fixture(scope="module")
def ctx():
    """Workers forked from a clean server process (not from this one, which may hold Qt)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["desktop_app.userdata.connection",
                                    "desktop_app.userdata.contacts",
                                    "desktop_app.userdata.notes"])
    return context


def _open_at_once(data_dir: str, barrier, results) -> None:
    try:
        barrier.wait(10)
        conn = open_user_db(Path(data_dir))
        conn.close()
        results.put("ok")
    except BaseException:  # noqa: BLE001 - reported to the test
        results.put(traceback.format_exc())


def test_two_processes_started_at_once_on_a_new_folder_migrate_it_once(ctx, tmp_path):
    failures = []
    for round_ in range(ROUNDS):
        data_dir = tmp_path / f"new-{round_}"
        barrier, results = ctx.Barrier(2), ctx.Queue()
        workers = [ctx.Process(target=_open_at_once, args=(str(data_dir), barrier, results))
                   for _ in range(2)]
        for w in workers:
            w.start()
        outcomes = [results.get(timeout=60) for _ in workers]
        for w in workers:
            w.join(10)
        failures += [o for o in outcomes if o != "ok"]
        conn = open_user_db(data_dir)
        try:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
        finally:
            conn.close()
    assert failures == [], f"{len(failures)} of {2 * ROUNDS} failed:\n{failures[0]}"


def _back_up_many(data_dir: str, count: int, barrier, results) -> None:
    try:
        conn = open_user_db(Path(data_dir))
        barrier.wait(10)
        for _ in range(count):
            make_backup(conn, Path(data_dir), "before-import", keep=2)
            list_backups(Path(data_dir))
        conn.close()
        results.put("ok")
    except BaseException:  # noqa: BLE001 - reported to the test
        results.put(traceback.format_exc())


def test_two_processes_pruning_backups_at_once(ctx, data_dir):
    open_user_db(data_dir).close()
    barrier, results = ctx.Barrier(2), ctx.Queue()
    workers = [ctx.Process(target=_back_up_many, args=(str(data_dir), 40, barrier, results))
               for _ in range(2)]
    for w in workers:
        w.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(10)
    assert [o for o in outcomes if o != "ok"] == []
    assert 2 <= len(list_backups(data_dir)) <= 4


def test_a_backup_that_vanishes_while_listed_is_left_out(conn, data_dir):
    kept = make_backup(conn, data_dir, "manual")
    gone = data_dir / "backups" / "user-20200101T000000000000Z-manual.sqlite"
    gone.symlink_to(data_dir / "backups" / "pruned-meanwhile")  # listed, then stat fails
    assert [b.path for b in list_backups(data_dir)] == [kept]


def _hold_the_write_lock(data_dir: str, seconds: float, held, results) -> None:
    try:
        conn = open_user_db(Path(data_dir))
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO bookmarks VALUES ('mx-held', '2024-01-01T00:00:00Z')")
        held.set()
        time.sleep(seconds)
        conn.execute("COMMIT")
        conn.close()
        results.put("ok")
    except BaseException:  # noqa: BLE001 - reported to the test
        results.put(traceback.format_exc())


def _holding(ctx, data_dir: Path, seconds: float):
    open_user_db(data_dir).close()
    held, results = ctx.Event(), ctx.Queue()
    worker = ctx.Process(target=_hold_the_write_lock,
                         args=(str(data_dir), seconds, held, results))
    worker.start()
    assert held.wait(30)
    return worker, results


def test_writers_wait_longer_than_a_large_import_takes(conn):
    # a 50,000-contact import holds the write lock ~15 s here (tests/userdata/test_races.py's
    # slow test does it for real); a note written meanwhile waits for it
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 60_000


def test_a_note_written_during_another_write_waits_for_it(ctx, data_dir, capsys, cluster_ids):
    worker, results = _holding(ctx, data_dir, 2.0)
    start = time.monotonic()
    code = main(["note", cluster_ids[0], "written while another process writes"])
    waited = time.monotonic() - start
    assert results.get(timeout=30) == "ok"
    worker.join(10)
    assert code == 0 and waited > 1.0, capsys.readouterr()
    assert main(["notes", "--format", "json"]) == 0
    assert "written while another process writes" in capsys.readouterr().out


def test_a_real_timeout_says_another_cluster_atlas_is_writing(ctx, data_dir, capsys,
                                                              monkeypatch, cluster_ids):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.5)
    worker, results = _holding(ctx, data_dir, 1.5)
    code = main(["note", cluster_ids[0], "too late"])
    out, err = capsys.readouterr()
    assert results.get(timeout=30) == "ok"
    worker.join(10)
    assert code == 2 and out == "" and "Traceback" not in err
    assert "Another Cluster Atlas is writing" in err and "try again" in err
    assert len(err.strip().splitlines()) == 1
    assert main(["notes", "--format", "json"]) == 0
    assert "too late" not in capsys.readouterr().out


def _import(data_dir: str, source: str, started, results) -> None:
    try:
        from desktop_app.services.contact_import import ContactImportService
        from desktop_app.services.context import AppContext

        context = AppContext.default(data_dir)
        service = ContactImportService(context)
        plan = service.preview_import(source)
        started.set()
        results.put(service.apply_import(plan).added)
        context.close()
    except BaseException:  # noqa: BLE001 - reported to the test
        results.put(traceback.format_exc())


@pytest.mark.slow
def test_a_note_written_during_an_import_of_50000_contacts_is_kept(ctx, data_dir, tmp_path,
                                                                   capsys, cluster_ids):
    source = tmp_path / "many.csv"
    lines = ["Name,E-mail 1 - Value,Organization 1 - Name"]
    lines += [f"Person {i},p{i}@example.mx,Org {i % 300}" for i in range(50_000)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    open_user_db(data_dir).close()
    started, results = ctx.Event(), ctx.Queue()
    worker = ctx.Process(target=_import, args=(str(data_dir), str(source), started, results))
    worker.start()
    assert started.wait(300)
    time.sleep(1.0)  # the import's transaction is under way
    assert main(["note", cluster_ids[0], "during the import"]) == 0
    assert results.get(timeout=600) == 50_000
    worker.join(30)
    assert main(["notes", "--format", "json"]) == 0
    assert "during the import" in capsys.readouterr().out
    assert os.path.getsize(user_db_path(data_dir)) > 0
