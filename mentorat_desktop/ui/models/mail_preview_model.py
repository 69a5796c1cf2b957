"""The messages a "Send by email" would prepare: recipient, address, subject, attachments."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from mentorat_desktop.search_text import collation_key
from mentorat_desktop.services.mail import PreparedMessage
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE
from mentorat_desktop.ui.models.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_EMAIL, COL_SUBJECT, COL_ATTACHMENTS, COL_NOTE = range(5)
COLUMN_COUNT = 5


class MailPreviewModel(RowsModel[PreparedMessage]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Recipient"),
            self.tr("Address"),
            self.tr("Subject"),
            self.tr("Attachments"),
            self.tr("Note"),
        ]

    def message_at(self, index: Index) -> PreparedMessage | None:
        return self.rows[index.row()] if index.isValid() else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        message, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                message.recipient_name,
                message.recipient_email,
                message.subject,
                ", ".join(message.attachments),
                message.note,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return message.body if column == COL_SUBJECT else self.data(index)
        if role == SORT_ROLE:
            return (
                collation_key(message.recipient_name),
                message.recipient_email.casefold(),
                collation_key(message.subject),
                len(message.attachments),
                message.note,
            )[column]
        if role == ID_ROLE:
            return index.row()
        return None
