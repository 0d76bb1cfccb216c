"""The window's language: chosen in View › Language (or the system's), installed before the
window is built, with Qt's own dialogs and the locale's numbers in the same language."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QLocale  # noqa: E402

from desktop_app.i18n import formatting  # noqa: E402
from desktop_app.ui.common import language  # noqa: E402
from desktop_app.ui.settings import Settings  # noqa: E402


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
    assert "Español" in window.statusBar().currentMessage()
    assert language.current() == "en"  # this window stays as it was built
    window.close()
    again = make_window()
    assert again.language_menu.choice_actions["es"].isChecked()


def test_the_language_menu_names_the_languages_in_themselves(spanish, make_window):
    window = make_window()
    texts = [a.text() for a in window.language_menu.actions()]
    assert "English" in texts and "Español" in texts
    assert window.language_menu.title() == "I&dioma"
