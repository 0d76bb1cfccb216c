"""CSV cells a spreadsheet shows as text: the one defence against formula injection (OWASP), for
every CSV Cluster Atlas writes (contact exports, `contacts list --format csv`) and reads back."""

from __future__ import annotations

import re

# CSV formula injection (OWASP): a cell starting with one of these is a formula to Excel and
# Sheets; one that is only a number (a phone number, "-5") calls nothing and is left as it is
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?[\d .()/-]*\d[\d .()/-]*$")


def csv_cell(value: str) -> str:
    """A value as a CSV cell a spreadsheet shows as text: a leading apostrophe before one that
    would start a formula (or already starts with apostrophes before one, so that `csv_value`
    gives back exactly the value)."""
    if value.lstrip("'").startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def csv_value(cell: str) -> str:
    """The value of a cell written by `csv_cell` (its apostrophe taken off again)."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell
