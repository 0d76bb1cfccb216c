"""The `cluster-atlas` command: the window without arguments, otherwise a headless command.

Each family of commands lives in its own module with a `register(subparsers)` function; a command's
handler takes the parsed arguments and the `AppContext` and returns the exit status. Errors caused
by the user (unknown id, state, sector, bad file) print one line on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import gc
import sys
from importlib import import_module

from desktop_app import APP_ID, __version__

COMMAND_MODULES = (
    "desktop_app.cli.catalogue_commands",
    "desktop_app.cli.userdata_commands",
    "desktop_app.cli.sheet_commands",
    "desktop_app.cli.app_commands",
    "desktop_app.cli.desktop_commands",
)

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="Cluster Atlas: the offline catalogue of Mexico's industry clusters. "
                    "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="where your bookmarks, notes and contacts live "
                             "(default: the user data directory; env CLUSTER_ATLAS_DATA_DIR)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def window_only_args(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when `argv` only opens the window (nothing, or just `--data-dir DIR`), so
    that start-up skips building every command's parser; None for anything else (a command,
    `--help`, `--version`, an abbreviation or a mistake), which the full parser handles."""
    data_dir = None
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--data-dir" and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        elif arg.startswith("--data-dir=") and len(arg) > len("--data-dir="):
            data_dir = arg.split("=", 1)[1]
        else:
            return None
    return argparse.Namespace(data_dir=data_dir, command=None, handler=None)


def main(argv: list[str] | None = None) -> int:
    """Run the command in `argv` (default: the process's arguments); its exit status. What
    it prints shows no raw terminal control characters (`cli.printable`)."""
    from desktop_app.cli.printable import restore_streams, wrap_streams

    streams = wrap_streams()
    try:
        return _main(argv)
    finally:
        restore_streams(streams)


def _main(argv: list[str] | None) -> int:
    from desktop_app import paths
    from desktop_app.errors import AtlasError
    from desktop_app.services.context import AppContext

    argv = sys.argv[1:] if argv is None else list(argv)
    args = window_only_args(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    else:
        gc.disable()  # the window's start allocates much and frees little: ui.app.run turns
        # the collector back on once the window is up (and `finally` below, whatever happens)
    context = AppContext.default(args.data_dir)
    handler = getattr(args, "handler", None)
    try:
        if args.data_dir is not None:
            paths.chosen_data_dir(args.data_dir)  # DataDirUnusable for an empty one
        if handler is None:
            from desktop_app.cli.app_commands import open_window

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
        gc.enable()
        context.close()
