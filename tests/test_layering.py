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


# SQL in any case and across lines (a statement split over adjacent string literals); a column
# list is identifiers separated by commas, so "Select a cluster from the list" is prose
_COLUMN = r"[\w.*]+(\s+as\s+\w+)?"
SQL = re.compile(rf"""\b(select\s+(distinct\s+)?{_COLUMN}(\s*,\s*{_COLUMN})*\s+from\s+\w+
                   |insert\s+(or\s+\w+\s+)?into\s+\w+|update\s+\w+\s+set\s+\w+\s*=
                   |delete\s+from\s+\w+(\s+where\b|\s*;|\s*$)|create\s+(table|index|view|trigger)\b
                   |pragma\s+\w+\s*(=|$))""", re.IGNORECASE | re.VERBOSE)
CURSOR_CALLS = {"execute", "executemany", "executescript"}


def _sql_in(path: Path) -> list[str]:
    """The SQL in a module's string literals (adjacent ones joined, docstrings left out) and its
    cursor calls (`.execute(...)`)."""
    import ast

    tree = ast.parse(path.read_text("utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and id(node) not in docstrings and SQL.search(node.value)):
            found.append(node.value)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in CURSOR_CALLS):
            found.append(f".{node.func.attr}(...)")
    return found


def test_widgets_hold_no_sql():
    offenders = {p.relative_to(PACKAGE).as_posix(): sql for p in (PACKAGE / "ui").rglob("*.py")
                 if (sql := _sql_in(p))}
    assert offenders == {}


def test_the_sql_check_catches_lowercase_and_split_statements(tmp_path):
    for code in ('rows = conn.execute(query)',
                 'q = "select id from clusters"',
                 'q = ("SELECT name, org "\n     "FROM contacts WHERE id = ?")',
                 'sql = "insert or replace into notes values (?)"',
                 'sql = "update bookmarks set note = ?"',
                 'sql = "DELETE FROM notes WHERE uid = ?"'):
        module = tmp_path / "widget.py"
        module.write_text(f'"""A widget that says select id from x in its docstring."""\n{code}\n')
        assert _sql_in(module), code
    clean = tmp_path / "clean.py"
    clean.write_text('"""select id from clusters"""\nlabel = "Select a cluster from the list"\n'
                     'hint = "Delete from your list? Update the set."\n')
    assert _sql_in(clean) == []


def test_import_contracts():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], capture_output=True, text=True, check=False,
                            cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
