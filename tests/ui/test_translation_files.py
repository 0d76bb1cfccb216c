"""The translation source is current and finished, and the window loads it.

`resources/translations/update.sh` (pyside6-lupdate over desktop_app/ui) run on a copy of the
translations folder must change nothing: every string of the code is in the .ts, none that the
code dropped is left in it, and every one is translated (no type="unfinished").
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.i18n import LANGUAGES

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _messages(ts: Path, kinds: tuple[str, ...]) -> list[str]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in kinds:
                found.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    return found


def test_a_ts_file_for_every_language():
    """English's holds only the plural forms ("%n cluster(s)": "1 cluster", "2 clusters")."""
    assert sorted(p.name for p in TRANSLATIONS.glob("cluster_atlas_*.ts")) == \
        [f"cluster_atlas_{lang}.ts" for lang in LANGUAGES]


@pytest.mark.skipif(not LUPDATE.exists(),
                    reason="pyside6-lupdate is not installed (bash .ci/setup)")
def test_the_ts_files_are_current_and_finished(tmp_path):
    copy = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, copy, ignore=shutil.ignore_patterns("*.qm"))
    subprocess.run(["bash", str(TRANSLATIONS / "update.sh")], check=True, capture_output=True,
                   env={**os.environ, "TS_DIR": str(copy), "PATH": f"{LUPDATE.parent}:"
                                                                   f"{os.environ['PATH']}"})
    for ts in sorted(copy.glob("*.ts")):
        assert _messages(ts, ("unfinished",)) == [], f"{ts.name}: translate these"
        assert _messages(ts, ("vanished", "obsolete")) == []
        assert ts.read_text(encoding="utf-8") == \
            (TRANSLATIONS / ts.name).read_text(encoding="utf-8"), \
            f"{ts.name} is not current: run bash resources/translations/update.sh"


def _placeholders(text: str) -> tuple[list[str], list[str], bool]:
    """The {names}, the %n / %Ln, and whether there is a keyboard accelerator (&x)."""
    return (sorted(re.findall(r"\{\w*\}", text)), sorted(re.findall(r"%L?n", text)),
            bool(re.search(r"&(?!amp;|&)\w", text)))


def test_translations_keep_the_placeholders_and_accelerators():
    """A translation that loses a {name} would raise KeyError in .format(), one that drops %n
    would hide the count, one without its & would leave the menu without its Alt key."""
    wrong = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                forms = [f.text or "" for f in translation.iter("numerusform")] \
                    or [translation.text or ""]
                wrong += [f"{ts.name} {context.findtext('name')}: {source!r} -> {form!r}"
                          for form in forms if form and _placeholders(form) !=
                          _placeholders(source)]
    assert wrong == []
