"""The About box: the app, the catalogue's source, version and date, and the bundled licences.

Licences are read from what is bundled: every LICENSE/LICENCE/COPYING/ATTRIBUTION file under
`resources/` is named with the folder it covers and its first line.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app import APP_NAME, __version__, paths
from desktop_app.catalogue.models import CatalogueInfo

LICENCE_NAMES = ("license", "licence", "copying", "attribution", "notice")


def bundled_licences(root: Path | None = None) -> list[tuple[str, str]]:
    """(what, first line) for every licence file under resources/, sorted by path."""
    root = root or paths.resource_path()
    found = []
    if root.is_dir():
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.name.lower().startswith(LICENCE_NAMES):
                try:
                    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
                except OSError:
                    continue
                first = next((line.strip(" #*") for line in lines if line.strip()), path.name)
                what = path.relative_to(root).parent.as_posix() or path.name
                found.append((f"{what}/{path.name}" if what != path.name else what, first))
    return found


def about_html(info: CatalogueInfo | None, licences: list[tuple[str, str]]) -> str:
    """The About box's text: the catalogue's source and version, the bundled licences (their
    own first lines, in their own language)."""
    translate = QCoreApplication.translate
    parts = [f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>",
             "<p>" + escape(translate("AboutDialog", "An offline catalogue of Mexico's industry "
                                                     "clusters.")) + "</p>"]
    if info:
        licence = info.raw.get("source_licence", "")
        publisher = info.raw.get("source_publisher", "")
        source = (translate("AboutDialog", "Source: <i>{title}</i>, {version}, {date}, "
                                           "{publisher}.") if publisher else
                  translate("AboutDialog", "Source: <i>{title}</i>, {version}, {date}."))
        parts.append(
            "<h3>" + escape(translate("AboutDialog", "Catalogue")) + "</h3><p>"
            + source.format(title=escape(info.source_title), version=escape(info.source_version),
                            date=escape(info.source_date), publisher=escape(publisher)) + "<br>"
            + escape(translate("AboutDialog", "Catalogue version {version}, built {built}.")
                     .format(version=info.catalogue_version, built=info.built_at))
            + (f"<br>{escape(licence)}" if licence else "") + "</p>")
    parts.append("<h3>" + escape(translate("AboutDialog", "Licences of bundled data")) + "</h3>")
    if licences:
        parts.append("<ul>" + "".join(f"<li><b>{escape(what)}</b>: {escape(first)}</li>"
                                       for what, first in licences) + "</ul>")
    else:
        parts.append("<p>" + escape(translate("AboutDialog", "No third-party data files are "
                                                             "bundled yet.")) + "</p>")
    parts.append("<p>" + escape(translate("AboutDialog", "Cluster Atlas itself is MIT-licensed. "
                                                         "Built with Qt for Python (LGPLv3) and "
                                                         "SQLite (public domain).")) + "</p>")
    return "".join(parts)


class AboutDialog(QDialog):
    def __init__(self, info: CatalogueInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setAccessibleName(self.windowTitle())
        self.label = QLabel(about_html(info, bundled_licences()))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.setMinimumWidth(460)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
