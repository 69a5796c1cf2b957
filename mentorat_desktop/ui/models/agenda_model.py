"""The editable agenda of one session: topic and minutes, reordered by keyboard or drag."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from mentorat_desktop.services.sessions.agenda import AgendaEntry
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

COL_TOPIC, COL_MINUTES = range(2)
COLUMN_COUNT = 2
MIME_TYPE = "application/x-mentorat-agenda-row"


class AgendaModel(QAbstractTableModel):
    edited = Signal()  # any change the agenda should be saved for

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[AgendaEntry] = []
        self.headers = [self.tr("Topic"), self.tr("Minutes")]

    def set_rows(self, items: list[AgendaEntry]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.topic if column == COL_TOPIC else item.minutes
        if role == SORT_ROLE:
            return item.topic.casefold() if column == COL_TOPIC else item.minutes
        if role == ID_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self.items[index.row()]
        if index.column() == COL_TOPIC:
            new = AgendaEntry(str(value).strip(), item.minutes)
        else:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            if not 1 <= minutes <= 480:
                return False
            new = AgendaEntry(item.topic, minutes)
        if new == item:
            return False
        self.items[index.row()] = new
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        self.edited.emit()
        return True

    def add(self, entry: AgendaEntry, row: int | None = None) -> int:
        row = len(self.items) if row is None else row
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.insert(row, entry)
        self.endInsertRows()
        self.edited.emit()
        return row

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or row < 0 or row + count > len(self.items) or count < 1:
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self.items[row : row + count]
        self.endRemoveRows()
        self.edited.emit()
        return True

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """Move ``count`` rows so that they land before ``destination_child``."""
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if not 0 <= source_row < len(self.items) or not 0 <= destination_child <= len(self.items):
            return False
        if destination_child in (source_row, source_row + 1):
            return False
        self.beginMoveRows(QModelIndex(), source_row, source_row, QModelIndex(), destination_child)
        item = self.items.pop(source_row)
        target = destination_child - 1 if destination_child > source_row else destination_child
        self.items.insert(target, item)
        self.endMoveRows()
        self.edited.emit()
        return True

    def move(self, row: int, step: int) -> int:
        """Move one row up (-1) or down (+1); its new row, or the same when it cannot move."""
        target = row + step
        if not 0 <= target < len(self.items):
            return row
        self.moveRow(QModelIndex(), row, QModelIndex(), target + 1 if step > 0 else target)
        return target

    # --- drag and drop inside the list ------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME_TYPE, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Moves the row itself and answers False, so the view removes nothing afterwards."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        source = int(bytes(data.data(MIME_TYPE).data()).decode() or -1)
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        if 0 <= source < len(self.items):
            self.moveRow(QModelIndex(), source, QModelIndex(), row)
        return False
