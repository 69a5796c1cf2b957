"""Send by email: choose what and to whom, see every message first, then send or prepare them.

The preview is the service's (`preview_mail`); the one button queues exactly those messages
and delivers them in the background, with progress and Cancel (`queue_mail`, `deliver`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import ProgrammeStatus
from mentorat_desktop.services.changes import Changes, changes_of
from mentorat_desktop.services.mail import (
    SENT_KINDS,
    DeliveryReport,
    MailKind,
    MailPreview,
    MailRequest,
    Transport,
)
from mentorat_desktop.services.mail.compose import preview_mail
from mentorat_desktop.services.mail.delivery import deliver
from mentorat_desktop.services.mail.outbox import list_outbox, queue_mail
from mentorat_desktop.services.mail.settings import get_mail_settings
from mentorat_desktop.services.programmes.programmes import list_programmes
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.mail_password import ask_password
from mentorat_desktop.ui.mail_words import kind_help, kind_label
from mentorat_desktop.ui.models.mail_preview_model import (
    COL_EMAIL,
    COL_NAME,
    COL_SUBJECT,
    MailPreviewModel,
)
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.widgets.message_table import message_table
from mentorat_desktop.ui.widgets.pdf_preview import open_folder
from mentorat_desktop.ui.words import literal

SELECTED, PAIR, UPCOMING = "selected", "pair", "upcoming"
WITH_SESSIONS = (MailKind.INVITATIONS, MailKind.FEEDBACK)


@dataclass(frozen=True)
class Delivered:
    report: DeliveryReport
    draft_folder: Path | None


class MailDialog(QDialog):
    changed = Signal(object)  # a Changes, once messages were queued

    def __init__(
        self,
        database: Database,
        kind: MailKind = MailKind.INVITATIONS,
        programme_id: int | None = None,
        *,
        session_ids: Sequence[int] = (),
        pair_session_ids: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("mail_dialog")
        self.setWindowTitle(self.tr("Send by email"))
        self.session_ids = tuple(session_ids)
        self.pair_session_ids = tuple(pair_session_ids)
        self.preview: MailPreview | None = None
        self.delivered: Delivered | None = None
        self.settings = get_mail_settings(database)

        self.kind = QComboBox()
        for each in SENT_KINDS:
            self.kind.addItem(kind_label(each), each)
            self.kind.setItemData(
                self.kind.count() - 1, kind_help(each), Qt.ItemDataRole.ToolTipRole
            )
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.setToolTip(self.tr("What to send"))
        self.programme = QComboBox()
        self.programme.setToolTip(self.tr("The programme whose participants receive it"))
        programmes = [p for p in list_programmes(database) if not p.archived]
        for record in programmes:
            self.programme.addItem(literal(record.name), record.id)
        if programme_id is None:
            running = [p.id for p in programmes if p.status is ProgrammeStatus.RUNNING]
            programme_id = running[0] if running else None
        if programme_id is not None:
            self.programme.setCurrentIndex(max(0, self.programme.findData(programme_id)))
        self.scope = QComboBox()
        self.scope.setToolTip(self.tr("Which sessions the messages are about"))
        self.resend = QCheckBox(self.tr("Send &again what was already sent"))
        self.resend.setToolTip(
            self.tr("Also the messages sent before and unchanged since, to the same people")
        )
        form = QFormLayout()
        for label_text, widget in (
            (self.tr("&Message:"), self.kind),
            (self.tr("&Programme:"), self.programme),
            (self.tr("Sess&ions:"), self.scope),
        ):
            label = QLabel(label_text)
            label.setBuddy(widget)
            widget.setAccessibleName(label_text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.scope_label = form.labelForField(self.scope)

        self.model = MailPreviewModel(self)
        self.proxy, self.table = message_table(
            self,
            self.model,
            name="mail_preview_table",
            accessible_name=self.tr("Messages to send"),
            tooltip=self.tr("Each message, to whom, with its attachments"),
            sort_column=COL_NAME,
        )
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.error = FieldError(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("mail_summary")

        self.send_button = QPushButton()
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.folder_button = QPushButton(self.tr("Open the &folder"))
        self.folder_button.setToolTip(self.tr("Show the drafts in the file manager"))
        self.folder_button.clicked.connect(self.open_drafts_folder)
        self.folder_button.hide()
        self.outbox_button = QPushButton(self.tr("Out&box…"))
        self.outbox_button.setToolTip(self.tr("Every message prepared or sent, and what failed"))
        self.outbox_button.clicked.connect(self.open_outbox)
        self.settings_button = QPushButton(self.tr("Email &settings…"))
        self.settings_button.setToolTip(self.tr("How messages are sent, and from whom"))
        self.settings_button.clicked.connect(self.open_settings)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.outbox_button)
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.resend)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.missing)
        layout.addWidget(self.how)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.programme.currentIndexChanged.connect(self.refresh_preview)
        self.scope.currentIndexChanged.connect(self.refresh_preview)
        self.resend.toggled.connect(self.refresh_preview)
        self._show_how()
        self._kind_changed()
        self.resize(max(900, self.sizeHint().width()), max(560, self.sizeHint().height()))

    # --- choices ---------------------------------------------------------------------------
    def current_kind(self) -> MailKind:
        return MailKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.scope.blockSignals(True)
        self.scope.clear()
        if kind in WITH_SESSIONS:
            if self.session_ids:
                self.scope.addItem(
                    self.tr("The %n selected sessions", "", len(self.session_ids)), SELECTED
                )
            if self.pair_session_ids:
                self.scope.addItem(self.tr("This pair’s sessions"), PAIR)
            if kind is MailKind.INVITATIONS:
                self.scope.addItem(self.tr("Every upcoming session"), UPCOMING)
            else:
                self.scope.addItem(self.tr("Every held session"), UPCOMING)
        self.scope.blockSignals(False)
        shown = kind in WITH_SESSIONS
        self.scope.setVisible(shown)
        if self.scope_label is not None:
            self.scope_label.setVisible(shown)
        self.refresh_preview()

    def request(self) -> MailRequest | None:
        programme_id = self.programme.currentData()
        if programme_id is None:
            return None
        kind = self.current_kind()
        sessions: tuple[int, ...] = ()
        if kind in WITH_SESSIONS:
            scope = self.scope.currentData()
            sessions = {SELECTED: self.session_ids, PAIR: self.pair_session_ids}.get(scope, ())
        return MailRequest(
            kind, int(programme_id), session_ids=sessions, resend=self.resend.isChecked()
        )

    def _show_how(self) -> None:
        settings = self.settings
        if not settings.sender_email:  # refused at sending: said before, with the way there
            self.how.setText(
                self.tr("Your address is not set yet: enter it in Email settings… first.")
            )
        elif settings.transport is Transport.SMTP:
            self.how.setText(
                self.tr("Sent through %1 from %2.")
                .replace("%1", settings.smtp_host or "?")
                .replace("%2", settings.sender_email or "?")
            )
        else:
            self.how.setText(
                self.tr(
                    "Prepared as drafts: open each one in your mail program, check it and send "
                    "it. (Settings › Email to send them directly.)"
                )
            )

    # --- preview ---------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        self.delivered = None
        self.summary.clear()
        self.folder_button.hide()
        self.error.clear_message()
        request = self.request()
        if request is None:
            self._show_preview(None)
            self.error.show_message(self.tr("Create a programme first, in Pairs."))
            return
        self.send_button.setEnabled(False)
        database = self.database
        ops.Op(
            self,
            lambda _progress: preview_mail(database, request),
            success=self._show_preview,
            failure=self._preview_failed,
            title=self.windowTitle(),
            supersedes="preview",
        ).run()

    def _preview_failed(self, error: Exception) -> None:
        self._show_preview(None)
        self.error.show_message(ops.error_text(error))

    def _show_preview(self, preview: MailPreview | None) -> None:
        self.preview = preview
        self.model.set_rows(list(preview.messages) if preview else [])
        self.table.resizeColumnsToContents()
        for column, widest in ((COL_EMAIL, 240), (COL_SUBJECT, 340)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        count = len(preview.messages) if preview else 0
        if preview is None:
            self.counts.clear()
        elif preview.already_sent and not self.resend.isChecked():
            self.counts.setText(
                self.tr("%n messages already sent are left out.", "", preview.already_sent)
            )
        elif count == 0:
            self.counts.setText(self.tr("Nothing to send for this choice."))
        else:
            self.counts.clear()
        self.resend.setEnabled(bool(preview and (preview.already_sent or self.resend.isChecked())))
        missing = list(preview.notes) if preview else []
        if preview and preview.without_email:
            missing.insert(
                0,
                self.tr(
                    "No address, so no message for: %1. "
                    "Add their address in Staff, then come back.",
                    "",
                    len(preview.without_email),
                ).replace("%1", ", ".join(preview.without_email)),
            )
        self.missing.setText("\n".join(missing))
        drafts = self.settings.transport is Transport.DRAFTS
        self.send_button.setText(
            self.tr("Prepare %n drafts", "", count)
            if drafts
            else self.tr("Send %n messages", "", count)
        )
        self.send_button.setEnabled(count > 0)

    # --- sending ---------------------------------------------------------------------------
    def send(self) -> ops.Op[Delivered] | None:
        request = self.request()
        if request is None or not self.model.rows:
            return None
        password = ask_password(self, self.settings)
        if password is None:  # cancelled
            return None
        self.send_button.setEnabled(False)
        self.error.clear_message()
        database = self.database

        def work(progress: ops.Progress) -> Delivered:
            ids = queue_mail(database, request)
            report = deliver(
                database,
                ids,
                password=password or None,
                progress=progress.fraction,
                cancelled=progress.cancelled,
            )
            wanted = set(ids)
            paths = [e.draft_path for e in list_outbox(database) if e.id in wanted and e.draft_path]
            return Delivered(report, Path(paths[0]).parent if paths else None)

        return ops.Op(
            self,
            work,
            success=self._sent,
            failure=self._send_failed,
            title=self.windowTitle(),
            progress_label=self.tr("Preparing the messages…"),
        ).run()

    def _sent(self, delivered: Delivered) -> None:
        self.delivered = delivered
        self.changed.emit(changes_of(queue_mail, deliver))
        report = delivered.report
        parts = []
        if report.sent:
            parts.append(self.tr("%n messages sent.", "", report.sent))
        if report.drafted:
            parts.append(self.tr("%n drafts ready.", "", report.drafted))
        if report.failed:
            parts.append(self.tr("%n messages failed: they wait in the outbox.", "", report.failed))
        left = len(self.model.rows) - report.sent - report.drafted - report.failed
        if left > 0:
            parts.append(self.tr("Stopped: %n messages wait in the outbox.", "", left))
        parts.extend(report.errors)
        self.summary.setText(" ".join(parts))
        self.folder_button.setVisible(delivered.draft_folder is not None)
        if report.failed or left > 0:
            self.send_button.setText(self.tr("The rest waits in the outbox"))
        elif self.settings.transport is Transport.DRAFTS:
            self.send_button.setText(self.tr("All drafts are ready"))
        else:
            self.send_button.setText(self.tr("All sent"))
        self.send_button.setEnabled(False)

    def _send_failed(self, error: Exception) -> None:
        self.error.show_message(ops.error_text(error))
        self.changed.emit(changes_of(queue_mail, deliver))
        self.send_button.setEnabled(bool(self.model.rows))

    def open_drafts_folder(self) -> None:
        if self.delivered is not None and self.delivered.draft_folder is not None:
            open_folder(self.delivered.draft_folder)

    def open_settings(self) -> None:
        from mentorat_desktop.services.mail.settings import save_mail_settings
        from mentorat_desktop.services.settings import save_settings
        from mentorat_desktop.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.database, self)
        dialog.tabs.setCurrentWidget(dialog.mail_page)
        if dialog.exec():
            self.changed.emit(changes_of(save_settings, save_mail_settings))
            self.settings = get_mail_settings(self.database)
            self._show_how()
            self.refresh_preview()  # the send button says drafts or messages again
        dialog.deleteLater()

    def open_outbox(self) -> None:
        from mentorat_desktop.ui.dialogs.outbox_dialog import OutboxDialog

        dialog = OutboxDialog(self.database, self)
        dialog.changed.connect(self.changed)
        dialog.exec()


def send_by_email(
    parent: QWidget,
    database: Database,
    report: Callable[[Changes], None],
    kind: MailKind,
    programme_id: int | None = None,
    *,
    session_ids: Sequence[int] = (),
    pair_session_ids: Sequence[int] = (),
) -> MailDialog:
    """Open the dialog from a view or a menu; `report` receives the Changes afterwards."""
    dialog = MailDialog(
        database,
        kind,
        programme_id,
        session_ids=session_ids,
        pair_session_ids=pair_session_ids,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(report)
    dialog.open()
    return dialog
