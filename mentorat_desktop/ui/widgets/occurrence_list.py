"""One planned session as a preview line: its day and time, and its warnings if any."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QListWidgetItem

from mentorat_desktop.services.sessions.sessions import PlannedOccurrence
from mentorat_desktop.ui.icons import icon


def occurrence_item(
    occurrence: PlannedOccurrence, locale: QLocale | None = None
) -> QListWidgetItem:
    """The same line in *Plan sessions* and *Plan the programme*: a warning is an icon and words."""
    locale = locale or QLocale()
    local = occurrence.local_start
    text = (
        locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
        + " "
        + f"{local:%H:%M}"
    )
    item = QListWidgetItem(text)
    if occurrence.warnings:
        item.setIcon(icon("triangle-alert", "#B26A00"))
        item.setText(f"{text} — ⚠ " + " ".join(occurrence.warnings))
        item.setToolTip("\n".join(occurrence.warnings))
    else:
        item.setIcon(icon("calendar-check"))
    return item
