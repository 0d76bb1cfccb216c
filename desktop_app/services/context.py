"""The application's open resources: the catalogue connection and the user's data directory.

A context is opened lazily and closed once, when its window or command ends: after `close()`
every access raises ContextClosed (a programming error: something outlived the window or command
that owned the data, a timer or a late signal, say) instead of quietly opening the databases
again behind nobody's back. `close_user_db()` is different: a restore closes the user database
to replace its file, and the next use opens the new one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app import paths
from desktop_app.catalogue.connection import open_catalogue


class ContextClosed(RuntimeError):
    """The context was used after `close()` (a programming error, never the user's)."""


class AppContext:
    """Owns the connections; opened lazily so that start-up only pays for what it uses.

    (A plain class, not a dataclass: the window's start imports no dataclass machinery.)"""

    def __init__(self, catalogue_path: Path, data_dir_override: str | None = None) -> None:
        self.catalogue_path = catalogue_path
        self.data_dir_override = data_dir_override
        self._catalogue: sqlite3.Connection | None = None
        self._user_db: sqlite3.Connection | None = None
        self._closed = False

    def __repr__(self) -> str:
        return (f"AppContext(catalogue_path={self.catalogue_path!r}, "
                f"data_dir_override={self.data_dir_override!r})")

    @classmethod
    def default(cls, data_dir: str | None = None) -> AppContext:
        return cls(catalogue_path=paths.catalogue_path(), data_dir_override=data_dir)

    @property
    def closed(self) -> bool:
        return self._closed

    def _check_open(self, what: str) -> None:
        if self._closed:
            raise ContextClosed(f"{what} used after its AppContext was closed")

    @property
    def catalogue(self) -> sqlite3.Connection:
        self._check_open("The catalogue")
        if self._catalogue is None:
            self._catalogue = open_catalogue(self.catalogue_path)
        return self._catalogue

    @property
    def data_dir(self) -> Path:
        return paths.user_data_dir(self.data_dir_override)

    def has_user_db(self) -> bool:
        """True when the user's data file exists (a read that must not create it asks first)."""
        return paths.user_db_file(self.data_dir).exists()

    @property
    def user_db(self) -> sqlite3.Connection:
        """The user's own database (bookmarks, notes, contacts), opened, checked and migrated on
        first use; DataIntegrityError when it is damaged (with the way back)."""
        self._check_open("The user database")
        if self._user_db is None:
            # the user data's modules (~25 ms): not before the first frame, desktop_app.startup
            from desktop_app.userdata.connection import open_user_db

            self._user_db = open_user_db(self.data_dir)
        return self._user_db

    def close_user_db(self) -> None:
        """Close the user database (a restore replaces the file); reopened on next use."""
        if self._user_db is not None:
            self._user_db.close()
        self._user_db = None

    def close(self) -> None:
        """Close both databases for good: any later access raises ContextClosed."""
        if self._catalogue is not None:
            self._catalogue.close()
            self._catalogue = None
        self.close_user_db()
        self._closed = True
