"""The outbox: every message prepared or sent, newest first, with its status and error."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon

from mentorat_desktop.search_text import collation_key
from mentorat_desktop.services.mail import OutboxEntry, OutboxStatus
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE
from mentorat_desktop.ui.models.rows_model import RowsModel
from mentorat_desktop.ui.qt_dates import to_qdatetime
from mentorat_desktop.ui.theme import DANGER, OK, status_colour

Index = QModelIndex | QPersistentModelIndex

COL_STATUS, COL_RECIPIENT, COL_EMAIL, COL_SUBJECT, COL_DATE, COL_ERROR = range(6)
COLUMN_COUNT = 6

STATUS_ICONS = {
    OutboxStatus.QUEUED: "clock",
    OutboxStatus.SENT: "circle-check",
    OutboxStatus.DRAFTED: "file-text",
    OutboxStatus.FAILED: "circle-x",
    OutboxStatus.DISCARDED: "trash-2",
}


class OutboxModel(RowsModel[OutboxEntry]):
    def __init__(self, zone: tzinfo = UTC, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.headers = [
            self.tr("Status"),
            self.tr("Recipient"),
            self.tr("Address"),
            self.tr("Subject"),
            self.tr("Date"),
            self.tr("Problem"),
        ]
        self.words = {
            OutboxStatus.QUEUED: self.tr("Waiting"),
            OutboxStatus.SENT: self.tr("Sent"),
            OutboxStatus.DRAFTED: self.tr("Draft ready"),
            OutboxStatus.FAILED: self.tr("Failed"),
            OutboxStatus.DISCARDED: self.tr("Discarded"),
        }
        self._icons: dict[OutboxStatus, QIcon] = {}

    def entry_at(self, index: Index) -> OutboxEntry | None:
        return self.rows[index.row()] if index.isValid() else None

    def status_word(self, status: OutboxStatus) -> str:
        return self.words[status]

    def when(self, entry: OutboxEntry) -> datetime:
        return entry.sent_at or entry.created_at

    def _date_text(self, entry: OutboxEntry) -> str:
        moment = self.when(entry)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        local = moment.astimezone(self.zone)
        return QLocale().toString(to_qdatetime(local), QLocale.FormatType.ShortFormat)

    def _icon(self, status: OutboxStatus) -> QIcon:
        if status not in self._icons:
            self._icons[status] = icon(STATUS_ICONS[status])
        return self._icons[status]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column == COL_SUBJECT and entry.draft_path:
                return entry.draft_path
            return (
                self.words[entry.status],
                entry.recipient_name,
                entry.recipient_email,
                entry.subject,
                self._date_text(entry),
                entry.error,
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return self._icon(entry.status)
        if role == SORT_ROLE:
            return (
                entry.status.value,
                collation_key(entry.recipient_name),
                entry.recipient_email.casefold(),
                collation_key(entry.subject),
                self.when(entry).timestamp(),
                entry.error,
            )[column]
        if role == ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_STATUS, COL_ERROR):
            if entry.status is OutboxStatus.FAILED:
                return QColor(status_colour(DANGER))
            if entry.status in (OutboxStatus.SENT, OutboxStatus.DRAFTED) and column == COL_STATUS:
                return QColor(status_colour(OK))
        return None
