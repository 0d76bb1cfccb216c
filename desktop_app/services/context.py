"""The application's open resources: the catalogue connection and the user's data directory."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app import paths


class AppContext:
    """Owns the connections; opened lazily so that start-up only pays for what it uses.

    (A plain class, not a dataclass: the window's start imports no dataclass machinery.)"""

    def __init__(self, catalogue_path: Path, data_dir_override: str | None = None) -> None:
        self.catalogue_path = catalogue_path
        self.data_dir_override = data_dir_override
        self._catalogue: sqlite3.Connection | None = None
        self._user_db: object | None = None

    def __repr__(self) -> str:
        return (f"AppContext(catalogue_path={self.catalogue_path!r}, "
                f"data_dir_override={self.data_dir_override!r})")

    @classmethod
    def default(cls, data_dir: str | None = None) -> "AppContext":
        return cls(catalogue_path=paths.catalogue_path(), data_dir_override=data_dir)

    @property
    def catalogue(self) -> sqlite3.Connection:
        if self._catalogue is None:
            from desktop_app.catalogue.connection import open_catalogue

            self._catalogue = open_catalogue(self.catalogue_path)
        return self._catalogue

    @property
    def data_dir(self) -> Path:
        return paths.user_data_dir(self.data_dir_override)

    @property
    def user_db(self) -> sqlite3.Connection:
        """The user's own database (bookmarks, notes, contacts), opened, checked and migrated on
        first use; DataIntegrityError when it is damaged (with the way back)."""
        if self._user_db is None:
            from desktop_app.userdata.connection import open_user_db

            self._user_db = open_user_db(self.data_dir)
        return self._user_db  # type: ignore[return-value]

    def close_user_db(self) -> None:
        """Close the user database (a restore replaces the file); reopened on next use."""
        closer = getattr(self._user_db, "close", None)
        if closer:
            closer()
        self._user_db = None

    def close(self) -> None:
        if self._catalogue is not None:
            self._catalogue.close()
            self._catalogue = None
        closer = getattr(self._user_db, "close", None)
        if closer:
            closer()
        self._user_db = None
