"""Every word the fact sheet prints, per language, in one table: `sheet_strings(lang)`.

English ("en") is the only language today. Another language is one more `SheetStrings(...)` added
to `LANGUAGES` (Spanish: issue 16, the slot is marked below). Every field must be given (there are
no defaults), so a table that misses a string fails when this module is imported, and
`tests/factsheets/test_strings.py` renders sheets in a made-up language to prove that nothing the
sheet prints is written anywhere else.

Templates use `str.format` names ({state}, {count}, ...). A pair `(one, other)` is a plural:
`plural(pair, n)` picks and fills it. What the catalogue says (names, descriptions, the key
facts' wording, the figures' numbers) comes worded from the services, not from here; the sheet
formats only two kinds of date itself, with `month_year` ("March 2019") and ISO dates.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.errors import InvalidInput

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
    label_title: str  # {label}: the label's name, e.g. "Bronze"
    label_names: dict[str, str]  # catalogue label id -> name
    label_valid: str  # {date}
    label_expired: str
    # left column
    profile: str
    no_description: str
    key_facts: str
    not_stated: str  # before the list of what the briefing does not say
    missing_words: dict[str, str]  # key fact label (services.profile) -> words in that list
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
    label_suffix: str  # {label}: a cluster's label in a list
    expired_suffix: str  # after an expired label in a list
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
    months: tuple[str, ...]  # January .. December
    month_year: str  # {month}, {year}


EN = SheetStrings(
    kicker="CLUSTER FACT SHEET · MEXICO",
    internal_banner="INTERNAL — CONTAINS PRIVATE NOTES",
    bookmarked_tag="★ BOOKMARKED",
    data_line="Data: {source}, {date}",
    source_short="ECCP briefing",
    state_missing="State not given in the briefing",
    listed_as="{sector} (listed as {label})",
    label_kind="ECEI QUALITY LABEL",
    label_title="{label} LABEL",
    label_names={"gold": "Gold", "silver": "Silver", "bronze": "Bronze"},
    label_valid="valid until {date}",
    label_expired="expired",
    profile="Profile",
    no_description="The briefing gives no description.",
    key_facts="Key facts",
    not_stated="Not stated in the briefing: ",
    missing_words={"Founded": "founding year", "Members": "members", "Jobs": "jobs",
                   "Website": "website", "Committees": "committees"},
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
    label_suffix="{label} label",
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
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
    month_year="{month} {year}",
)

# The languages a sheet can be printed in. Spanish (issue 16): `"es": ES`, with ES written like EN.
LANGUAGES: dict[str, SheetStrings] = {"en": EN}
DEFAULT_LANGUAGE = "en"


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


def month_year(words: SheetStrings, iso: str) -> str:
    """'2019-03' (or '2019-03-14') as "March 2019"; anything else as it is."""
    year, _, rest = iso.partition("-")
    month = rest[:2]
    if not (year.isdigit() and month.isdigit() and 1 <= int(month) <= 12):
        return iso
    return words.month_year.format(month=words.months[int(month) - 1], year=year)
