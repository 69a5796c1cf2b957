"""Edit a level 0–4 with a combo box; typing a digit picks it directly."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mentorat_desktop.ui.models.person_skills_model import level_names

Index = QModelIndex | QPersistentModelIndex


class LevelDelegate(QStyledItemDelegate):
    """``commit_on_change`` for combo boxes left open in every row (persistent editors),
    which are never closed, so the choice reaches the model as soon as it is made."""

    def __init__(self, parent: QWidget | None = None, *, commit_on_change: bool = False) -> None:
        super().__init__(parent)
        self.commit_on_change = commit_on_change

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.addItems(level_names())
        editor.setAccessibleName(self.tr("Level"))
        editor.setToolTip(self.tr("Level from 0 (none) to 4 (expert)"))
        if self.commit_on_change:
            editor.currentIndexChanged.connect(lambda _level: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        with QSignalBlocker(editor):  # the model's own value: nothing to commit back
            editor.setCurrentIndex(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentIndex(), Qt.ItemDataRole.EditRole)
