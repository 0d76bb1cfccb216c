"""Reading whole records: a cluster with its context, states, sectors, labels, programmes,
provenance; each text in the language asked for (`lang`, "en" or "es": see `translations`)."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

from desktop_app.catalogue import models
from desktop_app.catalogue.models import CatalogueInfo, ClusterFilter

if TYPE_CHECKING:  # loaded on first use (models' docstring)
    from desktop_app.catalogue.models import ClusterDetail, Programme, SectorContext
from desktop_app.catalogue.queries import fold_word, search
from desktop_app.catalogue.translations import column, in_lang
from desktop_app.errors import NotFound

_LIST_COLUMNS = ("aliases", "members_breakdown", "committees", "focus_areas", "partners",
                 "offices", "sources", "appears_in", "notes")


def _loads(value: str | None) -> Any:
    return json.loads(value) if value else []


def cluster(conn: sqlite3.Connection, cluster_id: str, *, with_context: bool = True,
            lang: str = "en") -> ClusterDetail:
    """The full record of one cluster, in `lang`; NotFound for an unknown id."""
    row = conn.execute(
        f"SELECT c.*, st.name AS state_name, {column('name', lang, 'se')} AS sector_name, "
        "se.name AS sector_name_en, "
        f"{column('name', lang, 'lb')} AS label_name FROM clusters c "
        "JOIN sectors se ON se.id = c.sector LEFT JOIN states st ON st.code = c.state "
        "LEFT JOIN labels lb ON lb.id = c.label WHERE c.id = ?", (cluster_id,)).fetchone()
    if row is None:
        raise NotFound(f"No cluster with id {cluster_id!r}. 'cluster-atlas clusters' lists them.")
    data = in_lang(dict(row), lang)
    for key in _LIST_COLUMNS:
        data[key] = _loads(data[key])
    for key in ("rowid", "ordinal", "sort_name", "label_rank"):
        data.pop(key, None)
    context = sector_context(conn, data["sector"], lang=lang) if with_context else None
    neighbours = []
    if with_context and data["state"]:
        neighbours = [s for s in search(conn, ClusterFilter(sectors=(data["sector"],),
                                                            states=(data["state"],)), lang=lang)
                      if s.id != cluster_id]
    return models.ClusterDetail(**data, sector_context=context, same_sector_same_state=neighbours,
                                lang=lang)


def sector_context(conn: sqlite3.Connection, sector_id: str, *, lang: str = "en",
                   ) -> SectorContext:
    """A sector with its figures, programmes (its own and cross-sector ones) and partnerships."""
    row = conn.execute("SELECT * FROM sectors WHERE id = ?", (sector_id,)).fetchone()
    if row is None:
        raise NotFound(f"No sector {sector_id!r}.")
    sector = in_lang(dict(row), lang)
    figures = []
    for r in conn.execute("SELECT * FROM sector_figures WHERE sector = ? ORDER BY ordinal",
                          (sector_id,)):
        fig = in_lang(dict(r), lang)
        figures.append(models.SectorFigure(
            label=fig["label"], value=fig["value"], unit=fig["unit"] or "",
            year=str(fig["year"] or ""), note=fig["note"] or "", sources=_loads(fig["sources"])))
    partnerships = [in_lang(dict(r), lang) for r in conn.execute(
        "SELECT * FROM partnerships WHERE sector = ? ORDER BY ordinal", (sector_id,))]
    return models.SectorContext(
        id=sector["id"], name=sector["name"], focus=bool(sector["focus"]),
        focus_name=sector["focus_name"], description=sector["description"] or "",
        figures=figures, programmes=programmes(conn, sector_id, lang=lang),
        partnerships=partnerships)


_PROGRAMME_FIELDS = {"id", "name", "sector", "kind", "gist", "start_year", "end_year", "sources",
                     "ordinal"}


def programmes(conn: sqlite3.Connection, sector_id: str | None = None, *, lang: str = "en",
               ) -> list[Programme]:
    """Programmes of one sector (without the cross-sector ones), or all of them."""
    kinds = {r["id"]: in_lang(dict(r), lang)["name"]
             for r in conn.execute("SELECT * FROM programme_kinds")}
    if sector_id is None:
        rows = conn.execute("SELECT * FROM programmes ORDER BY ordinal").fetchall()
    else:
        rows = conn.execute("SELECT * FROM programmes WHERE sector = ? ORDER BY ordinal",
                            (sector_id,)).fetchall()
    result = []
    for r in rows:
        data = in_lang(dict(r), lang)
        extra = {k: _maybe_json(v) for k, v in data.items()
                 if k not in _PROGRAMME_FIELDS and v not in (None, "")}
        kind = data.get("kind") or ""
        result.append(models.Programme(
            id=data["id"], name=data["name"], sector=data["sector"], kind=kind,
            gist=data["gist"], start_year=data.get("start_year"), end_year=data.get("end_year"),
            sources=_loads(data["sources"]), extra=extra, kind_name=kinds.get(kind, kind)))
    return result


def _maybe_json(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def states(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every state (names are the same in both languages), by name."""
    return [dict(r, aliases=_loads(r["aliases"]))
            for r in conn.execute("SELECT * FROM states ORDER BY name")]


def sectors(conn: sqlite3.Connection, *, lang: str = "en") -> list[dict[str, Any]]:
    """Every sector in `lang`, sorted by its name in that language."""
    found = [in_lang(dict(r, labels=_loads(r["labels"]), keywords=_loads(r["keywords"])), lang)
             for r in conn.execute("SELECT * FROM sectors")]
    return sorted(found, key=lambda s: fold_name(s["name"]))


def labels(conn: sqlite3.Connection, *, lang: str = "en") -> list[dict[str, Any]]:
    """The ECEI labels, gold first, then '' (no label), with their names in `lang`."""
    return [in_lang(dict(r), lang)
            for r in conn.execute("SELECT * FROM labels ORDER BY rank DESC")]


def places(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The gazetteer: the main cities and metro areas, each with its state."""
    return [dict(r, aliases=_loads(r["aliases"]))
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
