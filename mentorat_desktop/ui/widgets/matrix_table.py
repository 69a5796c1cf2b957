"""The skills matrix table: digits set a level, two letter keys toggle the flags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from mentorat_desktop.services.staff.skill_matrix import MatrixCell
from mentorat_desktop.ui.models.skill_matrix_model import SkillMatrixModel


def teach_key() -> str:
    return QCoreApplication.translate("Matrix", "T", "can teach")


def learn_key() -> str:
    return QCoreApplication.translate("Matrix", "L", "wants to learn")


class MatrixTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skill_matrix")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setDefaultSectionSize(92)
        horizontal.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.setFixedWidth(210)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.model()
        text = event.text().upper()
        if index.isValid() and isinstance(model, SkillMatrixModel) and text:
            cell: MatrixCell = model.cell(index.row(), index.column())
            if text in "01234" and len(text) == 1:
                model.setData(index, int(text), Qt.ItemDataRole.EditRole)
                return
            if text == teach_key().upper():
                model.setData(index, cell._replace(can_teach=not cell.can_teach))
                return
            if text == learn_key().upper():
                model.setData(index, cell._replace(wants_to_learn=not cell.wants_to_learn))
                return
        super().keyPressEvent(event)
