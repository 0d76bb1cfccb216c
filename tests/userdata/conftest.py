"""Fixtures for the user-data tests: see tests/user_fixtures.py."""

from tests.user_fixtures import (  # noqa: F401  (fixtures)
    catalogue_file,
    cluster_ids,
    conn,
    data_dir,
    make_context,
    vcard_copy,
)
