"""The window words the typed errors from their fields, in the interface's language."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from desktop_app.errors import (
    BadDate,
    DataUnwritable,
    FileProblem,
    InvalidInput,
    OutputFailed,
    OutputRefused,
    ParseError,
)
from desktop_app.interchange.formats import read_bytes, read_file
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


def test_a_file_that_cannot_be_imported_is_worded_from_its_problem(spanish):
    def refusal(make) -> ParseError:
        with pytest.raises(ParseError) as refused:
            make()
        return refused.value

    workbook = refusal(lambda: read_bytes(b"PK\x03\x04" + b"\x00" * 40, "csv", "libro.xlsx"))
    assert error_text(workbook) == (
        "libro.xlsx es una hoja de cálculo, no un archivo de contactos: guárdela como CSV "
        "(UTF-8) desde la hoja de cálculo e importe ese archivo. No se importó nada.")
    no_header = refusal(lambda: read_bytes(b"foo,bar\n1,2\n", "csv", "x.csv"))
    assert error_text(no_header) == (
        "x.csv, línea 1: la primera fila debe nombrar las columnas (por ejemplo First Name, "
        "E-mail Address o Email); se encontró: foo, bar. No se importó nada.")
    missing = refusal(lambda: read_file(Path("/no/such/dir/ana.vcf")))
    assert error_text(missing) == "/no/such/dir/ana.vcf: el archivo no existe. No se importó nada."
    cut = refusal(lambda: read_bytes(b"BEGIN:VCARD\nVERSION:3.0\nFN:Ana\n", "vcf", "a.vcf"))
    assert error_text(cut).startswith("a.vcf, línea 1: esta tarjeta no tiene END:VCARD")
    json = refusal(lambda: read_bytes(b"{nope", "json", "b.json"))
    assert error_text(json).startswith("b.json, línea 1: not valid JSON")  # the reader's words
    assert error_text(json).endswith("No se importó nada.")


def test_every_file_problem_has_its_own_words_in_english():
    worded = {error_text(ParseError("the reader's words", 3, "f.csv", problem, "7"))
              for problem in FileProblem}
    assert len(worded) == len(FileProblem)
    assert error_text(ParseError("the reader's words", None, "f.csv")) == \
        "f.csv: the reader's words. Nothing was imported."
