"""Search that knows places and both languages' words (issue 13 item 1, issue 16): a city finds
the clusters of its state, saying so ("state (Monterrey)"); a sector's Spanish and English names
and common words find its clusters; the window's index and `clusters TEXT` agree."""

from __future__ import annotations

import json

import pytest

from desktop_app.catalogue.models import ClusterFilter
from desktop_app.cli import main
from desktop_app.services.browse import BrowseService


@pytest.fixture
def browse(context) -> BrowseService:
    return BrowseService(context)


def _ids(browse: BrowseService, **flt) -> set[str]:
    return {s.id for s in browse.search(ClusterFilter(**flt))}


@pytest.mark.parametrize("city, state, count", [
    ("monterrey", "NLE", 13), ("Guadalajara", "JAL", 7), ("tijuana", "BCN", 10),
    ("Ciudad Juárez", "CHH", 3), ("leon", "GUA", 4), ("mexicali", "BCN", 10),
    ("cancun", None, 0), ("Mty", "NLE", 13), ("san pedro garza garcia", "NLE", 13),
])
def test_a_city_finds_every_cluster_of_its_state(browse, city, state, count):
    found = _ids(browse, text=city)
    if state is None:
        assert found == set(), "a city of a state without clusters finds none"
        return
    in_state = _ids(browse, states=(state,))
    assert len(in_state) == count and in_state <= found


def test_tijuana_finds_the_aerospace_clusters_of_baja_california(browse):
    aerospace = _ids(browse, text="tijuana", sectors=("aerospace",))
    assert aerospace == {"mx-bcn-aerospace-alliance", "mx-bcn-baja-cluster-aeroespacial"}


def test_the_reason_names_the_city(browse):
    rows = {s.id: s.match for s in browse.search(ClusterFilter(text="monterrey"))}
    assert rows["mx-nle-claut"] == "state (Monterrey)"
    assert browse.match_reasons("monterrey", ["mx-nle-claut"], "es") == {
        "mx-nle-claut": "estado (Monterrey)"}
    assert browse.match_reasons("juarez", ["mx-chh-aerospace"]) == {
        "mx-chh-aerospace": "state (Ciudad Juárez)"}


def test_a_state_named_like_its_capital_says_state(browse):
    reason = browse.match_reasons("queretaro", ["mx-que-automotriz"])["mx-que-automotriz"]
    assert reason.startswith("state: [Querétaro]") and "(" not in reason


@pytest.mark.parametrize("text", ["energia", "energía", "ENERGY", "energético", "renovables",
                                  "cleantech"])
def test_energy_words_in_both_languages_find_every_energy_cluster(browse, text):
    assert _ids(browse, sectors=("energy",)) <= _ids(browse, text=text)


@pytest.mark.parametrize("text, sector", [
    ("automotriz", "automotive"), ("aeroespacial", "aerospace"), ("aerospace", "aerospace"),
    ("TIC", "ict"), ("software", "ict"), ("tecnologías de la información", "ict"),
    ("agroalimentario", "agrifood"), ("alimentos", "agrifood"), ("minería", "mining"),
    ("salud", "health"), ("dispositivos médicos", "health"), ("logística", "logistics"),
    ("muebles", "furniture"), ("petróleo", "oil-gas"), ("textil", "textile"),
    ("electrónica", "electronics"), ("biotecnología", "biotech"), ("turismo", "tourism"),
])
def test_sector_words_find_their_sector(browse, text, sector):
    assert _ids(browse, sectors=(sector,)) <= _ids(browse, text=text)


def test_every_sector_is_found_by_each_of_its_names_and_keywords(browse):
    for sector in browse.sectors():
        members = _ids(browse, sectors=(sector["id"],))
        spanish = next(s for s in browse.sectors(lang="es") if s["id"] == sector["id"])
        for word in (sector["name"], spanish["name"], *sector["keywords"]):
            assert members <= _ids(browse, text=word), (sector["id"], word)


@pytest.mark.parametrize("text", ["monterrey", "energia", "tijuana aero", "guadalajara software",
                                  "leon"])
def test_the_window_index_and_the_command_line_agree(browse, capsys, text):
    selection = browse.select(ClusterFilter(text=text))
    window = [s.id for s in browse.page(selection, 0, 10_000)]
    assert window == [s.id for s in browse.search(ClusterFilter(text=text))]
    assert main(["clusters", text, "--format", "json"]) == 0
    assert [row["id"] for row in json.loads(capsys.readouterr().out)] == window


def test_the_command_line_table_says_why_a_row_matched(capsys):
    assert main(["clusters", "monterrey"]) == 0
    out = capsys.readouterr().out
    assert "MATCHED IN" in out.splitlines()[0] and "state (Monterrey)" in out
    assert main(["clusters", "monterrey", "--lang", "es"]) == 0
    assert "estado (Monterrey)" in capsys.readouterr().out


@pytest.mark.parametrize("hostile", ['"monterrey', "monterrey*", "(monterrey", "NEAR(mty",
                                     "leon' OR 1=1 --", "energía\x00", "ciudad  juárez  -"])
def test_hostile_text_around_places_never_raises(browse, hostile):
    found = browse.search(ClusterFilter(text=hostile), limit=50)
    selection = browse.select(ClusterFilter(text=hostile))
    assert selection.count == browse.count(ClusterFilter(text=hostile)) >= len(found)
