"""The window's words for the errors a user can meet, in the interface's language.

The typed errors of `desktop_app.errors` carry data; the command line prints their English
`str()`, the window words them here from their fields (and without command-line advice such as
`--data-dir` or `cluster-atlas restore`). What the system said (`reason`: "Permission denied")
stays as the system said it. An error that carries only prose (a plain `InvalidInput("...")`)
is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.errors import (
    BadDate,
    DataBusy,
    DataDamaged,
    DataUnwritable,
    FileProblem,
    MigrationFailed,
    NotDeleted,
    OutputFailed,
    OutputRefused,
    ParseError,
    RestoreFailed,
)
from desktop_app.ui.common.local_time import when_text

translate = QCoreApplication.translate


def error_text(error: BaseException) -> str:
    """One or two sentences that say what went wrong and what to do; nothing was changed."""
    if isinstance(error, OutputRefused):
        return _refused(error)
    if isinstance(error, OutputFailed):
        return translate("ErrorText", "Cannot write {path}: {reason}. Nothing was written.") \
            .format(path=error.path, reason=error.reason)
    if isinstance(error, DataUnwritable):
        if error.reason == DataUnwritable.DISK_FULL:
            return translate("ErrorText", "Cannot write your data in {path}: the disk is full; "
                                          "free some space and try again. Nothing was changed.") \
                .format(path=error.path)
        if error.reason == DataUnwritable.READ_ONLY:
            return translate("ErrorText", "Cannot write your data in {path}: it is read-only. "
                                          "Nothing was changed.").format(path=error.path)
        return translate("ErrorText", "Cannot write your data in {path}: {reason}. Nothing was "
                                      "changed.").format(path=error.path, reason=error.reason)
    if isinstance(error, DataBusy):
        return translate("ErrorText", "Another Cluster Atlas is writing to your data (waited "
                                      "{seconds} s); try again. Nothing was changed.") \
            .format(seconds=round(error.waited_s))
    if isinstance(error, DataDamaged):
        return _damaged(error)
    if isinstance(error, MigrationFailed):
        return translate("ErrorText", "Your data cannot be brought to data version {version} "
                                      "({problem}); nothing was changed.") \
            .format(version=error.version, problem=error.problem)
    if isinstance(error, RestoreFailed):
        return translate("ErrorText", "Not restored: {reason}. Your data was not changed.") \
            .format(reason=error.reason)
    if isinstance(error, ParseError):
        return _unreadable(error)
    if isinstance(error, BadDate):
        return translate("ErrorText", "“{text}” is not a date: write YYYY-MM-DD or a word such "
                                      "as today, tomorrow, +3d, friday, mañana.") \
            .format(text=error.text)
    if isinstance(error, NotDeleted):
        uid, name = error.problems[0]
        return (translate("ErrorText", "{name} is not deleted.").format(name=name) if name
                else translate("ErrorText", "No deleted contact “{uid}”.").format(uid=uid))
    return str(error)


def _refused(error: OutputRefused) -> str:
    if error.what == OutputRefused.FOLDER:
        return translate("ErrorText", "Not written: {path} is a folder; give a file name in "
                                      "it.").format(path=error.path)
    if error.what == OutputRefused.DEVICE:
        return translate("ErrorText", "Not written: {path} is not a regular file; choose a file "
                                      "name.").format(path=error.path)
    if error.what == OutputRefused.IN_BACKUPS:
        return translate("ErrorText", "Not written: {path} is in your backups folder, which "
                                      "Cluster Atlas keeps for its own backups; choose another "
                                      "folder.").format(path=error.path)
    if error.what == OutputRefused.BACKUP:
        return translate("ErrorText", "Not written: {path} is one of your backups; writing there "
                                      "would destroy it. Choose another file name.") \
            .format(path=error.path)
    return translate("ErrorText", "Not written: {path} is your data file; writing there would "
                                  "destroy it. Choose another file name.").format(path=error.path)


def _damaged(error: DataDamaged) -> str:
    text = translate("ErrorText", "Your data file {path} cannot be used ({problem}). It has been "
                                  "left exactly as it is.").format(path=error.path,
                                                                   problem=error.problem)
    if error.backup is None:
        return text + " " + translate(
            "ErrorText", "No good backup was found in {folder}. Keep a copy of the file; to "
                         "start afresh, move it away (Cluster Atlas then creates a new one).") \
            .format(folder=error.backups_dir)
    if error.backup_taken:
        return text + " " + translate("ErrorText", "The newest good backup is {backup} (taken "
                                                   "{taken}).").format(
            backup=error.backup, taken=when_text(error.backup_taken))
    return text + " " + translate("ErrorText", "The newest good backup is {backup}.").format(
        backup=error.backup)


def _unreadable(error: ParseError) -> str:
    """A file that could not be imported: where, why in the window's words (the reader's own
    words for the rare kinds), and that nothing was imported."""
    where = error.source or translate("ErrorText", "The file")
    if error.line is not None:
        where = translate("ErrorText", "{file}, line {line}").format(file=where, line=error.line)
    problem = error.problem
    if problem is FileProblem.NOT_FOUND:
        text = translate("ErrorText", "{where}: no such file.")
    elif problem is FileProblem.FOLDER:
        text = translate("ErrorText", "{where} is a folder; choose a file.")
    elif problem is FileProblem.NOT_ALLOWED:
        text = translate("ErrorText", "{where}: you are not allowed to read this file.")
    elif problem is FileProblem.TOO_LARGE:
        text = translate("ErrorText", "{where} is too large ({detail} MB).")
    elif problem is FileProblem.EMPTY:
        text = translate("ErrorText", "{where} is empty.")
    elif problem is FileProblem.SPREADSHEET:
        text = translate("ErrorText", "{where} is a spreadsheet, not a file of contacts: save it "
                                      "from the spreadsheet as CSV (UTF-8) and import that file.")
    elif problem is FileProblem.DOCUMENT:
        text = translate("ErrorText", "{where} is a document or a picture, not a file of "
                                      "contacts: choose a vCard (.vcf), CSV or Cluster Atlas "
                                      "JSON file.")
    elif problem is FileProblem.DATABASE:
        text = translate("ErrorText", "{where} is a database, not a file of contacts: a Cluster "
                                      "Atlas backup is brought back with File › Restore from "
                                      "Backup.")
    elif problem is FileProblem.NO_HEADER:
        text = translate("ErrorText", "{where}: the first row should name the columns (such as "
                                      "First Name, E-mail Address or Email); found: {detail}.")
    elif problem is FileProblem.NO_VCARD:
        text = translate("ErrorText", "{where}: no vCard found (a vCard starts with "
                                      "BEGIN:VCARD).")
    elif problem is FileProblem.CUT_SHORT:
        text = translate("ErrorText", "{where}: this card has no END:VCARD; the file may be cut "
                                      "short.")
    elif problem is FileProblem.NOT_CALENDAR:
        text = translate("ErrorText", "{where} is not a calendar file (no BEGIN:VCALENDAR).")
    else:
        text = translate("ErrorText", "{where}: {reason}.")
    return text.format(where=where, detail=error.detail, reason=error.reason) + " " + translate(
        "ErrorText", "Nothing was imported.")
