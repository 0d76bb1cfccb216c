"""What a reader checks in the window in Spanish (the `spanish` fixture, in conftest, installs the
translation): `cut_texts(widget)` lists the visible labels, buttons and placeholders narrower than
their text; `TS` is the translation source, `LUPDATE` the tool that keeps it current.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "cluster_atlas_es.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def cut_texts(root: QWidget) -> list[str]:
    """The shown labels (that do not wrap), buttons and placeholders narrower than their text."""
    cut = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts = (isinstance(widget, QLabel) and not widget.wordWrap()
                 or isinstance(widget, QAbstractButton))
        if texts and widget.text():
            if widget.width() < widget.sizeHint().width():
                cut.append(widget.text())
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            room = widget.width() - 12 - 24 * len(widget.actions())  # frame, margins, icons
            if widget.fontMetrics().horizontalAdvance(widget.placeholderText()) > room:
                cut.append(widget.placeholderText())
    return cut
