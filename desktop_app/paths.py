"""Every path the application uses: bundled resources and the user's directories.

Resources (the built catalogue, fonts, icons, maps) are found the same way from a source checkout and
from a PyInstaller bundle (`sys._MEIPASS`); the user's data lives in the platform's user data directory
(platformdirs), overridable by `--data-dir` or `CLUSTER_ATLAS_DATA_DIR`, never inside the install.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app import APP_ID

DATA_DIR_ENV = "CLUSTER_ATLAS_DATA_DIR"
CATALOGUE_ENV = "CLUSTER_ATLAS_CATALOGUE"

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resource_root() -> Path:
    """The folder that holds `resources/`: the bundle's root when frozen, else the source checkout."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return _SOURCE_ROOT


def resource_path(*parts: str) -> Path:
    """A file or folder under `resources/`, e.g. `resource_path("fonts", "DejaVuSans.ttf")`."""
    return resource_root().joinpath("resources", *parts)


def source_root() -> Path | None:
    """The source checkout (holding `database/`), or None inside a bundle."""
    return None if is_frozen() else _SOURCE_ROOT


def catalogue_path() -> Path:
    """The read-only catalogue; `CLUSTER_ATLAS_CATALOGUE` points elsewhere (benchmarks, tests)."""
    override = os.environ.get(CATALOGUE_ENV)
    if override:
        return Path(override)
    return resource_path("catalogue.sqlite")


def user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the user's own database and backups live (created on first use, owner-only)."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        path = Path(chosen).expanduser()
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_ID, appauthor=False)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def user_log_dir() -> Path:
    """Where the rotating log file goes."""
    from platformdirs import user_log_path

    path = user_log_path(APP_ID, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path
