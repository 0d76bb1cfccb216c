"""`cluster-atlas clusters TEXT` also finds the clusters whose notes match TEXT (as the window's
search does), without creating a data file for a plain catalogue search, and with the same exit
status when the user's data file is damaged."""

from __future__ import annotations

import json

from desktop_app.cli import main
from desktop_app.userdata.connection import user_db_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ids(out: str) -> list[str]:
    return [row["id"] for row in json.loads(out)]


def test_typing_part_of_a_note_finds_the_cluster(capsys, cluster_ids):
    a = cluster_ids[0]
    code, out, _ = run(capsys, "clusters", "zanahoria", "--format", "json")
    assert code == 0 and ids(out) == []
    assert run(capsys, "note", a, "Les interesa la zanahoria morada")[0] == 0
    code, out, _ = run(capsys, "clusters", "zanahor", "--format", "json")
    assert code == 0 and ids(out) == [a]
    code, out, _ = run(capsys, "clusters", "zanahoria", "--bookmarked", "--format", "json")
    assert code == 0 and ids(out) == []  # still restricted by the other filters
    code, out, _ = run(capsys, "facets", "--by", "sector", "zanahoria", "--format", "json")
    assert code == 0 and sum(row["count"] for row in json.loads(out)) == 1


def test_a_catalogue_search_creates_no_data_file(capsys, data_dir):
    code, _, _ = run(capsys, "clusters", "aero", "--format", "json")
    assert code == 0
    assert not user_db_path(data_dir).exists()


def test_a_damaged_data_file_does_not_change_the_exit_status(capsys, data_dir, cluster_ids):
    assert run(capsys, "note", cluster_ids[0], "algo")[0] == 0
    before = run(capsys, "clusters", "aero", "--format", "json")[1]
    path = user_db_path(data_dir)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(b"not a database at all\n" * 400)
    code, out, err = run(capsys, "clusters", "aero", "--format", "json")
    assert code == 0 and out == before
    assert "your notes were not searched" in err
    assert path.read_bytes().startswith(b"not a database")
