"""The `cluster-atlas` command: the window without arguments, otherwise a headless command.

Each family of commands lives in its own module with a `register(subparsers)` function; a command's
handler takes the parsed arguments and the `AppContext` and returns the exit status. Errors caused
by the user (unknown id, state, sector, bad file) print one line on stderr and exit with status 2.

Every command builds the whole parser, so a command module imports at its top only what its
parser and its printing need; each handler imports the services it runs (and `outputs`, through
`cli.output.prepare_output`, when it writes a file). Importing them all for every command would
cost `--version` ~0.5 s (the sheets bring reportlab and Babel), a search's own two ~25 ms,
`outputs` ~9 ms. No command opens the window (`open_window`) without building the parser at all
(`desktop_app.startup`).
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import import_module

from desktop_app import APP_ID, __version__, paths, startup
from desktop_app.cli.printable import restore_streams, wrap_streams
from desktop_app.errors import AtlasError
from desktop_app.i18n import LANGUAGES
from desktop_app.services.context import AppContext

# the commands that take --lang (the words of their output, or of the PDF they write)
LANG_COMMANDS = ("clusters", "show", "facets", "sheet", "sheets", "booklet", "mission report",
                 "screenshot")
COMMAND_MODULES = (
    "desktop_app.cli.catalogue_commands",
    "desktop_app.cli.userdata_commands",
    "desktop_app.cli.sheet_commands",
    "desktop_app.cli.mission_commands",
    "desktop_app.cli.meeting_commands",
    "desktop_app.cli.app_commands",
    "desktop_app.cli.desktop_commands",
)

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

NO_DISPLAY = (
    "cluster-atlas: no display to open the window on "
    "(neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
    "Start it from a desktop session, or use the commands without a window "
    "(cluster-atlas --help);\n"
    "'cluster-atlas screenshot OUT.png' renders the window to a picture without a display.")


def has_display() -> bool:
    """False on a Linux/BSD machine with no X11 or Wayland display and no Qt platform chosen, where
    Qt would abort with a cryptic message; elsewhere (Windows, macOS) there is always one."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def open_window(args: argparse.Namespace, context: AppContext) -> int:
    """`cluster-atlas` without a command: the main window."""
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return EXIT_USAGE
    return startup.open_window(context)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The parsed command line. `--lang` written before the command (a common slip: argparse
    then took its value for the command's name) is the command's own `--lang`; a command that
    has none, or no command at all, is a usage error that says where `--lang` goes."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang_first is not None:
        if args.command is None or "lang" not in vars(args):
            parser.error(f"--lang is not an option of {args.command or 'the window'}: it goes "
                         f"after {', '.join(LANG_COMMANDS)} (e.g. "
                         f"'{APP_ID} clusters energia --lang {args.lang_first}'); the window's "
                         "language is chosen in View > Language")
        args.lang = args.lang or args.lang_first
    return args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="Cluster Atlas: the offline catalogue of Mexico's industry clusters. "
                    "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="where your bookmarks, notes and contacts live "
                             "(default: the user data directory; env CLUSTER_ATLAS_DATA_DIR)")
    parser.add_argument("--lang", dest="lang_first", choices=LANGUAGES,
                        help=f"the same as --lang after one of: {', '.join(LANG_COMMANDS)}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command in `argv` (default: the process's arguments); its exit status. What
    it prints shows no raw terminal control characters (`cli.printable`)."""
    streams = wrap_streams()
    try:
        return _main(argv)
    finally:
        restore_streams(streams)


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = startup.window_only_args(argv)  # the window opens without building every command's parser
    if args is None:
        args = parse_args(argv)
    context = AppContext.default(args.data_dir)
    handler = getattr(args, "handler", None)
    try:
        if args.data_dir is not None:
            paths.chosen_data_dir(args.data_dir)  # DataDirUnusable for an empty one
        if handler is None:
            return open_window(args, context)
        return handler(args, context)
    except AtlasError as exc:
        print(f"{APP_ID}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    finally:
        context.close()
