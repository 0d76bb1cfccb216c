"""The window's language: which one it speaks, and the Qt translators that make it speak it.

The choice is the `view/language` setting: "" follows the system's language
(`desktop_app.i18n.system_language`), "en" or "es" forces one (View › Language). `install(lang)`
loads our catalogue of translations, `resources/translations/cluster_atlas_<lang>.qm` (compiled
from the `.ts` by `pyside6-lrelease`: `.ci/setup` and `build.spec` do it; English has one too,
for the plural forms), and Qt's own `qtbase_<lang>.qm` (the buttons of message boxes, the file
dialogs), and makes the `QLocale` of the language the default one, so that the numbers the window
writes with `QLocale()` follow it.
It runs once, before any widget is built (`ui.app.run`, the screenshot command): a new choice
takes effect at the next start, and the menu says so.

`current()` is the language installed (English until `install` runs). The window passes it as
`lang` to the services, so that the catalogue's own text (sector names, descriptions, the reasons
for a match, the profile's facts) is in the language of the interface.

How the window's strings are written (every file under `desktop_app/ui`):
- in a QObject subclass: `self.tr("Open")` (the context is the class's name);
- in functions, non-QObject classes and module constants: `QCoreApplication.translate("Context",
  "Open")` with a literal context; a constant is marked `QT_TRANSLATE_NOOP("Context", "Open")` and
  translated where it is shown;
- plurals: `self.tr("%n meeting(s)", "", n)` (`%Ln` writes n with the locale's separators);
- values: Python's `{}` filled in after the translation, never a sentence made of fragments:
  `self.tr("Saved {pages} to {path}").format(pages=..., path=...)`.
`resources/translations/update.sh` gathers them into `cluster_atlas_es.ts` (pyside6-lupdate).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from desktop_app import paths
from desktop_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, check_lang, system_language

log = logging.getLogger(__name__)

CATALOGUE_NAME = "cluster_atlas"  # resources/translations/cluster_atlas_<lang>.ts / .qm
SYSTEM = ""  # the `view/language` value that follows the system
CHOICES = (SYSTEM, *LANGUAGES)  # what View › Language offers, in its order
# Each language's name in itself: the menu shows them untranslated, so that a user who cannot
# read the current language still finds their own.
NATIVE_NAMES = {"en": "English", "es": "Español"}
# The QLocale of each language: the same conventions as the Qt-free formatting
# (`desktop_app.i18n.formatting.LOCALES`; a test keeps the two equal).
QT_LOCALES = {"en": "en_GB", "es": "es"}

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def chosen(value: str | None) -> str:
    """The `view/language` setting's value as a choice: "" (the system's), "en" or "es"; anything
    else (a hand-edited file, a language no longer offered) is the system's."""
    return value if value in CHOICES else SYSTEM


def interface_language(choice: str | None) -> str:
    """The language the window speaks for a choice: itself, or the system's for ""."""
    choice = chosen(choice)
    return choice or system_language()


def translations_dir() -> Path:
    """Where our `.ts` sources and compiled `.qm` files are (resources/translations)."""
    return paths.resource_path("translations")


def qt_translations_dir() -> Path:
    """Where Qt's own translations are: PySide6's folder, from source and inside the bundle."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install(lang: str) -> str:
    """Make the application speak `lang` from now on (widgets built later); returns it.

    English loads our plural forms ("1 cluster", "2 clusters" for "%n cluster(s)"); another
    language loads ours and Qt's. A missing `.qm` (a source checkout where `.ci/setup` has not
    compiled them) is logged and leaves those strings as the source writes them; the catalogue's
    text still follows `lang`."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("language.install needs the QApplication first")
    check_lang(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    wanted = [(f"{CATALOGUE_NAME}_{lang}", translations_dir())]  # English: the plural forms
    if lang != DEFAULT_LANGUAGE:
        wanted.append((f"qtbase_{lang}", qt_translations_dir()))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("no translation %s.qm in %s: those strings stay as in the source",
                        name, folder)
    QLocale.setDefault(QLocale(QT_LOCALES[lang]))
    _current = lang
    return lang


def current() -> str:
    """The language the window speaks ("en" or "es"): pass it as `lang` to the services."""
    return _current


def month_year(iso: str) -> str:
    """'2019-03' (or '2019-03-14') as the interface writes a month: 'March 2019', 'marzo de
    2019'; any other text as it is."""
    date = QDate.fromString(iso[:7], "yyyy-MM")
    if not date.isValid():
        return iso
    return QLocale().toString(date, QCoreApplication.translate(
        "Language", "MMMM yyyy", "a month and its year, in QDate's format (MMMM: its name)"))
