"""Opening the shipped catalogue, read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.errors import DataIntegrityError

REQUIRED_TABLES = {"clusters", "clusters_fts", "states", "sectors", "meta"}
SCHEMA_VERSION = 2  # database/build.py's: the Spanish beside the English, labels, places


def open_catalogue(path: Path) -> sqlite3.Connection:
    """Open the catalogue read-only; a missing or foreign file raises DataIntegrityError."""
    if not path.is_file():
        raise DataIntegrityError(
            f"The catalogue is missing: {path}. From a source checkout, build it with "
            "'python database/build.py'.")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DataIntegrityError(f"The catalogue {path} cannot be read: {exc}") from exc
    if not REQUIRED_TABLES <= tables:
        conn.close()
        raise DataIntegrityError(f"{path} is not a Cluster Atlas catalogue.")
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if int(row[0] if row else 0) < SCHEMA_VERSION:
        conn.close()
        raise DataIntegrityError(
            f"The catalogue {path} was built by an older version of Cluster Atlas. From a source "
            "checkout, build it again with 'python database/build.py'.")
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -32000")
    return conn
