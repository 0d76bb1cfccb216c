"""Reading whole records: a cluster with its context, states, sectors, programmes, provenance."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from typing import TYPE_CHECKING, Any

from desktop_app.catalogue import models
from desktop_app.catalogue.models import CatalogueInfo, ClusterFilter

if TYPE_CHECKING:  # loaded on first use (models' docstring)
    from desktop_app.catalogue.models import ClusterDetail, Programme, SectorContext
from desktop_app.catalogue.queries import search
from desktop_app.errors import NotFound

_LIST_COLUMNS = ("aliases", "members_breakdown", "committees", "focus_areas", "partners",
                 "offices", "sources", "appears_in", "notes")


def fold(text: str) -> str:
    """Lower case without accents, for comparing what people type with names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _loads(value: str | None) -> Any:
    return json.loads(value) if value else []


def cluster(conn: sqlite3.Connection, cluster_id: str, *, with_context: bool = True,
            ) -> ClusterDetail:
    """The full record of one cluster; NotFound for an unknown id."""
    row = conn.execute(
        "SELECT c.*, st.name AS state_name, se.name AS sector_name FROM clusters c "
        "JOIN sectors se ON se.id = c.sector LEFT JOIN states st ON st.code = c.state "
        "WHERE c.id = ?", (cluster_id,)).fetchone()
    if row is None:
        raise NotFound(f"No cluster with id {cluster_id!r}. 'cluster-atlas clusters' lists them.")
    data = {key: row[key] for key in row.keys()}
    for key in _LIST_COLUMNS:
        data[key] = _loads(data[key])
    for key in ("rowid", "ordinal", "sort_name", "label_rank"):
        data.pop(key, None)
    context = sector_context(conn, data["sector"]) if with_context else None
    neighbours = []
    if with_context and data["state"]:
        neighbours = [s for s in search(conn, ClusterFilter(sectors=(data["sector"],),
                                                            states=(data["state"],)))
                      if s.id != cluster_id]
    return models.ClusterDetail(**data, sector_context=context, same_sector_same_state=neighbours)


def sector_context(conn: sqlite3.Connection, sector_id: str) -> SectorContext:
    """A sector with its figures, programmes (its own and cross-sector ones) and partnerships."""
    row = conn.execute("SELECT * FROM sectors WHERE id = ?", (sector_id,)).fetchone()
    if row is None:
        raise NotFound(f"No sector {sector_id!r}.")
    figures = [
        models.SectorFigure(label=r["label"], value=r["value"], unit=r["unit"] or "",
                     year=str(r["year"] or ""), note=r["note"] or "", sources=_loads(r["sources"]))
        for r in conn.execute("SELECT * FROM sector_figures WHERE sector = ? ORDER BY ordinal",
                              (sector_id,))]
    return models.SectorContext(
        id=row["id"], name=row["name"], focus=bool(row["focus"]), focus_name=row["focus_name"],
        description=row["description"] or "", figures=figures,
        programmes=programmes(conn, sector_id),
        partnerships=[dict(r) for r in conn.execute(
            "SELECT * FROM partnerships WHERE sector = ? ORDER BY ordinal", (sector_id,))])


_PROGRAMME_FIELDS = {"id", "name", "sector", "kind", "gist", "start_year", "end_year", "sources",
                     "ordinal"}


def programmes(conn: sqlite3.Connection, sector_id: str | None = None) -> list[Programme]:
    """Programmes of one sector (without the cross-sector ones), or all of them."""
    if sector_id is None:
        rows = conn.execute("SELECT * FROM programmes ORDER BY ordinal").fetchall()
    else:
        rows = conn.execute("SELECT * FROM programmes WHERE sector = ? ORDER BY ordinal",
                            (sector_id,)).fetchall()
    result = []
    for r in rows:
        data = dict(r)
        extra = {k: _maybe_json(v) for k, v in data.items()
                 if k not in _PROGRAMME_FIELDS and v not in (None, "")}
        result.append(models.Programme(
            id=data["id"], name=data["name"], sector=data["sector"], kind=data.get("kind") or "",
            gist=data["gist"], start_year=data.get("start_year"), end_year=data.get("end_year"),
            sources=_loads(data["sources"]), extra=extra))
    return result


def _maybe_json(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def states(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r, aliases=_loads(r["aliases"]))
            for r in conn.execute("SELECT * FROM states ORDER BY name")]


def sectors(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r, labels=_loads(r["labels"]))
            for r in conn.execute("SELECT * FROM sectors ORDER BY name")]


def resolve_state(conn: sqlite3.Connection, text: str) -> str:
    """The state code for a name, alias or code typed with or without accents."""
    wanted = fold(text)
    for state in states(conn):
        spellings = [state["code"], state["iso_code"], state["name"], state["name_ascii"],
                     *state["aliases"]]
        if wanted in {fold(s) for s in spellings}:
            return state["code"]
    raise NotFound(f"Unknown state {text!r}. 'cluster-atlas facets --by state' lists them.")


def resolve_sector(conn: sqlite3.Connection, text: str) -> str:
    """The sector id for an id, a name or a label as the briefing writes it."""
    wanted = fold(text)
    for sector in sectors(conn):
        spellings = [sector["id"], sector["name"], sector["focus_name"] or "", *sector["labels"]]
        if wanted in {fold(s) for s in spellings if s}:
            return sector["id"]
    raise NotFound(f"Unknown sector {text!r}. 'cluster-atlas facets --by sector' lists them.")


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
