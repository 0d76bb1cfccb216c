"""What the commands print shows no raw terminal control characters.

A name imported from a vCard may hold escape sequences that would retitle, clear or recolour the
user's terminal (or hide what is printed after them): while a command runs, stdout and stderr
write every control character but tab, newline and carriage return as U+FFFD. (Kept apart from
`cli.output`, whose imports the window's start does not need.)
"""

from __future__ import annotations

import io
import sys
from typing import TextIO

# C0 but tab, newline, carriage return; DEL; C1 (CSI, OSC, ...)
_CONTROLS = {c: "\ufffd" for c in (*range(0x09), 0x0b, 0x0c, *range(0x0e, 0x20),
                                    *range(0x7f, 0xa0))}


class Printable(io.TextIOBase):
    """A text stream that writes control characters as U+FFFD to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self.wrapped = stream

    def write(self, text: str) -> int:
        self.wrapped.write(text.translate(_CONTROLS))
        return len(text)

    def flush(self) -> None:
        self.wrapped.flush()

    def isatty(self) -> bool:
        return self.wrapped.isatty()

    def fileno(self) -> int:
        return self.wrapped.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.wrapped.encoding


def wrap_streams() -> tuple[TextIO, TextIO]:
    """Make stdout and stderr printable; return the streams they were, for `restore_streams`."""
    before = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = Printable(sys.stdout), Printable(sys.stderr)  # type: ignore[assignment]
    return before


def restore_streams(before: tuple[TextIO, TextIO]) -> None:
    sys.stdout, sys.stderr = before
