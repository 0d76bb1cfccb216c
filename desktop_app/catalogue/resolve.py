"""What a person types for a cluster, a state, a sector or a label, resolved to its id.

Exact spellings resolve: ids and codes, names in either language, the briefing's wordings,
aliases, the abbreviations people use (NL, CDMX, Edomex, Qro), a sector's keywords ("software",
"energía"); case, accents, dots and spaces do not matter (`spelling_key`: "N.L." is "NL").
Anything else raises NotResolved with what it may have meant: spellings that begin with what was
typed ("aero" -> aerospace), close misspellings ("Nuevo Lion" -> NLE), the state of a city
("Monterrey" -> NLE). A guess is never taken silently: a filter that quietly picked a sector or a
state could list the wrong clusters without anyone noticing, so a near miss asks again.
A cluster's name, acronym or alias that names exactly one cluster resolves to it (`show CLAUGTO`:
the profile shows the id it chose); one that names several (`show CLAUT`) lists them all.
"""

from __future__ import annotations

import difflib
import json
import re
import sqlite3

from desktop_app.catalogue import records
from desktop_app.catalogue.queries import fold_word
from desktop_app.errors import NotResolved

SUGGESTIONS = 3
LISTED_BY = {
    "cluster": "'cluster-atlas clusters TEXT' searches them.",
    "state": "'cluster-atlas facets --by state' lists them.",
    "sector": "'cluster-atlas facets --by sector' lists them.",
    "label": "Labels: gold, silver, bronze or none.",
}


def spelling_key(text: str) -> str:
    """How a typed name is compared: folded, without dots, spaces or dashes (the build checks
    that no two states, sectors or places share one: database/reading.py, the same rule)."""
    return re.sub(r"[\W_]+", "", fold_word(text))


def _suggestions(wanted: str, spellings: dict[str, str]) -> list[str]:
    """Values whose spellings begin with `wanted` (two characters or more), else the values of
    close misspellings; at most SUGGESTIONS, best first."""
    found: list[str] = []
    if len(wanted) >= 2:
        found = [value for key, value in spellings.items() if key.startswith(wanted)]
    if not found:
        close = difflib.get_close_matches(wanted, list(spellings), n=SUGGESTIONS * 3, cutoff=0.75)
        found = [spellings[key] for key in close]
    return list(dict.fromkeys(found))[:SUGGESTIONS]


def state(conn: sqlite3.Connection, text: str) -> str:
    """The state code for a code, name, alias or abbreviation; a city suggests its state."""
    wanted = spelling_key(text)
    every = records.states(conn)
    names = {s["code"]: s["name"] for s in every}
    spellings = {}
    for s in every:
        for spelling in (s["code"], s["iso_code"], s["name"], s["name_ascii"], *s["aliases"]):
            spellings[spelling_key(spelling)] = s["code"]
    if wanted in spellings:
        return spellings[wanted]
    cities = {}
    for place in records.places(conn):
        for spelling in (place["name"], *place["aliases"]):
            cities.setdefault(spelling_key(spelling), []).append(place["state"])
    candidates = cities.get(wanted) or _suggestions(wanted, spellings | {
        key: codes[0] for key, codes in cities.items() if len(codes) == 1})
    raise NotResolved("state", text, tuple((code, names[code]) for code in candidates),
                      listed_by=LISTED_BY["state"])


def sector(conn: sqlite3.Connection, text: str) -> str:
    """The sector id for an id, a name (English or Spanish), a wording of the briefing or one of
    the sector's keywords."""
    wanted = spelling_key(text)
    every = records.sectors(conn)
    names = {s["id"]: s["name"] for s in every}
    spellings = {}
    for s in conn.execute("SELECT * FROM sectors"):
        words = (s["id"], s["name"], s["name_es"], s["focus_name"] or "", s["focus_name_es"] or "",
                 *json.loads(s["labels"]), *json.loads(s["keywords"]))
        spellings.update({spelling_key(w): s["id"] for w in words if w})
    if wanted in spellings:
        return spellings[wanted]
    raise NotResolved("sector", text, tuple((sid, names[sid])
                                            for sid in _suggestions(wanted, spellings)),
                      listed_by=LISTED_BY["sector"])


def label(conn: sqlite3.Connection, text: str) -> str:
    """'gold', 'silver', 'bronze' or '' (no label) for a label's id or name in either language
    ('Gold label', 'oro', 'Sello de Plata', 'none', 'sin sello')."""
    wanted = spelling_key(text)
    spellings = {"": "", "none": "", "no": ""}
    for row in conn.execute("SELECT * FROM labels"):
        for spelling in (row["id"], row["name"], row["name_es"], row["title"], row["title_es"]):
            if spelling:
                spellings[spelling_key(spelling)] = row["id"]
    if wanted in spellings:
        return spellings[wanted]
    candidates = [value or "none" for value in _suggestions(wanted, spellings)]
    raise NotResolved("label", text, tuple((value, value) for value in candidates),
                      listed_by=LISTED_BY["label"])


def cluster(conn: sqlite3.Connection, text: str) -> str:
    """The id of the cluster that `text` names: its id, or a name, acronym or alias that only
    it goes by."""
    text = text.strip()
    if conn.execute("SELECT 1 FROM clusters WHERE id = ?", (text,)).fetchone():
        return text
    wanted = spelling_key(text)
    spellings: dict[str, list[str]] = {}
    names = {}
    for row in conn.execute("SELECT id, name, acronym, aliases FROM clusters ORDER BY id"):
        names[row["id"]] = row["name"]
        for spelling in (row["id"], row["name"], row["acronym"] or "",
                         *json.loads(row["aliases"] or "[]")):
            if spelling:
                ids = spellings.setdefault(spelling_key(spelling), [])
                if row["id"] not in ids:
                    ids.append(row["id"])
    named = spellings.get(wanted, [])
    if len(named) == 1:
        return named[0]
    if named:
        raise NotResolved("cluster", text, tuple((cid, names[cid]) for cid in named),
                          ambiguous=True)
    unique = {key: ids[0] for key, ids in spellings.items() if len(ids) == 1}
    raise NotResolved("cluster", text, tuple((cid, names[cid])
                                             for cid in _suggestions(wanted, unique)),
                      listed_by=LISTED_BY["cluster"])
