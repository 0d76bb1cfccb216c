"""Reading the catalogue's source files: CSV rows and TOML tables as records that know the line
they start on, and the error that says where the input is bad (`file:line: reason`)."""

from __future__ import annotations

import csv
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class BuildError(Exception):
    """Bad input: says where (file and line) and why."""

    def __init__(self, file: str, line: int | None, reason: str) -> None:
        self.file, self.line, self.reason = file, line, reason
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {reason}")


@dataclass
class Record:
    """One source record and where it was read (for error messages)."""

    data: dict[str, Any]
    file: str
    line: int

    def fail(self, reason: str) -> BuildError:
        return BuildError(self.file, self.line, reason)


def split_list(cell: str) -> list[str]:
    """A CSV cell's list (items separated by ' | ')."""
    return [part.strip() for part in cell.split(" | ") if part.strip()] if cell else []


def fold(text: str) -> str:
    """Lower case without accents: the key for sorting and comparing spellings."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def spelling_key(text: str) -> str:
    """How a typed name is compared: folded, and without dots, spaces or dashes ("N.L." = "NL",
    "Q. Roo" = "QRoo", "Nuevo León" = "nuevo leon" = "NuevoLeón")."""
    return re.sub(r"[\W_]+", "", fold(text))


def read_csv(path: Path, required: Iterable[str]) -> list[Record]:
    name = path.name
    if not path.exists():
        raise BuildError(name, None, "file is missing")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise BuildError(name, 1, f"missing column(s): {', '.join(missing)}")
        records = []
        for row in reader:
            if None in row:
                raise BuildError(name, reader.line_num, "more cells than columns")
            clean = {k: (v or "").strip() for k, v in row.items()}
            if any(clean.values()):
                records.append(Record(clean, name, reader.line_num))
        return records


def read_toml(path: Path, table: str) -> list[Record]:
    """The `[[table]]` records of a TOML file (a file may hold several kinds of table)."""
    name = path.name
    if not path.exists():
        raise BuildError(name, None, "file is missing")
    text = path.read_text(encoding="utf-8")
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise BuildError(name, int(match.group(1)) if match else None, f"not valid TOML: {exc}")
    header = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
    lines = [i for i, line in enumerate(text.splitlines(), start=1) if header.match(line)]
    items = parsed.get(table, [])
    if not isinstance(items, list) or len(items) != len(lines):
        raise BuildError(name, None, f"expected [[{table}]] tables")
    return [Record(item, name, line) for item, line in zip(items, lines)]
