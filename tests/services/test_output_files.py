"""The files the commands write: personal data owner-only (issue 11, item 7), never a widened
mode, whole or not at all; and a missing output folder created (and said) the same way by every
command that writes a file (issue 13, item 12)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.userdata.connection import open_user_db, user_db_path


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def someone(capsys, tmp_path):
    people = tmp_path / "people.csv"
    people.write_text("Name,E-mail 1 - Value\nAna Ruiz,ana@x.mx\n", encoding="utf-8")
    assert main(["contacts", "import", str(people)]) == 0
    assert main(["note", "mx-nle-claut", "private words"]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("argv, private", [
    (["contacts", "export", "{out}", "--format", "csv"], True),
    (["contacts", "export", "{out}", "--format", "vcf"], True),
    (["contacts", "export", "{out}", "--format", "json"], True),
    (["sheet", "mx-nle-claut", "-o", "{out}", "--with-notes"], True),
    (["backup", "{out}"], True),
    (["sheet", "mx-nle-claut", "-o", "{out}"], False),
])
def test_personal_data_is_written_owner_only(tmp_path, umask_022, someone, capsys, argv,
                                             private):
    out = tmp_path / "out.file"
    assert main([a.replace("{out}", str(out)) for a in argv]) == 0
    assert _mode(out) == (0o600 if private else 0o644)
    # over an existing file: a private export tightens it, nothing ever widens it
    out.chmod(0o640)
    assert main([a.replace("{out}", str(out)) for a in argv]) == 0
    assert _mode(out) == (0o600 & 0o640 if private else 0o640)
    out.chmod(0o600)
    assert main([a.replace("{out}", str(out)) for a in argv]) == 0
    assert _mode(out) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_wide_data_folder_and_file_are_tightened_at_open(data_dir, umask_022):
    conn = open_user_db(data_dir)
    conn.execute("CREATE TABLE IF NOT EXISTS t (x)")
    conn.close()
    data_dir.chmod(0o755)
    (data_dir / "backups").mkdir(exist_ok=True)
    (data_dir / "backups").chmod(0o755)
    db = user_db_path(data_dir)
    db.chmod(0o644)
    conn = open_user_db(data_dir)
    try:
        assert _mode(data_dir) == 0o700 and _mode(db) == 0o600
        assert _mode(data_dir / "backups") == 0o700
        for side in ("-wal", "-shm"):
            if Path(f"{db}{side}").exists():
                assert _mode(Path(f"{db}{side}")) == 0o600
    finally:
        conn.close()


def test_a_shared_sticky_folder_is_not_closed(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    open_user_db(shared).close()
    assert _mode(shared) == 0o1777


@pytest.mark.parametrize("argv", [
    ["contacts", "export", "{out}", "--format", "csv"],
    ["sheet", "mx-nle-claut", "-o", "{out}"],
    ["sheets", "--state", "NLE", "-o", "{out}"],
    ["backup", "{out}"],
])
def test_a_missing_output_folder_is_created_and_said(tmp_path, someone, capsys, argv):
    out = tmp_path / "new" / "deeper" / "out.file"
    assert main([a.replace("{out}", str(out)) for a in argv]) == 0
    err = capsys.readouterr().err
    assert out.is_file()
    assert f"created the folder {out.parent}" in err


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    from desktop_app import outputs
    from desktop_app.errors import OutputFailed

    target = tmp_path / "x.csv"
    target.write_bytes(b"old")
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputFailed, match="the disk is full"):
        outputs.write_file(target, b"new" * 1000, private=True, protect=None)
    monkeypatch.setattr(os, "fsync", real_fsync)
    with pytest.raises(RuntimeError), outputs.open_replacing(target, private=True,
                                                             protect=None) as handle:
        handle.write(b"half")
        raise RuntimeError("stopped halfway")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.csv"]


def test_a_link_is_written_through_not_replaced(tmp_path):
    from desktop_app import outputs

    real = tmp_path / "real.csv"
    real.write_bytes(b"old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    outputs.write_file(link, b"new", private=False, protect=None)
    assert link.is_symlink() and real.read_bytes() == b"new"
