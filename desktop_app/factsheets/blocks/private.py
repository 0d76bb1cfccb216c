"""The user's part of an internal sheet: notes on the left; bookmark, lists and contacts (with
their follow-ups) on the right. Never built for a public sheet.

A contact's e-mail address and phone number are never cut: they wrap. When the part runs long,
whole contacts and follow-ups are left out ("… and 2 more contacts") instead."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, Paragraph

from desktop_app.factsheets.blocks.lists import format_date, inline, more_line
from desktop_app.factsheets.fitting import ALL, Block, Part, Steps, clamped, user_paragraph
from desktop_app.factsheets.flowables import Heading, Spacer, Stack
from desktop_app.factsheets.model import ContactEntry, SheetMeta, UserPart
from desktop_app.factsheets.styles import PRIVATE_EDGE, Styles
from desktop_app.factsheets.text import escape

Builder = Callable[[int, float, Styles], Flowable | None]

# Trim steps (see fitting.Steps): notes shown and lines per note; contacts shown and lines of a
# contact's name and role; follow-ups shown per contact and lines of each; lines of the lists.
NOTES = Steps(items=(ALL, 8, 6, 4, 3, 2, 1), lines=(14, 8, 5, 3, 2, 2, 1))
CONTACTS = Steps(items=(ALL, 6, 4, 3, 2, 1), lines=(2, 2, 1, 1, 1, 1))
FOLLOW_UPS = Steps(items=(ALL, 3, 3, 2, 2, 1), lines=(2, 2, 2, 2, 1, 1))
LISTS_LINES = (3, 2, 1)
NOTE_GAP = 2.4  # at text scale 1
CONTACT_GAP = 1.2  # between the lines of one contact
BETWEEN_CONTACTS = 3.0


def user_blocks(user: UserPart, meta: SheetMeta) -> tuple[list[Block], list[Block]]:
    """The private part: notes on the left, contacts (and lists) on the right."""
    left = [Block("notes", _notes(user, meta), NOTES.levels, 1)]
    right = [Block("lists", _lists(user, meta), len(LISTS_LINES), 0),
             Block("contacts", _contacts(user, meta), CONTACTS.levels, 0)]
    return left, right


def _notes(user: UserPart, meta: SheetMeta) -> Builder:
    words = meta.strings
    notes = list(user.notes)

    def build(level: int, width: float, st: Styles) -> Flowable:
        cap, per_note = NOTES.items[level], NOTES.lines[level]
        head = Heading(words.your_notes, PRIVATE_EDGE, st.heading)
        if not notes:
            return Stack([head, Spacer(2), clamped([(words.no_notes, "i")], st.muted, width, 1)])
        rows: list[Flowable] = [head]
        shown = notes if cap is ALL else notes[:cap]
        for note in shown:
            date = format_date(note.date, meta)
            if date:
                rows.append(Paragraph(escape(date), st.label))
            rows.append(user_paragraph(note.text, st.note, st.note_rtl, width, per_note))
        if len(shown) < len(notes):
            rows.append(more_line(words.more_notes, len(notes) - len(shown), width, st))
        return Stack(rows, NOTE_GAP * st.scale)

    return build


def _contacts(user: UserPart, meta: SheetMeta) -> Builder:
    words = meta.strings
    contacts = list(user.contacts)

    def build(level: int, width: float, st: Styles) -> Flowable:
        head = Heading(words.your_contacts, PRIVATE_EDGE, st.heading)
        if not contacts:
            return Stack([head, Spacer(2), clamped([(words.no_contacts, "i")], st.muted, width,
                                                   1)])
        cap = CONTACTS.items[level]
        shown = contacts if cap is ALL else contacts[:cap]
        rows: list[Flowable] = [head]
        for contact in shown:
            rows.append(Stack(_contact_rows(contact, meta, level, width, st),
                              CONTACT_GAP * st.scale))
        if len(shown) < len(contacts):
            rows.append(more_line(words.more_contacts, len(contacts) - len(shown), width, st))
        return Stack(rows, BETWEEN_CONTACTS * st.scale)

    return build


def _contact_rows(contact: ContactEntry, meta: SheetMeta, level: int, width: float,
                  st: Styles) -> list[Flowable]:
    """One contact: name (never cut) and role; e-mail and phone, each whole; open follow-ups."""
    words = meta.strings
    who: list[Part] = [(inline(contact.name) or words.no_name, "b")]
    role = ", ".join(inline(x) for x in (contact.role, contact.organisation) if x)
    if role:
        who.append((" — " + role, ""))
    rows: list[Flowable] = [clamped(who, st.small, width, CONTACTS.lines[level], keep=1)]
    for reach in (contact.email, contact.phone):
        if inline(reach):
            rows.append(clamped([(inline(reach), "muted")], st.small, width))
    cap = FOLLOW_UPS.items[level]
    follow_ups = contact.follow_ups if cap is ALL else contact.follow_ups[:cap]
    for due, action in follow_ups:
        if not due:
            when = words.follow_up_undated
        elif meta.has_passed(due):
            when = words.follow_up_overdue.format(due=meta.date(due, short=True))
        else:
            when = words.follow_up.format(due=meta.date(due, short=True))
        rows.append(clamped([(when, "b"), (inline(action), "")], st.small, width,
                            FOLLOW_UPS.lines[level], keep=1))
    if len(follow_ups) < len(contact.follow_ups):
        rows.append(more_line(words.more_follow_ups, len(contact.follow_ups) - len(follow_ups),
                              width, st))
    return rows


def _lists(user: UserPart, meta: SheetMeta) -> Builder:
    words = meta.strings

    def build(level: int, width: float, st: Styles) -> Flowable | None:
        if not user.lists and not user.bookmarked:
            return None
        parts: list[Part] = []
        if user.bookmarked:
            parts.append((words.bookmarked, "b"))
        if user.lists:
            parts.append((("  ·  " if parts else "") + words.in_lists, "b"))
            parts.append((", ".join(inline(x) for x in user.lists), ""))
        return clamped(parts, st.small, width, LISTS_LINES[level])

    return build
