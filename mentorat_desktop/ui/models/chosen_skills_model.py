"""The catalogue's skills, each with a check box: which ones a questionnaire asks about."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from mentorat_desktop.services.staff.skills import SkillRecord
from mentorat_desktop.ui.models import ID_ROLE
from mentorat_desktop.ui.models.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex


class ChosenSkillsModel(RowsModel[SkillRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Skill")]
        self.chosen: set[int] = set()

    def set_rows(self, rows: list[SkillRecord]) -> None:
        self.chosen &= {row.id for row in rows}
        super().set_rows(rows)

    def chosen_ids(self) -> tuple[int, ...]:
        """The ticked skills, in the catalogue's order."""
        return tuple(row.id for row in self.rows if row.id in self.chosen)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemIsUserCheckable)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        skill = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{skill.name} ({skill.category_name})"
        if role == Qt.ItemDataRole.CheckStateRole:
            return (
                Qt.CheckState.Checked if skill.id in self.chosen else Qt.CheckState.Unchecked
            ).value
        if role == ID_ROLE:
            return skill.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        skill_id = self.rows[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.chosen.add(skill_id)
        else:
            self.chosen.discard(skill_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
