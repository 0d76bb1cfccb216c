"""`cluster-atlas sheet` and `sheets`."""

from __future__ import annotations

import pytest

from desktop_app.cli import main
from tests.factsheets.conftest import page_text, read_pdf


def test_sheet_writes_the_given_ids(tmp_path, capsys):
    out = tmp_path / "two.pdf"
    assert main(["sheet", "mx-nle-claut", "mx-gua-claugto", "-o", str(out), "--paper",
                 "letter"]) == 0
    assert capsys.readouterr().out == f"Saved 2 pages to {out.absolute()}\n"
    reader = read_pdf(out.read_bytes())
    assert len(reader.pages) == 2
    assert float(reader.pages[0].mediabox.width) == 612
    assert "Public sheet" in page_text(reader.pages[0])


def test_sheets_takes_the_clusters_filters(tmp_path, capsys, context):
    from desktop_app.services.browse import BrowseService

    browse = BrowseService(context)
    expected = browse.search(browse.make_filter(sectors=["aerospace"]))
    out = tmp_path / "aero.pdf"
    assert main(["sheets", "--sector", "aerospace", "-o", str(out), "--paper", "a4"]) == 0
    assert f"{len(expected)} page" in capsys.readouterr().out
    reader = read_pdf(out.read_bytes())
    assert len(reader.pages) == len(expected)
    for summary, page in zip(expected, reader.pages):  # in table order
        assert summary.id in page_text(page)


def test_ict_in_nuevo_leon(tmp_path, capsys, context):
    out = tmp_path / "ict-nl.pdf"
    assert main(["sheets", "--sector", "ICT", "--state", "Nuevo Leon", "-o", str(out)]) == 0
    assert len(read_pdf(out.read_bytes()).pages) >= 1


def test_with_notes_makes_the_internal_sheet(tmp_path, capsys):
    out = tmp_path / "internal.pdf"
    assert main(["sheet", "mx-nle-claut", "-o", str(out), "--with-notes"]) == 0
    assert "Internal — contains private notes" in page_text(read_pdf(out.read_bytes()).pages[0])
    assert capsys.readouterr().out == (f"Saved 1 page (internal: with your private notes) to "
                                       f"{out.absolute()}\n")


def test_after_an_export_the_absolute_path_is_said_last_on_stdout(tmp_path, capsys,
                                                                   monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["sheets", "--sector", "aerospace", "--state", "Baja California", "-o",
                 "trip.pdf", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    line, = captured.out.splitlines()
    assert line.startswith("Saved 2 pages to ")
    written = line.removeprefix("Saved 2 pages to ")
    assert written == str(tmp_path / "trip.pdf")
    assert len(read_pdf((tmp_path / "trip.pdf").read_bytes()).pages) == 2


def test_an_unknown_language_exits_2_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "x.pdf"
    with pytest.raises(SystemExit) as exit_info:  # refused by the parser, as `clusters --lang`
        main(["sheet", "mx-nle-claut", "-o", str(out), "--lang", "zz"])
    assert exit_info.value.code == 2
    assert "'zz'" in capsys.readouterr().err
    assert not out.exists()


def test_lang_es_prints_the_sheet_in_spanish(tmp_path, capsys):
    out = tmp_path / "es.pdf"
    assert main(["sheet", "mx-nle-claut", "-o", str(out), "--lang", "es", "--paper", "a4"]) == 0
    text = page_text(read_pdf(out.read_bytes()).pages[0])
    assert "FICHA DEL CLÚSTER · MÉXICO" in text and "Ficha pública" in text
    assert "Public sheet" not in text


@pytest.mark.parametrize("env, word", [("es_MX.UTF-8", "Ficha pública"),
                                       ("en_GB.UTF-8", "Public sheet")])
def test_the_language_defaults_to_the_systems(tmp_path, capsys, monkeypatch, env, word):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", env)
    out = tmp_path / "default.pdf"
    assert main(["sheets", "--state", "Baja California", "--sector", "aerospace", "-o",
                 str(out), "--paper", "a4", "--quiet"]) == 0
    for page in read_pdf(out.read_bytes()).pages:
        assert word in page_text(page)


def test_unknown_id_exits_2_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["sheet", "mx-nowhere", "-o", str(out)]) == 2
    assert "mx-nowhere" in capsys.readouterr().err
    assert not out.exists()


def test_unwritable_target_exits_2(tmp_path, capsys):
    (tmp_path / "file.txt").write_text("x")
    assert main(["sheet", "mx-nle-claut", "-o", str(tmp_path / "file.txt" / "x.pdf")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_an_empty_filter_result_exits_2(tmp_path, capsys):
    assert main(["sheets", "zzzzqqq-nothing", "-o", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()
