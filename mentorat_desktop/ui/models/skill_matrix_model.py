"""People × skills: a model over a dict of levels (no widget per cell), filtered in the model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from mentorat_desktop.services.staff.skill_matrix import (
    MatrixCell,
    MatrixPerson,
    MatrixSkill,
    SkillMatrix,
)
from mentorat_desktop.services.staff.staff_export import cell_marks
from mentorat_desktop.ui.icons import ACCENT
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE
from mentorat_desktop.ui.models.person_skills_model import level_names

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[int, int, MatrixCell], bool]
EMPTY = MatrixCell(0, False, False)
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3


def _wrap(name: str) -> str:
    """Two lines for a long skill name, split at the space nearest the middle."""
    if len(name) < 14 or " " not in name:
        return name
    middle = len(name) // 2
    spaces = [i for i, c in enumerate(name) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return name[:cut] + "\n" + name[cut + 1 :]


class SkillMatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix = SkillMatrix((), (), {})
        self.people: list[MatrixPerson] = []
        self.skills: list[MatrixSkill] = []
        self.commit: Commit | None = None
        self._colours: list[QColor] = []
        self._headers: list[str] = []

    def set_rows(
        self,
        matrix: SkillMatrix,
        department_id: int | None = None,
        category_id: int | None = None,
    ) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.people = [
            p for p in matrix.people if department_id is None or p.department_id == department_id
        ]
        self.skills = [
            s for s in matrix.skills if category_id is None or s.category_id == category_id
        ]
        self._headers = [_wrap(s.name) for s in self.skills]
        self._colours = self._level_colours()
        self.endResetModel()

    @staticmethod
    def _level_colours() -> list[QColor]:
        """The accent over the base colour, stronger with the level; readable light or dark."""
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        accent = QColor(ACCENT)
        colours = []
        for level in range(5):
            weight = (0.0, 0.18, 0.36, 0.6, 0.85)[level]
            colours.append(
                QColor(
                    round(base.red() + (accent.red() - base.red()) * weight),
                    round(base.green() + (accent.green() - base.green()) * weight),
                    round(base.blue() + (accent.blue() - base.blue()) * weight),
                )
            )
        return colours

    def cell(self, row: int, column: int) -> MatrixCell:
        return self.matrix.cells.get((self.people[row].id, self.skills[column].id), EMPTY)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.skills)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.skills):
            skill = self.skills[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{skill.name} ({skill.category_name})"
            if role == ID_ROLE:
                return skill.id
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.people):
            person = self.people[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return person.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    f"{person.name} — {person.department_name}"
                    if person.department_name
                    else person.name
                )
            if role == ID_ROLE:
                return person.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_marks(cell) if cell != EMPTY else ""
        if role in (Qt.ItemDataRole.EditRole, LEVEL_ROLE, SORT_ROLE):
            return cell.level
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._colours[cell.level] if self._colours else None
        if role == Qt.ItemDataRole.ForegroundRole and cell.level >= 3:
            return QColor("#FFFFFF")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(index.row(), index.column())
        if role == ID_ROLE:
            return (self.people[index.row()].id, self.skills[index.column()].id)
        return None

    def tooltip(self, row: int, column: int) -> str:
        cell = self.cell(row, column)
        parts = [
            self.tr("{person} — {skill}: level {level}").format(
                person=self.people[row].name,
                skill=self.skills[column].name,
                level=level_names()[cell.level],
            )
        ]
        if cell.can_teach:
            parts.append(self.tr("can teach it"))
        if cell.wants_to_learn:
            parts.append(self.tr("wants to learn it"))
        return "; ".join(parts)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An int sets the level; a MatrixCell sets level and flags."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.commit is None:
            return False
        old = self.cell(index.row(), index.column())
        new = value if isinstance(value, MatrixCell) else old._replace(level=int(value))
        if not 0 <= new.level <= 4:
            return False
        person, skill = self.people[index.row()].id, self.skills[index.column()].id
        if new == old or not self.commit(person, skill, new):
            return new == old
        self.matrix.cells[(person, skill)] = new
        self.dataChanged.emit(index, index)
        return True
