"""Every path the application uses: bundled resources and the user's directories.

Resources (the built catalogue, fonts, icons, maps) are found the same way from a source checkout and
from a PyInstaller bundle (`sys._MEIPASS`); the user's data lives in the platform's user data directory
(platformdirs), overridable by `--data-dir` or `CLUSTER_ATLAS_DATA_DIR`, never inside the install.
On Linux the XDG base directories are read here, as platformdirs reads them: importing
platformdirs costs every start 6-8 ms (`python -X importtime`: its Unix module imports `tempfile`
and `random`), a start-up trick kept by the rule of `desktop_app.startup`; elsewhere platformdirs
resolves them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app import APP_ID
from desktop_app.errors import DataDirUnusable

DATA_DIR_ENV = "CLUSTER_ATLAS_DATA_DIR"
CATALOGUE_ENV = "CLUSTER_ATLAS_CATALOGUE"

# The data folder's layout: the database (with SQLite's -wal, -shm and -journal beside it), the
# backups folder, and the copies a restore or a damaged file leaves beside the database.
USER_DB_NAME = "user.sqlite"
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
BACKUP_DIR = "backups"
DAMAGED_PREFIX = "damaged-"
RESTORE_PREFIX = ".restore-"

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


def _xdg_home(env_var: str, default: str) -> Path | None:
    """`$env_var` when it is an absolute path, else `default` under the home directory; None off
    Linux (platformdirs then)."""
    if not sys.platform.startswith("linux"):
        return None
    value = os.environ.get(env_var, "")
    return Path(value) if os.path.isabs(value) else Path(os.path.expanduser(default))


def user_config_dir() -> Path:
    """Where the settings file goes (not created here)."""
    home = _xdg_home("XDG_CONFIG_HOME", "~/.config")
    if home is not None:
        return home / APP_ID
    from platformdirs import user_config_path  # not on Linux: desktop_app.startup

    return user_config_path(APP_ID, appauthor=False)


def chosen_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder `--data-dir` (`override`), `CLUSTER_ATLAS_DATA_DIR` or the platform
    chooses; not created. DataDirUnusable for an empty `--data-dir ""` (an empty environment
    variable counts as unset)."""
    if override is not None:
        if not str(override).strip():
            raise DataDirUnusable(str(override), DataDirUnusable.EMPTY)
        return Path(override).expanduser()
    chosen = os.environ.get(DATA_DIR_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    if (home := _xdg_home("XDG_DATA_HOME", "~/.local/share")) is not None:
        return home / APP_ID
    from platformdirs import user_data_path  # not on Linux: desktop_app.startup

    return user_data_path(APP_ID, appauthor=False)


def user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the user's own database and backups live (created on first use, owner-only).
    DataDirUnusable when the place is empty or a file."""
    path = chosen_data_dir(override)
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except (FileExistsError, NotADirectoryError):
        raise DataDirUnusable(str(path), DataDirUnusable.NOT_A_FOLDER) from None
    except OSError as exc:
        raise DataDirUnusable(str(path), exc.strerror or str(exc)) from None
    return path


def user_db_file(data_dir: Path) -> Path:
    """The user's database in `data_dir`."""
    return Path(data_dir) / USER_DB_NAME


def backups_folder(data_dir: Path) -> Path:
    """The folder of the backups of `data_dir` (not created here)."""
    return Path(data_dir) / BACKUP_DIR


def user_log_dir() -> Path:
    """Where the rotating log file goes."""
    home = _xdg_home("XDG_STATE_HOME", "~/.local/state")
    if home is not None:
        path = home / APP_ID / "log"
    else:
        from platformdirs import user_log_path  # not on Linux: desktop_app.startup

        path = user_log_path(APP_ID, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path
