"""The user's own parts of a cluster's profile, as HTML: the star and lists bar, the notes, the
linked contacts; and the notice shown when the user's data cannot be read.

Everything the user typed is escaped. Links use the `atlas:<action>/<argument>` scheme, which the
profile pane hands to the window (`ProfileView.action_requested`); list names are percent-encoded.
The words are translated (context "ProfileUserHtml").
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.actions import shortcut_text
from desktop_app.ui.common.local_time import when_text
from desktop_app.ui.profile.profile_html import ACTION_SCHEME

translate = QCoreApplication.translate


def action_href(action: str, argument: str = "") -> str:
    """`atlas:note-edit/<uid>`: a link the window acts on (quoted for an HTML attribute)."""
    target = f"{action}/{quote(argument, safe='')}" if argument else action
    return escape(f"{ACTION_SCHEME}:{target}", quote=True)


def _nbsp(text: str) -> str:
    """Escaped, its words kept on one line when it is short ("Add to list…")."""
    return "&nbsp;".join(escape(text).split(" ")) if len(text) <= 24 else escape(text)


def _a(action: str, text: str, argument: str = "", title: str = "") -> str:
    """A link whose words never wrap apart ("Add to list…" stays on one line)."""
    tip = f' title="{escape(title, quote=True)}"' if title else ""
    return f'<a href="{action_href(action, argument)}"{tip}>{_nbsp(text)}</a>'


def star_bar(bookmarked: bool, lists: list[str]) -> str:
    """'★ Bookmarked · Add to list…', then 'Lists: Monterrey, March ×', under the title."""
    if bookmarked:
        tip = escape(translate("ProfileUserHtml", "Remove the star ({keys})").format(
            keys=shortcut_text("bookmark")), quote=True)
        words = _nbsp(translate("ProfileUserHtml", "Bookmarked"))
        star = (f'<a href="{action_href("bookmark")}" title="{tip}">'
                f'<span class="star">★</span>&nbsp;{words}</a>')
    else:
        tip = escape(translate("ProfileUserHtml", "Star this cluster ({keys})").format(
            keys=shortcut_text("bookmark")), quote=True)
        words = _nbsp(translate("ProfileUserHtml", "Bookmark"))
        star = f'<a href="{action_href("bookmark")}" title="{tip}">☆&nbsp;{words}</a>'
    add = _a("list-add", translate("ProfileUserHtml", "Add to list…"),
             title=translate("ProfileUserHtml", "Put this cluster into one of your lists"))
    plan = _a("plan-meeting", translate("ProfileUserHtml", "Plan a meeting…"),
              title=translate("ProfileUserHtml", "A meeting with this cluster in one of your "
                                                 "missions ({keys})").format(
                  keys=shortcut_text("plan_meeting")))
    html = f'<p class="bar">{star} &nbsp;·&nbsp; {add} &nbsp;·&nbsp; {plan}'
    if lists:
        shown = ", ".join(
            f"{escape(name)}&nbsp;" + _a("list-remove", "×", name, translate(
                "ProfileUserHtml", "Remove from the list {list}").format(list=name))
            for name in lists)
        html += "<br>" + escape(translate("ProfileUserHtml", "Lists: {lists}")).format(
            lists=shown)
    return html + "</p>"


def notes_section(notes: list) -> str:
    """'Your notes' (given oldest first, as the service lists them), newest first, each dated
    with Edit and Delete; and 'Add note…'."""
    items = []
    for note in reversed(notes):
        created = when_text(note.created_at)
        when = (translate("ProfileUserHtml", "{created}, edited {edited}").format(
                    created=created, edited=when_text(note.updated_at))
                if note.updated_at and note.updated_at != note.created_at else created)
        text = escape(note.text).replace("\n", "<br>")
        edit = _a("note-edit", translate("ProfileUserHtml", "Edit"), note.uid)
        delete = _a("note-delete", translate("ProfileUserHtml", "Delete"), note.uid)
        items.append(f'<p class="usernote"><span class="when">{escape(when)}</span> &nbsp;'
                     f"{edit} · {delete}<br>{text}</p>")
    add = _a("note-add", translate("ProfileUserHtml", "Add note…"),
             title=translate("ProfileUserHtml", "A dated note of your own ({keys})").format(
                 keys=shortcut_text("add_note")))
    heading = "<h3>" + escape(translate("ProfileUserHtml", "Your notes")) + "</h3>"
    if not items:
        return heading + '<p class="muted">' + escape(translate(
            "ProfileUserHtml", "No notes yet.")) + f" {add}</p>"
    return heading + "".join(items) + f"<p>{add}</p>"


def contacts_section(contacts: list) -> str:
    """The people linked to the cluster: name (opens the contact), role, organisation."""
    add = _a("contact-new", translate("ProfileUserHtml", "New contact…"),
             title=translate("ProfileUserHtml", "A person met from this cluster"))
    heading = "<h3>" + escape(translate("ProfileUserHtml", "Your contacts")) + "</h3>"
    if not contacts:
        return heading + '<p class="muted">' + escape(translate(
            "ProfileUserHtml", "No contacts linked yet.")) + f" {add}</p>"
    items = []
    open_tip = translate("ProfileUserHtml", "Open in the Contacts tab")
    for contact in contacts:
        name = contact.display_name or translate("ProfileUserHtml", "(no name)")
        detail = ", ".join(escape(p) for p in (contact.role, contact.organisation) if p)
        items.append(f"<li>{_a('contact', name, contact.uid, open_tip)}"
                     + (f' <span class="muted">{detail}</span>' if detail else "") + "</li>")
    return heading + "<ul>" + "".join(items) + f"</ul><p>{add}</p>"


def unavailable_bar(has_backup: bool) -> str:
    """Shown instead of the star bar while the user's data file is damaged."""
    way_back = (_a("restore", translate("ProfileUserHtml", "Restore from a backup…"))
                if has_backup else escape(translate("ProfileUserHtml",
                                                    "See File › Restore from Backup…")))
    return '<p class="bar warn">' + escape(translate(
        "ProfileUserHtml", "Your bookmarks, notes and contacts are unavailable: your data file "
                           "failed its integrity check.")) + f" {way_back}</p>"
