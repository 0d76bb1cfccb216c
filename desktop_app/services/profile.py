"""A cluster's facts as labelled lines: the one wording shared by `show`, the profile pane and
the fact sheet, so that the three never disagree; in the record's language (`ClusterDetail.lang`:
English, or Spanish with Spanish numbers and dates).

Each fact has a stable `key` ("founded", "label", ...) beside its label in the record's
language: code that looks for a fact matches the key, never the words. The one rule for an
expired ECEI label lives here too (`label_expired`): a label whose validity date is before the
day asked about (default: today) is worded as expired everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from desktop_app.i18n import check_lang

if TYPE_CHECKING:
    from desktop_app.catalogue.detail_models import ClusterDetail

APPEARS_IN = {
    "en": {"table2": "Table 2 (ECEI labels)", "table5": "Table 5 (ICT clusters 2016)",
           "table6": "Table 6 (clusters by state)", "profile": "section 3.2 profile",
           "text": "briefing text"},
    "es": {"table2": "la Tabla 2 (sellos ECEI)", "table5": "la Tabla 5 (clústeres de TIC de 2016)",
           "table6": "la Tabla 6 (clústeres por estado)", "profile": "un perfil de la sección 3.2",
           "text": "el texto del informe"},
}
FACT_LABELS = {
    "en": {"state": "State", "sector": "Sector", "label": "ECEI label", "founded": "Founded",
           "members": "Members", "jobs": "Jobs", "exports": "Exports", "offices": "Offices",
           "committees": "Committees", "focus": "Focus", "partners": "Partners",
           "aliases": "Also known as", "website": "Website"},
    "es": {"state": "Estado", "sector": "Sector", "label": "Sello ECEI", "founded": "Fundación",
           "members": "Miembros", "jobs": "Empleos", "exports": "Exportaciones",
           "offices": "Oficinas", "committees": "Comités", "focus": "Enfoque",
           "partners": "Aliados", "aliases": "También conocido como", "website": "Sitio web"},
}
_WORDS = {
    "en": {"no_state": "Not given in the briefing", "written": "written",
           "listed_in": "Listed in", "label": "ECEI {label}, valid until {date}",
           "expired": "ECEI {label}, valid until {date}, expired"},
    "es": {"no_state": "No consta en el informe", "written": "en el informe",
           "listed_in": "Aparece en", "label": "{label} de la ECEI, vigente hasta el {date}",
           "expired": "{label} de la ECEI, vigente hasta el {date} (vencido)"},
}
_NBSP = "\u00a0"


class Fact(NamedTuple):
    """One fact: its stable key (one of `FACT_LABELS`' keys, or "committees_note" for the
    line under the committees), its label and value in the record's language, and its kind; a
    list's `items` one by one (a narrow pane shows one per line)."""

    key: str
    label: str
    value: str
    kind: str = "text"  # text | list | url
    items: tuple[str, ...] = ()


def _number(value: int | str, lang: str) -> str:
    """A count or a figure's value as the language writes it ('35,000' / '35.000')."""
    if check_lang(lang) == "en":
        return f"{value:,}" if isinstance(value, int) else value
    # Babel costs ~15 ms to import and ~50 ms to load its Spanish data: only Spanish needs it
    from desktop_app.i18n.formatting import format_number

    return format_number(value, lang)


def _date(iso: str, lang: str) -> str:
    """A stated date: ISO in English (as the briefing's tables), '23 de junio de 2019' in
    Spanish."""
    if check_lang(lang) == "en":  # as format_record_date words it, without loading Babel
        return iso
    from desktop_app.i18n.formatting import format_record_date

    return format_record_date(iso, lang)


def label_expired(valid_until: str | None, today: dt.date | None = None) -> bool:
    """True when a label's validity date (ISO) is before `today` (default: the system's date):
    the one rule for an expired label (sheets, `show`, the profile pane)."""
    return bool(valid_until) and valid_until < (today or dt.date.today()).isoformat()


def label_text(detail: ClusterDetail, today: dt.date | None = None) -> str:
    """'ECEI Gold label, valid until 2019-06-23' / 'Sello de Oro de la ECEI, vigente hasta el
    23 de junio de 2019', with ', expired' / ' (vencido)' once that date is before `today`
    (default: the system's date); '' without a label."""
    if not detail.label:
        return ""
    valid = _date(detail.label_valid_until or "", detail.lang)
    form = "expired" if label_expired(detail.label_valid_until, today) else "label"
    return _WORDS[detail.lang][form].format(label=detail.label_name, date=valid)


def members_text(detail: ClusterDetail) -> str:
    parts = []
    if detail.members_note:
        parts.append(detail.members_note)
    elif detail.members is not None:
        parts.append(_number(detail.members, detail.lang))
    breakdown = ", ".join(f"{_number(p['count'], detail.lang)} {p['kind']}"
                          for p in detail.members_breakdown)
    if breakdown:
        parts.append(f"({breakdown})" if parts else breakdown)
    return " ".join(parts)


def key_facts(detail: ClusterDetail, today: dt.date | None = None) -> list[Fact]:
    """The cluster's stated facts, in reading order; absent facts are left out. `today`
    decides whether the label has expired (default: the system's date)."""
    facts: list[Fact] = []
    labels, words = FACT_LABELS[detail.lang], _WORDS[detail.lang]

    def add(key: str, value: str | None, kind: str = "text") -> None:
        if value:
            facts.append(Fact(key, labels.get(key, ""), value, kind))

    def add_list(key: str, items: Sequence[str]) -> None:
        if items:
            facts.append(Fact(key, labels.get(key, ""), "; ".join(items), "list", tuple(items)))

    add("state", detail.state_name or words["no_state"])
    written = detail.sector_label not in (detail.sector_name, detail.sector_name_en)
    add("sector", f"{detail.sector_name} ({words['written']}: {detail.sector_label})" if written
        else detail.sector_name)
    add("label", label_text(detail, today))
    add("founded", str(detail.founded) if detail.founded else None)
    add("members", members_text(detail))
    jobs = detail.jobs_note or (_number(detail.jobs, detail.lang) if detail.jobs else None)
    add("jobs", jobs)
    add("exports", detail.exports)
    add("offices", ", ".join(detail.offices))
    if detail.committees or detail.committees_note:
        if detail.committees:
            add_list("committees", detail.committees)
        else:
            add("committees", detail.committees_note)
        if detail.committees and detail.committees_note:
            add("committees_note", detail.committees_note)
    add_list("focus", detail.focus_areas)
    add("partners", ", ".join(detail.partners))
    add("aliases", "; ".join(detail.aliases))
    add("website", detail.website, "url")
    return facts


def provenance_text(detail: ClusterDetail) -> str:
    """'Listed in Table 6 (clusters by state), ...' / 'Aparece en la Tabla 6 (...), ...'."""
    places = APPEARS_IN[detail.lang]
    return (f"{_WORDS[detail.lang]['listed_in']} "
            + ", ".join(places.get(p, p) for p in detail.appears_in))


def figure_value(value: str, unit: str, lang: str = "en") -> str:
    """A sector figure's value with its unit (the unit in `lang`, as the record gives it):
    '3.47 million vehicles', 'No. 7', 'top 10' / '3,47 millones de vehículos', '7.º',
    'entre los 10 primeros', '3 % del PIB'."""
    if check_lang(lang) == "es":
        if unit == "rank":
            return f"{_number(value, lang)}.º"
        if unit == "top-N rank":
            return f"entre los {_number(value, lang)} primeros"
        if unit.startswith("%"):
            return f"{_number(value, lang)}{_NBSP}{unit}"
        return f"{_number(value, lang)} {unit}".strip()
    if unit == "rank":
        return f"No. {value}"
    if unit == "top-N rank":
        return f"top {value}"
    if unit.startswith("%"):
        return f"{value}{unit}" if unit == "%" else f"{value}{unit[0]} {unit[1:].strip()}"
    if unit.startswith("€ "):
        return f"€{value} {unit[2:]}"
    return f"{value} {unit}".strip()


def figure_text(label: str, value: str, unit: str, year: str = "", lang: str = "en") -> str:
    """'Vehicles produced: 3.47 million vehicles (2016)' / 'Vehículos producidos: 3,47 millones
    de vehículos (2016)'."""
    return f"{label}: {figure_value(value, unit, lang)}" + (f" ({year})" if year else "")
