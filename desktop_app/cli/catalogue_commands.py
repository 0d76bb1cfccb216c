"""`clusters`, `show` and `facets`: the catalogue from the command line.

`--lang` (default: the system's language) words the human output in English or Spanish: sector
and label names, the profile, the table's headers. JSON keys, ids and exit codes stay the same.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.output import print_csv, print_json, print_table
from desktop_app.errors import DataIntegrityError
from desktop_app.i18n import LANGUAGES, system_language
from desktop_app.services.context import AppContext

CLUSTER_COLUMNS = ("id", "name", "acronym", "state", "state_code", "sector", "sector_name",
                   "sector_label", "label", "label_valid_until", "members", "website", "sources")
TABLE_COLUMNS = ("id", "name", "acronym", "state", "sector_name", "label", "members")
TABLE_HEADERS = {"en": ("ID", "NAME", "ACRONYM", "STATE", "SECTOR", "LABEL", "MEMBERS"),
                 "es": ("ID", "NOMBRE", "SIGLA", "ESTADO", "SECTOR", "SELLO", "MIEMBROS")}
MATCH_HEADER = {"en": "MATCHED IN", "es": "COINCIDE EN"}  # a search's table: why each row matched
FACET_HEADERS = {"en": ("VALUE", "NAME", "COUNT"), "es": ("VALOR", "NOMBRE", "CLÚSTERES")}
COUNT_LINE = {"en": "{shown} of {total} clusters", "es": "{shown} de {total} clústeres"}


def add_lang_argument(parser: argparse.ArgumentParser, what: str = "the output") -> None:
    """`--lang en|es`: the language of the human output, or of `what` a command writes (the
    sheets, the booklet); default: the system's (`output_lang`)."""
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help=f"language of {what}: en or es (default: the system's, "
                             f"here {system_language()})")


def output_lang(args: argparse.Namespace) -> str:
    """The language `--lang` asked for, else the system's."""
    return args.lang or system_language()


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The filters shared by `clusters`, `facets` and `sheets`: the window's facets."""
    parser.add_argument("text", nargs="?", default="",
                        help="words to search for (accents and case ignored; your notes too)")
    parser.add_argument("--sector", action="append", default=[], metavar="S",
                        help="a sector id, name or label (repeat for several: OR)")
    parser.add_argument("--state", action="append", default=[], metavar="S",
                        help="a state name (with or without accents) or code (repeat: OR)")
    parser.add_argument("--label", action="append", default=[], metavar="L",
                        help="an ECEI label: gold, silver, bronze or none (repeat: OR)")
    parser.add_argument("--bookmarked", action="store_true",
                        help="the clusters you starred (with --list: OR, as in the window)")
    parser.add_argument("--list", dest="in_list", action="append", default=[], metavar="NAME",
                        help="the clusters of one of your lists (repeat: OR)")


def filter_from_args(args: argparse.Namespace, context: AppContext):
    """The browse service and the filter the arguments select, built as the window builds it."""
    from desktop_app.services.browse import BrowseService
    from desktop_app.services.user_filter import BOOKMARKED, UserFilter, list_value

    browse = BrowseService(context)
    flt = browse.make_filter(args.text, args.sector, args.state, args.label)
    values = ([BOOKMARKED] if args.bookmarked else []) + [list_value(n) for n in args.in_list]
    return browse, UserFilter(browse, user_data(context, needed=bool(values))).apply(flt, values)


def user_data(context: AppContext, *, needed: bool):
    """The user's data for a filter: None before the user has any (a search never creates the
    data file), or when it is damaged and only the notes search would use it (said on stderr;
    the search goes on). When the filter needs it (`--bookmarked`, `--list`), a damaged file is
    an error."""
    from desktop_app.services.library import LibraryService

    if not needed and not context.has_user_db():
        return None
    library = LibraryService(context)
    if needed:
        return library
    try:
        library.bookmarked_ids()  # opens and checks the data file
    except DataIntegrityError as exc:
        print(f"cluster-atlas: your notes were not searched: {exc}", file=sys.stderr)
        return None
    return library


def cluster_json(summary) -> dict:
    return {
        "id": summary.id, "name": summary.name, "acronym": summary.acronym,
        "state": summary.state_name, "state_code": summary.state, "sector": summary.sector,
        "sector_name": summary.sector_name, "sector_label": summary.sector_label,
        "label": summary.label, "label_valid_until": summary.label_valid_until,
        "members": summary.members, "website": summary.website, "sources": list(summary.sources),
    }


def run_clusters(args: argparse.Namespace, context: AppContext) -> int:
    lang = output_lang(args)
    browse, flt = filter_from_args(args, context)
    summaries = browse.search(flt, sort=args.sort, lang=lang)
    rows = [cluster_json(s) for s in summaries]
    if args.format == "json":
        print_json(rows)
    elif args.format == "csv":
        print_csv(rows, CLUSTER_COLUMNS)
    else:
        table = [dict(r, state=r["state"] or "—", match=s.match)
                 for r, s in zip(rows, summaries)]
        columns, headers = TABLE_COLUMNS, TABLE_HEADERS[lang]
        if flt.text.strip():
            columns, headers = (*columns, "match"), (*headers, MATCH_HEADER[lang])
        print_table(table, columns, headers)
        print(COUNT_LINE[lang].format(shown=len(rows), total=browse.total()), file=sys.stderr)
    return 0


def run_show(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.browse import BrowseService

    browse = BrowseService(context)
    detail = browse.cluster(browse.resolve_cluster(args.id), lang=output_lang(args))
    if args.format == "json":
        from desktop_app.services.profile import label_expired

        # fields are only ever added: label_expired (the profile's rule, on today's date)
        print_json({**detail.to_dict(),
                    "label_expired": label_expired(detail.label_valid_until)})
        return 0
    from desktop_app.cli.profile_text import profile_text

    sys.stdout.write(profile_text(detail))
    return 0


def run_facets(args: argparse.Namespace, context: AppContext) -> int:
    lang = output_lang(args)
    browse, flt = filter_from_args(args, context)
    values = browse.facets(flt, args.by, lang)
    rows = [{"value": v.value, "name": v.name, "count": v.count} for v in values]
    if args.format == "json":
        print_json(rows)
    else:
        print_table([r for r in rows if r["count"] or not args.nonzero],
                    ("value", "name", "count"), FACET_HEADERS[lang])
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    clusters = subparsers.add_parser("clusters", help="list and search clusters")
    add_filter_arguments(clusters)
    clusters.add_argument("--sort", default="name",
                          choices=("name", "acronym", "sector", "state", "label", "members"))
    clusters.add_argument("--format", default="table", choices=("table", "json", "csv"))
    add_lang_argument(clusters)
    clusters.set_defaults(handler=run_clusters)

    show = subparsers.add_parser("show", help="everything known about one cluster")
    show.add_argument("id", help="the cluster's id, e.g. mx-nle-claut (or an acronym or name "
                                 "only one cluster has, e.g. CLAUGTO)")
    show.add_argument("--format", default="text", choices=("text", "json"))
    add_lang_argument(show)
    show.set_defaults(handler=run_show)

    facets = subparsers.add_parser("facets", help="cluster counts by sector, state or label")
    facets.add_argument("--by", required=True, choices=("sector", "state", "label"))
    add_filter_arguments(facets)
    facets.add_argument("--nonzero", action="store_true", help="hide values with no cluster")
    facets.add_argument("--format", default="table", choices=("table", "json"))
    add_lang_argument(facets)
    facets.set_defaults(handler=run_facets)
