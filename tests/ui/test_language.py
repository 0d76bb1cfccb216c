"""The window's language: chosen in View › Language (or the system's), installed before the
window is built, with Qt's own dialogs and the locale's numbers in the same language."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.i18n import formatting
from desktop_app.ui.common import language
from desktop_app.ui.settings import Settings


def test_the_choice_is_the_setting_or_the_system(monkeypatch):
    monkeypatch.setenv("LC_ALL", "es_MX.UTF-8")
    assert language.interface_language("") == "es"
    assert language.interface_language("en") == "en"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert language.interface_language("") == "en"  # a language the app does not speak
    assert language.interface_language("es") == "es"
    assert language.chosen("fr") == language.SYSTEM  # a hand-edited settings file


def test_the_window_and_the_sheets_write_numbers_alike():
    assert language.QT_LOCALES == formatting.LOCALES


def test_spanish_is_installed_with_qts_own_words_and_numbers(spanish):
    translate = QCoreApplication.translate
    assert language.current() == "es"
    assert translate("Actions", "&File") == "&Archivo"
    assert translate("QPlatformTheme", "Cancel") == "Cancelar"  # qtbase_es
    assert QLocale().toString(35000) == "35.000"
    assert language.month_year("2019-03") == "marzo de 2019"


def test_back_to_english(spanish):
    language.install("en")
    assert language.current() == "en"
    assert QCoreApplication.translate("Actions", "&File") == "&File"
    assert QLocale().toString(35000) == "35,000"
    assert language.month_year("2019-03") == "March 2019"


def test_view_language_keeps_the_choice_for_the_next_start(make_window):
    window = make_window()
    menu = window.language_menu
    assert menu.choice_actions[language.SYSTEM].isChecked()  # the default follows the system
    assert any("next" in a.text() and not a.isEnabled() for a in menu.actions()), \
        "the menu says when a choice takes effect"
    menu.choice_actions["es"].trigger()
    assert Settings().get("view/language") == "es"
    assert window.statusBar().currentMessage() == \
        "Cluster Atlas will be in Spanish the next time it starts."
    assert language.current() == "en"  # this window stays as it was built
    window.close()
    again = make_window()
    assert again.language_menu.choice_actions["es"].isChecked()


def test_the_language_menu_names_the_languages_in_themselves(spanish, make_window):
    window = make_window()
    texts = [a.text() for a in window.language_menu.actions()]
    assert "English" in texts and "Español" in texts
    assert window.language_menu.title() == "I&dioma"
    window.language_menu.choice_actions["en"].trigger()
    assert window.statusBar().currentMessage() == \
        "Cluster Atlas estará en inglés la próxima vez que se abra."


def test_the_window_starts_in_the_saved_language(compiled_translations, monkeypatch, context):
    """`ui.app.run` installs the language of `view/language` before it builds the window."""
    from desktop_app.ui import app as app_module
    from desktop_app.ui.settings import open_settings

    settings = open_settings(context.data_dir)
    settings.set("view/language", "es")
    settings.sync()
    built = []

    class Window:  # stands in for MainWindow: what it would be built in
        def __init__(self, _context, _settings) -> None:
            built.append((language.current(), QCoreApplication.translate("Actions", "&File")))

        def show(self) -> None:
            pass

    monkeypatch.setattr(app_module, "MainWindow", Window)
    monkeypatch.setattr(app_module.QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(app_module.QTimer, "singleShot", lambda *args: None)  # log, collector
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    try:
        assert app_module.run(context) == 0
    finally:
        language.install("en")
    assert built == [("es", "&Archivo")]
