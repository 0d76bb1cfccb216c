"""How the window starts: every start-up trick that is kept, in one place, with what it saves.

The rule (issue 14): a trick stays only where `benchmarks/bench_startup.py` shows it saves 5 ms or
more of the whole process (A/B against a copy of the tree without it, `--against DIR`); the
figures are in `benchmarks/README.md` ("Start-up, fifth round"). Everything else is written the
plain way: imports at the top of their module, dataclasses or named tuples as fits, Qt's own
widgets and the standard library.

Kept, each used from here:

1. `window_only_args`: `cluster-atlas` with no command (or only `--data-dir`) opens the window
   without building the parser of every command family (their modules import the interchange
   formats, reportlab's helpers, ...).
2. `open_window` turns the garbage collector off while the window is built (start-up allocates
   much and frees little), and `resume_collector` turns it back on once the window is up, with
   what start-up made frozen out of the collector's view (`gc.freeze`: the modules, classes and
   the window live as long as the process; scanning them at every full collection and at exit
   is wasted).
3. `open_window` imports the window's Qt-free layers before PySide: PySide installs an import hook
   that reads the source of every module imported after it.
4. What the first frame does not need runs `AFTER_FIRST_FRAME_MS` after the window is shown
   (`ui.app.run`): the window icon (its PNG decoder) and the log file (`logging.handlers`, which
   imports `socket` and `pickle`); until then a failure is still logged, to a file opened on the
   spot (`ui.app.install_exception_hook`).

5. A cluster's whole record (`catalogue.details` and its dataclasses, `catalogue.detail_models`)
   is imported by `BrowseService.cluster` on first use: ~11 ms (`python -X importtime`) that the
   first frame, which shows no profile, does not need.

This module imports no Qt: the command line imports it for every command.

Left to their owners and measured for them (see the README): the user data read after the first
paint (`ui.library.window_user_data`).
The map (`ui.map`) and the fact sheets (`ui.sheets.sheet_export`) are imported when first used:
they are not part of the first frame at all (30 ms and more each).
"""

from __future__ import annotations

import argparse
import gc

from desktop_app.services.context import AppContext

AFTER_FIRST_FRAME_MS = 200


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


def open_window(context: AppContext) -> int:
    """Build and run the main window, with tricks 2 and 3 (the collector is on again when this
    returns, whatever happens)."""
    gc.disable()
    try:
        import desktop_app.services.browse  # noqa: F401  (trick 3: before PySide)
        import desktop_app.services.profile  # noqa: F401
        from desktop_app.ui.app import run

        return run(context)
    finally:
        gc.enable()


def resume_collector() -> None:
    """Trick 2's second half, once the window is up."""
    gc.freeze()
    gc.enable()
