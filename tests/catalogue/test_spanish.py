"""The catalogue in Spanish: the build refuses English text without its Spanish (file:line:
reason), the catalogue carries both, and the query layer and the services answer in the language
asked for, English by default."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from database import build
from desktop_app.catalogue.models import ClusterFilter
from desktop_app.cli.profile_text import profile_text
from desktop_app.services.browse import BrowseService
from desktop_app.services.profile import figure_value, key_facts, label_text, provenance_text

SOURCE = Path(build.__file__).resolve().parent


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    for name in build.FILES:
        shutil.copy(SOURCE / name, folder / name)
    return folder


def _drop_line(source: Path, name: str, pattern: str) -> int:
    """Remove the first line matching `pattern`; return its line number."""
    path = source / name
    lines = path.read_text("utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if re.match(pattern, line))
    del lines[index]
    path.write_text("\n".join(lines), "utf-8")
    return index + 1


def _record_line(source: Path, name: str, table: str, line: int) -> int:
    """The line of the [[table]] header of the record that held `line`."""
    text = (source / name).read_text("utf-8").split("\n")
    return max(i + 1 for i, row in enumerate(text[:line]) if row.strip() == f"[[{table}]]")


def _error(source: Path) -> build.BuildError:
    with pytest.raises(build.BuildError) as caught:
        build.load(source)
    return caught.value


@pytest.mark.parametrize("name, table, pattern, field", [
    ("clusters.toml", "cluster", r"^description_es = ", "description"),
    ("clusters.toml", "cluster", r"^notes_es = ", "notes"),
    ("sectors.toml", "sector", r"^name_es = ", "name"),
    ("programmes.toml", "programme", r"^gist_es = ", "gist"),
    ("actors.toml", "actor", r"^role_es = ", "role"),
    ("labels.toml", "label", r"^name_es = ", "name"),
])
def test_english_text_without_spanish_stops_the_build_at_its_record(source, name, table, pattern,
                                                                     field):
    line = _drop_line(source, name, pattern)
    error = _error(source)
    assert error.file == name and error.line == _record_line(source, name, table, line)
    assert f"{field}_es" in error.reason and "Spanish" in error.reason
    assert str(error).startswith(f"{name}:{error.line}: ")


def test_a_figure_row_without_spanish_names_its_csv_line(source):
    path = source / "sector_figures.csv"
    lines = path.read_text("utf-8").split("\n")
    assert "Vehículos producidos" in lines[4]
    lines[4] = lines[4].replace("Vehículos producidos", "")
    path.write_text("\n".join(lines), "utf-8")
    error = _error(source)
    assert (error.file, error.line) == ("sector_figures.csv", 5) and "label_es" in error.reason


def test_a_spanish_list_must_match_the_english_one(source):
    path = source / "clusters.toml"
    text = path.read_text("utf-8")
    text = text.replace('    "Talento y Capital Humano",\n', "", 1)
    path.write_text(text, "utf-8")
    error = _error(source)
    assert "committees_es must hold 5 Spanish texts" in error.reason


def test_a_breakdown_kind_needs_its_spanish(source):
    path = source / "clusters.toml"
    path.write_text(path.read_text("utf-8").replace(', kind_es = "miembros Tier 1"', "", 1),
                    "utf-8")
    assert "kind_es" in _error(source).reason


def test_numbers_need_no_spanish(source):
    """A year or a percentage sign is no English text: nothing to translate."""
    path = source / "actors.toml"
    text = path.read_text("utf-8")
    assert 'years = "2014"' in text and 'years_es = "2014"' not in text
    build.load(source)


@pytest.fixture
def browse(context) -> BrowseService:
    return BrowseService(context)


def test_every_cluster_reads_in_both_languages_with_the_same_facts(browse):
    for summary in browse.search(ClusterFilter()):
        english = browse.cluster(summary.id)
        spanish = browse.cluster(summary.id, lang="es")
        assert english.lang == "en" and spanish.lang == "es"
        assert spanish.description and spanish.description != english.description
        for fact in ("name", "acronym", "aliases", "state", "sector", "founded", "members",
                     "jobs", "label", "label_valid_until", "website", "sources", "partners",
                     "offices"):
            assert getattr(spanish, fact) == getattr(english, fact), (summary.id, fact)
        assert len(spanish.notes) == len(english.notes)
        assert len(spanish.focus_areas) == len(english.focus_areas)
        assert [p["count"] for p in spanish.members_breakdown] == \
            [p["count"] for p in english.members_breakdown]
        assert set(english.to_dict()) == set(spanish.to_dict())
        assert not any(key.endswith("_es") for key in english.to_dict())


def test_english_is_the_default_and_unchanged(browse):
    detail = browse.cluster("mx-nle-claut")
    assert detail == browse.cluster("mx-nle-claut", lang="en")
    assert label_text(detail, dt.date(2019, 6, 1)) == "ECEI Gold label, valid until 2019-06-23"
    assert provenance_text(detail).startswith("Listed in Table 6 (clusters by state)")
    facts = {f.label: f.value for f in key_facts(detail)}
    assert facts["Sector"] == "Automotive" and facts["Members"] == "92"


def test_a_spanish_profile(browse):
    detail = browse.cluster("mx-gua-claugto", lang="es")
    facts = {f.label: f.value for f in key_facts(detail, dt.date(2019, 6, 1))}
    assert facts["Sello ECEI"] == "Sello de Bronce de la ECEI, vigente hasta el 4 de mayo de 2020"
    assert facts["Sector"] == "Automotriz", "the briefing's 'Automotive' is the English name"
    assert facts["Miembros"].startswith("119 (70 miembros Tier 1, 17 proveedores en desarrollo")
    assert "Capital Humano" in facts["Comités"]
    assert provenance_text(detail).startswith("Aparece en la Tabla 6")
    alliance = browse.cluster("mx-bcn-aerospace-alliance", lang="es")
    facts = {f.label: f.value for f in key_facts(alliance)}
    assert facts["Empleos"] == "más de 35.000 empleos directos"
    assert facts["Exportaciones"] == "1.374,46 millones de euros (2015)"
    text = profile_text(alliance)
    assert "Perfil" in text and "Fuentes" in text and "Notas sobre los datos" in text


def test_sector_context_in_spanish(browse):
    context = browse.cluster("mx-nle-claut", lang="es").sector_context
    assert context.name == "Automotriz" and context.description.startswith("Armado de vehículos")
    produced = next(f for f in context.figures if f.label == "Vehículos producidos")
    assert figure_value(produced.value, produced.unit, "es") == "3,47 millones de vehículos"
    rank = context.figures[0]
    assert figure_value(rank.value, rank.unit, "es") == "7.º"
    decree = next(p for p in context.programmes if p.id == "automotive-decree")
    assert decree.name.startswith("Decreto para el apoyo") and decree.kind_name == "decreto"
    assert decree.extra["figures"][0] == "en vigor desde 2003"
    assert not any(key.endswith("_es") for key in decree.extra)
    english = browse.cluster("mx-nle-claut").sector_context
    assert english.programmes[1].kind_name == english.programmes[1].kind
    money = next(f for f in browse.cluster("mx-que-aerocluster", lang="es").sector_context.figures
                 if f.unit == "mil millones de euros")
    assert figure_value(money.value, money.unit, "es") == "1,1 mil millones de euros"


def test_facets_and_rows_in_spanish_agree_with_the_window_index(browse):
    for flt in (ClusterFilter(), ClusterFilter(text="energia"), ClusterFilter(states=("NLE",))):
        selection = browse.select(flt, sort="sector", lang="es")
        assert selection.facets == browse.all_facets(flt, lang="es")
        rows = browse.page(selection, 0, 1000)
        assert selection.lang == "es"
        assert {r.sector_name for r in rows} <= {x["name"] for x in browse.sectors(lang="es")}
        assert [r.id for r in rows] == [r.id for r in browse.search(flt, sort="sector", lang="es")]
    names = [v.name for v in browse.facets(ClusterFilter(), "sector", "es")]
    assert "Agroalimentario" in names and "Energía y tecnologías limpias" in names
    labels = [v.name for v in browse.facets(ClusterFilter(), "label", "es")]
    assert labels == ["Sello de Oro", "Sello de Plata", "Sello de Bronce", "Sin sello"]
    english = [v.name for v in browse.facets(ClusterFilter(), "label")]
    assert english == ["Gold label", "Silver label", "Bronze label", "No label"]


def test_sectors_and_labels_lists(browse):
    spanish = browse.sectors(lang="es")
    assert [s["name"] for s in spanish][:2] == ["Aeroespacial", "Agroalimentario"]
    assert {s["id"] for s in spanish} == {s["id"] for s in browse.sectors()}
    assert [(x["id"], x["title"]) for x in browse.labels(lang="es")][:3] == [
        ("gold", "Oro"), ("silver", "Plata"), ("bronze", "Bronce")]


def test_an_unknown_language_is_a_programming_error(browse):
    with pytest.raises(ValueError):
        browse.cluster("mx-nle-claut", lang="fr")
    with pytest.raises(ValueError):
        browse.search(ClusterFilter(text="x"), lang="de")
