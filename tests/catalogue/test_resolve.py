"""Near misses on the command line (issue 13 item 12): what people type for a state, a sector, a
label or a cluster resolves when it names one thing exactly, and otherwise exits 2 with what it
may have meant (a typed error that carries the candidates)."""

from __future__ import annotations

import pytest

from desktop_app.cli import main
from desktop_app.errors import NotFound, NotResolved
from desktop_app.services.browse import BrowseService


@pytest.fixture
def browse(context) -> BrowseService:
    return BrowseService(context)


@pytest.mark.parametrize("typed, code", [
    ("NL", "NLE"), ("N.L.", "NLE"), ("nuevo leon", "NLE"), ("NuevoLeón", "NLE"), ("MX-NLE", "NLE"),
    ("BC", "BCN"), ("B.C.", "BCN"), ("BCS", "BCS"), ("CDMX", "CMX"), ("DF", "CMX"),
    ("EdoMex", "MEX"), ("Edo. Méx.", "MEX"), ("QRO", "QUE"), ("Qro.", "QUE"), ("Q. Roo", "ROO"),
    ("SLP", "SLP"), ("Gto", "GUA"), ("Jal", "JAL"), ("Chih", "CHH"), ("Tamps", "TAM"),
])
def test_state_codes_and_abbreviations_people_use(browse, typed, code):
    assert browse.resolve_state(typed) == code


@pytest.mark.parametrize("typed, expected", [
    ("Nuevo Lion", "NLE"), ("Monterrey", "NLE"), ("Guadalajara", "JAL"), ("Tijuana", "BCN"),
    ("queretar", "QUE"), ("Tamaulipa", "TAM"),
])
def test_a_near_miss_suggests_the_state(browse, typed, expected):
    with pytest.raises(NotResolved) as caught:
        browse.resolve_state(typed)
    assert caught.value.kind == "state" and caught.value.candidates[0][0] == expected
    assert not caught.value.ambiguous


def test_a_name_of_two_places_suggests_both_states(browse):
    with pytest.raises(NotResolved) as caught:
        browse.resolve_state("Guadalupe")
    assert {code for code, _ in caught.value.candidates} == {"NLE", "ZAC"}


@pytest.mark.parametrize("typed, sector", [
    ("aerospace", "aerospace"), ("Aeroespacial", "aerospace"), ("Aerospace and aviation",
                                                               "aerospace"),
    ("software", "ict"), ("TI", "ict"), ("energía", "energy"), ("Renewable energy", "energy"),
    ("automotriz", "automotive"), ("agroalimentario", "agrifood"), ("Alimentary industry",
                                                                     "agrifood"),
])
def test_sector_names_in_both_languages_and_keywords(browse, typed, sector):
    assert browse.resolve_sector(typed) == sector


@pytest.mark.parametrize("typed, expected", [
    ("aero", "aerospace"), ("aerospac", "aerospace"), ("automotve", "automotive"),
    ("energ", "energy"), ("agri", "agrifood"),
])
def test_a_near_miss_suggests_the_sector(browse, typed, expected):
    with pytest.raises(NotResolved) as caught:
        browse.resolve_sector(typed)
    assert expected in [value for value, _ in caught.value.candidates]
    assert f"Did you mean {expected}" in str(caught.value) or expected in str(caught.value)


def test_labels_in_both_languages(browse):
    assert [browse.resolve_label(x) for x in ("Gold", "oro", "Sello de Plata", "bronze label",
                                              "none", "Sin sello")] == [
        "gold", "gold", "silver", "bronze", "", ""]
    with pytest.raises(NotResolved) as caught:
        browse.resolve_label("silv")
    assert caught.value.candidates[0][0] == "silver"


def test_an_acronym_two_clusters_share_lists_both(browse):
    with pytest.raises(NotResolved) as caught:
        browse.resolve_cluster("CLAUT")
    error = caught.value
    assert error.ambiguous and [cid for cid, _ in error.candidates] == ["mx-mex-claut",
                                                                        "mx-nle-claut"]
    assert isinstance(error, NotFound), "still the error every front end already handles"


def test_a_name_only_one_cluster_has_resolves(browse):
    assert browse.resolve_cluster("CLAUGTO") == "mx-gua-claugto"
    assert browse.resolve_cluster("it@baja") == "mx-bcn-itbaja"
    assert browse.resolve_cluster("Monterrey Aerocluster") == "mx-nle-aerocluster"
    assert browse.resolve_cluster("mx-nle-claut") == "mx-nle-claut"
    with pytest.raises(NotResolved) as caught:
        browse.resolve_cluster("mx-nle-clau")
    assert caught.value.candidates[0][0] == "mx-nle-claut"


@pytest.mark.parametrize("argv, words", [
    (["show", "CLAUT"], ["mx-mex-claut", "mx-nle-claut"]),
    (["clusters", "--sector", "aero"], ["Did you mean aerospace?"]),
    (["clusters", "--state", "Monterey"], ["NLE", "Nuevo León"]),
    (["facets", "--by", "sector", "--state", "Nuevo Lion"], ["Did you mean NLE (Nuevo León)?"]),
    (["clusters", "--label", "goldd"], ["gold"]),
    (["show", "mx-nope"], ["Unknown cluster 'mx-nope'"]),
])
def test_near_misses_exit_2_with_one_line_and_suggestions(capsys, argv, words):
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith("cluster-atlas: ") and "Traceback" not in captured.err
    assert all(word in captured.err for word in words), captured.err


def test_what_resolves_runs(capsys):
    assert main(["clusters", "--state", "NL", "--state", "EdoMex", "--format", "json"]) == 0
    assert main(["show", "claugto"]) == 0
    assert "id: mx-gua-claugto" in capsys.readouterr().out
