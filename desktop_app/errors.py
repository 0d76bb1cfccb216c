"""The errors a user can cause: each carries a message meant to be shown as it is."""

from __future__ import annotations


class AtlasError(Exception):
    """Base of every error caused by the user's input or data; never a programming error."""


class NotFound(AtlasError):
    """An id, state, sector or list that does not exist."""


class InvalidInput(AtlasError):
    """Input that cannot be used (a bad file, a bad value); nothing was changed."""


class DataIntegrityError(AtlasError):
    """A database that fails its integrity check or cannot be read."""
