"""Printing records as a table, JSON or CSV, the same way for every command (with no raw terminal
control characters: `cli.printable`); and the files the commands write (`prepare_output`: never
over the user's data, a missing folder created)."""

from __future__ import annotations

import csv
import json
import shutil
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop_app.csv_cells import csv_cell
from desktop_app.errors import OutputFailed, OutputRefused

if TYPE_CHECKING:
    from desktop_app.services.context import AppContext


def prepare_output(path: str | Path, context: AppContext) -> Path:
    """The file a command was asked to write: OutputRefused (nothing changed) when it is the
    user's data file, a backup, a folder or a device; its folder created when missing, and said
    so on stderr (the same for every command that writes a file)."""
    from desktop_app import outputs  # in the commands that write a file: cli/__init__.py

    target = Path(path).expanduser()
    what = outputs.refusal(target, context.data_dir)
    if what is not None:
        raise OutputRefused(target, what)
    folder = target.parent
    if not folder.exists():
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            raise OutputFailed(target, outputs.failure_reason(exc)) from None
        print(f"cluster-atlas: created the folder {folder}", file=sys.stderr)
    return target


def print_json(data: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " | ".join(_cell(v) for v in value)
    return str(value)


def print_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str],
              out: TextIO | None = None) -> None:
    out = out or sys.stdout
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(_cell(row.get(c))) for c in columns])


def print_table(rows: list[dict[str, Any]], columns: Sequence[str],
                headers: Sequence[str] | None = None, out: TextIO | None = None) -> None:
    """Aligned columns; the widest column is shortened with '…' to fit the terminal."""
    out = out or sys.stdout
    headers = list(headers or columns)
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    room = shutil.get_terminal_size((160, 24)).columns - 2 * (len(widths) - 1)
    while sum(widths) > room and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1

    def fit(text: str, width: int) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    out.write("  ".join(fit(h, w).ljust(w) for h, w in zip(headers, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(fit(c, w).ljust(w) for c, w in zip(row, widths)).rstrip() + "\n")
