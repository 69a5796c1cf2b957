"""The matcher's proposals: accept box, people, score, lock and the reasons in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from mentorat_desktop.search_text import collation_key
from mentorat_desktop.services.programmes.matching import ProposalView
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

COL_ACCEPT, COL_MENTOR, COL_MENTEE, COL_SCORE, COL_LOCKED, COL_REASONS = range(6)
COLUMN_COUNT = 6


class ProposalsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ProposalView] = []
        self.accepted: set[tuple[int, int]] = set()
        self.headers = [
            self.tr("Accept"),
            self.tr("Mentor"),
            self.tr("Mentee"),
            self.tr("Score"),
            self.tr("Locked"),
            self.tr("Why this pair"),
        ]

    @staticmethod
    def key(row: ProposalView) -> tuple[int, int]:
        return (row.mentor_id, row.mentee_id)

    def set_rows(self, rows: list[ProposalView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.accepted = {self.key(r) for r in self.rows}  # all accepted until unticked
        self.endResetModel()

    def accepted_rows(self) -> list[ProposalView]:
        return [r for r in self.rows if self.key(r) in self.accepted]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COL_ACCEPT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ID_ROLE:
            return self.key(row)
        if column == COL_ACCEPT and role == Qt.ItemDataRole.CheckStateRole:
            accepted = self.key(row) in self.accepted
            return Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            values: dict[int, Any] = {
                COL_ACCEPT: int(self.key(row) in self.accepted),
                COL_MENTOR: collation_key(row.mentor_name),
                COL_MENTEE: collation_key(row.mentee_name),
                COL_SCORE: row.score,
                COL_LOCKED: int(row.locked),
                COL_REASONS: row.explanation.casefold(),
            }
            return values[column]
        if role == Qt.ItemDataRole.DisplayRole:
            texts = {
                COL_MENTOR: row.mentor_name,
                COL_MENTEE: row.mentee_name,
                COL_SCORE: str(row.score),
                COL_LOCKED: self.tr("Locked") if row.locked else "",
                COL_REASONS: row.explanation,
            }
            return texts.get(column, "")
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_SCORE, COL_REASONS):
            return f"{row.explanation}\n{row.breakdown}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_ACCEPT:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self.key(self.rows[index.row()])
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.accepted.add(key)
        else:
            self.accepted.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < COLUMN_COUNT else None
        return None
