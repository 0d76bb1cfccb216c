"""A cluster's facts as labelled lines: the one wording shared by `show`, the profile pane and
the fact sheet, so that the three never disagree."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from desktop_app.catalogue.models import ClusterDetail

LABEL_TITLES = {"gold": "Gold", "silver": "Silver", "bronze": "Bronze"}
APPEARS_IN = {"table2": "Table 2 (ECEI labels)", "table5": "Table 5 (ICT clusters 2016)",
              "table6": "Table 6 (clusters by state)", "profile": "section 3.2 profile",
              "text": "briefing text"}


class Fact(NamedTuple):  # not a dataclass: ~1 ms less at start-up
    label: str
    value: str
    kind: str = "text"  # text | list | url


def label_text(detail: ClusterDetail) -> str:
    """'Gold label, valid until 2019-06-23', or ''."""
    if not detail.label:
        return ""
    return f"ECEI {LABEL_TITLES[detail.label]} label, valid until {detail.label_valid_until}"


def members_text(detail: ClusterDetail) -> str:
    parts = []
    if detail.members_note:
        parts.append(detail.members_note)
    elif detail.members is not None:
        parts.append(f"{detail.members:,}")
    breakdown = ", ".join(f"{p['count']:,} {p['kind']}" for p in detail.members_breakdown)
    if breakdown:
        parts.append(f"({breakdown})" if parts else breakdown)
    return " ".join(parts)


def key_facts(detail: ClusterDetail) -> list[Fact]:
    """The cluster's stated facts, in reading order; absent facts are left out."""
    facts: list[Fact] = []

    def add(label: str, value: str | None, kind: str = "text") -> None:
        if value:
            facts.append(Fact(label, value, kind))

    add("State", detail.state_name or "Not given in the briefing")
    add("Sector", detail.sector_name if detail.sector_label == detail.sector_name
        else f"{detail.sector_name} (written: {detail.sector_label})")
    add("ECEI label", label_text(detail))
    add("Founded", str(detail.founded) if detail.founded else None)
    add("Members", members_text(detail))
    jobs = detail.jobs_note or (f"{detail.jobs:,}" if detail.jobs else None)
    add("Jobs", jobs)
    add("Exports", detail.exports)
    add("Offices", ", ".join(detail.offices))
    if detail.committees or detail.committees_note:
        add("Committees", "; ".join(detail.committees) or detail.committees_note, "list")
        if detail.committees and detail.committees_note:
            add("", detail.committees_note)
    add("Focus", "; ".join(detail.focus_areas), "list")
    add("Partners", ", ".join(detail.partners))
    add("Also known as", "; ".join(detail.aliases))
    add("Website", detail.website, "url")
    return facts


def provenance_text(detail: ClusterDetail) -> str:
    return "Listed in " + ", ".join(APPEARS_IN.get(p, p) for p in detail.appears_in)


def figure_value(value: str, unit: str) -> str:
    """A sector figure's value with its unit: '3.47 million vehicles', 'No. 7', 'top 10'."""
    if unit == "rank":
        return f"No. {value}"
    if unit == "top-N rank":
        return f"top {value}"
    if unit.startswith("%"):
        return f"{value}{unit}" if unit == "%" else f"{value}{unit[0]} {unit[1:].strip()}"
    if unit.startswith("€ "):
        return f"€{value} {unit[2:]}"
    return f"{value} {unit}".strip()


def figure_text(label: str, value: str, unit: str, year: str = "") -> str:
    """'Vehicles produced: 3.47 million vehicles (2016)'."""
    return f"{label}: {figure_value(value, unit)}" + (f" ({year})" if year else "")
