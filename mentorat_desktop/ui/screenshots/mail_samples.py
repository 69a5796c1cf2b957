"""The mail dialogs on demo data, for screenshots: settings' Email tab, message texts, send
by email (the preview filled without a thread), the outbox."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import ProgrammeStatus
from mentorat_desktop.services.mail import MailKind
from mentorat_desktop.services.mail.compose import preview_mail
from mentorat_desktop.services.programmes.programmes import list_programmes


def mail_dialogs(database: Database, parent: QWidget) -> list[tuple[QDialog, str]]:
    from mentorat_desktop.ui.dialogs.mail_dialog import MailDialog
    from mentorat_desktop.ui.dialogs.mail_templates_dialog import MailTemplatesDialog
    from mentorat_desktop.ui.dialogs.outbox_dialog import OutboxDialog
    from mentorat_desktop.ui.dialogs.settings_dialog import SettingsDialog

    settings = SettingsDialog(database, parent)
    settings.tabs.setCurrentWidget(settings.mail_page)
    dialogs: list[tuple[QDialog, str]] = [
        (settings, "settings-email-dialog"),
        (MailTemplatesDialog(database, "fr", parent), "mail-templates-dialog"),
    ]
    running = next(
        (p for p in list_programmes(database) if p.status is ProgrammeStatus.RUNNING), None
    )
    if running is not None:
        sender = MailDialog(database, MailKind.INVITATIONS, running.id, parent=parent)
        request = sender.request()
        if request is not None:
            sender._show_preview(preview_mail(database, request))  # no thread for a picture
        dialogs.append((sender, "mail-dialog"))
    dialogs.append((OutboxDialog(database, parent), "outbox-dialog"))
    return dialogs
