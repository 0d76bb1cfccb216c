"""How the window starts: every start-up trick that is kept, in one place, with what it saves.

The rule (issue 14): a trick stays only where `benchmarks/bench_startup.py` shows it saves 5 ms or
more of a whole process (A/B against a copy of the tree without it: `--against DIR`, CPU time
medians of 21-31 alternating runs, two rounds; the figures are in `benchmarks/README.md`,
"Start-up, fifth round"). Everything else is written the plain way: imports at the top of their
module, Qt's own widgets, the standard library.

Kept, each used from here:

1. `window_only_args`: `cluster-atlas` with no command (or only `--data-dir`) opens the window
   without building the parser of every command family (9-21 ms).
2. `open_window` turns the garbage collector off while the window is built (start-up allocates
   much and frees little), and `resume_collector` turns it back on once the window is up, with
   what start-up made frozen out of the collector's view (`gc.freeze`: the modules, classes and
   the window live as long as the process; without it the first collections and the exit scan
   them all): 29-37 ms, nearly all of it the freeze.
3. The log file is opened `AFTER_FIRST_FRAME_MS` after the window is shown (`ui.app.run`):
   `logging.handlers` imports `socket` and `pickle` (14-15 ms); a failure before that still
   reaches the log, which the exception hook then opens at once.

4. On Linux, `paths` reads the XDG base directories itself instead of importing platformdirs
   (6-8 ms, `python -X importtime`), as platformdirs reads them; elsewhere platformdirs does.

Not part of the first frame at all, so imported when first used: the map (`ui.map`, ~20 ms) and
the fact sheets (`ui.sheets.sheet_export`, ~23 ms). Measured and dropped (no saving to measure):
the Qt-free layers imported before PySide's import hook, the window icon and the search field's
clear button after the first frame, the dialogs' classes imported when opened, `html` not
imported, named tuples for dataclasses, `QUrl` out of sight. Left to their owners, measured for
them in the README: a cluster's whole record (`catalogue.details` and its dataclasses,
`catalogue.detail_models`), which `BrowseService.cluster` imports on first use (~9 ms whole
process, ~11 ms `python -X importtime`: the first frame shows no profile), and the user's data
read after the first paint (`ui.library.window_user_data`; `AppContext.user_db` imports
`userdata.connection`, its backups and migrations then: ~25-35 ms `python -X importtime`, 9-53 ms
whole process).

An import inside a function is one of these kinds, and says which where it is:
- a trick above (`ui.app` here, `logging.handlers`, platformdirs, `catalogue.details`, the user's
  data, `ui.map`, `ui.sheets`);
- a heavy library that the window's start and most commands do without: Babel in
  `services.profile` (the profile's Spanish numbers and dates), icalendar and the libraries on it
  (the missions view imports `interchange.ics_*` before any calendar is read), phonenumbers (until
  a phone number is read), arabic_reshaper (Arabic text only), Qt in the `screenshot` command;
- a command's services, imported by its handler (`desktop_app.cli`'s docstring says why);
- an import cycle that moving code does not break: `userdata.backups` -> `schema` (a migration
  backs up first) and `userdata.db` -> `connection` (connection -> schema -> db).

This module imports no Qt: the command line imports it for every command.
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
    """Build and run the main window with the collector paused (trick 2; it is on again when
    this returns, whatever happens)."""
    gc.disable()
    try:
        from desktop_app.ui.app import run  # Qt: the command line imports this module

        return run(context)
    finally:
        gc.enable()


def resume_collector() -> None:
    """Trick 2's second half, once the window is up."""
    gc.freeze()
    gc.enable()
