"""The Spanish translation source is current and finished for the Missions and Contacts tabs and
the user-data actions: pyside6-lupdate run over the window's code (into a copy) finds no string
of theirs that the committed .ts lacks, and none of theirs is left unfinished."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.spanish import LUPDATE, REPO, TS

OURS = ("desktop_app/ui/missions/", "desktop_app/ui/library/", "desktop_app/ui/contacts/",
        "desktop_app/ui/common/locale_words.py")


def messages(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> finished, for the messages of our files (obsolete ones left out)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            places = [loc.get("filename", "") for loc in message.iter("location")]
            if not any(place.replace("../", "").startswith(OURS) for place in places):
                continue
            translation = message.find("translation")
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            found[(name, message.find("source").text)] = kind != "unfinished" and all(forms)
    return found


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    folder = tmp_path_factory.mktemp("lupdate") / "resources" / "translations"
    folder.mkdir(parents=True)
    copy = folder / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "desktop_app" / "ui").rglob("*.py"))
    # run from a twin of the repository's layout, so that the locations read as in the real file
    (folder.parent.parent / "desktop_app").symlink_to(REPO / "desktop_app")
    subprocess.run([str(LUPDATE), *sources, "-no-obsolete", "-ts", str(copy)],
                   cwd=folder.parent.parent, check=True, capture_output=True)
    return copy


def test_the_committed_source_holds_every_string_of_our_tabs(regenerated):
    committed, current = messages(TS), messages(regenerated)
    assert current, "no string of ours was found: the locations changed?"
    assert sorted(set(current) - set(committed)) == []


def test_no_string_of_our_tabs_is_left_unfinished(regenerated):
    unfinished = sorted(key for key, finished in messages(regenerated).items() if not finished)
    assert unfinished == []


def test_the_check_sees_an_unfinished_string(tmp_path):
    """The check can fail: a message of ours marked unfinished is reported."""
    text = TS.read_text(encoding="utf-8")
    broken = text.replace("<source>&amp;New mission…</source>\n        <translation>",
                          "<source>&amp;New mission…</source>\n        <translation "
                          "type=\"unfinished\">", 1)
    assert broken != text
    path = tmp_path / TS.name
    path.write_text(broken, encoding="utf-8")
    assert [key for key, done in messages(path).items() if not done] == [
        ("MissionsView", "&New mission…")]
