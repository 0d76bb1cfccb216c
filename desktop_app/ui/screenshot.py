"""Rendering the main window to an image without a screen (the `screenshot` command)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop_app.services.browse import BrowseService
from desktop_app.services.context import AppContext
from desktop_app.ui.app import create_application
from desktop_app.ui.common import language
from desktop_app.ui.main_window import MainWindow


def window_png(context: AppContext, size: tuple[int, int], lang: str,
               **options) -> tuple[bytes, int, int] | None:
    """The window as PNG bytes with its width and height (None when Qt cannot encode it): the
    application made, `lang` installed before the window is built, then `render_browse` with
    `options`. The command line writes the bytes (it holds no Qt)."""
    app = create_application()
    language.install(lang)
    image = render_browse(context, size, **options)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        return None
    app.processEvents()
    return bytes(buffer.data()), image.width(), image.height()


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
