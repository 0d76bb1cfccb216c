"""The catalogue's prose is written in its own words, in English and in Spanish: no description,
gist, role, note or figure wording repeats a run of the briefing's sentences (facts and names carry
over; sentences do not). A run that is a proper name in the catalogue's text (every word of four
letters or more capitalised, e.g. "the Center of Aeronautical Technologies of Querétaro (CENTA)")
is a name, not a copied sentence; so is a name quoted in a data note ('Clúster de la industria del
transporte y la logística'). The briefing has Spanish too (names, the automotive decree's title):
the Spanish text is checked against all of it."""

from __future__ import annotations

import csv
import re
import tomllib
from pathlib import Path

import pytest

from tests.catalogue.briefing import briefing_text

DATABASE = Path(__file__).resolve().parents[2] / "database"
RUN = 8  # words in a row that may not come from the briefing
PROSE = (("clusters.toml", "cluster", "description"), ("sectors.toml", "sector", "description"),
         ("programmes.toml", "programme", "gist"), ("actors.toml", "actor", "role"))
SPANISH = (("clusters.toml", "cluster", ("description_es", "notes_es", "focus_areas_es",
                                         "committees_es", "members_note_es", "jobs_note_es")),
           ("sectors.toml", "sector", ("description_es",)),
           ("programmes.toml", "programme", ("gist_es", "figures_es", "notes_es")),
           ("actors.toml", "actor", ("role_es", "figures_es")),
           ("partnerships.toml", "partnership", ("notes_es",)))
_WORD = re.compile(r"[^\W_]+(?:[&'’@][^\W_]+)*")
_QUOTED = re.compile(r"(?<!\w)'[^']*'(?!\w)")


def _words(text: str) -> list[str]:
    return _WORD.findall(re.sub(r"<sup>\d+</sup>", " ", text))


def _is_name(words: list[str]) -> bool:
    return all(w[0].isupper() for w in words if len(w) >= 4)


def _runs(words: list[str], names_too: bool = True) -> set[tuple[str, ...]]:
    return {tuple(w.lower() for w in words[i:i + RUN]) for i in range(len(words) - RUN + 1)
            if names_too or not _is_name(words[i:i + RUN])}


@pytest.fixture(scope="module")
def briefing_runs() -> set[tuple[str, ...]]:
    return _runs(_words(briefing_text()))


def _prose() -> list[tuple[str, str, str]]:
    found = []
    for filename, table, key in PROSE:
        data = tomllib.loads((DATABASE / filename).read_text(encoding="utf-8"))
        for record in data[table]:
            if record.get(key):
                found.append((f"{filename}:{record['id']}", key, record[key]))
    return found


def _spanish() -> list[tuple[str, str, str]]:
    """Every Spanish text we wrote, one item of a list at a time, quoted names taken out."""
    found = []
    for filename, table, keys in SPANISH:
        data = tomllib.loads((DATABASE / filename).read_text(encoding="utf-8"))
        for record in data[table]:
            for key in keys:
                values = record.get(key) or []
                for value in [values] if isinstance(values, str) else values:
                    found.append((f"{filename}:{record['id']}", key, _QUOTED.sub(" ", value)))
    with (DATABASE / "sector_figures.csv").open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            for key in ("label_es", "note_es"):
                found.append((f"sector_figures.csv:{line}", key, row[key]))
    return found


def _copied(fields: list[tuple[str, str, str]], briefing_runs: set) -> list[str]:
    copied = []
    for where, key, text in fields:
        shared = _runs(_words(text), names_too=False) & briefing_runs
        if shared:
            copied.append(f"{where} {key}: " + " | ".join(" ".join(run) for run in sorted(shared)))
    return copied


def test_the_prose_fields_are_read() -> None:
    fields = _prose()
    assert sum(1 for where, _, _ in fields if where.startswith("clusters.toml")) == 96
    assert {key for _, key, _ in fields} == {"description", "gist", "role"}
    spanish = _spanish()
    assert sum(1 for where, key, _ in spanish
               if where.startswith("clusters.toml") and key == "description_es") == 96
    assert {key for _, key, _ in spanish} >= {"description_es", "notes_es", "gist_es", "role_es",
                                              "label_es"}


def test_no_prose_repeats_the_briefing(briefing_runs) -> None:
    copied = _copied(_prose(), briefing_runs)
    assert not copied, "\n".join(copied)


def test_no_spanish_text_repeats_the_briefing(briefing_runs) -> None:
    copied = _copied(_spanish(), briefing_runs)
    assert not copied, "\n".join(copied)


def test_the_check_finds_a_copied_sentence(briefing_runs) -> None:
    text = briefing_text()
    sentence = text[text.index("CLAUT is a non-profit"):].split(".")[0]
    assert _runs(_words(sentence), names_too=False) & briefing_runs
    assert not _runs(_words("A cluster of firms that works in its own words, written anew here "
                            "for the catalogue."), names_too=False) & briefing_runs
    name = "the Center of Aeronautical Technologies of Querétaro (CENTA)"
    assert _runs(_words(name)) & briefing_runs
    assert not _runs(_words(name), names_too=False)


def test_the_check_finds_copied_spanish(briefing_runs) -> None:
    copied = ("El decreto para el apoyo de la competitividad de la industria automotriz terminal "
              "rige desde 2003.")
    assert _copied([("x", "description_es", copied)], briefing_runs)
    quoted = "Fusión: 'Clúster de la industria del transporte y la logística' = otra fila."
    assert _copied([("x", "notes_es", quoted)], briefing_runs)
    assert not _copied([("x", "notes_es", _QUOTED.sub(" ", quoted))], briefing_runs)
