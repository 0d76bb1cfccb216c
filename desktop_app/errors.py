"""The errors a user can cause: each carries the data of what went wrong and says it in one line.

Front ends print `str(error)` (the command line, one line on stderr, exit status 2) or use the
fields (the window offers the newest good backup of a damaged file). `AtlasError` is the base of
them all; a programming error is never one.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class AtlasError(Exception):
    """Base of every error caused by the user's input or data; never a programming error."""


class NotFound(AtlasError):
    """An id, state, sector or list that does not exist."""


class InvalidInput(AtlasError):
    """Input that cannot be used (a bad file, a bad value); nothing was changed."""


class FileProblem(Enum):
    """Why a file the user chose cannot be read at all: the kinds a person meets, so that each
    front end can say them in its own words; UNREADABLE is the rest (broken quoting, bad JSON,
    a card cut short...), said by the reader's `reason`."""

    NOT_FOUND = "not found"
    FOLDER = "a folder"
    NOT_ALLOWED = "not allowed"
    TOO_LARGE = "too large"
    EMPTY = "empty"
    SPREADSHEET = "a spreadsheet"
    DOCUMENT = "a document or picture"
    DATABASE = "a database"
    NO_HEADER = "no header row"
    NO_VCARD = "no vCard"
    CUT_SHORT = "cut short"
    NOT_CALENDAR = "no calendar"
    UNREADABLE = "unreadable"


class ParseError(InvalidInput):
    """A file that cannot be imported: where (line, when known), why (`problem`, and the
    reader's words in `reason`; `detail` is what the problem names: the size, the columns
    found...). Nothing was changed."""

    def __init__(self, reason: str, line: int | None = None, source: str = "",
                 problem: FileProblem = FileProblem.UNREADABLE, detail: str = "") -> None:
        self.reason = reason
        self.line = line
        self.source = source
        self.problem = problem
        self.detail = detail
        where = source or "the file"
        if line is not None:
            where = f"{where}, line {line}"
        super().__init__(f"{where}: {reason}. Nothing was imported.")

    def with_source(self, source: str) -> ParseError:
        return ParseError(self.reason, self.line, source, self.problem, self.detail)


class BadDate(InvalidInput):
    """`text`, typed as the `what` ("due date", "until"), is not a date: neither YYYY-MM-DD nor
    one of the date words (`services.date_words`). Nothing was changed."""

    def __init__(self, what: str, text: str) -> None:
        self.what, self.text = what, text
        super().__init__(str(self))

    def __str__(self) -> str:
        return (f"{self.what.capitalize()} {self.text!r} is not a date: write YYYY-MM-DD or a "
                "word such as today, tomorrow, +3d, friday, mañana.")


class DataIntegrityError(AtlasError):
    """A database that fails its integrity check or cannot be read."""


class DataDamaged(DataIntegrityError):
    """The data file `path` cannot be used; it was left exactly as it is. `problem` completes
    "Your data file PATH ..." ("is empty", "failed its integrity check (...)").

    `backup` is the newest good backup (None when there is none) taken at `backup_taken`;
    `backups_dir` is where backups were looked for."""

    def __init__(self, path: Path, problem: str, backup: Path | None = None,
                 backup_taken: str = "", backups_dir: Path | None = None) -> None:
        self.path, self.problem, self.backup = path, problem, backup
        self.backup_taken, self.backups_dir = backup_taken, backups_dir
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"Your data file {self.path} {self.problem}. It has been left exactly as it is. "
        if self.backup is not None:
            return text + (f"The newest good backup is {self.backup} (taken "
                           f"{self.backup_taken}). To go back to it, close Cluster Atlas and "
                           f"run:  cluster-atlas restore {self.backup}")
        return text + (f"No good backup was found in {self.backups_dir}. Keep a copy of the "
                       "file; to start afresh, move it away (Cluster Atlas will create a new "
                       "one), or restore a backup you have elsewhere with:  "
                       "cluster-atlas restore FILE")


class MigrationFailed(DataIntegrityError):
    """Bringing the data to data version `version` failed (`problem`); that step changed
    nothing."""

    def __init__(self, version: int, problem: str) -> None:
        self.version, self.problem = version, problem
        super().__init__(str(self))

    def __str__(self) -> str:
        return (f"The data cannot be brought to data version {self.version} ({self.problem}); "
                "nothing was changed.")


class DataBusy(AtlasError):
    """Another process kept the data file `path` locked for longer than `waited_s` seconds."""

    def __init__(self, path: Path | None, waited_s: float) -> None:
        self.path, self.waited_s = path, waited_s
        super().__init__(str(self))

    def __str__(self) -> str:
        return (f"Another Cluster Atlas is writing to your data (waited {self.waited_s:.0f} s); "
                "try again. Nothing was changed.")


class DataUnwritable(AtlasError):
    """The user's data in `path` cannot be written: `reason` is "disk full", "read-only" or
    what the system said. Nothing was changed."""

    DISK_FULL, READ_ONLY = "disk full", "read-only"

    def __init__(self, path: Path, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.reason == self.DISK_FULL:
            why = "the disk is full; free some space and try again"
        elif self.reason == self.READ_ONLY:
            why = ("it is read-only; make it writable, or choose another folder with "
                   "--data-dir")
        else:
            why = self.reason
        return f"Cannot write your data in {self.path}: {why}. Nothing was changed."


class DataDirUnusable(AtlasError):
    """The data folder given (`path`, as typed) cannot hold the data: `reason`."""

    EMPTY, NOT_A_FOLDER = "empty", "not a folder"

    def __init__(self, path: str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.reason == self.EMPTY:
            return "--data-dir is empty: give the folder for your data, or leave the option out."
        if self.reason == self.NOT_A_FOLDER:
            return f"The data folder {self.path} is a file, not a folder: choose another one."
        return f"Cannot use {self.path} as the data folder: {self.reason}."


class OutputRefused(InvalidInput):
    """A file that must not be written to: `what` says which (the data file, a backup, a folder,
    a device). Nothing was written."""

    DATA_FILE, BACKUP, IN_BACKUPS, FOLDER, DEVICE = (
        "your data file", "one of your backups", "in your backups folder", "a folder",
        "not a regular file")

    def __init__(self, path: Path, what: str) -> None:
        self.path, self.what = path, what
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.what == self.FOLDER:
            return (f"Not written: {self.path} is a folder; give a file name in it, such as "
                    f"{Path(self.path) / 'export'}.")
        if self.what == self.DEVICE:
            return f"Not written: {self.path} is not a regular file; choose a file name."
        if self.what == self.IN_BACKUPS:
            return (f"Not written: {self.path} is in your backups folder, which Cluster Atlas "
                    "keeps for its own backups; choose another folder.")
        return (f"Not written: {self.path} is {self.what}; writing there would destroy it. "
                "Choose another file name.")


class OutputFailed(InvalidInput):
    """Writing the file `path` failed (`reason`: what the system said); no part of it was left
    and an older file of that name is unchanged."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"Cannot write {self.path}: {self.reason}. Nothing was written."


class RestoreFailed(InvalidInput):
    """A backup `source` that cannot be restored (`reason`); the data was not changed."""

    def __init__(self, source: Path, reason: str) -> None:
        self.source, self.reason = source, reason
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"Not restored: {self.reason}. Your data was not changed."


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


class NotDeleted(NotFound):
    """Contacts asked back that are not deleted: `problems` holds (uid, name) for each, the name
    empty when no contact has that uid at all. Nothing was restored."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = list(problems)
        uid, name = self.problems[0]
        super().__init__(f"{name} ({uid}) is not deleted." if name
                         else f"No deleted contact {uid!r}.")
