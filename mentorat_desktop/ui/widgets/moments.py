"""A backup's moment as the user reads it: the locale's long date and short time, no zone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QTime

from mentorat_desktop.i18n import format_long_date


def moment_text(when: datetime, *, short: bool = False) -> str:
    locale = QLocale()
    if short:
        day = locale.toString(
            QDate(when.year, when.month, when.day), QLocale.FormatType.ShortFormat
        )
    else:
        day = format_long_date(when.date())
    time = locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
    return f"{day} {time}"
