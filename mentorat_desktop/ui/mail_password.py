"""The SMTP password for one run, asked when none is kept in the system's password store."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from mentorat_desktop.services.mail import MailSettings, Transport


def ask_password(parent: QWidget, settings: MailSettings) -> str | None:
    """The SMTP password for this run when none is saved ("" when none is needed), or None
    when the user cancels."""
    if settings.transport is not Transport.SMTP or not settings.smtp_user or settings.has_password:
        return ""
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("MailDialog", "Password"),
        QCoreApplication.translate(
            "MailDialog", "Password of %1 on %2 (not saved; Settings › Email keeps it):"
        )
        .replace("%1", settings.smtp_user)
        .replace("%2", settings.smtp_host),
        QLineEdit.EchoMode.Password,
    )
    return password if ok else None
