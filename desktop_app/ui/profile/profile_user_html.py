"""The user's own parts of a cluster's profile, as HTML: the star and lists bar, the notes, the
linked contacts; and the notice shown when the user's data cannot be read.

Everything the user typed is escaped. Links use the `atlas:<action>/<argument>` scheme, which the
profile pane hands to the window (`ProfileView.action_requested`); list names are percent-encoded.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from desktop_app.ui.common.local_time import when_text
from desktop_app.ui.profile.profile_html import ACTION_SCHEME


def action_href(action: str, argument: str = "") -> str:
    """`atlas:note-edit/<uid>`: a link the window acts on (quoted for an HTML attribute)."""
    target = f"{action}/{quote(argument, safe='')}" if argument else action
    return escape(f"{ACTION_SCHEME}:{target}", quote=True)


def _a(action: str, text: str, argument: str = "", title: str = "") -> str:
    """A link whose words never wrap apart ("Add to list…" stays on one line)."""
    tip = f' title="{escape(title, quote=True)}"' if title else ""
    words = "&nbsp;".join(escape(text).split(" ")) if len(text) <= 24 else escape(text)
    return f'<a href="{action_href(action, argument)}"{tip}>{words}</a>'


def star_bar(bookmarked: bool, lists: list[str]) -> str:
    """'★ Bookmarked · Add to list…', then 'Lists: Monterrey, March ×', under the title."""
    if bookmarked:
        star = (f'<a href="{action_href("bookmark")}" title="Remove the star (Ctrl+D)">'
                '<span class="star">★</span>&nbsp;Bookmarked</a>')
    else:
        star = (f'<a href="{action_href("bookmark")}" title="Star this cluster (Ctrl+D)">'
                "☆&nbsp;Bookmark</a>")
    add = _a("list-add", "Add to list…", title="Put this cluster into one of your lists")
    plan = _a("plan-meeting", "Plan a meeting…",
              title="A meeting with this cluster in one of your missions (Ctrl+Shift+M)")
    html = f'<p class="bar">{star} &nbsp;·&nbsp; {add} &nbsp;·&nbsp; {plan}'
    if lists:
        shown = ", ".join(
            f"{escape(name)}&nbsp;" + _a("list-remove", "×", name, f"Remove from the list {name}")
            for name in lists)
        html += f"<br>Lists: {shown}"
    return html + "</p>"


def notes_section(notes: list) -> str:
    """'Your notes' (given oldest first, as the service lists them), newest first, each dated
    with Edit and Delete; and 'Add note…'."""
    items = []
    for note in reversed(notes):
        edited = (f", edited {escape(when_text(note.updated_at))}"
                  if note.updated_at and note.updated_at != note.created_at else "")
        text = escape(note.text).replace("\n", "<br>")
        items.append(
            f'<p class="usernote"><span class="when">{escape(when_text(note.created_at))}'
            f"{edited}</span> &nbsp;{_a('note-edit', 'Edit', note.uid)} · "
            f"{_a('note-delete', 'Delete', note.uid)}<br>{text}</p>")
    add = _a("note-add", "Add note…", title="A dated note of your own (Ctrl+Shift+N)")
    if not items:
        return f'<h3>Your notes</h3><p class="muted">No notes yet. {add}</p>'
    return "<h3>Your notes</h3>" + "".join(items) + f"<p>{add}</p>"


def contacts_section(contacts: list) -> str:
    """The people linked to the cluster: name (opens the contact), role, organisation."""
    add = _a("contact-new", "New contact…", title="A person met from this cluster")
    if not contacts:
        return f'<h3>Your contacts</h3><p class="muted">No contacts linked yet. {add}</p>'
    items = []
    for contact in contacts:
        name = contact.display_name or "(no name)"
        detail = ", ".join(escape(p) for p in (contact.role, contact.organisation) if p)
        items.append(f"<li>{_a('contact', name, contact.uid, 'Open in the Contacts tab')}"
                     + (f' <span class="muted">{detail}</span>' if detail else "") + "</li>")
    return "<h3>Your contacts</h3><ul>" + "".join(items) + f"</ul><p>{add}</p>"


def unavailable_bar(has_backup: bool) -> str:
    """Shown instead of the star bar while the user's data file is damaged."""
    way_back = (_a("restore", "Restore from a backup…") if has_backup
                else "See File › Restore from Backup…")
    return ('<p class="bar warn">Your bookmarks, notes and contacts are unavailable: your data '
            f"file failed its integrity check. {way_back}</p>")
