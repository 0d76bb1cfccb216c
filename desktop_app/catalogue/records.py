"""Reading the catalogue's small records: states, sectors, labels, places, the catalogue's own
facts; each text in the language asked for (`lang`, "en" or "es": see `translations`). A
cluster's whole record is in `details`."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop_app.catalogue.models import CatalogueInfo
from desktop_app.catalogue.queries import fold_word
from desktop_app.catalogue.translations import in_lang


def json_list(value: str | None) -> Any:
    """A JSON column as stored (a list, mostly); an empty list for none."""
    return json.loads(value) if value else []

def states(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every state (names are the same in both languages), by name."""
    return [dict(r, aliases=json_list(r["aliases"]))
            for r in conn.execute("SELECT * FROM states ORDER BY name")]


def sectors(conn: sqlite3.Connection, *, lang: str = "en") -> list[dict[str, Any]]:
    """Every sector in `lang`, sorted by its name in that language."""
    found = [in_lang(dict(r, labels=json_list(r["labels"]), keywords=json_list(r["keywords"])), lang)
             for r in conn.execute("SELECT * FROM sectors")]
    return sorted(found, key=lambda s: fold_name(s["name"]))


def labels(conn: sqlite3.Connection, *, lang: str = "en") -> list[dict[str, Any]]:
    """The ECEI labels, gold first, then '' (no label), with their names in `lang`."""
    return [in_lang(dict(r), lang)
            for r in conn.execute("SELECT * FROM labels ORDER BY rank DESC")]


def places(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The gazetteer: the main cities and metro areas, each with its state."""
    return [dict(r, aliases=json_list(r["aliases"]))
            for r in conn.execute("SELECT * FROM places ORDER BY ordinal")]


def fold_name(text: str) -> str:
    """A name's sort key: lower case without accents."""
    return fold_word(text).strip()


def info(conn: sqlite3.Connection) -> CatalogueInfo:
    """The catalogue's provenance."""
    raw = {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM meta")}
    return CatalogueInfo(
        source_title=raw.get("source_title", ""), source_version=raw.get("source_version", ""),
        source_date=raw.get("source_date", ""), catalogue_version=raw.get("catalogue_version", ""),
        built_at=raw.get("built_at", ""), record_counts=json.loads(raw.get("record_counts", "{}")),
        raw=raw)


def all_ids(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT id FROM clusters")}
