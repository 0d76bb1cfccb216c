"""Writing many sheets to one file: atomic, cancellable, with clear errors."""

from __future__ import annotations

import os

import pytest

from desktop_app.errors import InvalidInput, NotFound
from desktop_app.factsheets import batch
from tests.factsheets.conftest import read_pdf

OLD = b"%PDF-1.4 an older export that must survive\n"


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith((".part", ".tmp"))]


def test_export_writes_one_page_per_cluster_and_reports_progress(service, all_ids, tmp_path):
    target = tmp_path / "sheets.pdf"
    seen: list[tuple[int, int]] = []
    pages = service.export(all_ids[:7], target, paper="letter",
                           progress=lambda done, total: seen.append((done, total)) or True)
    assert pages == 7 == len(read_pdf(target.read_bytes()).pages)
    assert seen[0] == (0, 7) and seen[-1] == (7, 7) and len(seen) == 8
    assert _leftovers(tmp_path) == []
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)  # not the temp file's private mode


def test_a_failure_mid_batch_leaves_no_file_and_keeps_the_old_one(service, all_ids, tmp_path,
                                                                  monkeypatch):
    real = batch.draw_sheet
    calls = {"n": 0}

    def failing(canvas, data, paper="a4"):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk on fire")
        return real(canvas, data, paper)

    monkeypatch.setattr(batch, "draw_sheet", failing)
    fresh = tmp_path / "new.pdf"
    with pytest.raises(RuntimeError):
        service.export(all_ids[:5], fresh, paper="a4")
    assert not fresh.exists()
    existing = tmp_path / "old.pdf"
    existing.write_bytes(OLD)
    calls["n"] = 0
    with pytest.raises(RuntimeError):
        service.export(all_ids[:5], existing, paper="a4")
    assert existing.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_cancelling_leaves_no_file_and_keeps_the_old_one(service, all_ids, tmp_path):
    target = tmp_path / "sheets.pdf"
    target.write_bytes(OLD)
    with pytest.raises(batch.ExportCancelled):
        service.export(all_ids[:6], target, paper="a4", progress=lambda done, total: done < 3)
    assert target.read_bytes() == OLD
    with pytest.raises(batch.ExportCancelled):
        service.export(all_ids[:6], tmp_path / "other.pdf", progress=lambda d, t: False)
    assert not (tmp_path / "other.pdf").exists()
    assert _leftovers(tmp_path) == []


def test_an_existing_file_is_replaced_whole(service, tmp_path):
    target = tmp_path / "sheets.pdf"
    target.write_bytes(OLD)
    assert service.export(["mx-nle-claut"], target, paper="a4") == 1
    assert target.read_bytes().startswith(b"%PDF") and len(read_pdf(target.read_bytes()).pages) == 1


@pytest.mark.parametrize("make_target, message", [
    (lambda tmp: tmp / "missing-folder" / "x.pdf", "does not exist"),
    (lambda tmp: tmp, "is a folder"),
    (lambda tmp: (tmp / "file.txt").write_text("x") and tmp / "file.txt" / "x.pdf",
     "not a folder"),
])
def test_an_unwritable_target_is_a_clear_error(service, tmp_path, make_target, message):
    target = make_target(tmp_path)
    with pytest.raises(InvalidInput, match=message):
        service.export(["mx-nle-claut"], target, paper="a4")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_a_clear_error(service, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(InvalidInput, match="no permission"):
            service.export(["mx-nle-claut"], folder / "x.pdf", paper="a4")
    finally:
        folder.chmod(0o700)


def test_unknown_ids_and_bad_paper_are_refused_before_writing(service, tmp_path):
    target = tmp_path / "x.pdf"
    with pytest.raises(NotFound, match="mx-nowhere"):
        service.export(["mx-nle-claut", "mx-nowhere"], target, paper="a4")
    with pytest.raises(InvalidInput, match="paper"):
        service.export(["mx-nle-claut"], target, paper="a3")
    with pytest.raises(InvalidInput, match="Nothing to export"):
        service.export([], target, paper="a4")
    assert not target.exists() and _leftovers(tmp_path) == []


def test_duplicate_ids_give_one_page_each(service, tmp_path):
    target = tmp_path / "x.pdf"
    assert service.export(["mx-nle-claut", "mx-nle-claut", " mx-gua-claugto "], target,
                          paper="a4") == 2
