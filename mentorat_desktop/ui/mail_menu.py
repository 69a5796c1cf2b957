"""The window's Courriel menu (send, outbox, message texts) and its failed-messages hint.

Built with the window's shell; the mail services are imported once the database is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QPushButton

from mentorat_desktop.services.changes import Changes
from mentorat_desktop.ui.icons import icon

if TYPE_CHECKING:
    from mentorat_desktop.db.database import Database
    from mentorat_desktop.services.mail import MailKind


class MailMenu(QObject):
    changed = Signal(object)  # a Changes, after messages were queued, retried or discarded
    settings_requested = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.database: Database | None = None
        self.menu = window.menuBar().addMenu(self.tr("Emai&l"))
        self.menu.setObjectName("mail_menu")
        self.menu.setToolTipsVisible(True)
        self.welcome_action = self._add(
            "mail", self.tr("Send the &welcome…"), self.tr("The programme’s welcome pack")
        )
        self.invitations_action = self._add(
            "calendar-plus",
            self.tr("Send the &invitations…"),
            self.tr("Calendar invitations for the sessions planned"),
        )
        self.feedback_action = self._add(
            "notebook-pen",
            self.tr("Ask for &feedback…"),
            self.tr("The feedback form after the held sessions"),
        )
        self.end_action = self._add(
            "graduation-cap",
            self.tr("Send the &end-of-programme questionnaire…"),
            self.tr("The end-of-programme questionnaire to every participant"),
        )
        self.certificates_action = self._add(
            "file-text",
            self.tr("Send the &certificates…"),
            self.tr("Each participant’s certificate"),
        )
        self.menu.addSeparator()
        self.outbox_action = self._add(
            "inbox", self.tr("&Outbox…"), self.tr("Every message prepared or sent, and what failed")
        )
        self.outbox_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.templates_action = self._add(
            "file-text", self.tr("Message &texts…"), self.tr("The subject and text of each message")
        )
        self.settings_action = self._add(
            "settings", self.tr("Email &settings…"), self.tr("How messages are sent, and from whom")
        )
        self.outbox_action.triggered.connect(self.open_outbox)
        self.templates_action.triggered.connect(self.open_templates)
        self.settings_action.triggered.connect(self.settings_requested)
        self.failed_button = QPushButton(icon("circle-x"), "")
        self.failed_button.setObjectName("failed_messages")
        self.failed_button.setFlat(True)
        self.failed_button.setToolTip(self.tr("Open the outbox to retry them"))
        self.failed_button.clicked.connect(self.open_outbox)
        self.failed_button.hide()
        for action in self.actions():
            action.setEnabled(False)  # until attach()

    def _add(self, icon_name: str, text: str, tip: str) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setToolTip(tip)
        self.menu.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [a for a in self.menu.actions() if not a.isSeparator()]

    def attach(self, database: Database) -> None:
        from mentorat_desktop.services.mail import MailKind

        self.database = database
        for action, kind in (
            (self.welcome_action, MailKind.WELCOME),
            (self.invitations_action, MailKind.INVITATIONS),
            (self.feedback_action, MailKind.FEEDBACK),
            (self.end_action, MailKind.END),
            (self.certificates_action, MailKind.CERTIFICATES),
        ):
            action.triggered.connect(lambda _=False, kind=kind: self.send(kind))
        for action in self.actions():
            action.setEnabled(True)
        self.window.statusBar().addPermanentWidget(self.failed_button)
        self.refresh(None)  # a count, which imports no mail library: cheap during the start

    def refresh(self, changes: Changes | None = None) -> None:
        """The status bar's hint when messages failed (at start, then after a mail notice)."""
        if self.database is None:
            return
        if changes is not None and not changes.mail:
            return
        from mentorat_desktop.services.mail.failed import failed_count

        failed = failed_count(self.database)
        self.failed_button.setText(self.tr("%n messages failed", "", failed))
        self.failed_button.setVisible(failed > 0)

    def send(self, kind: MailKind, programme_id: int | None = None) -> None:
        from mentorat_desktop.ui.dialogs.mail_dialog import send_by_email

        assert self.database is not None
        send_by_email(self.window, self.database, self.changed.emit, kind, programme_id)

    def open_outbox(self) -> None:
        from mentorat_desktop.ui.dialogs.outbox_dialog import OutboxDialog

        assert self.database is not None
        dialog = OutboxDialog(self.database, self.window)
        dialog.changed.connect(self.changed)
        dialog.exec()
        dialog.deleteLater()

    def open_templates(self) -> None:
        from mentorat_desktop.services.settings import get_settings
        from mentorat_desktop.ui.dialogs.mail_templates_dialog import MailTemplatesDialog

        assert self.database is not None
        language = get_settings(self.database).language
        dialog = MailTemplatesDialog(self.database, language, self.window)
        dialog.exec()
        dialog.deleteLater()
