"""The coordinator's mail, in French: settings, drafts of invitations, the outbox, the SMTP
server refusing a wrong password, then the fix and a retry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from mentorat_desktop.db.database import Database
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.io.email_message import read_message
from mentorat_desktop.services.mail import OutboxStatus, SmtpSecurity, Transport
from mentorat_desktop.services.mail.outbox import list_outbox
from mentorat_desktop.services.mail.settings import get_mail_settings
from mentorat_desktop.services.sessions import sessions
from mentorat_desktop.services.sessions.sessions import PlanInput
from mentorat_desktop.ui.dialogs.mail_dialog import MailDialog
from mentorat_desktop.ui.dialogs.outbox_dialog import OutboxDialog
from mentorat_desktop.ui.dialogs.settings_dialog import SettingsDialog
from mentorat_desktop.ui.main_window import MainWindow
from mentorat_desktop.ui.models.outbox_model import COL_ERROR, COL_STATUS
from tests.conftest import type_text
from tests.mail_helpers import PASSWORD, USER, Inbox, smtp_server  # noqa: F401 (fixture)
from tests.test_services_sessions import World, make_world


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators(QCoreApplication.instance(), "fr")
    yield
    install_translators(QCoreApplication.instance(), "en")


def with_modal(qtbot, act: Callable[[QWidget], None], open_it: Callable[[], object]) -> None:  # type: ignore[no-untyped-def]
    """Open a modal dialog with ``open_it`` and drive it with ``act`` once it shows."""
    done: list[bool] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, drive)
            return
        try:
            act(dialog)
        finally:
            done.append(True)
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, drive)
    open_it()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def planned_world(database: Database) -> tuple[World, list[int]]:
    world = make_world(database)
    ids = []
    for pair, hour in ((world.pair, 14), (world.other_pair, 16)):
        plan = PlanInput(pair, date(2027, 3, 16), time(hour), 60, "Salle Lumière")
        ids.extend(record.id for record in sessions.plan_sessions(database, plan))
    return world, ids


def mail_dialog(qtbot, window: MainWindow) -> MailDialog:  # type: ignore[no-untyped-def]
    def shown() -> list[MailDialog]:
        return [d for d in window.findChildren(MailDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    (dialog,) = shown()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def test_invitations_as_drafts_then_by_smtp_with_a_wrong_password_then_retried(
    qtbot,
    sqlite_database: Database,
    french,
    memory_keyring,
    smtp_server: Inbox,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    world, session_ids = planned_world(sqlite_database)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    folder = tmp_path / "Brouillons"
    folder.mkdir()

    # Settings › Courriel: drafts, from the coordinator; an address that is wrong first.
    def drafts_settings(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        page = dialog.mail_page
        assert dialog.tabs.currentWidget() is page
        assert dialog.tabs.tabText(1) == "Co&urriel"
        page.drafts_choice.setChecked(True)
        type_text(page.sender_name, "Hélène, RH")
        type_text(page.sender_email, "coordination.exemple.fr")
        page.drafts_folder.setText(str(folder))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "courriel" in page.errors["sender_email"].text()
        page.sender_email.clear()
        type_text(page.sender_email, "coordination@exemple.fr")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    with_modal(qtbot, drafts_settings, lambda: window.open_settings(mail=True))
    saved = get_mail_settings(sqlite_database)
    assert (saved.transport, saved.sender_email) == (Transport.DRAFTS, "coordination@exemple.fr")

    # Sessions › More › Send the invitation: the selected session, to both sides.
    window.show_view("sessions")
    view = window.views["sessions"]
    qtbot.waitUntil(lambda: view.select_session(session_ids[0]))
    assert view.invite_action.isEnabled() and not view.feedback_action.isEnabled()
    view.invite_action.trigger()
    dialog = mail_dialog(qtbot, window)
    assert dialog.scope.currentText() == "La séance sélectionnée"
    assert sorted(m.recipient_email for m in dialog.model.rows) == [
        "b@example.fr",
        "lea@example.fr",
    ]
    assert dialog.send_button.text() == "Préparer 2 brouillons"
    dialog.scope.setCurrentIndex(dialog.scope.findData("upcoming"))  # every upcoming session
    qtbot.waitUntil(lambda: dialog.preview is not None and len(dialog.model.rows) == 3)
    assert "Zoë O'Brien" in dialog.missing.text() and "Personnel" in dialog.missing.text()
    assert dialog.send_button.text() == "Préparer 3 brouillons"
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.delivered is not None, timeout=20_000)
    assert dialog.summary.text().startswith("3 brouillons prêts.")
    assert dialog.send_button.text() == "Tous les brouillons sont prêts"
    assert not dialog.send_button.isEnabled()
    assert not dialog.table.wordWrap()  # a subject never breaks inside "14 h 00"
    assert dialog.folder_button.isVisibleTo(dialog)
    drafts = sorted(folder.glob("*.eml"))
    assert len(drafts) == 3
    message = read_message(drafts[0].read_bytes())
    assert message["X-Unsent"] == "1"
    assert "coordination@exemple.fr" in message["From"]
    dialog.close()

    # The outbox lists them as drafts, newest first, with a word and an icon.
    outbox = OutboxDialog(sqlite_database, window)
    qtbot.addWidget(outbox)
    assert outbox.model.rowCount() == 3
    assert not outbox.table.wordWrap()  # rows even, one line each
    index = outbox.proxy.index(0, COL_STATUS)
    assert index.data() == "Brouillon prêt"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    outbox.close()

    # SMTP with a wrong password: the message fails with the server's answer.
    def smtp_settings(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        page = dialog.mail_page
        page.smtp_choice.setChecked(True)
        page.smtp_host.setText("127.0.0.1")
        page.smtp_port.setValue(smtp_server.port)
        page.smtp_security.setCurrentIndex(page.smtp_security.findData(SmtpSecurity.STARTTLS))
        page.smtp_user.setText(USER)
        type_text(page.password, "pas-le-bon")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    with_modal(qtbot, smtp_settings, lambda: window.open_settings(mail=True))
    assert get_mail_settings(sqlite_database).has_password

    window.show_view("pairs")
    pairs = window.views["pairs"]
    qtbot.waitUntil(lambda: pairs.proxy.rowCount() == 2)
    pairs.select_item(world.pair)
    assert pairs.invite_action.isEnabled()
    pairs.invite_action.trigger()
    dialog = mail_dialog(qtbot, window)
    assert dialog.scope.currentText() == "Les séances de ce binôme"
    assert dialog.model.rows == []
    assert dialog.counts.text() == "2 messages déjà envoyés sont laissés de côté."
    dialog.resend.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview is not None and len(dialog.model.rows) == 2)
    assert dialog.send_button.text() == "Envoyer 2 messages"
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.delivered is not None, timeout=30_000)
    assert "2 messages ont échoué" in dialog.summary.text()
    assert dialog.send_button.text() == "Le reste attend dans la boîte d’envoi"
    assert smtp_server.received == []
    dialog.close()
    qtbot.waitUntil(lambda: window.mail_menu.failed_button.isVisibleTo(window))
    assert window.mail_menu.failed_button.text() == "2 messages ont échoué"

    outbox = OutboxDialog(sqlite_database, window)
    qtbot.addWidget(outbox)
    failed = [e for e in list_outbox(sqlite_database) if e.status is OutboxStatus.FAILED]
    assert len(failed) == 2
    top = outbox.proxy.index(0, COL_STATUS)
    assert top.data() == "Échec"
    assert "535" in outbox.proxy.index(0, COL_ERROR).data()  # the server's answer

    # The right password, then Retry: both leave, and the hint goes.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))

    def fix_password(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        assert dialog.mail_page.password.placeholderText() == "Enregistré (tapez pour le changer)"
        type_text(dialog.mail_page.password, PASSWORD)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    with_modal(qtbot, fix_password, lambda: window.open_settings(mail=True))
    outbox.table.selectAll()
    assert outbox.retry_button.isEnabled()
    outbox.changed.connect(window.notify)
    qtbot.mouseClick(outbox.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox.summary.text() != "", timeout=30_000)
    assert outbox.summary.text() == "2 messages envoyés."
    assert len(smtp_server.received) == 2
    assert outbox.proxy.index(0, COL_STATUS).data() == "Envoyé"
    assert not window.mail_menu.failed_button.isVisibleTo(window)
