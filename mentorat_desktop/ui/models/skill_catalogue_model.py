"""The skills catalogue as a tree: categories, then their skills with supply and demand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from mentorat_desktop.services.staff.skill_matrix import CategorySupply, SkillSupply
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE
from mentorat_desktop.ui.theme import WARNING, status_colour

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_TEACHERS, COL_LEARNERS, COL_UNMET, COL_STATUS = range(5)
COLUMN_COUNT = 5
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "category" or "skill"


class SkillCatalogueModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.categories: list[CategorySupply] = []
        self.headers = [
            self.tr("Category / skill"),
            self.tr("Can teach"),
            self.tr("Want to learn"),
            self.tr("Unmet demand"),
            self.tr("Status"),
        ]
        self.tips = [
            self.tr("Skills grouped by category"),
            self.tr("Active people who can teach the skill"),
            self.tr("Active people who want to learn the skill"),
            self.tr("Learners beyond the number of teachers"),
            self.tr("Active or archived"),
        ]
        self._warning_icon = icon("triangle-alert", status_colour(WARNING))

    def set_rows(self, categories: list[CategorySupply]) -> None:
        self.beginResetModel()
        self.categories = categories
        self.endResetModel()

    # --- structure: internal id 0 for a category, category row + 1 for its skills ----------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.categories)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.categories[parent.row()].skills)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tips[section]
        return None

    def node(self, index: Index) -> CategorySupply | SkillSupply | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self.categories[index.row()]
        return self.categories[index.internalId() - 1].skills[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return node.id
        if role == KIND_ROLE:
            return "category" if isinstance(node, CategorySupply) else "skill"
        if isinstance(node, CategorySupply):
            return self._category_data(node, column, role)
        return self._skill_data(node, column, role)

    def _category_data(self, category: CategorySupply, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                count = len(category.skills)
                return self.tr("{name} (%n skills)", "", count).format(name=category.name)
            if column == COL_STATUS:
                return self.tr("Archived") if category.archived else ""
            return None
        if role == Qt.ItemDataRole.FontRole and column == COL_NAME:
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            return category.position if column == COL_NAME else 0
        return None

    def _skill_data(self, skill: SkillSupply, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return skill.name
            if column == COL_TEACHERS:
                return str(skill.teachers)
            if column == COL_LEARNERS:
                return str(skill.learners)
            if column == COL_UNMET:
                if skill.learners and not skill.teachers:
                    learners = skill.learners
                    return self.tr("No teacher for %n", "", learners)
                unmet = skill.unmet
                return self.tr("%n short", "", unmet) if unmet else ""
            if column == COL_STATUS:
                return self.tr("Archived") if skill.archived else ""
        if role == Qt.ItemDataRole.DecorationRole and column == COL_UNMET and skill.unmet:
            return self._warning_icon
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_UNMET and skill.unmet:
            return QColor(status_colour(WARNING))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_NAME:
                return skill.description or skill.name
            if column == COL_UNMET and skill.unmet:
                learners, teachers = skill.learners, skill.teachers
                return self.tr("{learners} and {teachers}").format(
                    learners=self.tr("%n people want to learn {skill}", "", learners).format(
                        skill=skill.name
                    ),
                    teachers=self.tr("%n can teach it.", "", teachers),
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_TEACHERS, COL_LEARNERS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return (
                skill.name.casefold(),
                skill.teachers,
                skill.learners,
                skill.unmet,
                int(skill.archived),
            )[column]
        return None
