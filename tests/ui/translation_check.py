"""Finding the window's words that would stay English: a pseudo-translation and a walk.

`PseudoTranslator` answers every string that `cluster_atlas_es.ts` translates (a finished entry
of its context) with the English text between ⟦ and ⟧, and nothing else: a string shown without
the marks did not go through `tr()` / `translate()`, was gathered under another context than the
one asked at run time, or has no translation yet. Qt's own strings (contexts such as
`QPlatformTheme`, `QFileDialog`: qtbase's translations) are marked too.

`shown_texts(root)` walks what a person reads: window titles, labels, buttons, group titles,
placeholders, tooltips, status tips, accessible names and descriptions, tab titles, combo box
items, the headers of tables and trees, menus and their actions, and a text browser's text. Cell
data of item views is the catalogue's and the user's (names, numbers, notes) and is left out; so
are the text a person typed into a field and `ALLOWED` names that no language translates.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.ui.common import language

OPEN, CLOSE = "⟦", "⟧"
TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "translations" / \
    "cluster_atlas_es.ts"
QT_CONTEXT = re.compile(r"^Q[A-Z]")  # Qt's own classes: translated by qtbase_<lang>.qm
# Names, not words: the application's, and each language's own name in View › Language.
ALLOWED = frozenset({APP_NAME, *language.NATIVE_NAMES.values()})
_LETTER = re.compile(r"[^\W\d_]")
_DATA = re.compile(r"\S*[/@\\]\S*")  # a path, a web address, an e-mail address: one word with / @ \


def finished_messages(ts_file: Path = TS_FILE) -> set[tuple[str, str]]:
    """(context, source) of every message of `ts_file` that has a finished translation."""
    found = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                    "obsolete"):
                continue
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if all(forms):
                found.add((name, message.findtext("source") or ""))
    return found


class PseudoTranslator(QTranslator):
    """⟦source⟧ for each (context, source) in `known` and Qt's own contexts; None (not found,
    so Qt asks the next translator, or shows the source) for anything else."""

    def __init__(self, known: set[tuple[str, str]]) -> None:
        super().__init__()
        self.known = known

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if (context, source) in self.known or QT_CONTEXT.match(context or ""):
            return f"{OPEN}{source}{CLOSE}"
        return None


def install_pseudo(known: set[tuple[str, str]] | None = None) -> PseudoTranslator:
    translator = PseudoTranslator(finished_messages() if known is None else known)
    QCoreApplication.instance().installTranslator(translator)
    return translator


def remove_pseudo(translator: PseudoTranslator) -> None:
    QCoreApplication.instance().removeTranslator(translator)


def is_marked(text: str) -> bool:
    """True when `text` needs no translation (no letters, or an allowed name) or came through
    the pseudo-translation (it holds a ⟦…⟧)."""
    text = text.strip()
    if not _LETTER.search(text) or text in ALLOWED or _DATA.fullmatch(text):
        return True
    return OPEN in text and CLOSE in text


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    if action.isSeparator():
        return
    yield f"{where} action {action.objectName() or action.text()!r} text", action.text()
    for what, text in (("tooltip", action.toolTip()), ("status tip", action.statusTip())):
        if text and text != action.text().replace("&", ""):  # Qt derives the tooltip
            yield f"{where} action {action.objectName()!r} {what}", text
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield from menu_texts(menu, f"{where} › {action.text()}")


def menu_texts(menu: QMenu, where: str = "menu") -> Iterator[tuple[str, str]]:
    yield f"{where} title", menu.title()
    for action in menu.actions():
        yield from _action_texts(action, where)


def _model_headers(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    header = view.horizontalHeader() if isinstance(view, QTableView) else \
        view.header() if isinstance(view, QTreeView) else None  # a list view has no header
    if model is None or header is None:
        return
    for orientation, count in ((Qt.Orientation.Horizontal, header.count()),):
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield f"{where} header {section} {role.name}", value


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """What a person reads on `widget` itself (not its children), with where it is."""
    where = f"{type(widget).__name__} {widget.objectName()!r}"
    if widget.isWindow():
        yield f"{where} window title", widget.windowTitle()
    for what, text in (("tooltip", widget.toolTip()), ("status tip", widget.statusTip()),
                       ("what's this", widget.whatsThis()),
                       ("accessible name", widget.accessibleName()),
                       ("accessible description", widget.accessibleDescription())):
        yield f"{where} {what}", text
    if isinstance(widget, QLabel):
        yield f"{where} text", _plain(widget.text())
    elif isinstance(widget, QAbstractButton):
        yield f"{where} text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield f"{where} title", widget.title()
    elif isinstance(widget, QLineEdit):
        yield f"{where} placeholder", widget.placeholderText()
    elif isinstance(widget, QTextEdit):  # QTextBrowser too: the profile, the notes
        yield f"{where} placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield f"{where} text", widget.toPlainText()
    elif isinstance(widget, QPlainTextEdit):
        yield f"{where} placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield f"{where} placeholder", widget.placeholderText()
        if not widget.isEditable():
            for i in range(widget.count()):
                yield f"{where} item {i}", widget.itemText(i)
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"{where} tab {i}", widget.tabText(i)
            yield f"{where} tab {i} tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QAbstractItemView):
        yield from _model_headers(widget, where)
    elif isinstance(widget, QMenu):
        yield from menu_texts(widget, where)
    if isinstance(widget, QMainWindow):
        yield from (item for action in widget.menuBar().actions()
                    for item in _action_texts(action, "menu bar"))


def shown_texts(root: QWidget, skip: Iterable[QWidget] = ()) -> list[tuple[str, str]]:
    """Every text of `root` and the widgets under it (shown or not), except under `skip`."""
    skipped = tuple(skip)
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if any(widget is s or s.isAncestorOf(widget) for s in skipped):
            continue
        found.extend((where, text) for where, text in widget_texts(widget) if text)
    return found


def unmarked(texts: Iterable[tuple[str, str]]) -> list[str]:
    """'where: text' for each text that would stay in English."""
    return sorted({f"{where}: {text!r}" for where, text in texts if not is_marked(text)})
