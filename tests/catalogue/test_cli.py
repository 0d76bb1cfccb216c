"""The command line contract: names, exit codes and JSON fields."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main

FIELDS = {"id", "name", "acronym", "state", "sector", "sector_label", "website", "label",
          "members", "sources"}


def test_clusters_json_lists_the_whole_catalogue(capsys, context):
    assert main(["clusters", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    total = context.catalogue.execute("SELECT count(*) FROM clusters").fetchone()[0]
    assert len(rows) == total >= 88
    assert all(FIELDS <= set(row) for row in rows)


def test_filters_accept_names_without_accents(capsys):
    assert main(["clusters", "--sector", "aerospace", "--state", "Queretaro",
                 "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["state"] == "Querétaro" and r["sector"] == "aerospace" for r in rows)


def test_csv_and_table(capsys):
    assert main(["clusters", "claut", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("id,name,acronym") and "mx-nle-claut" in out
    assert main(["clusters", "claut"]) == 0
    assert "mx-nle-claut" in capsys.readouterr().out


def test_show_text_and_json(capsys):
    assert main(["show", "mx-nle-claut"]) == 0
    text = capsys.readouterr().out
    assert "CLAUT" in text and "Sources" in text
    assert main(["show", "mx-nle-claut", "--format", "json"]) == 0
    detail = json.loads(capsys.readouterr().out)
    assert detail["id"] == "mx-nle-claut" and detail["sources"]


def test_facets(capsys):
    assert main(["facets", "--by", "state", "--sector", "aerospace", "--format", "json"]) == 0
    counts = {r["value"]: r["count"] for r in json.loads(capsys.readouterr().out)}
    assert counts["QUE"] >= 1


def test_unknown_things_exit_2_with_a_message(capsys):
    for argv in (["show", "mx-nope"], ["clusters", "--state", "Atlantis"],
                 ["clusters", "--sector", "alchemy"], ["facets", "--by", "sector", "--label", "x"]):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.startswith("cluster-atlas: ") and "Traceback" not in err


def test_lang_words_the_human_output_in_spanish(capsys):
    assert main(["show", "mx-nle-claut", "--lang", "es"]) == 0
    text = capsys.readouterr().out
    assert "Perfil" in text and "Fuentes" in text
    assert "Sello de Oro de la ECEI, vigente hasta el 23 de junio de 2019" in text
    assert main(["clusters", "--state", "NL", "--lang", "es"]) == 0
    captured = capsys.readouterr()
    assert captured.out.split()[:3] == ["ID", "NOMBRE", "SIGLA"]
    assert captured.err.strip() == "13 de 96 clústeres"
    assert main(["facets", "--by", "label", "--lang", "es"]) == 0
    assert "Sello de Oro" in capsys.readouterr().out


def test_json_keys_and_ids_do_not_change_with_the_language(capsys):
    outputs = {}
    for lang in ("en", "es"):
        assert main(["clusters", "energia", "--format", "json", "--lang", lang]) == 0
        outputs[lang] = json.loads(capsys.readouterr().out)
    assert [set(r) for r in outputs["en"]] == [set(r) for r in outputs["es"]]
    assert [r["id"] for r in outputs["en"]] == [r["id"] for r in outputs["es"]]
    assert {r["sector_name"] for r in outputs["es"]} == {"Energía y tecnologías limpias"}
    for lang in ("en", "es"):
        assert main(["show", "mx-gua-claugto", "--format", "json", "--lang", lang]) == 0
        outputs[lang] = json.loads(capsys.readouterr().out)
    assert set(outputs["en"]) == set(outputs["es"])
    assert outputs["en"]["members"] == outputs["es"]["members"] == 119


def test_the_default_language_is_the_systems(capsys, monkeypatch):
    monkeypatch.setenv("LC_ALL", "es_MX.UTF-8")
    assert main(["show", "mx-nle-claut"]) == 0
    assert "Perfil" in capsys.readouterr().out
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert main(["show", "mx-nle-claut"]) == 0
    assert "Profile" in capsys.readouterr().out


def test_lang_before_the_command_is_the_commands_own(capsys):
    assert main(["--lang", "es", "facets", "--by", "label"]) == 0
    before = capsys.readouterr().out
    assert main(["facets", "--by", "label", "--lang", "es"]) == 0
    assert before == capsys.readouterr().out
    assert main(["--lang", "es", "facets", "--by", "label", "--lang", "en"]) == 0
    assert capsys.readouterr().out != before  # the command's own --lang wins


def test_lang_before_a_command_without_one_says_where_it_goes(capsys):
    for argv in (["--lang", "es", "notes"], ["--lang", "es"]):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 2
        said = capsys.readouterr().err
        assert "--lang is not an option of" in said and "clusters energia --lang es" in said
