"""No command may write over the user's data: the data file, its -wal/-shm, the backups or a
copy kept beside them, however the path is spelt (symlinks, `..`, hard links); nor onto a folder
or a device. Each refusal is one line, exit status 2, and nothing changes (issue 11, item 1)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.userdata.connection import user_db_path


def _fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def day_one(data_dir, capsys, cluster_ids, tmp_path):
    """A first day of use: contacts imported, notes written, one backup taken."""
    people = tmp_path / "people.csv"
    people.write_text("Name,E-mail 1 - Value\nAna Ruiz,ana@x.mx\nBo Li,bo@x.mx\n",
                      encoding="utf-8")
    assert main(["contacts", "import", str(people)]) == 0
    assert main(["note", cluster_ids[0], "met the director"]) == 0
    assert main(["backup"]) == 0
    capsys.readouterr()
    return data_dir


def _targets(data_dir: Path, tmp_path: Path) -> dict[str, str]:
    db = user_db_path(data_dir)
    backup = next((data_dir / "backups").glob("user-*.sqlite"))
    (tmp_path / "link.csv").symlink_to(db)
    (tmp_path / "backup-link.pdf").symlink_to(backup)
    os.link(db, tmp_path / "hard.sqlite")
    (data_dir / "sub").mkdir()
    return {
        "the data file": str(db),
        "its wal": f"{db}-wal",
        "its shm": f"{db}-shm",
        "a symlink to it": str(tmp_path / "link.csv"),
        "a hard link to it": str(tmp_path / "hard.sqlite"),
        "a dotted path to it": str(data_dir / "sub" / ".." / "user.sqlite"),
        "a backup": str(backup),
        "a symlink to a backup": str(tmp_path / "backup-link.pdf"),
        "a new file in the backups folder": str(data_dir / "backups" / "new.csv"),
        "a copy kept beside the data": str(data_dir / "damaged-20240101T000000Z-user.sqlite"),
        "a folder": str(tmp_path),
        "a device": os.devnull,
    }


COMMANDS = {
    "contacts export csv": lambda t: ["contacts", "export", t, "--format", "csv"],
    "contacts export vcf": lambda t: ["contacts", "export", t, "--format", "vcf"],
    "contacts export json": lambda t: ["contacts", "export", t, "--format", "json"],
    "sheet": lambda t: ["sheet", "mx-nle-claut", "-o", t],
    "internal sheet": lambda t: ["sheet", "mx-nle-claut", "-o", t, "--with-notes"],
    "sheets": lambda t: ["sheets", "--state", "NLE", "-o", t],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_no_export_writes_over_the_data_or_its_backups(day_one, tmp_path, capsys, command):
    (tmp_path / "aside").mkdir()
    Path(tmp_path / "damaged-x").touch()
    data_dir = day_one
    (data_dir / "damaged-20240101T000000Z-user.sqlite").write_bytes(b"kept aside")
    targets = _targets(data_dir, tmp_path)
    before = _fingerprint(data_dir)
    for what, target in targets.items():
        code = main(COMMANDS[command](target))
        out, err = capsys.readouterr()
        assert code == 2, f"{command} onto {what}: exit {code}, {out}{err}"
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, (what, err)
        assert "Not written" in err, (what, err)
        assert _fingerprint(data_dir) == before, f"{command} onto {what} changed the data"
    assert main(["contacts", "list", "--format", "json"]) == 0
    assert "Ana Ruiz" in capsys.readouterr().out


def test_backup_into_a_file_is_refused_onto_the_data_or_a_backup(day_one, tmp_path, capsys):
    data_dir = day_one
    targets = _targets(data_dir, tmp_path)
    targets.pop("a folder")  # `backup DIR` writes a new file into the folder
    before = _fingerprint(data_dir)
    for what, target in targets.items():
        code = main(["backup", target])
        out, err = capsys.readouterr()
        assert code == 2, f"backup onto {what}: exit {code}, {out}{err}"
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
        assert _fingerprint(data_dir) == before, f"backup onto {what} changed the data"
    assert main(["backup", str(data_dir / "backups")]) == 2  # a folder, but our backups'
    assert _fingerprint(data_dir) == before


def test_screenshot_is_refused_onto_the_data_file(day_one, capsys):
    before = _fingerprint(day_one)
    code = main(["screenshot", str(user_db_path(day_one)), "--size", "400x300"])
    _, err = capsys.readouterr()
    assert code == 2 and "your data file" in err
    assert _fingerprint(day_one) == before


def test_the_window_and_the_services_refuse_as_well(day_one, context):
    """The dialogs call these services: the same refusal reaches them."""
    from desktop_app.errors import OutputRefused
    from desktop_app.services.contacts import ContactsService
    from desktop_app.services.sheets import SheetsService

    db = user_db_path(day_one)
    before = db.read_bytes()
    with pytest.raises(OutputRefused):
        ContactsService(context).export(db, "csv-google")
    with pytest.raises(OutputRefused):
        SheetsService(context).export(["mx-nle-claut"], db, paper="a4")
    assert db.read_bytes() == before
