"""`screenshot`: the main window rendered offscreen to a PNG (no command opens the window:
`desktop_app.cli.open_window`)."""

from __future__ import annotations

import argparse
import os
import sys

from desktop_app.cli.catalogue_commands import add_lang_argument, output_lang
from desktop_app.cli.output import prepare_output
from desktop_app.services.context import AppContext

VIEWS = ("browse", "map", "contacts", "missions")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"size {text!r}: WIDTHxHEIGHT expected, e.g. 1400x900") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"size {text!r}: 200 to 8000 pixels each way")
    return width, height


def run_screenshot(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app import outputs

    out = prepare_output(args.out, context)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # the window's module (and Qt) only here: every other command runs without them
    from desktop_app.ui.screenshot import window_png

    picture = window_png(context, args.size, output_lang(args), text=args.search,
                         sectors=args.sector, states=args.state, select=args.select,
                         view=args.view)
    if picture is None:
        print(f"cluster-atlas: cannot make the picture for {args.out}", file=sys.stderr)
        return 1
    png, width, height = picture
    outputs.write_file(out, png, private=False, protect=context.data_dir)
    print(f"wrote {args.out} ({width}x{height})")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    shot = subparsers.add_parser(
        "screenshot", help="render the main window offscreen to a PNG (for the README)",
        description="Render the main window offscreen to a PNG and exit. The window opens with "
                    "default settings, not the ones you saved.")
    shot.add_argument("out", metavar="OUT.png", help="the PNG file to write")
    shot.add_argument("--view", choices=VIEWS, default="browse", help="which view (default browse)")
    shot.add_argument("--size", type=_size, default=(1400, 900), metavar="WxH",
                      help="window size in pixels (default 1400x900)")
    shot.add_argument("--search", default="", metavar="TEXT", help="type this in the search field")
    shot.add_argument("--sector", action="append", default=[], metavar="S",
                      help="tick this sector (id, name or label; repeatable)")
    shot.add_argument("--state", action="append", default=[], metavar="S",
                      help="tick this state (name or code; repeatable)")
    shot.add_argument("--select", metavar="ID", help="select this cluster and show its profile")
    add_lang_argument(shot, "the window")
    shot.set_defaults(handler=run_screenshot)
