"""One planned session as a preview line: its day and time, and its warnings if any."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidgetItem

from mentorat_desktop.i18n import format_long_date
from mentorat_desktop.services.sessions.sessions import PlannedOccurrence
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.theme import WARNING, status_colour


def occurrence_item(occurrence: PlannedOccurrence) -> QListWidgetItem:
    """The same line in *Plan sessions* and *Plan the programme*: a warning is an icon and words."""
    local = occurrence.local_start
    text = format_long_date(local.date()) + " " + f"{local:%H:%M}"  # "mardi 1er décembre"
    item = QListWidgetItem(text)
    if occurrence.warnings:
        item.setIcon(icon("triangle-alert", status_colour(WARNING)))
        item.setText(f"{text} — ⚠ " + " ".join(occurrence.warnings))
        item.setToolTip("\n".join(occurrence.warnings))
    else:
        item.setIcon(icon("calendar-check"))
    return item
