"""The fact sheet actions of the main window: export (Ctrl+E, Ctrl+Shift+E), preview, print, and
the notice that says where an export went ('Saved 3 pages to …/trip.pdf', Open, Show in Folder).

The dialogs and the work are in `sheet_export` (imported on first use: it brings the printing
support and reportlab, which the window's start does not need); this module connects the actions
to them with the cluster ids the user means: the selected rows, or the cluster shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.ui.common.saved_notice import SavedNotice


class WindowSheets(QObject):
    """Fact sheets for `window`'s selection or filter; `notice` in its status bar."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.notice = SavedNotice()
        window.statusBar().addPermanentWidget(self.notice)
        actions = window.actions
        actions["export_sheets"].triggered.connect(self.export_selected)
        actions["export_shown"].triggered.connect(self.export_shown)
        actions["preview"].triggered.connect(self.preview)
        actions["print"].triggered.connect(self.print)

    def _service(self):
        from desktop_app.services.sheets import SheetsService

        return SheetsService(self.window.browse_context, browse=self.window.browse,
                             lang=self.window.lang)

    def _export(self, service, ids: list[str]) -> None:
        from desktop_app.ui.sheets import sheet_export

        exported = sheet_export.export_sheets(self.window, service, ids, self.window.settings)
        if exported is not None:
            self._saved(exported.path, exported.pages, exported.internal)

    def _saved(self, path, pages: int, internal: bool) -> None:
        """'Saved 3 pages to …/trip.pdf' with Open and Show in Folder."""
        words = (self.tr("%n page(s) (internal)", "", pages) if internal
                 else self.tr("%n page(s)", "", pages))
        self.notice.show_saved(path, words)

    def export_selected(self) -> None:
        self._export(self._service(), self.window.chosen_ids())

    def export_shown(self) -> None:
        service = self._service()
        model = self.window.model
        self._export(service, service.ids_for_filter(self.window.controller.filter,
                                                     model.sort_key, model.descending))

    def preview(self) -> None:
        from desktop_app.ui.sheets import sheet_export

        sheet_export.preview_and_print(self.window, self._service(), self.window.chosen_ids(),
                                       self.window.settings)

    def print(self) -> None:
        from desktop_app.ui.sheets import sheet_export

        printed = sheet_export.print_sheets(self.window, self._service(),
                                            self.window.chosen_ids(), self.window.settings)
        if printed is not None and printed.file is not None:  # "Print to File (PDF)"
            self._saved(printed.file, printed.pages, printed.internal)
