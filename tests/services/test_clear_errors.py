"""Clear errors instead of tracebacks (issue 11, item 10): a full disk, a read-only data folder, a
data folder that is a file, an empty `--data-dir ""`, a number too large in a JSON import: one
line, exit status 2, nothing changed. Names with terminal escape sequences are not printed raw."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.userdata.connection import user_db_path

REPO = Path(__file__).resolve().parents[2]


def _cli(*argv: str, preexec=None, wrap: list[str] | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    command = [*(wrap or []), sys.executable, "-m", "desktop_app", *argv]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=180,
                          cwd=REPO, preexec_fn=preexec, check=False)


def _one_clear_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr


def _contacts(data_dir: Path) -> int:
    conn = sqlite3.connect(f"{user_db_path(data_dir).as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    finally:
        conn.close()


def _csv(path: Path, count: int, start: int = 0) -> Path:
    lines = ["Name,E-mail 1 - Value,Notes"]
    lines += [f"Person {i},p{i}@example.mx,{'met at the fair ' * 20}"
              for i in range(start, start + count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def filled(data_dir, tmp_path, capsys):
    assert main(["contacts", "import", str(_csv(tmp_path / "first.csv", 200))]) == 0
    assert main(["backup"]) == 0
    capsys.readouterr()
    return data_dir


def _small_disk(limit: int):
    """Files this process writes may not grow past `limit` bytes (a disk that is full)."""

    def confine() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return confine


def _room(data_dir: Path) -> int:
    return max(p.stat().st_size for p in data_dir.rglob("*") if p.is_file()) + 64 * 1024


def test_a_full_disk_during_an_import_changes_nothing(filled, tmp_path):
    big = _csv(tmp_path / "big.csv", 3000, start=1000)
    result = _cli("contacts", "import", str(big), preexec=_small_disk(_room(filled)))
    err = _one_clear_line(result)
    assert "Cannot write your data" in err and "Nothing was changed" in err
    assert _contacts(filled) == 200


def test_a_full_disk_during_an_export_or_backup_leaves_no_file(filled, tmp_path):
    out = tmp_path / "out" / "everything.json"
    out.parent.mkdir()
    limit = 4096
    result = _cli("contacts", "export", str(out), preexec=_small_disk(limit))
    assert "Cannot write" in _one_clear_line(result)
    assert list(out.parent.iterdir()) == []
    backups = sorted((filled / "backups").iterdir())
    result = _cli("backup", preexec=_small_disk(limit))
    assert "Cannot write" in _one_clear_line(result)
    assert sorted((filled / "backups").iterdir()) == backups
    result = _cli("backup", str(out), preexec=_small_disk(limit))
    assert "Cannot write" in _one_clear_line(result)
    assert list(out.parent.iterdir()) == []
    assert _contacts(filled) == 200


def _read_only_wrapper(folder: Path) -> list[str] | None:
    """A command prefix that runs with `folder` read-only, also for root (a read-only bind
    mount in a private mount namespace); None where that cannot be done."""
    if os.geteuid() != 0:
        return []
    unshare = shutil.which("unshare")
    if not unshare:
        return None
    script = f"mount --bind -o ro '{folder}' '{folder}' && ! touch '{folder}/.probe'"
    probe = subprocess.run([unshare, "-m", "sh", "-c", script], capture_output=True,
                           check=False)
    if probe.returncode != 0:
        return None
    return [unshare, "-m", "sh", "-c", 'mount --bind -o ro "$0" "$0" && exec "$@"', str(folder)]


def test_a_read_only_data_folder_is_said_to_be_read_only_not_damaged(filled):
    wrap = _read_only_wrapper(filled)
    if wrap is None:
        pytest.skip("cannot make a folder read-only for root here (no mount namespace)")
    before = {p: p.read_bytes() for p in filled.rglob("*") if p.is_file()}
    if os.geteuid() != 0:
        for path in before:
            path.chmod(0o400)
        filled.chmod(0o500)
    try:
        for argv in (["notes"], ["note", "mx-nle-claut", "hello"], ["contacts", "list"]):
            err = _one_clear_line(_cli(*argv, wrap=wrap))
            assert "read-only" in err and "integrity" not in err and "restore" not in err
    finally:
        filled.chmod(0o700)
        for path in before:
            path.chmod(0o600)
    assert {p: p.read_bytes() for p in filled.rglob("*") if p.is_file()} == before


def test_a_data_folder_that_is_a_file(tmp_path, capsys):
    a_file = tmp_path / "data.txt"
    a_file.write_text("mine")
    for argv in (["--data-dir", str(a_file), "notes"],
                 ["--data-dir", str(a_file / "below"), "notes"]):
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 2 and len(err.strip().splitlines()) == 1 and "not a folder" in err
    assert a_file.read_text() == "mine"


def test_an_empty_data_dir_option_is_refused_not_the_default(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLUSTER_ATLAS_DATA_DIR", str(tmp_path / "default"))
    for argv in (["--data-dir", "", "notes"], ["--data-dir=", "notes"], ["--data-dir", " ", "note",
                                                                        "mx-nle-claut", "x"]):
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 2 and "--data-dir is empty" in err, argv
    assert not (tmp_path / "default").exists()
    result = _cli("--data-dir", "")  # the window's own fast path
    assert "--data-dir is empty" in _one_clear_line(result)


@pytest.mark.parametrize("number", ["9" * 5000, "1e999", "-" + "9" * 5000])
def test_a_number_too_large_in_a_json_import(tmp_path, capsys, number):
    source = tmp_path / "big.json"
    source.write_text(f'{{"contacts": [{{"full_name": "Big", "priority": {number}}}]}}')
    code = main(["contacts", "import", str(source)])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Nothing was imported" in err


ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31mRed\x9b31m\x07"


def test_terminal_escapes_in_imported_names_are_not_printed_raw(tmp_path, capsys):
    card = tmp_path / "evil.vcf"
    card.write_bytes(("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve" + ESCAPES + "\r\nORG:Ev"
                      + ESCAPES + "il\r\nNOTE:see" + ESCAPES + "\r\nEND:VCARD\r\n")
                     .encode("utf-8"))
    assert main(["contacts", "import", str(card)]) == 0
    for argv in (["contacts", "import", str(card), "--dry-run"], ["contacts", "list"],
                 ["contacts"], ["contacts", "list", "--format", "csv"],
                 ["contacts", "list", "--format", "json"], ["contacts", "due", "--undated"]):
        main(argv)
        out, err = capsys.readouterr()
        for char in "\x1b\x07\x9b":
            assert char not in out + err, (argv, out + err)
    assert main(["contacts", "list", "--format", "json"]) == 0
    assert "Eve" in capsys.readouterr().out  # the name itself is kept
