"""The end-of-programme levels to record: one row per learner and focus skill."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from mentorat_desktop.search_text import collation_key
from mentorat_desktop.services.programmes.programmes import Assessment
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE
from mentorat_desktop.ui.models.person_skills_model import level_names

Index = QModelIndex | QPersistentModelIndex

COL_LEARNER, COL_SKILL, COL_LEVEL = range(3)
COLUMN_COUNT = 3


class EndLevelsModel(QAbstractTableModel):
    """Starts at each learner's current level; only the level column is editable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Assessment] = []
        self.levels: list[int] = []
        self.headers = [self.tr("Learner"), self.tr("Skill"), self.tr("Level reached")]

    def set_rows(self, rows: list[Assessment]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.levels = [row.level for row in rows]
        self.endResetModel()

    def values(self) -> list[tuple[int, int, int]]:
        """(person, skill, level) for every row, as ``close_programme`` takes them."""
        return [
            (row.person_id, row.skill_id, level)
            for row, level in zip(self.rows, self.levels, strict=True)
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.headers[section] if 0 <= section < COLUMN_COUNT else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        level = self.levels[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_LEARNER:
                return row.person_name
            return row.skill_name if column == COL_SKILL else level_names()[level]
        if role == Qt.ItemDataRole.EditRole and column == COL_LEVEL:
            return level
        if role == SORT_ROLE:
            if column == COL_LEARNER:
                return collation_key(row.person_name)
            return row.skill_name.casefold() if column == COL_SKILL else level
        if role == ID_ROLE:
            return (row.person_id, row.skill_id)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_LEVEL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_LEVEL:
            return False
        if role != Qt.ItemDataRole.EditRole or not isinstance(value, int) or not 0 <= value <= 4:
            return False
        if self.levels[index.row()] == value:
            return False
        self.levels[index.row()] = value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True
