"""Python dates to Qt's and back, typed: PySide6 converts them implicitly, its stubs do not.

QDate.toPython() is typed as returning object, and QLocale.toString() as taking QDate or
QDateTime only, so the widgets go through these instead.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit

from mentorat_desktop.i18n import long_date_format


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    """The wall-clock time of ``moment`` (convert it to the zone to show first)."""
    return QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))


def show_long_date(edit: QDateEdit) -> None:
    """Show `edit`'s date in the locale's long format, with French's "1er" on the first."""

    def update(value: QDate) -> None:
        pattern = long_date_format(to_date(value))
        if edit.displayFormat() != pattern:
            edit.setDisplayFormat(pattern)

    edit.dateChanged.connect(update)
    update(edit.date())
