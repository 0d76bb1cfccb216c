"""Reading a cluster's whole record: the cluster with its sector's context (figures, programmes,
partnerships) and its neighbours, each text in the language asked for (`lang`: see
`translations`).

Apart from `records` because its dataclasses (`detail_models`) cost the window's start ~11 ms it
does not need: `BrowseService.cluster` imports this module on first use (`desktop_app.startup`
lists the trick)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop_app.catalogue.detail_models import (
    ClusterDetail,
    Programme,
    SectorContext,
    SectorFigure,
)
from desktop_app.catalogue.models import ClusterFilter
from desktop_app.catalogue.queries import search
from desktop_app.catalogue.records import json_list
from desktop_app.catalogue.translations import column, in_lang
from desktop_app.errors import NotFound

_LIST_COLUMNS = ("aliases", "members_breakdown", "committees", "focus_areas", "partners",
                 "offices", "sources", "appears_in", "notes")


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
        data[key] = json_list(data[key])
    for key in ("rowid", "ordinal", "sort_name", "label_rank"):
        data.pop(key, None)
    context = sector_context(conn, data["sector"], lang=lang) if with_context else None
    neighbours = []
    if with_context and data["state"]:
        neighbours = [s for s in search(conn, ClusterFilter(sectors=(data["sector"],),
                                                            states=(data["state"],)), lang=lang)
                      if s.id != cluster_id]
    return ClusterDetail(**data, sector_context=context, same_sector_same_state=neighbours,
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
        figures.append(SectorFigure(
            label=fig["label"], value=fig["value"], unit=fig["unit"] or "",
            year=str(fig["year"] or ""), note=fig["note"] or "", sources=json_list(fig["sources"])))
    partnerships = [in_lang(dict(r), lang) for r in conn.execute(
        "SELECT * FROM partnerships WHERE sector = ? ORDER BY ordinal", (sector_id,))]
    return SectorContext(
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
        result.append(Programme(
            id=data["id"], name=data["name"], sector=data["sector"], kind=kind,
            gist=data["gist"], start_year=data.get("start_year"), end_year=data.get("end_year"),
            sources=json_list(data["sources"]), extra=extra, kind_name=kinds.get(kind, kind)))
    return result


def _maybe_json(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
