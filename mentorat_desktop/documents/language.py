"""Documents print in the programme's language, whatever the interface's language is.

Builders call ``translate("Context", "source text")`` with a translator made here, so that
Qt's lupdate extracts their strings like any other.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cache

from PySide6.QtCore import QTranslator

from mentorat_desktop.config import resource_path
from mentorat_desktop.documents.layout import Translate

MONTHS = {
    "fr": [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ],
    "en": [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ],
}  # fmt: skip
WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


@cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(str(resource_path("translations", f"mentorat_{language}.qm"))):
        return translator
    return None


def document_translator(language: str) -> Translate:
    """Texts in `language`; a "%n" text, called with ``None, n``, takes the plural form of
    `language`'s rule, which the .qm carries (French: n ≤ 1 is singular, "0 séance").

    English is the source language, but its .qm holds the singular of each "%n" text."""
    translator = _translator(language)

    def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = translator.translate(context, source, disambiguation, n) if translator else ""
        if n < 0:
            return (text if language != "en" else "") or source
        return (text or source).replace("%n", str(n))

    return translate


def long_date(value: date, language: str) -> str:
    """'jeudi 3 décembre 2026' / 'Thursday 3 December 2026', without the system locale."""
    lang = language if language in MONTHS else "en"
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    weekday = WEEKDAYS[lang][value.weekday()]
    return f"{weekday} {day} {MONTHS[lang][value.month - 1]} {value.year}"


def short_date(value: date, language: str) -> str:
    """'3 décembre 2026' / '3 December 2026'."""
    lang = language if language in MONTHS else "en"
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    return f"{day} {MONTHS[lang][value.month - 1]} {value.year}"


def clock(value: datetime | time, language: str) -> str:
    """'14 h 00' in French typography, '2:00 pm' in English."""
    if language == "fr":
        return f"{value.hour} h {value.minute:02d}"
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'am' if value.hour < 12 else 'pm'}"


def hours(minutes: int, language: str) -> str:
    whole, rest = divmod(minutes, 60)
    if language == "fr":
        return f"{whole} h {rest:02d}" if rest else f"{whole} h"
    return f"{whole} h {rest:02d} min" if rest else f"{whole} h"
