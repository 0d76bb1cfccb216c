"""The build validates its input (file, line, reason) and is deterministic."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from database import build

SOURCE = Path(build.__file__).resolve().parent


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    for name in build.FILES:
        shutil.copy(SOURCE / name, folder / name)
    return folder


def _break(source: Path, old: str, new: str, name: str = "clusters.toml", count: int = 1) -> int:
    path = source / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    index = text.index(old)
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return text[:index].count("\n") + 1


def _first_cluster_id(source: Path) -> str:
    import tomllib

    return tomllib.loads((source / "clusters.toml").read_text("utf-8"))["cluster"][0]["id"]


def _error(source: Path) -> build.BuildError:
    with pytest.raises(build.BuildError) as caught:
        build.load(source)
    return caught.value


def test_the_real_source_builds(source: Path, tmp_path: Path):
    counts = build.write(build.load(source), tmp_path / "c.sqlite")
    assert counts["states"] == 32 and counts["clusters"] >= 88


def test_duplicate_id_is_rejected_with_file_and_line(source: Path):
    path = source / "clusters.toml"
    text = path.read_text("utf-8")
    first = _first_cluster_id(source)
    blocks = text.split("[[cluster]]")
    second_id = blocks[2].split('id = "', 1)[1].split('"', 1)[0]
    blocks[2] = blocks[2].replace(f'id = "{second_id}"', f'id = "{first}"', 1)
    path.write_text("[[cluster]]".join(blocks), "utf-8")
    line = text.index("[[cluster]]", text.index("[[cluster]]") + 1)
    error = _error(source)
    assert error.file == "clusters.toml" and "duplicate id" in error.reason
    assert error.line == text[:line].count("\n") + 1


def test_unknown_state_is_rejected(source: Path):
    line = _break(source, 'state = "NLE"', 'state = "XXX"')
    error = _error(source)
    assert "unknown state 'XXX'" in error.reason and error.file == "clusters.toml"
    assert error.line is not None and error.line <= line


def test_unknown_sector_is_rejected(source: Path):
    _break(source, 'sector = "ict"', 'sector = "quantum"')
    assert "unknown sector 'quantum'" in _error(source).reason


def test_bad_date_is_rejected(source: Path):
    _break(source, "label_valid_until = 2019-06-23", 'label_valid_until = "23/06/2019"')
    assert "bad date" in _error(source).reason


def test_missing_source_is_rejected(source: Path):
    text = (source / "clusters.toml").read_text("utf-8")
    start = text.index("sources = [")
    end = text.index("]", start) + 1
    (source / "clusters.toml").write_text(text[:start] + "sources = []" + text[end:], "utf-8")
    assert "missing source" in _error(source).reason


def test_unknown_state_in_a_csv_names_its_line(source: Path):
    path = source / "sector_locations.csv"
    lines = path.read_text("utf-8").splitlines()
    lines[3] = lines[3].replace(",QUE,", ",ZZZ,") if ",QUE," in lines[3] else \
        ",".join(lines[3].split(",")[:3] + ["ZZZ"] + lines[3].split(",")[4:])
    path.write_text("\n".join(lines) + "\n", "utf-8")
    error = _error(source)
    assert error.file == "sector_locations.csv" and error.line == 4


def test_same_input_gives_the_same_bytes(source: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    build.write(build.load(source), first)
    build.write(build.load(source), second)
    assert first.read_bytes() == second.read_bytes()


def test_a_failed_build_leaves_the_previous_catalogue(source: Path, tmp_path: Path):
    out = tmp_path / "catalogue.sqlite"
    assert build.main(["--source", str(source), "--out", str(out)]) == 0
    before = out.read_bytes()
    _break(source, 'sector = "ict"', 'sector = "quantum"')
    assert build.main(["--source", str(source), "--out", str(out)]) == 1
    assert out.read_bytes() == before


def test_a_catalogue_of_an_older_build_is_refused_with_the_way_out(tmp_path: Path, catalogue_file):
    import sqlite3

    from desktop_app.catalogue.connection import open_catalogue
    from desktop_app.errors import DataIntegrityError

    old = tmp_path / "old.sqlite"
    shutil.copy(catalogue_file, old)
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with pytest.raises(DataIntegrityError, match="database/build.py"):
        open_catalogue(old)
    open_catalogue(catalogue_file).close()
