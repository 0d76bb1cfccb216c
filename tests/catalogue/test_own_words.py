"""The catalogue's prose is written in its own words: no description, gist or role repeats a run
of the briefing's sentences (facts and names carry over; sentences do not). A run that is a proper
name in the catalogue's text (every word of four letters or more capitalised, e.g. "the Center of
Aeronautical Technologies of Querétaro (CENTA)") is a name, not a copied sentence."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from tests.catalogue.briefing import briefing_text

DATABASE = Path(__file__).resolve().parents[2] / "database"
RUN = 8  # words in a row that may not come from the briefing
PROSE = (("clusters.toml", "cluster", "description"), ("sectors.toml", "sector", "description"),
         ("programmes.toml", "programme", "gist"), ("actors.toml", "actor", "role"))
_WORD = re.compile(r"[^\W_]+(?:[&'’@][^\W_]+)*")


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


def test_the_prose_fields_are_read() -> None:
    fields = _prose()
    assert sum(1 for where, _, _ in fields if where.startswith("clusters.toml")) == 96
    assert {key for _, key, _ in fields} == {"description", "gist", "role"}


def test_no_prose_repeats_the_briefing(briefing_runs) -> None:
    copied = []
    for where, key, text in _prose():
        shared = _runs(_words(text), names_too=False) & briefing_runs
        if shared:
            copied.append(f"{where} {key}: " + " | ".join(" ".join(run) for run in sorted(shared)))
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
