"""The rows of a staff import with what will happen to each, and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from mentorat_desktop.search_text import collation_key
from mentorat_desktop.services.staff.staff_import import Action, RowOutcome
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE
from mentorat_desktop.ui.models.rows_model import RowsModel
from mentorat_desktop.ui.theme import DANGER, status_colour

Index = QModelIndex | QPersistentModelIndex

COL_LINE, COL_NAME, COL_EMAIL, COL_DEPARTMENT, COL_ACTION, COL_NOTES = range(6)
COLUMN_COUNT = 6


class ImportPreviewModel(RowsModel[RowOutcome]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Line"),
            self.tr("Name"),
            self.tr("Email"),
            self.tr("Department"),
            self.tr("What happens"),
            self.tr("Problems and notes"),
        ]
        self.actions = {
            Action.CREATE: self.tr("Create"),
            Action.UPDATE: self.tr("Update"),
            Action.SKIP: self.tr("Skip"),
            Action.REJECT: self.tr("⚠ Problem"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            notes = " ".join((*row.reasons, *row.warnings))
            return (
                str(row.line),
                row.name,
                row.email,
                row.department,
                self.actions[row.action],
                notes,
            )[column]
        if role == SORT_ROLE:
            return (
                row.line,
                collation_key(row.name),
                row.email.casefold(),
                row.department.casefold(),
                row.action.value,
                len(row.reasons),
            )[column]
        if role == ID_ROLE:
            return row.line
        if role == Qt.ItemDataRole.ForegroundRole and row.action is Action.REJECT:
            return QColor(status_colour(DANGER))
        return None
