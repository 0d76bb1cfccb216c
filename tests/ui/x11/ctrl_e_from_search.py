"""Run by test_x11_keys under Xvfb: type in the search field, press Ctrl+E and Ctrl+D, print which
window actions fired and the field's text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.services.context import AppContext
from desktop_app.ui.main_window import MainWindow

app = QApplication([])
context = AppContext.default()
window = MainWindow(context, None, restore=False)
window.show()
QTest.qWaitForWindowExposed(window)
window.activateWindow()
QTest.qWaitForWindowActive(window)
fired = []
for name in ("export_sheets", "bookmark"):
    window.actions[name].triggered.disconnect()
    window.actions[name].triggered.connect(lambda *_, n=name: fired.append(n.split("_")[0]))
window.search_field.setFocus()
QTest.keyClicks(window.search_field, "aero")
QTest.keyClick(window.search_field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
QTest.keyClick(window.search_field, Qt.Key.Key_Home)
QTest.keyClick(window.search_field, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
print(" ".join(fired), window.search_field.text())
window.close()
context.close()
