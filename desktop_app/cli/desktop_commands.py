"""Linux desktop integration: `cluster-atlas install-desktop-entry [--remove]`.

Writes `$XDG_DATA_HOME/applications/cluster-atlas.desktop` (from `resources/linux/`) with `Exec`
pointing at the running program (the bundle's executable, or the installed command), and the icon
under `$XDG_DATA_HOME/icons/hicolor/` (256x256 PNG and scalable SVG), so that the application
menu lists Cluster Atlas. Nothing outside the user's own data directory is touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from desktop_app import APP_ID, paths
from desktop_app.services.context import AppContext

_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')


def data_home() -> Path:
    """`$XDG_DATA_HOME`, else `~/.local/share` (the XDG base directory specification)."""
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How to start this same program again: the bundle's executable when frozen, the
    `cluster-atlas` script that runs now, else this Python with `-m desktop_app`."""
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if script is not None and script.name == APP_ID and script.is_file():
        return [str(script)]
    return [os.path.abspath(sys.executable), "-m", "desktop_app"]


def exec_value(argv: list[str]) -> str:
    """`argv` as a desktop entry `Exec` value: arguments with reserved characters are quoted,
    and the string escape rule doubles every backslash afterwards (Desktop Entry spec 1.5)."""
    parts = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if any(ch in _RESERVED for ch in arg):
            arg = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg) + '"'
        parts.append(arg)
    return " ".join(parts).replace("\\", "\\\\")


def desktop_entry(template: str, argv: list[str]) -> str:
    lines = [f"Exec={exec_value(argv)}" if line.startswith("Exec=") else line
             for line in template.splitlines()]
    return "\n".join(lines) + "\n"


def installed_files(home: Path) -> dict[str, Path]:
    icons = home / "icons" / "hicolor"
    return {"entry": home / "applications" / f"{APP_ID}.desktop",
            "png": icons / "256x256" / "apps" / f"{APP_ID}.png",
            "svg": icons / "scalable" / "apps" / f"{APP_ID}.svg"}


def install(home: Path, argv: list[str]) -> list[Path]:
    files = installed_files(home)
    template = paths.resource_path("linux", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    for path in files.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(paths.resource_path("icons", f"{APP_ID}-256.png"), files["png"])
    shutil.copyfile(paths.resource_path("icons", f"{APP_ID}.svg"), files["svg"])
    tmp = files["entry"].with_suffix(".desktop.tmp")
    tmp.write_text(desktop_entry(template, argv), encoding="utf-8")
    tmp.replace(files["entry"])
    return list(files.values())


def remove(home: Path) -> list[Path]:
    removed = []
    for path in installed_files(home).values():
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def run_install_desktop_entry(args: argparse.Namespace, context: AppContext) -> int:
    if not sys.platform.startswith("linux"):
        print(f"{APP_ID}: install-desktop-entry is for Linux desktops", file=sys.stderr)
        return 2
    home = data_home()
    if args.remove:
        for path in remove(home):
            print(f"removed {path}")
        return 0
    argv = launch_command()
    for path in install(home, argv):
        print(f"wrote {path}")
    print(f"the menu entry starts: {' '.join(argv)}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    entry = subparsers.add_parser(
        "install-desktop-entry", help="add Cluster Atlas to the Linux application menu",
        description="Write a desktop entry and the icon under ~/.local/share (XDG_DATA_HOME) "
                    "that start this program as it is installed now. Run it again after "
                    "moving the program.")
    entry.add_argument("--remove", action="store_true", help="remove the entry and the icon")
    entry.set_defaults(handler=run_install_desktop_entry)
