"""The one translation and formatting seam: the interface language, Qt translators,
`translate()` and the locale-aware formatting that code outside ui/ may use.

Services, io and documents call only what is here, never Qt itself, so that the rules of
the language and the locale live in one place.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from mentorat_desktop.config import read_preferences, resource_path, write_preferences

SUPPORTED = ("fr", "en")
PREFERENCES_GROUP, LANGUAGE_KEY = "ui", "language"

_installed: list[QTranslator] = []


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the interface language; `n` picks the plural form of a "%n" text."""
    return QCoreApplication.translate(context, source, disambiguation, n)


def interface_is_french() -> bool:
    return QLocale().language() == QLocale.Language.French


_ELIDED = {"de": "d’", "De": "D’", "le": "l’", "Le": "L’", "que": "qu’", "Que": "Qu’"}
_BEFORE_VALUE = re.compile(r"\b(de|De|le|Le|que|Que) \{(\w+)\}")
_VOWEL_OR_H = re.compile(r"[aeiouhàâäéèêëîïôöùûüœæ]", re.IGNORECASE)


def fill(template: str, french: bool | None = None, /, **values: object) -> str:
    """`template.format(**values)`, eliding French "de", "le" and "que" before a value that
    starts with a vowel or an h: "attestation d’Ancien participant", "Note d’Éloïse".

    Only the word just before a value changes, never the value or the rest of the text.
    `french` defaults to the interface's language; documents pass their own."""
    if french is None:
        french = interface_is_french()
    if french:

        def elide(match: re.Match[str]) -> str:
            word, name = match.group(1), match.group(2)
            value = str(values.get(name, ""))
            if value[:1] and _VOWEL_OR_H.match(value[:1]):
                return f"{_ELIDED[word]}{{{name}}}"
            return match.group(0)

        template = _BEFORE_VALUE.sub(elide, template)
    return template.format(**values)


def format_number(value: float, digits: int = 0) -> str:
    """A number with the locale's decimal separator: "12,5" in French."""
    return QLocale().toString(float(value), "f", digits)


def format_integer(value: int) -> str:
    """A count with the locale's digit grouping: "3 000" in French."""
    return QLocale().toString(int(value))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_short_date(day: date) -> str:
    return QLocale().toString(_qdate(day), QLocale.FormatType.ShortFormat)


def long_date_format(day: date) -> str:
    """The locale's long date format for `day`; French writes the first of the month "1er"."""
    pattern = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    if day.day == 1 and interface_is_french():
        return pattern.replace("d MMMM", "d'er' MMMM", 1)
    return pattern


def format_long_date(day: date) -> str:
    """ "mardi 1er décembre 2026", "jeudi 3 décembre 2026", "Thursday, 3 December 2026"."""
    return QLocale().toString(_qdate(day), long_date_format(day))


def format_month(day: date) -> str:
    """ "mars 2027": the month's name and the year."""
    return QLocale().toString(_qdate(day), "MMMM yyyy")


def day_name(isoweekday: int) -> str:
    """The weekday's full name in the interface language (1 is Monday)."""
    return QLocale().dayName(isoweekday)


def system_territory_uses_letter() -> bool:
    """True where the system's country prints on US Letter rather than A4."""
    return QLocale.system().territory() in _LETTER_TERRITORIES


_LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Chile,
    QLocale.Country.Philippines,
}


def system_language() -> str:
    """French for any fr_* locale, English otherwise."""
    name = QLocale.system().name()
    return "fr" if name.lower().startswith("fr") else "en"


def stored_language() -> str | None:
    value = read_preferences(PREFERENCES_GROUP).get(LANGUAGE_KEY)
    return value if value in SUPPORTED else None


def store_language(language: str) -> None:
    if language in SUPPORTED:
        write_preferences(PREFERENCES_GROUP, {LANGUAGE_KEY: language})


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
    ours = QTranslator(app)  # English too: its singular forms of the "%n" texts
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
