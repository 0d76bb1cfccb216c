"""The import preview's words for what the readers and the import service report as data: why a
line was left out (`LineProblem`), how the file's encoding was decided (`EncodingSource`), why a
row is likely a duplicate (`MatchReason`), what else an export of everything brings, and what a
merge adds, in the interface's language.

The enums are reached through the values the plan hands over (`type(problem)`), so the window
names no module below the services; a member renamed there fails here at once (AttributeError).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def problem_text(problem) -> str:
    """Why a reader left a line out: 'a comment', 'not readable', ..."""
    kinds = type(problem)
    return {
        kinds.NO_IDENTITY: QCoreApplication.translate(
            "import_words", "a record with no name, organisation, email or phone"),
        kinds.COMMENT: QCoreApplication.translate("import_words", "a comment"),
        kinds.NO_VALUE: QCoreApplication.translate("import_words",
                                                   "a line with no ':' (no value)"),
        kinds.BAD_NAME: QCoreApplication.translate("import_words", "not a property name"),
        kinds.OUTSIDE_CARD: QCoreApplication.translate(
            "import_words", "text outside BEGIN:VCARD ... END:VCARD"),
        kinds.UNREADABLE: QCoreApplication.translate("import_words", "not readable"),
        kinds.BEFORE_HEADER: QCoreApplication.translate(
            "import_words", "text above the row that names the columns"),
    }[problem]


def encoding_text(encoding) -> str:
    """'Read as Windows-1250 (guessed from the letters).'"""
    kinds = type(encoding.source)
    how = {
        kinds.DECLARED: QCoreApplication.translate("import_words", "declared in the file"),
        kinds.BOM: QCoreApplication.translate("import_words", "byte-order mark"),
        kinds.DETECTED: QCoreApplication.translate("import_words", "detected"),
        kinds.GUESSED: QCoreApplication.translate("import_words", "guessed from the letters"),
    }[encoding.source]
    return QCoreApplication.translate("import_words", "Read as {encoding} ({how}).").format(
        encoding=encoding.label, how=how)


def match_text(item) -> str:
    """Why a row of the file is likely a stored contact: 'same email ana@x.mx', and which earlier
    row of the file it was found through ('… as Ana (line 4)'); '' when it is no duplicate."""
    if item.match is None:
        return ""
    kinds = type(item.match)
    if item.match is kinds.SAME_EMAIL and item.match_email:
        reason = QCoreApplication.translate("import_words", "same email {email}").format(
            email=item.match_email)
    else:
        reason = {
            kinds.SAME_UID: QCoreApplication.translate("import_words", "same uid"),
            kinds.SAME_EMAIL: QCoreApplication.translate("import_words", "same email"),
            kinds.SAME_NAME: QCoreApplication.translate("import_words",
                                                        "same name and organisation"),
        }[item.match]
    if not item.via_earlier_row:
        return reason
    if item.target_line is None:
        return QCoreApplication.translate("import_words", "{reason} as {name}").format(
            reason=reason, name=item.target_name)
    return QCoreApplication.translate("import_words", "{reason} as {name} (line {line})").format(
        reason=reason, name=item.target_name, line=item.target_line)


def library_text(library) -> str:
    """What else an export of everything brings (bookmarks, list entries, notes), or ''."""
    if library is None:
        return ""
    counts = {"bookmarks": len(library.bookmarks), "entries": len(library.list_items),
              "notes": len(library.notes), "already": library.already}
    if library.already:
        return QCoreApplication.translate(
            "import_words", "Also to add: bookmarks: {bookmarks}, list entries: {entries}, "
            "cluster notes: {notes} ({already} already there).").format(**counts)
    return QCoreApplication.translate(
        "import_words", "Also to add: bookmarks: {bookmarks}, list entries: {entries}, cluster "
        "notes: {notes}.").format(**counts)


def difference_text(item) -> str:
    """What merging would add to the stored contact, in words ('' for no merge)."""
    if item.merged is None:
        return ""
    merged, incoming = item.merged, item.contact
    parts = []
    emails = [e.address for e in merged.emails
              if e.address in {x.address for x in incoming.emails}]
    if emails:
        parts.append(QCoreApplication.translate("import_words", "emails: {emails}").format(
            emails=", ".join(emails)))
    phones = [p.number for p in merged.phones if p.number in {x.number for x in incoming.phones}]
    if phones:
        parts.append(QCoreApplication.translate("import_words", "phones: {phones}").format(
            phones=", ".join(phones)))
    if incoming.notes:
        parts.append(QCoreApplication.translate("import_words", "notes: {count}").format(
            count=len(incoming.notes)))
    if not parts:
        return QCoreApplication.translate(
            "import_words", "Merging into {name} keeps everything you have and adds what is "
            "new.").format(name=item.target_name)
    return QCoreApplication.translate(
        "import_words", "Merging into {name} keeps everything you have and adds what is new "
        "({parts}).").format(name=item.target_name, parts="; ".join(parts))
