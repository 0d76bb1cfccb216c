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


class NotResolved(NotFound):
    """A typed name of a cluster, state, sector or label that names none of them, or several.

    Carries the data for each front end to word: `kind` ("cluster", "state", "sector", "label"),
    the `text` typed, `candidates` as (value, name) pairs, best first (what it may have meant, or,
    when `ambiguous`, every record it names equally) and the command that lists every value.
    `str()` is the command line's English sentence.
    """

    def __init__(self, kind: str, text: str, candidates: tuple[tuple[str, str], ...] = (), *,
                 ambiguous: bool = False, listed_by: str = "") -> None:
        self.kind, self.text, self.candidates = kind, text, candidates
        self.ambiguous, self.listed_by = ambiguous, listed_by
        super().__init__(self._sentence())

    def _sentence(self) -> str:
        named = [f"{value} ({name})" if name and name.casefold() != value.casefold() else value
                 for value, name in self.candidates]
        if self.ambiguous:
            return (f"{self.text!r} names {len(named)} {self.kind}s: {', '.join(named)}. "
                    f"Give one of the ids.")
        sentence = f"Unknown {self.kind} {self.text!r}."
        if named:
            choices = ", ".join(named[:-1]) + " or " + named[-1] if len(named) > 1 else named[0]
            sentence += f" Did you mean {choices}?"
        return sentence + (f" {self.listed_by}" if self.listed_by else "")
