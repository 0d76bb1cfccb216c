"""A cluster's profile as plain text for `cluster-atlas show`, in the record's language."""

from __future__ import annotations

import textwrap

from desktop_app.catalogue.detail_models import ClusterDetail
from desktop_app.services.profile import figure_text, key_facts, provenance_text

HEADINGS = {
    "en": {"profile": "Profile", "context": "Sector context", "programmes": "Support programmes",
           "same_sector": "Same sector in {state}", "notes": "Data notes", "sources": "Sources"},
    "es": {"profile": "Perfil", "context": "Contexto del sector",
           "programmes": "Programas de apoyo", "same_sector": "Mismo sector en {state}",
           "notes": "Notas sobre los datos", "sources": "Fuentes"},
}


def _wrap(text: str, indent: str = "  ") -> str:
    hanging = indent + ("  " if text.startswith("- ") else "")
    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=hanging)


def profile_text(detail: ClusterDetail) -> str:
    words = HEADINGS[detail.lang]
    title = detail.name + (f" ({detail.acronym})" if detail.acronym else "")
    lines = [title, "=" * min(len(title), 88), f"id: {detail.id}", ""]
    width = max(len(f.label) for f in key_facts(detail)) + 1
    for fact in key_facts(detail):
        lines.append(textwrap.fill(fact.value, width=88, initial_indent=f"{fact.label:<{width}} ",
                                   subsequent_indent=" " * (width + 1)))
    lines += ["", words["profile"], _wrap(detail.description)]
    context = detail.sector_context
    if context and context.figures:
        lines += ["", f"{words['context']}: {context.focus_name or context.name}"]
        for fig in context.figures:
            lines.append(_wrap("- " + figure_text(fig.label, fig.value, fig.unit, fig.year,
                                                  detail.lang)))
    if context and context.programmes:
        lines += ["", words["programmes"]]
        for prog in context.programmes:
            years = f" ({prog.years})" if prog.years else ""
            lines.append(_wrap(f"- {prog.name}{years}: {prog.gist}"))
    if detail.same_sector_same_state:
        lines += ["", words["same_sector"].format(state=detail.state_name)]
        lines += [f"  - {s.name} [{s.id}]" for s in detail.same_sector_same_state]
    if detail.notes:
        lines += ["", words["notes"]] + [_wrap(f"- {note}") for note in detail.notes]
    lines += ["", words["sources"], _wrap(provenance_text(detail))]
    lines += [f"  - {src}" for src in detail.sources]
    return "\n".join(lines) + "\n"
