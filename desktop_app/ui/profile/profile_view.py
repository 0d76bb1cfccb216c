"""The profile pane: a read-only HTML view of the selected cluster.

Links never navigate inside the pane: http, https and mailto links open in the system browser
(QDesktopServices); `cluster:<id>` links ask the window to show that cluster; `atlas:<action>/<arg>`
links (star, lists, notes, contacts) ask the window to do something (`action_requested`); anything
else is ignored.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.ui.profile.profile_html import ACTION_SCHEME, CLUSTER_SCHEME

EXTERNAL_SCHEMES = ("http", "https", "mailto")


class ProfileView(QTextBrowser):
    """Shows `profile_html`; `cluster_activated(id)` for a link to another cluster."""

    cluster_activated = Signal(str)
    external_link_opened = Signal("QUrl")
    action_requested = Signal(str, str)  # action, argument: ("note-edit", uid), ("bookmark", "")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Cluster profile"))
        self.document().setDocumentMargin(12)
        self.anchorClicked.connect(self.follow)
        self.cluster_id: str | None = None

    def show_html(self, html: str, cluster_id: str | None = None) -> None:
        """Show `html`; showing the same cluster again (after an edit) keeps the scroll position."""
        same = cluster_id is not None and cluster_id == self.cluster_id
        position = self.verticalScrollBar().value() if same else 0
        self.cluster_id = cluster_id
        self.setHtml(html)
        if same:
            self.verticalScrollBar().setValue(position)

    def follow(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == CLUSTER_SCHEME:
            self.cluster_activated.emit(url.path())
        elif scheme == ACTION_SCHEME:
            action, _, argument = url.path(QUrl.ComponentFormattingOption.FullyDecoded) \
                .partition("/")
            self.action_requested.emit(action, argument)
        elif scheme in EXTERNAL_SCHEMES:
            self.external_link_opened.emit(url)
            QDesktopServices.openUrl(url)
