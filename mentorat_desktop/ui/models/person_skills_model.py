"""A person's skills in the detail pane: level (0–4) and the two flags, edited in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from mentorat_desktop.services.staff.staff_directory import SkillLine
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[SkillLine, int, bool, bool], bool]

COL_SKILL, COL_CATEGORY, COL_LEVEL, COL_TEACH, COL_LEARN = range(5)
COLUMN_COUNT = 5


def level_names() -> list[str]:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return [
        translate("Levels", "0 – none"),
        translate("Levels", "1 – basics"),
        translate("Levels", "2 – intermediate"),
        translate("Levels", "3 – advanced"),
        translate("Levels", "4 – expert"),
    ]


class PersonSkillsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SkillLine] = []
        self.commit: Commit | None = None
        self.headers = [
            self.tr("Skill"),
            self.tr("Category"),
            self.tr("Level"),
            self.tr("Teaches"),
            self.tr("Learns"),
        ]
        self.tips = [
            self.tr("The skill (its category in the tooltip)"),
            self.tr("The skill's category"),
            self.tr("Level from 0 (none) to 4 (expert)"),
            self.tr("Can teach this skill"),
            self.tr("Wants to learn this skill"),
        ]

    def set_rows(self, rows: list[SkillLine]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tips[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_LEVEL:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() in (COL_TEACH, COL_LEARN):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self.rows[index.row()], index.column()
        if role == ID_ROLE:
            return line.skill_id
        if column in (COL_TEACH, COL_LEARN):
            flag = line.can_teach if column == COL_TEACH else line.wants_to_learn
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if flag else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
                return self.tr("yes") if flag else self.tr("no")
            if role == SORT_ROLE:
                return int(flag)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SKILL:
            return f"{line.skill_name} ({line.category_name})"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_SKILL:
                return line.skill_name
            if column == COL_CATEGORY:
                return line.category_name
            return level_names()[line.level]
        if role == Qt.ItemDataRole.EditRole and column == COL_LEVEL:
            return line.level
        if role == SORT_ROLE:
            return (line.skill_name, line.category_name, line.level)[column]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.commit is None:
            return False
        line, column = self.rows[index.row()], index.column()
        level, teach, learn = line.level, line.can_teach, line.wants_to_learn
        if column == COL_LEVEL and role == Qt.ItemDataRole.EditRole:
            level = int(value)
            if not 0 <= level <= 4:
                return False
        elif column in (COL_TEACH, COL_LEARN) and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            teach, learn = (checked, learn) if column == COL_TEACH else (teach, checked)
        else:
            return False
        if not self.commit(line, level, teach, learn):
            return False
        self.rows[index.row()] = SkillLine(
            line.skill_id,
            line.skill_name,
            line.category_name,
            level,
            teach,
            learn,
            line.target_level,
        )
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COLUMN_COUNT - 1))
        return True
