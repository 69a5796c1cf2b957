"""A backup's moment as the user reads it: the locale's long date and short time, no zone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QTime


def moment_text(when: datetime, *, short: bool = False) -> str:
    locale = QLocale()
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    day = locale.toString(QDate(when.year, when.month, when.day), kind)
    time = locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
    return f"{day} {time}"
