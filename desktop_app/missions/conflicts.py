"""Which meetings of a mission clash: flagged, never refused.

Two rules, applied to each delegation member's own meetings (people who split up may be in two
places at once; one person may not):

- *overlap*: two meetings of the same member overlap in time;
- *travel*: one meeting of a member ends less than `TRAVEL_RULE` (3 hours) before the next one
  starts in another city. The rule is deliberately simple: the window and the agenda state it.

Cancelled meetings and whole-day entries clash with nothing. Times are compared as UTC instants,
so a meeting in Tijuana and one in Monterrey compare correctly whatever their clocks say.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

TRAVEL_RULE = dt.timedelta(hours=3)
OVERLAP, TRAVEL = "overlap", "travel"


@dataclass(frozen=True)
class Slot:
    """One meeting as the rules see it: when (aware), who attends, and in which city."""

    meeting_id: int
    start: dt.datetime
    end: dt.datetime
    members: frozenset[str]  # the attending members' names
    city: str  # a comparable place key (folded city, else state); "" when unknown


@dataclass(frozen=True)
class Conflict:
    """Two meetings that clash for some members; `gap` is the time between the first's end and
    the second's start (negative for an overlap)."""

    kind: str  # OVERLAP or TRAVEL
    first: int  # meeting ids, the earlier first
    second: int
    members: tuple[str, ...]
    gap: dt.timedelta

    def involves(self, meeting_id: int) -> bool:
        return meeting_id in (self.first, self.second)

    def describe(self, titles: dict[int, str] | None = None) -> str:
        """One line: 'overlap: #3 Visit CLAUT and #4 Lunch (Ana, Ben)'."""
        titles = titles or {}

        def name(meeting_id: int) -> str:
            title = titles.get(meeting_id, "")
            return f"#{meeting_id}" + (f" {title}" if title else "")

        who = ", ".join(self.members)
        if self.kind == OVERLAP:
            return f"overlap: {name(self.first)} and {name(self.second)} ({who})"
        minutes = int(self.gap.total_seconds() // 60)
        hours, rest = divmod(minutes, 60)
        gap = f"{hours} h {rest:02d}" if hours else f"{rest} min"
        rule = int(TRAVEL_RULE.total_seconds() // 3600)
        return (f"travel: only {gap} between {name(self.first)} and {name(self.second)} in "
                f"another city (rule: {rule} h) ({who})")


    def short(self, meeting_id: int, titles: dict[int, str]) -> str:
        """Seen from one of its two meetings: 'Travel: only 30 min after “Lunch …” in another
        city (rule: 3 h) · Ben Jones'."""
        other = self.second if meeting_id == self.first else self.first
        title = titles.get(other, f"#{other}")
        title = title if len(title) <= 42 else title[:41].rstrip() + "…"
        who = ", ".join(self.members)
        if self.kind == OVERLAP:
            return f"Overlaps “{title}” · {who}"
        minutes = max(0, int(self.gap.total_seconds() // 60))
        hours, rest = divmod(minutes, 60)
        gap = f"{hours} h {rest:02d}" if hours else f"{rest} min"
        side = "after" if meeting_id == self.second else "before"
        rule = int(TRAVEL_RULE.total_seconds() // 3600)
        return (f"Travel: only {gap} {side} “{title}” in another city (rule: {rule} h) · "
                f"{who}")


def rule_text(travel: dt.timedelta = TRAVEL_RULE) -> str:
    """The rules in words, for the window, the agenda and the booklet: 'the same person in two
    meetings at once, or less than 3 hours between meetings in different cities.'"""
    return (f"the same person in two meetings at once, or less than "
            f"{int(travel.total_seconds() // 3600)} hours between meetings in different "
            "cities.")


def find_conflicts(slots: Iterable[Slot], travel: dt.timedelta = TRAVEL_RULE) -> list[Conflict]:
    """Every clashing pair of meetings, in the order of the first meeting's start; each pair
    once, with every member it concerns."""
    by_member: dict[str, list[Slot]] = defaultdict(list)
    for slot in slots:
        for member in slot.members:
            by_member[member].append(slot)
    found: dict[tuple[str, int, int], tuple[set[str], dt.timedelta, dt.datetime]] = {}
    for member, own in by_member.items():
        own.sort(key=lambda s: (s.start, s.end, s.meeting_id))
        for i, a in enumerate(own):
            for b in own[i + 1:]:
                gap = b.start - a.end
                if b.start < a.end:
                    kind = OVERLAP
                elif gap < travel and a.city and b.city and a.city != b.city:
                    kind = TRAVEL
                else:
                    kind = ""
                if kind:
                    key = (kind, a.meeting_id, b.meeting_id)
                    members, _, _ = found.setdefault(key, (set(), gap, a.start))
                    members.add(member)
                if b.start >= a.end:
                    break  # the member's next meeting after `a`: later ones are further away
    conflicts = [Conflict(kind, first, second, tuple(sorted(members)), gap)
                 for (kind, first, second), (members, gap, _) in found.items()]
    starts = {key: start for key, (_, _, start) in found.items()}
    conflicts.sort(key=lambda c: (starts[(c.kind, c.first, c.second)], c.first, c.second,
                                  c.kind))
    return conflicts


def conflicts_by_meeting(conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
    """Each meeting's conflicts (a meeting without any is absent)."""
    out: dict[int, list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        out[conflict.first].append(conflict)
        out[conflict.second].append(conflict)
    return dict(out)
