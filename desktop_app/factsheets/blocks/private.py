"""The user's part of an internal sheet: notes on the left; bookmark, lists and contacts on the
right. Never built for a public sheet."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from desktop_app.factsheets.blocks.lists import format_date, inline
from desktop_app.factsheets.fitting import ALL, Block, Part, Steps, clamped, user_paragraph
from desktop_app.factsheets.flowables import Heading, Spacer, Stack
from desktop_app.factsheets.model import UserPart
from desktop_app.factsheets.styles import PRIVATE_EDGE, Styles
from desktop_app.factsheets.text import ELLIPSIS, escape

# Trim steps (see fitting.Steps): notes shown and lines per note; contacts shown; lines of lists.
NOTES = Steps(items=(ALL, 8, 6, 4, 3, 2, 1), lines=(14, 8, 5, 3, 2, 2, 1))
CONTACTS = Steps(items=(ALL, 4, 2, 1), lines=(2, 2, 2, 2))  # lines: of name and role
LISTS_LINES = (3, 2, 1)
NOTE_GAP = 2.4  # at text scale 1
CONTACT_GAP = 2.0


def user_blocks(user: UserPart, accent: colors.Color) -> tuple[list[Block], list[Block]]:
    """The private part: notes on the left, contacts (and lists) on the right."""
    left = [Block("notes", _notes(user), NOTES.levels, 1)]
    right = [Block("lists", _lists(user), len(LISTS_LINES), 0),
             Block("contacts", _contacts(user), CONTACTS.levels, 0)]
    return left, right


def _notes(user: UserPart):
    notes = list(user.notes)

    def build(level: int, width: float, st: Styles) -> Flowable:
        cap, per_note = NOTES.items[level], NOTES.lines[level]
        head = Heading("Your notes", PRIVATE_EDGE, st.heading)
        if not notes:
            return Stack([head, Spacer(2), clamped([("No notes on this cluster.", "i")],
                                                   st.muted, width, 1)])
        rows: list[Flowable] = [head]
        shown = notes if cap is ALL else notes[:cap]
        for note in shown:
            date = format_date(note.date)
            if date:
                rows.append(Paragraph(escape(date), st.label))
            rows.append(user_paragraph(note.text, st.note, st.note_rtl, width, per_note))
        if len(shown) < len(notes):
            rows.append(clamped([(f"{ELLIPSIS} and {len(notes) - len(shown)} more notes",
                                  "i")], st.muted, width, 1))
        return Stack(rows, NOTE_GAP * st.scale)

    return build


def _contacts(user: UserPart):
    contacts = list(user.contacts)

    def build(level: int, width: float, st: Styles) -> Flowable:
        cap = CONTACTS.items[level]
        head = Heading("Your contacts", PRIVATE_EDGE, st.heading)
        if not contacts:
            return Stack([head, Spacer(2), clamped([("No contact is linked.", "i")],
                                                   st.muted, width, 1)])
        rows: list[Flowable] = [head]
        shown = contacts if cap is ALL else contacts[:cap]
        for contact in shown:
            who = [(inline(contact.name) or "(no name)", "b")]
            role = ", ".join(inline(x) for x in (contact.role, contact.organisation) if x)
            if role:
                who.append((" — " + role, ""))
            rows.append(clamped(who, st.small, width, CONTACTS.lines[level]))
            reach = " · ".join(inline(x) for x in (contact.email, contact.phone) if x)
            if reach:
                rows.append(clamped([(reach, "muted")], st.small, width, 1))
        if len(shown) < len(contacts):
            rows.append(clamped([(f"{ELLIPSIS} and {len(contacts) - len(shown)} more contacts",
                                  "i")], st.muted, width, 1))
        return Stack(rows, CONTACT_GAP * st.scale)

    return build


def _lists(user: UserPart):
    def build(level: int, width: float, st: Styles) -> Flowable | None:
        if not user.lists and not user.bookmarked:
            return None
        parts: list[Part] = []
        if user.bookmarked:
            parts.append(("★ Bookmarked", "b"))
        if user.lists:
            parts.append((("  ·  " if parts else "") + "In your lists: ", "b"))
            parts.append((", ".join(inline(x) for x in user.lists), ""))
        return clamped(parts, st.small, width, LISTS_LINES[level])

    return build
