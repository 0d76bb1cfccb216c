"""Rendering the main window to an image without a screen (the `screenshot` command)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop_app.services.browse import BrowseService
from desktop_app.services.context import AppContext
from desktop_app.ui.main_window import MainWindow


def render_browse(context: AppContext, size: tuple[int, int], *, text: str = "",
                  sectors: list[str] = (), states: list[str] = (),
                  select: str | None = None, view: str = "browse") -> QImage:
    """The window at `size` (the table, the map, the contacts or the missions), in the language
    installed (`ui.common.language`), with default settings and the given
    filter and selection. The user's data is read but nothing is asked: a damaged or newer data
    file shows in the window as it would, without the dialog that offers a backup (which would
    wait for an answer nobody can give)."""
    window = MainWindow(context, settings=None, restore=False)
    window.resize(*size)
    flt = BrowseService(context).make_filter(text, sectors, states)
    window.controller.set_filter(flt)
    window.show()
    window.user_data.stop()  # no timer: the user's data (stars, lists, notes) now, no question
    window.user_data.library.load()
    if view == "map":
        window.views.setCurrentIndex(1)
    elif view == "contacts":  # the data dir's contacts
        window.user_data.show_contacts()
    elif view == "missions":  # the user's first mission (the data dir's), its agenda
        window.missions.show_tab()
    if select:
        window.show_cluster(select)
    for _ in range(3):
        QApplication.processEvents()
    image = window.grab().toImage()
    window.close()
    return image
