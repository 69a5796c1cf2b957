"""The outbox: what was sent, prepared or refused, newest first; retry, discard, open a draft."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.changes import changes_of
from mentorat_desktop.services.mail import DeliveryReport, OutboxEntry, OutboxStatus
from mentorat_desktop.services.mail.delivery import deliver
from mentorat_desktop.services.mail.outbox import (
    discard_messages,
    list_outbox,
    mailto_for,
    requeue_messages,
)
from mentorat_desktop.services.mail.settings import get_mail_settings
from mentorat_desktop.services.sessions.sessions import database_zone
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.mail_password import ask_password
from mentorat_desktop.ui.models.outbox_model import (
    COL_DATE,
    COL_EMAIL,
    COL_ERROR,
    COL_SUBJECT,
    OutboxModel,
)
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.widgets.message_table import message_table

RETRYABLE = (OutboxStatus.QUEUED, OutboxStatus.FAILED)


class OutboxDialog(QDialog):
    changed = Signal(object)  # a Changes, after a retry or a discard

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("outbox_dialog")
        self.setWindowTitle(self.tr("Outbox"))
        self.model = OutboxModel(database_zone(database), self)
        self.proxy, self.table = message_table(
            self,
            self.model,
            name="outbox_table",
            accessible_name=self.tr("Messages"),
            tooltip=self.tr("Every message prepared or sent, newest first"),
            sort_column=COL_DATE,
            order=Qt.SortOrder.DescendingOrder,
        )
        self.table.doubleClicked.connect(lambda _index: self.open_draft())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.counts = QLabel()
        self.error = FieldError(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("outbox_summary")

        self.retry_button = QPushButton(icon("rotate-ccw"), self.tr("&Retry"))
        self.retry_button.setToolTip(self.tr("Send or prepare the selected messages again"))
        self.retry_button.clicked.connect(self.retry)
        self.discard_button = QPushButton(icon("trash-2"), self.tr("&Discard"))
        self.discard_button.setToolTip(self.tr("Do not send the selected messages"))
        self.discard_button.clicked.connect(self.discard)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.discard)
        self.open_button = QPushButton(icon("folder-open"), self.tr("&Open draft"))
        self.open_button.setToolTip(self.tr("Open the draft in your mail program"))
        self.open_button.clicked.connect(self.open_draft)
        self.mailto_button = QPushButton(icon("mail"), self.tr("&Write it in my mail program"))
        self.mailto_button.setToolTip(
            self.tr(
                "A new message with this recipient, subject and text, where no draft opens; "
                "add the attachments by hand"
            )
        )
        self.mailto_button.clicked.connect(self.write_in_mail_program)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (
            self.retry_button,
            self.discard_button,
            self.open_button,
            self.mailto_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.reload()
        self.resize(max(900, self.sizeHint().width()), max(480, self.sizeHint().height()))

    def reload(self) -> None:
        selected = set(self.selected_ids())
        self.model.set_rows(list_outbox(self.database))
        self.table.resizeColumnsToContents()
        for column, widest in ((COL_EMAIL, 240), (COL_SUBJECT, 300)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.setColumnWidth(COL_ERROR, max(self.table.columnWidth(COL_ERROR), 200))
        failed = sum(1 for e in self.model.rows if e.status is OutboxStatus.FAILED)
        waiting = sum(1 for e in self.model.rows if e.status is OutboxStatus.QUEUED)
        if not self.model.rows:
            parts = [self.tr("No message yet: what you send by email shows here.")]
        else:
            parts = [self.tr("%n messages.", "", len(self.model.rows))]
        if failed:
            parts.append(self.tr("%n failed.", "", failed))
        if waiting:
            parts.append(self.tr("%n waiting.", "", waiting))
        self.counts.setText(" ".join(parts))
        if selected:
            selection = self.table.selectionModel()
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                entry = self.model.entry_at(self.proxy.mapToSource(index))
                if entry is not None and entry.id in selected:
                    selection.select(
                        index,
                        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                    )
        self._update_buttons()

    def selected_entries(self) -> list[OutboxEntry]:
        rows = self.table.selectionModel().selectedRows()
        entries = (self.model.entry_at(self.proxy.mapToSource(i)) for i in rows)
        return [e for e in entries if e is not None]

    def selected_ids(self) -> list[int]:
        return [e.id for e in self.selected_entries()] if self.model.rows else []

    def select_entry(self, entry_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            entry = self.model.entry_at(self.proxy.mapToSource(index))
            if entry is not None and entry.id == entry_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_args: object) -> None:
        entries = self.selected_entries()
        self.retry_button.setEnabled(any(e.status in RETRYABLE for e in entries))
        self.discard_button.setEnabled(any(e.status in RETRYABLE for e in entries))
        self.mailto_button.setEnabled(len(entries) == 1)
        self.open_button.setEnabled(
            len(entries) == 1
            and bool(entries[0].draft_path)
            and entries[0].status is OutboxStatus.DRAFTED
        )

    def write_in_mail_program(self) -> None:
        entries = self.selected_entries()
        if len(entries) != 1:
            return
        try:
            link = mailto_for(self.database, entries[0].id)
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return
        QDesktopServices.openUrl(QUrl(link))

    def retry(self) -> ops.Op[DeliveryReport] | None:
        ids = [e.id for e in self.selected_entries() if e.status in RETRYABLE]
        if not ids:
            return None
        password = ask_password(self, get_mail_settings(self.database))
        if password is None:  # cancelled
            return None
        self.error.clear_message()
        self.summary.clear()
        self.retry_button.setEnabled(False)
        database = self.database

        def work(progress: ops.Progress) -> DeliveryReport:
            requeue_messages(database, ids)
            return deliver(
                database,
                ids,
                password=password or None,
                progress=progress.fraction,
                cancelled=progress.cancelled,
            )

        return ops.Op(
            self,
            work,
            success=self._retried,
            failure=self._failed,
            title=self.windowTitle(),
            progress_label=self.tr("Sending the messages again…"),
        ).run()

    def _retried(self, report: DeliveryReport) -> None:
        parts = []
        if report.sent:
            parts.append(self.tr("%n messages sent.", "", report.sent))
        if report.drafted:
            parts.append(self.tr("%n drafts ready.", "", report.drafted))
        if report.failed:
            parts.append(self.tr("%n messages failed again.", "", report.failed))
        parts.extend(report.errors)
        self.summary.setText(" ".join(parts))
        self.changed.emit(changes_of(requeue_messages, deliver))
        self.reload()

    def _failed(self, error: Exception) -> None:
        self.error.show_message(ops.error_text(error))
        self.changed.emit(changes_of(requeue_messages, deliver))
        self.reload()

    def discard(self) -> None:
        ids = [e.id for e in self.selected_entries() if e.status in RETRYABLE]
        if not ids:
            return
        try:
            discard_messages(self.database, ids)
        except ServiceError as exc:
            self.error.show_message(ops.error_text(exc))
            return
        self.changed.emit(changes_of(discard_messages))
        self.reload()

    def open_draft(self) -> None:
        entries = self.selected_entries()
        if len(entries) == 1 and entries[0].draft_path:
            path = Path(entries[0].draft_path)
            if not path.exists():
                self.error.show_message(
                    self.tr("The draft “%1” is no longer there.").replace("%1", str(path))
                )
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
