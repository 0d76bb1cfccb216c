"""`sheet` and `sheets`: one-page fact sheets as PDF from the command line.

    cluster-atlas sheet mx-nle-claut mx-gua-claugto -o claut.pdf [--paper a4|letter] [--with-notes]
    cluster-atlas sheets --sector ICT --state "Nuevo León" -o ict-nl.pdf --lang es

`--lang en|es` is the sheets' language (default: the system's, as for `clusters` and `show`).

The public sheet (catalogue facts only) unless `--with-notes` asks for the internal one, which adds
your bookmark, notes and linked contacts. When the file is written, one line on stdout says how
many pages went where, the absolute path last ("Saved 3 pages to /home/ana/trip.pdf"), so that a
script can take it; progress goes to stderr (only on a terminal).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.catalogue_commands import (
    add_filter_arguments,
    add_lang_argument,
    filter_from_args,
    output_lang,
)
from desktop_app.cli.output import prepare_output
from desktop_app.errors import InvalidInput
from desktop_app.services.context import AppContext


def _add_output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help="the PDF to write (replaced atomically when it exists)")
    parser.add_argument("--paper", type=str.lower, choices=("a4", "letter"), default=None,
                        help="paper size (default: from the system locale: letter for the "
                             "US, Canada, Mexico, ...; A4 elsewhere)")
    parser.add_argument("--with-notes", action="store_true",
                        help="the internal sheet: add your bookmark, notes and contacts "
                             "(never give it to anyone else)")
    add_lang_argument(parser, "the sheets")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")


def _progress(args: argparse.Namespace):
    if args.quiet or not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> bool:
        sys.stderr.write(f"\r{done}/{total} sheets")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
        return True

    return report


def _done(pages: int, args: argparse.Namespace) -> int:
    """The one line that says what was written where (stdout)."""
    count = f"{pages} page{'s' if pages != 1 else ''}"
    kind = " (internal: with your private notes)" if args.with_notes else ""
    print(f"Saved {count}{kind} to {Path(args.output).expanduser().absolute()}")
    return 0


def run_sheet(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.sheets import SheetsService

    pages = SheetsService(context).export(args.ids, prepare_output(args.output, context),
                                          paper=args.paper, with_notes=args.with_notes,
                                          progress=_progress(args), lang=output_lang(args))
    return _done(pages, args)


def run_sheets(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.sheets import SheetsService

    browse, flt = filter_from_args(args, context)
    ids = [s.id for s in browse.search(flt, sort=args.sort)]
    if not ids:
        raise InvalidInput("No cluster matches this filter: nothing was written.")
    pages = SheetsService(context, browse=browse).export(
        ids, prepare_output(args.output, context), paper=args.paper, with_notes=args.with_notes,
        progress=_progress(args), lang=output_lang(args))
    return _done(pages, args)


def register(subparsers: argparse._SubParsersAction) -> None:
    sheet = subparsers.add_parser(
        "sheet", help="one-page fact sheets of the given clusters as one PDF",
        description="Write one fact sheet page per cluster id, in the order given.")
    sheet.add_argument("ids", nargs="+", metavar="ID", help="cluster ids, e.g. mx-nle-claut")
    _add_output_arguments(sheet)
    sheet.set_defaults(handler=run_sheet)

    sheets = subparsers.add_parser(
        "sheets", help="fact sheets of every cluster matching a filter, as one PDF",
        description="Write one fact sheet page per cluster matching the filters (the same "
                    "filters as 'clusters'), in table order.")
    add_filter_arguments(sheets)
    sheets.add_argument("--sort", default="name",
                        choices=("name", "acronym", "sector", "state", "label", "members"),
                        help="page order (default: name)")
    _add_output_arguments(sheets)
    sheets.set_defaults(handler=run_sheets)
