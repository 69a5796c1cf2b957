"""Choosing the interface language and installing Qt translators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from mentorat_desktop.config import resource_path

SUPPORTED = ("fr", "en")
LANGUAGE_KEY = "ui/language"

_installed: list[QTranslator] = []


def system_language() -> str:
    """French for any fr_* locale, English otherwise."""
    name = QLocale.system().name()
    return "fr" if name.lower().startswith("fr") else "en"


def stored_language() -> str | None:
    value = QSettings().value(LANGUAGE_KEY)
    return value if value in SUPPORTED else None


def store_language(language: str) -> None:
    if language in SUPPORTED:
        QSettings().setValue(LANGUAGE_KEY, language)


def choose_language(override: str | None = None) -> str:
    """The command-line override, else the saved choice, else the system's language."""
    if override in SUPPORTED:
        return override
    return stored_language() or system_language()


def translation_file(language: str) -> str:
    return str(resource_path("translations", f"mentorat_{language}.qm"))


def install_translators(app: QCoreApplication, language: str) -> None:
    """Our strings and Qt's own (standard dialogs, buttons) in the chosen language."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    if language == "en":
        return
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
