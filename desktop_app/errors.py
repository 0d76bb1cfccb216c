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


class NotDeleted(NotFound):
    """Contacts asked back that are not deleted: `problems` holds (uid, name) for each, the name
    empty when no contact has that uid at all. Nothing was restored."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = list(problems)
        uid, name = self.problems[0]
        super().__init__(f"{name} ({uid}) is not deleted." if name
                         else f"No deleted contact {uid!r}.")
