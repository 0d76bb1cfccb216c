"""A cluster's profile as HTML for the profile pane: every fact the catalogue holds.

Built from the same wording as `cluster-atlas show` (`services.profile.key_facts`), so the window
and the command line never disagree. Links: http(s) sources and websites, and `cluster:<id>` for the
other clusters of the same sector and state (the pane opens those itself). The user's own parts
(star, lists, notes, contacts: `profile_user_html`) come in as ready HTML, `top` under the title and
`user` after the description; their links use the `atlas:` scheme.

The catalogue's text comes in the record's language (`ClusterDetail.lang`, the interface's); the
pane's own words (headings, "source") are translated (context "ProfileHtml").
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop_app.catalogue.models import CatalogueInfo
from desktop_app.services.profile import figure_value, key_facts, provenance_text
from desktop_app.ui.actions import shortcut_text
from desktop_app.ui.common import language

if TYPE_CHECKING:
    from desktop_app.catalogue.detail_models import ClusterDetail


CLUSTER_SCHEME = "cluster"
ACTION_SCHEME = "atlas"
STYLE = """
<style>
 h2 { margin: 0 0 2px 0; }
 .sub { color: #5a5a5a; margin: 0 0 8px 0; }
 table.facts td { padding: 2px 10px 2px 0; vertical-align: top; }
 td.k { color: #5a5a5a; }
 h3 { margin: 14px 0 4px 0; }
 .muted { color: #6b6b6b; }
 .note { color: #5a4a00; }
 .bar { margin: 0 0 8px 0; }
 .star { color: #c28a00; }
 .when { color: #6b6b6b; }
 .usernote { margin: 2px 0 8px 0; }
 .warn { color: #8a1f11; }
</style>
"""


def _link(url: str, text: str | None = None) -> str:
    if url.startswith(("http://", "https://", "mailto:")):
        return f'<a href="{escape(url, quote=True)}">{escape(text or url)}</a>'
    return escape(text or url)


def _facts_table(detail: ClusterDetail) -> str:
    rows = []
    for fact in key_facts(detail):
        if fact.kind == "url":
            value = _link(fact.value)
        elif fact.items:  # one per line: a narrow pane wrapped "internacionalización" from its ";"
            value = "<br>".join(f"•&nbsp;{escape(item)}" for item in fact.items)
        else:
            value = escape(fact.value)
        rows.append(f'<tr><td class="k">{escape(fact.label)}</td><td>{value}</td></tr>')
    return '<table class="facts" cellspacing="0">' + "".join(rows) + "</table>"


def _tr(text: str) -> str:
    """A string marked where it is written (QT_TRANSLATE_NOOP or translate), translated."""
    return QCoreApplication.translate("ProfileHtml", text)


def _sector_context(detail: ClusterDetail) -> str:
    context = detail.sector_context
    if context is None:
        return ""
    translate = QCoreApplication.translate
    source = escape(translate("ProfileHtml", "source"))
    parts = ["<h3>" + escape(translate("ProfileHtml", "Sector context: {sector}").format(
        sector=context.focus_name or context.name)) + "</h3>"]
    if context.description:
        parts.append(f"<p>{escape(context.description)}</p>")
    if context.figures:
        items = []
        for fig in context.figures:
            value = escape(figure_value(fig.value, fig.unit, detail.lang))
            when = "; ".join(escape(p) for p in (fig.year, fig.note) if p)
            when = f' <span class="muted">({when})</span>' if when else ""
            sources = " ".join(_link(s, source) for s in fig.sources if s.startswith("http"))
            items.append(f"<li>{escape(fig.label)}: <b>{value}</b>{when} {sources}</li>")
        parts.append("<ul>" + "".join(items) + "</ul>")
    if context.programmes:
        items = []
        for prog in context.programmes:
            years = f" ({escape(prog.years)})" if prog.years else ""
            kind = f' <span class="muted">{escape(prog.kind)}</span>' if prog.kind else ""
            link = " ".join(_link(s, source) for s in prog.sources[:1] if s.startswith("http"))
            items.append(f"<li><b>{escape(prog.name)}</b>{years}{kind}: {escape(prog.gist)} "
                         f"{link}</li>")
        parts.append("<h3>" + escape(translate("ProfileHtml", "Support programmes")) + "</h3><ul>"
                     + "".join(items) + "</ul>")
    return "".join(parts)


def profile_html(detail: ClusterDetail, info: CatalogueInfo | None = None, *, top: str = "",
                 user: str = "") -> str:
    """The whole profile: facts, description, sector context, neighbours, notes, sources, date;
    with the user's own `top` (star, lists) and `user` (notes, contacts) parts when given."""
    translate = QCoreApplication.translate
    title = escape(detail.name) + (f" ({escape(detail.acronym)})" if detail.acronym else "")
    place = detail.state_name or translate("ProfileHtml", "state not given")
    parts = [STYLE, f"<h2>{title}</h2>",
             (f'<p class="sub">{escape(detail.sector_name)} · {escape(place)} · '
              f'<span class="muted">{escape(detail.id)}</span></p>'),
             top, _facts_table(detail)]
    if detail.description:
        parts.append("<h3>" + escape(translate("ProfileHtml", "Profile")) + "</h3>"
                     f"<p>{escape(detail.description)}</p>")
    parts.append(user)
    parts.append(_sector_context(detail))
    if detail.same_sector_same_state:
        items = "".join(f'<li><a href="{CLUSTER_SCHEME}:{escape(s.id, quote=True)}">'
                        f"{escape(s.name)}</a></li>" for s in detail.same_sector_same_state)
        heading = translate("ProfileHtml", "Also {sector} in {state}").format(
            sector=detail.sector_name.lower(), state=detail.state_name or "")
        parts.append(f"<h3>{escape(heading)}</h3><ul>{items}</ul>")
    if detail.notes:
        items = "".join(f'<li class="note">{escape(n)}</li>' for n in detail.notes)
        parts.append("<h3>" + escape(translate("ProfileHtml", "Data notes")) + f"</h3><ul>{items}"
                     "</ul>")
    sources = "".join(f"<li>{_link(s)}</li>" for s in detail.sources)
    parts.append("<h3>" + escape(translate("ProfileHtml", "Sources")) + "</h3>"
                 f"<p class=\"muted\">{escape(provenance_text(detail))}</p><ul>{sources}</ul>")
    parts.append(f'<p class="muted">{escape(data_date_text(info))}</p>' if info else "")
    return "".join(parts)


def data_date_text(info: CatalogueInfo) -> str:
    """'Data as of March 2019, catalogue 2019-03+1a2b3c4d'."""
    return QCoreApplication.translate("ProfileHtml", "Data as of {date}, catalogue {version}") \
        .format(date=language.month_year(info.source_date), version=info.catalogue_version)


# The welcome text's paragraphs: HTML of our own (no user text in them), translated whole.
_WELCOME = (
    ("h3", QT_TRANSLATE_NOOP("ProfileHtml", "Find clusters")),
    ("li", QT_TRANSLATE_NOOP("ProfileHtml", "Tick a sector and a state on the left (several "
                                            "values of one group: any of them; different "
                                            "groups: all of them).")),
    ("li", QT_TRANSLATE_NOOP("ProfileHtml", "Or type in the search field ({find}): names, "
                                            "acronyms, states, sectors and descriptions, "
                                            "accents and case ignored.")),
    ("li", QT_TRANSLATE_NOOP("ProfileHtml", "Select a cluster in the table to see everything "
                                            "known about it here.")),
    ("h3", QT_TRANSLATE_NOOP("ProfileHtml", "Keep your own")),
    ("li", QT_TRANSLATE_NOOP("ProfileHtml", "Star a cluster (click its ☆, or {star}) and put "
                                            "it into lists ({lists}): they appear under "
                                            "<i>Your lists</i> on the left.")),
    ("li", QT_TRANSLATE_NOOP("ProfileHtml", "Write notes on a cluster ({note}); the "
                                            "search field finds them.")),
    ("li", QT_TRANSLATE_NOOP("ProfileHtml", "The people you meet go into the Contacts tab "
                                            "({contacts}).")),
)


class ProfileCounts(QObject):
    """The pane's sentences with a count: pyside6-lupdate reads plural forms only from a
    class's `self.tr(text, "", n)`."""

    def clusters_from(self, total: int) -> str:
        return self.tr("%Ln cluster(s) from <i>{title}</i> ({version}, {date}).", "", total)


def welcome_html(info: CatalogueInfo | None, total: int) -> str:
    """What the pane shows before a cluster is selected."""
    source = ""
    if info:
        source = ("<p>" + ProfileCounts().clusters_from(total).format(
            title=escape(info.source_title), version=escape(info.source_version),
            date=escape(language.month_year(info.source_date))) + "</p>"
            f'<p class="muted">{escape(data_date_text(info))}</p>')
    keys = {key: escape(shortcut_text(action)) for key, action in (
        ("find", "find"), ("star", "bookmark"), ("lists", "add_to_list"), ("note", "add_note"),
        ("contacts", "show_contacts"))}
    body = []
    for tag, text in _WELCOME:
        if tag == "h3" and body:
            body.append("</ul>")
        body.append(f"<{tag}>{_tr(text).format(**keys)}</{tag}>"
                    + ("<ul>" if tag == "h3" else ""))
    return STYLE + "<h2>Cluster Atlas</h2>" + source + "".join(body) + "</ul>"
