"""The window words the typed errors from their fields, in the interface's language."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from desktop_app.errors import (
    BadDate,
    DataUnwritable,
    InvalidInput,
    OutputFailed,
    OutputRefused,
)
from desktop_app.ui.common.error_text import error_text

DATA = Path("/home/ana/.local/share/cluster-atlas/user.sqlite")


def test_english_says_what_the_command_line_says_without_its_advice():
    refused = OutputRefused(DATA, OutputRefused.DATA_FILE)
    assert error_text(refused) == (f"Not written: {DATA} is your data file; writing there "
                                   "would destroy it. Choose another file name.")
    assert str(refused) == error_text(refused)
    unwritable = DataUnwritable(DATA.parent, DataUnwritable.READ_ONLY)
    assert "--data-dir" in str(unwritable) and "--data-dir" not in error_text(unwritable)


def test_spanish_keeps_the_data_and_the_systems_words(spanish):
    assert error_text(OutputRefused(DATA, OutputRefused.DATA_FILE)) == (
        f"No se escribió: {DATA} es su archivo de datos; escribir ahí lo destruiría. Elija "
        "otro nombre de archivo.")
    failed = error_text(OutputFailed(Path("/mnt/usb/x.pdf"), "Permission denied"))
    assert "/mnt/usb/x.pdf" in failed and "Permission denied" in failed
    assert failed.startswith("No se puede escribir")
    assert error_text(BadDate("due date", "32/13")).startswith("“32/13” no es una fecha")


def test_an_error_in_prose_is_shown_as_it_is(spanish):
    assert error_text(InvalidInput("Something the service said.")) == \
        "Something the service said."
