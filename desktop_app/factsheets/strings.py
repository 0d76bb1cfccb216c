"""Every word the fact sheet prints, per language, in one table: `sheet_strings(lang)`.

English ("en") and Spanish ("es": written for the Mexican cluster manager the sheet is handed to,
in the formal *usted*). Another language is one more `SheetStrings(...)` added to `LANGUAGES`.
Every field must be given (there are no defaults), so a table that misses a string fails when
this module is imported, and `tests/factsheets/test_strings.py` renders sheets in a made-up
language to prove that nothing the sheet prints is written anywhere else.

Templates use `str.format` names ({state}, {count}, ...). A pair `(one, other)` is a plural:
`plural(pair, n)` picks and fills it. What the catalogue says (names, descriptions, label names,
the key facts' wording, the figures' numbers) comes worded from the services, not from here;
dates and months are written by Babel (`i18n.formatting`), not from a table of ours.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.errors import InvalidInput
from desktop_app.i18n import DEFAULT_LANGUAGE
from desktop_app.i18n.formatting import format_month_year, format_record_date

Plural = tuple[str, str]  # (one, other), each with {count}


@dataclass(frozen=True)
class SheetStrings:
    """The words of one language."""

    # header
    kicker: str
    internal_banner: str
    bookmarked_tag: str
    data_line: str  # {source}, {date}
    source_short: str  # the briefing's short name in the data line
    state_missing: str
    listed_as: str  # {sector}, {label}
    label_kind: str
    label_valid: str  # {date}
    label_expired: str
    # left column
    profile: str
    no_description: str
    key_facts: str
    not_stated: str  # before the list of what the briefing does not say
    missing_words: dict[str, str]  # key fact's key (services.profile) -> words in that list
    sector_title: str  # {sector}: the sector's name in the heading "... in Mexico"
    sector_focus: str  # {sector} when the catalogue names no focus
    no_figures: str  # {sector}
    programmes_sector: str
    programmes_all: str
    more_programmes: Plural
    # right column
    website: str
    no_website: str
    scan_code: str
    neighbours_in_state: str  # {sector}, {state}
    neighbours_none_in_state: str  # {sector}, {state}
    neighbours_no_state: str  # {sector}
    neighbours_none_no_state: str
    other_sectors_in: str  # {state}
    elsewhere: str  # {sector}
    no_state: str
    expired_suffix: str  # after an expired label's name in a list
    more_clusters: Plural
    provenance: str
    data_note: str
    more_data_notes: Plural
    # the private part
    your_notes: str
    no_notes: str
    more_notes: Plural
    your_contacts: str
    no_contacts: str
    no_name: str
    more_contacts: Plural
    follow_up: str  # {due}; the action follows
    follow_up_undated: str  # the action follows
    follow_up_overdue: str  # {due}; the action follows
    more_follow_ups: Plural
    bookmarked: str
    in_lists: str
    # the page
    handwritten_notes: str
    sources: str
    sources_missing: str
    catalogue_version: str  # {version}
    generated: str  # {date}
    public_sheet: str
    internal_sheet: str
    # the PDF's properties
    document_one: str  # {name}
    document_many: str  # {count}
    document_default: str
    document_subject: str


EN = SheetStrings(
    kicker="CLUSTER FACT SHEET · MEXICO",
    internal_banner="INTERNAL — CONTAINS PRIVATE NOTES",
    bookmarked_tag="★ BOOKMARKED",
    data_line="Data: {source}, {date}",
    source_short="ECCP briefing",
    state_missing="State not given in the briefing",
    listed_as="{sector} (listed as {label})",
    label_kind="ECEI QUALITY LABEL",
    label_valid="valid until {date}",
    label_expired="expired",
    profile="Profile",
    no_description="The briefing gives no description.",
    key_facts="Key facts",
    not_stated="Not stated in the briefing: ",
    missing_words={"founded": "founding year", "members": "members", "jobs": "jobs",
                   "website": "website", "committees": "committees"},
    sector_title="{sector} in Mexico",
    sector_focus="{sector} sector",
    no_figures=("The briefing gives no national figures for the {sector} sector; it lists this "
                "cluster among Mexico's formally organised clusters."),
    programmes_sector="Support programmes for the sector",
    programmes_all="Programmes open to every sector",
    more_programmes=("… and {count} more programme", "… and {count} more programmes"),
    website="Website",
    no_website=("No website is given in the briefing. Search the cluster's name to find its "
                "current site."),
    scan_code="Scan the code to open the website.",
    neighbours_in_state="{sector} clusters also in {state}",
    neighbours_none_in_state="No other {sector} cluster in {state} is listed in the catalogue.",
    neighbours_no_state="Other {sector} clusters",
    neighbours_none_no_state=("The briefing gives no state for this cluster, so none is listed "
                              "beside it."),
    other_sectors_in="Other sectors in {state}",
    elsewhere="{sector} clusters elsewhere in Mexico",
    no_state="no state",
    expired_suffix=", expired",
    more_clusters=("… and {count} more", "… and {count} more"),
    provenance="Where the facts come from",
    data_note="Note: ",
    more_data_notes=("… and {count} more data note", "… and {count} more data notes"),
    your_notes="Your notes",
    no_notes="No notes on this cluster.",
    more_notes=("… and {count} more note", "… and {count} more notes"),
    your_contacts="Your contacts",
    no_contacts="No contact is linked.",
    no_name="(no name)",
    more_contacts=("… and {count} more contact", "… and {count} more contacts"),
    follow_up="Follow up by {due}: ",
    follow_up_undated="Follow up: ",
    follow_up_overdue="Overdue since {due}: ",
    more_follow_ups=("… and {count} more follow-up", "… and {count} more follow-ups"),
    bookmarked="★ Bookmarked",
    in_lists="In your lists: ",
    handwritten_notes="Notes",
    sources="Sources: ",
    sources_missing="the briefing",
    catalogue_version="catalogue {version}",
    generated="generated {date}",
    public_sheet="Public sheet",
    internal_sheet="Internal — contains private notes",
    document_one="Fact sheet: {name}",
    document_many="Fact sheets: {count} clusters",
    document_default="Cluster fact sheets",
    document_subject="Cluster fact sheets: Mexico's industry clusters",
)

ES = SheetStrings(
    kicker="FICHA DEL CLÚSTER · MÉXICO",
    internal_banner="USO INTERNO — CONTIENE NOTAS PRIVADAS",
    bookmarked_tag="★ EN FAVORITOS",
    data_line="Datos: {source}, {date}",
    source_short="informe preparatorio de la ECCP",
    state_missing="El informe no indica el estado",
    listed_as="{sector} (en el informe: {label})",
    label_kind="SELLO DE CALIDAD ECEI",
    label_valid="vigente hasta el {date}",
    label_expired="vencido",
    profile="Perfil",
    no_description="El informe no incluye una descripción.",
    key_facts="Datos clave",
    not_stated="El informe no indica: ",
    missing_words={"founded": "año de fundación", "members": "miembros", "jobs": "empleos",
                   "website": "sitio web", "committees": "comités"},
    sector_title="{sector} en México",
    sector_focus="El sector {sector}",
    no_figures=("El informe no da cifras nacionales del sector {sector}; menciona a este clúster "
                "entre los clústeres formalmente constituidos en México."),
    programmes_sector="Programas de apoyo al sector",
    programmes_all="Programas abiertos a todos los sectores",
    more_programmes=("… y {count} programa más", "… y {count} programas más"),
    website="Sitio web",
    no_website=("El informe no indica un sitio web. Busque el nombre del clúster para dar con "
                "su sitio actual."),
    scan_code="Escanee el código para abrir el sitio web.",
    neighbours_in_state="Otros clústeres del sector {sector} en {state}",
    neighbours_none_in_state=("El catálogo no registra otro clúster del sector {sector} en "
                              "{state}."),
    neighbours_no_state="Otros clústeres del sector {sector}",
    neighbours_none_no_state=("El informe no indica en qué estado está este clúster; por eso no "
                              "se listan otros a su lado."),
    other_sectors_in="Otros sectores en {state}",
    elsewhere="El sector {sector} en el resto de México",
    no_state="sin estado",
    expired_suffix=" (vencido)",
    more_clusters=("… y {count} más", "… y {count} más"),
    provenance="Origen de los datos",
    data_note="Nota: ",
    more_data_notes=("… y {count} nota más sobre los datos",
                     "… y {count} notas más sobre los datos"),
    your_notes="Notas privadas",
    no_notes="No hay notas sobre este clúster.",
    more_notes=("… y {count} nota más", "… y {count} notas más"),
    your_contacts="Contactos vinculados",
    no_contacts="No hay contactos vinculados.",
    no_name="(sin nombre)",
    more_contacts=("… y {count} contacto más", "… y {count} contactos más"),
    follow_up="Pendiente para el {due}: ",
    follow_up_undated="Pendiente: ",
    follow_up_overdue="Vencía el {due}: ",
    more_follow_ups=("… y {count} pendiente más", "… y {count} pendientes más"),
    bookmarked="★ En favoritos",
    in_lists="En sus listas: ",
    handwritten_notes="Notas",
    sources="Fuentes: ",
    sources_missing="el informe",
    catalogue_version="catálogo {version}",
    generated="generada el {date}",
    public_sheet="Ficha pública",
    internal_sheet="Uso interno — contiene notas privadas",
    document_one="Ficha: {name}",
    document_many="Fichas: {count} clústeres",
    document_default="Fichas de clústeres",
    document_subject="Fichas de clústeres: los clústeres industriales de México",
)

# The languages a sheet can be printed in.
LANGUAGES: dict[str, SheetStrings] = {"en": EN, "es": ES}


def sheet_strings(lang: str = DEFAULT_LANGUAGE) -> SheetStrings:
    """The words of a language; InvalidInput for one the sheets are not written in."""
    try:
        return LANGUAGES[lang]
    except KeyError:
        known = ", ".join(sorted(LANGUAGES))
        raise InvalidInput(f"Fact sheets are not available in {lang!r}: {known}.") from None


def plural(forms: Plural, count: int) -> str:
    """The form for `count`, filled in."""
    return forms[0 if count == 1 else 1].format(count=count)


def month_year(lang: str, iso: str) -> str:
    """'2019-03' (or '2019-03-14') as "March 2019" / "marzo de 2019" (Babel); anything else as
    it is."""
    return format_month_year(iso, lang)


def record_date(lang: str, value: dt.date | str, short: bool = False) -> str:
    """A date the sheet prints (a label's validity, a follow-up's due date, a note's day): ISO
    in English, '4 de mayo de 2020' (`short`: '4 may 2020') in Spanish; a text that is no ISO
    date (a due date typed freely) as it is."""
    try:
        return format_record_date(value, lang, short=short)
    except ValueError:
        return str(value)
