"""Every word a mission's PDFs print (the booklet around its fact sheets, and the report after
the trip), per language, in one table: `mission_strings(lang)`.

As for the fact sheets (`strings`), English and Spanish, every field given (a missing one fails
at import); Spanish written for the Mexican hosts who may be handed the public booklet (the
formal *usted*; "carpeta informativa" is what a briefing book is called there). Names, places,
titles and what the user wrote are never translated. Days and dates are written by Babel
(`i18n.formatting`); the services word the agenda's parts with `MissionStrings` too.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.errors import InvalidInput
from desktop_app.factsheets.strings import Plural


@dataclass(frozen=True)
class MissionStrings:
    """The words of one language."""

    # running footer and document properties
    page: str  # {number}
    page_ref: str  # {number}: a page named in the contents or the itinerary
    page_unknown: str
    booklet_title: str  # {title}: the PDF's title
    public_booklet: str
    internal_booklet: str
    # cover
    booklet_kicker: str
    purpose: str
    delegation: str
    prepared: str  # {date}
    facts_source: str  # {source}
    internal_note: str
    public_note: str
    # contents
    contents: str
    map_entry: str
    itinerary_entry: str
    sheets_entry: str
    annex_entry: str
    notes_entry: str
    # delegation
    no_delegation: str
    delegation_headers: tuple[str, str, str]  # name, role, organisation
    reach_headers: tuple[str, str]  # mobile, e-mail (internal booklet only)
    # map
    map_title: str
    map_headers: tuple[str, str, str]  # #, state, when
    no_states: str
    map_credit: str
    visit_meetings: Plural  # "{count} meetings"
    no_meeting_yet: str
    # itinerary
    itinerary: str
    local_times: str
    home_times: str  # {zone}
    flagged: str  # {rule}
    travel_rule: str  # {hours}
    no_meetings: str
    itinerary_headers: tuple[str, str, str, str]  # time, meeting, who, cluster · sheet
    all_day: str
    with_contacts: str
    objective: str
    whole_delegation: str  # who attends when a mission has no members
    statuses: dict[str, str]  # a meeting's status -> its word
    overlap: str  # {title}, {who}
    travel: str  # {gap}, {side}, {title}, {rule}, {who}
    after: str
    before: str
    # the annex and the notes (internal booklet)
    annex_title: str
    annex_private: str
    no_annex: str
    annex_headers: tuple[str, str, str]  # name, phone · e-mail, meetings
    notes: str
    notes_day: str  # {day}
    # the report
    report_kicker: str
    report_title: str  # {title}: the PDF's title
    report_footer: str  # {title}, {dates}
    internal_report: str
    purpose_line: str  # {purpose}
    delegation_line: str  # {members}
    figure_words: tuple[str, str, str, str, str]  # held, not held, cancelled, promised, open
    held: str
    held_headers: tuple[str, str, str]  # when, meeting, outcome
    none_held: str
    actions: str
    action_headers: tuple[str, str, str, str, str]  # action, to, owner, due, state
    no_actions: str
    action_states: dict[str, str]  # an action's state -> its word
    not_held: str
    not_held_headers: tuple[str, str, str]  # when, meeting, status
    report_prepared: str  # {date}


EN = MissionStrings(
    page="page {number}",
    page_ref="p. {number}",
    page_unknown="p. –",
    booklet_title="Mission booklet: {title}",
    public_booklet="Public booklet",
    internal_booklet="Internal booklet — private",
    booklet_kicker="MISSION BOOKLET · MEXICO",
    purpose="Purpose",
    delegation="Delegation",
    prepared="Prepared with Cluster Atlas on {date}. ",
    facts_source="Facts on the clusters: {source}. ",
    internal_note=("This internal booklet holds contact details and private notes: keep it within "
                   "the delegation."),
    public_note="This public booklet holds no private notes and no contact details.",
    contents="Contents",
    map_entry="Map of the states visited",
    itinerary_entry="Itinerary, day by day",
    sheets_entry="Fact sheets of the clusters visited",
    annex_entry="People to meet (contact annex)",
    notes_entry="Pages for notes",
    no_delegation="No one has been added to the delegation yet.",
    delegation_headers=("Name", "Role", "Organisation"),
    reach_headers=("Mobile", "E-mail"),
    map_title="The states visited",
    map_headers=("#", "State", "When"),
    no_states="No meeting or cluster with a state yet.",
    map_credit="Map: svg-maps / MapSVG, CC BY 4.0.",
    visit_meetings=("{count} meeting", "{count} meetings"),
    no_meeting_yet="no meeting planned yet",
    itinerary="Itinerary",
    local_times="Times are the local time of each place",
    home_times="; in brackets, {zone} time",
    flagged="Flagged: {rule}",
    travel_rule=("the same person in two meetings at once, or less than {hours} hours between "
                 "meetings in different cities."),
    no_meetings="No meeting planned yet.",
    itinerary_headers=("Time", "Meeting", "Who", "Cluster · sheet"),
    all_day="all day",
    with_contacts="With: ",
    objective="Objective: ",
    whole_delegation="the delegation",
    statuses={"planned": "planned", "confirmed": "confirmed", "done": "done",
              "cancelled": "cancelled"},
    overlap="Overlaps “{title}” · {who}",
    travel="Travel: only {gap} {side} “{title}” in another city (rule: {rule} h) · {who}",
    after="after",
    before="before",
    annex_title="People to meet",
    annex_private="Private: contact details from your address book.",
    no_annex="No contact is linked to a meeting yet.",
    annex_headers=("Name", "Phone · e-mail", "Meetings"),
    notes="Notes",
    notes_day="Notes — {day}",
    report_kicker="MISSION REPORT",
    report_title="Mission report: {title}",
    report_footer="Mission report · {title} · {dates}",
    internal_report="INTERNAL REPORT",
    purpose_line="Purpose: {purpose}",
    delegation_line="Delegation: {members}",
    figure_words=("meetings held", "planned, not held", "cancelled", "actions promised",
                  "still open"),
    held="Meetings held",
    held_headers=("When", "Meeting", "Outcome"),
    none_held="No meeting is marked done yet ('meeting done MEETING').",
    actions="Actions promised",
    action_headers=("Action", "To", "Owner", "Due", "State"),
    no_actions="No action was recorded.",
    action_states={"open": "open", "done": "done"},
    not_held="Meetings not held",
    not_held_headers=("When", "Meeting", "Status"),
    report_prepared=("Prepared with Cluster Atlas on {date}. Internal: it names the people met "
                     "and what was agreed."),
)

ES = MissionStrings(
    page="página {number}",
    page_ref="pág. {number}",
    page_unknown="pág. –",
    booklet_title="Carpeta informativa de la misión: {title}",
    public_booklet="Carpeta pública",
    internal_booklet="Carpeta interna — confidencial",
    booklet_kicker="CARPETA INFORMATIVA DE LA MISIÓN · MÉXICO",
    purpose="Objetivo",
    delegation="Delegación",
    prepared="Preparada con Cluster Atlas el {date}. ",
    facts_source="Datos de los clústeres: {source}. ",
    internal_note=("Esta carpeta interna contiene datos de contacto y notas privadas: no debe "
                   "salir de la delegación."),
    public_note="Esta carpeta pública no contiene notas privadas ni datos de contacto.",
    contents="Contenido",
    map_entry="Mapa de los estados visitados",
    itinerary_entry="Itinerario día por día",
    sheets_entry="Fichas de los clústeres visitados",
    annex_entry="Con quién se reunirá la delegación (anexo de contactos)",
    notes_entry="Páginas para notas",
    no_delegation="Todavía no se ha agregado a nadie a la delegación.",
    delegation_headers=("Nombre", "Cargo", "Organización"),
    reach_headers=("Celular", "Correo electrónico"),
    map_title="Los estados visitados",
    map_headers=("#", "Estado", "Cuándo"),
    no_states="Todavía no hay reuniones ni clústeres con estado.",
    map_credit="Mapa: svg-maps / MapSVG, CC BY 4.0.",
    visit_meetings=("{count} reunión", "{count} reuniones"),
    no_meeting_yet="todavía sin reuniones",
    itinerary="Itinerario",
    local_times="Las horas son las locales de cada lugar",
    home_times="; entre paréntesis, la hora de {zone}",
    flagged="Se señala: {rule}",
    travel_rule=("la misma persona en dos reuniones a la vez, o menos de {hours} horas entre "
                 "reuniones en ciudades distintas."),
    no_meetings="Todavía no hay reuniones en la agenda.",
    itinerary_headers=("Hora", "Reunión", "Quién", "Clúster · ficha"),
    all_day="todo el día",
    with_contacts="Con: ",
    objective="Objetivo: ",
    whole_delegation="toda la delegación",
    statuses={"planned": "por confirmar", "confirmed": "confirmada", "done": "realizada",
              "cancelled": "cancelada"},
    overlap="Se empalma con “{title}” · {who}",
    travel=("Traslado: solo {gap} {side} “{title}” en otra ciudad (mínimo: {rule} h) · "
            "{who}"),
    after="después de",
    before="antes de",
    annex_title="Con quién se reunirá la delegación",
    annex_private="Confidencial: datos de contacto de su libreta de direcciones.",
    no_annex="Todavía no hay contactos vinculados a una reunión.",
    annex_headers=("Nombre", "Teléfono · correo", "Reuniones"),
    notes="Notas",
    notes_day="Notas — {day}",
    report_kicker="INFORME DE LA MISIÓN",
    report_title="Informe de la misión: {title}",
    report_footer="Informe de la misión · {title} · {dates}",
    internal_report="INFORME INTERNO",
    purpose_line="Objetivo: {purpose}",
    delegation_line="Delegación: {members}",
    figure_words=("reuniones realizadas", "agendadas, no realizadas", "canceladas",
                  "compromisos adquiridos", "aún pendientes"),
    held="Reuniones realizadas",
    held_headers=("Cuándo", "Reunión", "Resultado"),
    none_held="Todavía no hay reuniones marcadas como realizadas ('meeting done REUNIÓN').",
    actions="Compromisos adquiridos",
    action_headers=("Compromiso", "Con", "Responsable", "Fecha", "Estado"),
    no_actions="No se registró ningún compromiso.",
    action_states={"open": "pendiente", "done": "cumplido"},
    not_held="Reuniones no realizadas",
    not_held_headers=("Cuándo", "Reunión", "Estado"),
    report_prepared=("Preparado con Cluster Atlas el {date}. Documento interno: nombra a las "
                     "personas con quienes se reunió la delegación y lo que se acordó."),
)

LANGUAGES: dict[str, MissionStrings] = {"en": EN, "es": ES}


def mission_strings(lang: str) -> MissionStrings:
    """The words of a language; InvalidInput for one the mission's PDFs are not written in."""
    try:
        return LANGUAGES[lang]
    except KeyError:
        known = ", ".join(sorted(LANGUAGES))
        raise InvalidInput(f"Mission booklets and reports are not available in {lang!r}: "
                           f"{known}.") from None
