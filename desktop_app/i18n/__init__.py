"""The languages Cluster Atlas speaks, without Qt: English (the default) and Spanish.

Every layer below the window that returns text a person reads (the catalogue's queries, the
services, the command line, the fact sheets) takes `lang`, one of `LANGUAGES`. Numbers, money and
dates are written with `i18n.formatting` (Babel). The window's own strings go through Qt's `tr()`.
"""

from __future__ import annotations

import locale
import os

LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"


def check_lang(lang: str) -> str:
    """`lang` itself when it is one of `LANGUAGES`; ValueError otherwise (a programming error:
    front ends offer only these)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: one of {', '.join(LANGUAGES)}")
    return lang


def language_of(locale_name: str | None) -> str:
    """The language of a locale name: POSIX ('es_MX.UTF-8', 'C'), BCP 47 ('es-MX') or Windows
    ('Spanish_Mexico'); English for anything else."""
    code = (locale_name or "").replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    code = _WINDOWS_NAMES.get(code, code)
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


_WINDOWS_NAMES = {"english": "en", "spanish": "es"}


def system_language() -> str:
    """The user's language as POSIX looks it up (LC_ALL, LC_MESSAGES, LANG), else the process's
    locale (Windows sets no LANG); English when unset or not one we speak."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return language_of(value)
    return language_of(locale.getlocale()[0])
