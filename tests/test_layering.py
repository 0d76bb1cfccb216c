"""The layering rule of the architecture guide, as a test: nothing below the services imports Qt,
widgets hold no SQL, and the import-linter contracts in pyproject.toml hold."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"
QT_ALLOWED = ("ui/", "cli/")


def test_no_qt_below_the_services():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(QT_ALLOWED):
            continue
        if re.search(r"^\s*(from|import)\s+PySide6", path.read_text("utf-8"), re.MULTILINE):
            offenders.append(rel)
    assert offenders == []


def test_widgets_hold_no_sql():
    pattern = re.compile(r"\b(SELECT .* FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")
    offenders = [p.name for p in (PACKAGE / "ui").rglob("*.py") if pattern.search(p.read_text())]
    assert offenders == []


def test_import_contracts():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], capture_output=True, text=True, check=False,
                            cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
