"""The read-only catalogue: clusters, states, sectors and programmes, searched with SQLite FTS5.

No Qt here. Functions take an open `sqlite3.Connection` (see `connection.open_catalogue`) and return
the records of `models`.
"""
