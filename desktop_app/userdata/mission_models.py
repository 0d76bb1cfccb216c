"""A trade mission's records as plain dataclasses: the mission, its delegation, its meetings and
the actions promised at them.

A meeting's start is kept as the place's wall time ("2025-03-10T10:00", or a date alone for a
whole-day entry) with the IANA name of the place's zone; `desktop_app.missions.zones` turns that
into an instant. Promised actions are the contacts' own follow-ups (`models.FollowUp`), linked to
the meeting where they were promised and to the member who owns them: so the "To follow up" view
shows them with every other follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MEETING_STATUSES = ("planned", "confirmed", "done", "cancelled")


@dataclass
class Member:
    """One person of the delegation."""

    name: str
    organisation: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""
    uid: str = ""
    id: int = 0


@dataclass
class Mission:
    """A named trip: when, where to, why, who goes and which clusters to visit."""

    name: str
    start: str = ""  # ISO dates, "" when not decided
    end: str = ""
    purpose: str = ""
    destinations: list[str] = field(default_factory=list)  # cities, as the user writes them
    home_tz: str = ""  # the delegation's home zone (IANA), "" when not given
    members: list[Member] = field(default_factory=list)
    cluster_ids: list[str] = field(default_factory=list)  # in the order added
    uid: str = ""
    id: int = 0
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@dataclass
class Meeting:
    """One appointment of a mission's agenda."""

    mission_id: int
    start_local: str  # the place's wall time "YYYY-MM-DDTHH:MM", or "YYYY-MM-DD" (whole day)
    tz: str  # IANA zone of the place
    minutes: int = 60  # duration (whole days: a multiple of 1440)
    title: str = ""
    place: str = ""  # address text
    city: str = ""
    objective: str = ""
    status: str = "planned"
    outcome: str = ""
    cluster_ids: list[str] = field(default_factory=list)
    contact_uids: list[str] = field(default_factory=list)
    member_ids: list[int] = field(default_factory=list)  # attending; ignored when all_members
    all_members: bool = True  # the whole delegation, whoever joins it later
    source_uid: str = ""  # the UID of the calendar event it was imported from
    uid: str = ""
    id: int = 0
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def all_day(self) -> bool:
        return "T" not in self.start_local

    @property
    def day(self) -> str:
        return self.start_local[:10]


@dataclass(frozen=True)
class MeetingAction:
    """A follow-up promised at a meeting: which one, to whom, and who of the delegation owns it."""

    follow_up_uid: str
    meeting_id: int
    contact_uid: str
    contact_name: str
    action: str
    due: str
    state: str
    owner_id: int | None = None
    owner_name: str = ""
