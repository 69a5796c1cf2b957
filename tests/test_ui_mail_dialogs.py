"""The mail dialogs one by one, in French: message texts, the test message, the outbox's
Discard and Open draft, a refused setting at its field, the models."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog

from mentorat_desktop.db.database import Database
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.mail import (
    MailKind,
    MailRequest,
    OutboxEntry,
    OutboxStatus,
    PreparedMessage,
)
from mentorat_desktop.services.mail.delivery import deliver
from mentorat_desktop.services.mail.outbox import list_outbox, queue_mail
from mentorat_desktop.services.mail.settings import save_mail_settings
from mentorat_desktop.services.mail.templates import list_templates
from mentorat_desktop.ui.dialogs.mail_dialog import MailDialog
from mentorat_desktop.ui.dialogs.mail_templates_dialog import MailTemplatesDialog
from mentorat_desktop.ui.dialogs.outbox_dialog import OutboxDialog
from mentorat_desktop.ui.dialogs.settings_dialog import SettingsDialog
from mentorat_desktop.ui.models.mail_preview_model import MailPreviewModel
from mentorat_desktop.ui.models.outbox_model import COL_STATUS, OutboxModel
from tests.conftest import type_text
from tests.mail_helpers import (  # noqa: F401 (fixture)
    PASSWORD,
    USER,
    Inbox,
    drafts_settings,
    smtp_server,
    world_with_sessions,
)


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators(QCoreApplication.instance(), "fr")
    yield
    install_translators(QCoreApplication.instance(), "en")


def test_message_texts_insert_preview_refuse_save_and_restore(
    qtbot, sqlite_database: Database, french
) -> None:  # type: ignore[no-untyped-def]
    dialog = MailTemplatesDialog(sqlite_database, "fr", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current_kind() is MailKind.INVITATIONS
    assert dialog.state.text() == "Le texte d’origine"
    assert "{" not in dialog.preview_body.toPlainText()  # the example values are filled in

    dialog.body.setFocus()
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    names = [dialog.placeholders.item(i).text() for i in range(dialog.placeholders.count())]
    row = next(i for i, text in enumerate(names) if text.startswith("{first_name}"))
    qtbot.mouseClick(
        dialog.placeholders.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.placeholders.visualItemRect(dialog.placeholders.item(row)).center(),
    )
    assert dialog.body.toPlainText().endswith("{first_name}")
    assert dialog.state.text() == "Pas encore enregistré"

    dialog.subject.setFocus()
    type_text(dialog.subject, " {inconnu}")
    dialog.refresh_preview()
    assert "{inconnu}" in dialog.subject_error.text()
    assert not dialog.save()  # refused: the error stays at the subject
    dialog.subject.setText("Votre séance du {date}")
    dialog._edited()
    assert dialog.save()
    assert dialog.state.text() == "Votre propre texte"
    saved = {t.kind: t for t in list_templates(sqlite_database, "fr")}[MailKind.INVITATIONS]
    assert saved.customised and saved.subject == "Votre séance du {date}"

    dialog.kinds.setCurrentRow(1)  # another kind: nothing pending, nothing asked
    assert dialog.current_kind() is MailKind.WELCOME
    dialog.kinds.setCurrentRow(0)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.state.text() == "Le texte d’origine"
    restored = {t.kind: t for t in list_templates(sqlite_database, "fr")}[MailKind.INVITATIONS]
    assert not restored.customised

    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # the English text
    english = {t.kind: t for t in list_templates(sqlite_database, "en")}[MailKind.INVITATIONS]
    assert dialog.subject.text() == english.subject != restored.subject


def test_test_message_goes_through_the_server_and_a_refusal_reads_as_a_sentence(
    qtbot,
    sqlite_database: Database,
    french,
    memory_keyring,
    smtp_server: Inbox,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(sqlite_database, None)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.mail_page
    dialog.tabs.setCurrentWidget(page)
    page.smtp_choice.setChecked(True)
    assert page.test_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no sender, no server
    assert dialog.isVisible() and dialog.tabs.currentWidget() is page
    assert page.errors["sender_email"].isVisibleTo(page)

    type_text(page.sender_email, "coordination@example.fr")
    page.smtp_host.setText("127.0.0.1")
    page.smtp_port.setValue(smtp_server.port)
    page.smtp_user.setText(USER)
    type_text(page.password, PASSWORD)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("essai@example.fr", True))
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_result.text().startswith("✓"), timeout=20_000)
    assert "essai@example.fr" in page.test_result.text()
    assert [to for _sender, to, _message in smtp_server.received] == [["essai@example.fr"]]
    assert page.password.placeholderText() == "Enregistré (tapez pour le changer)"

    type_text(page.password, "mauvais")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.general_error.text() != "", timeout=20_000)
    assert "535" in page.general_error.text()
    assert "Traceback" not in page.general_error.text()


def test_outbox_discards_and_opens_a_draft(
    qtbot, sqlite_database: Database, french, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    world, session_ids = world_with_sessions(sqlite_database, tmp_path / "brouillons")
    ids = queue_mail(
        sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, (session_ids[0],))
    )
    assert len(ids) == 2
    deliver(sqlite_database, ids[:1])
    dialog = OutboxDialog(sqlite_database, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.counts.text() == "2 messages. 1 en attente."
    words = {dialog.proxy.index(r, COL_STATUS).data() for r in range(2)}
    assert words == {"Brouillon prêt", "En attente"}

    drafted = next(e for e in list_outbox(sqlite_database) if e.status is OutboxStatus.DRAFTED)
    dialog.select_entry(drafted.id)
    assert dialog.open_button.isEnabled() and not dialog.discard_button.isEnabled()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [drafted.draft_path]
    links: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: links.append(url.toString()))
    qtbot.mouseClick(dialog.mailto_button, Qt.MouseButton.LeftButton)
    assert len(links) == 1 and links[0].startswith("mailto:")

    waiting = next(e for e in list_outbox(sqlite_database) if e.status is OutboxStatus.QUEUED)
    dialog.select_entry(waiting.id)
    seen = []
    dialog.changed.connect(seen.append)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].mail
    statuses = {e.id: e.status for e in list_outbox(sqlite_database)}
    assert statuses[waiting.id] is OutboxStatus.DISCARDED
    assert dialog.counts.text() == "2 messages."


def test_send_dialog_without_a_programme_says_what_to_do_first(
    qtbot, sqlite_database: Database, french
) -> None:  # type: ignore[no-untyped-def]
    dialog = MailDialog(sqlite_database, MailKind.WELCOME)
    qtbot.addWidget(dialog)
    assert dialog.error.text() == "⚠ Créez d’abord un programme, dans Binômes."
    assert not dialog.send_button.isEnabled()
    assert not dialog.scope.isVisibleTo(dialog)


def test_drafts_settings_saved_from_the_page_keep_the_organisation(
    qtbot, sqlite_database: Database, french, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    save_mail_settings(sqlite_database, drafts_settings(tmp_path))
    dialog = SettingsDialog(sqlite_database, None)
    qtbot.addWidget(dialog)
    page = dialog.mail_page
    assert page.drafts_choice.isChecked() and not page.smtp_host.isEnabled()
    file = tmp_path / "un-fichier.txt"
    file.write_text("x")
    page.drafts_folder.setText(str(file))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "dossier" in page.errors["drafts_folder"].text()


def test_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    outbox = OutboxModel()
    now = datetime(2027, 3, 16, 13, 0, tzinfo=UTC)
    outbox.set_rows(
        [
            OutboxEntry(
                1,
                MailKind.WELCOME,
                "Léa",
                "lea@example.fr",
                "Bienvenue",
                OutboxStatus.SENT,
                now,
                now,
                "",
                1,
            ),
            OutboxEntry(
                2,
                MailKind.END,
                "Zoë",
                "z@example.fr",
                "Fin",
                OutboxStatus.FAILED,
                now,
                None,
                "535 non",
                2,
            ),
        ]
    )
    qtmodeltester.check(outbox)
    preview = MailPreviewModel()
    preview.set_rows(
        [PreparedMessage(1, "Léa", "lea@example.fr", "Objet", "Corps", ("ordre-du-jour.pdf",))]
    )
    qtmodeltester.check(preview)


def test_without_a_saved_password_the_dialog_asks_for_this_run_only(
    qtbot,
    sqlite_database: Database,
    french,
    memory_keyring,
    smtp_server: Inbox,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    from tests.mail_helpers import smtp_settings

    world, session_ids = world_with_sessions(sqlite_database, tmp_path)
    save_mail_settings(sqlite_database, smtp_settings(smtp_server.port))
    asked: list[str] = []

    def answer(_parent, _title, label, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(label)
        return PASSWORD, True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    dialog = MailDialog(
        sqlite_database, MailKind.INVITATIONS, world.programme, session_ids=session_ids[:1]
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 2)
    assert dialog.send_button.text() == "Envoyer 2 messages"
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.delivered is not None, timeout=20_000)
    assert dialog.summary.text() == "2 messages envoyés."
    assert len(asked) == 1 and USER in asked[0]
    assert len(smtp_server.received) == 2
    assert not memory_keyring.secrets  # used for this run, not kept


def test_the_status_bar_tells_of_failed_messages_from_the_start(
    qtbot, sqlite_database: Database, french, tmp_path: Path, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.main_window import MainWindow
    from tests.mail_helpers import smtp_settings

    world, session_ids = world_with_sessions(sqlite_database, tmp_path)
    save_mail_settings(sqlite_database, smtp_settings(9))  # nothing listens on port 9
    ids = queue_mail(
        sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, (session_ids[0],))
    )
    assert deliver(sqlite_database, ids, password="x").failed == 2
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    hint = window.mail_menu.failed_button
    assert hint.isVisibleTo(window)  # counted as the window opens: a COUNT, no mail library
    assert hint.text() == "2 messages ont échoué"
    from mentorat_desktop.services.changes import changes_of
    from mentorat_desktop.services.mail.outbox import discard_messages

    discard_messages(sqlite_database, ids)
    window.mail_menu.changed.emit(changes_of(discard_messages))
    assert not hint.isVisibleTo(window)


def test_cancel_stops_between_messages_and_says_what_waits(
    qtbot, sqlite_database: Database, french, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import time

    from mentorat_desktop.services.changes import mutates
    from mentorat_desktop.services.mail import DeliveryReport
    from mentorat_desktop.ui.dialogs import mail_dialog

    world, session_ids = world_with_sessions(sqlite_database, tmp_path)

    @mutates(mail=True)
    def slow_deliver(database, ids, *, password=None, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 10
        while not (cancelled and cancelled()) and time.monotonic() < deadline:
            time.sleep(0.01)
        return DeliveryReport(sent=0, drafted=1, failed=0, errors=())

    monkeypatch.setattr(mail_dialog, "deliver", slow_deliver)
    dialog = MailDialog(
        sqlite_database, MailKind.INVITATIONS, world.programme, session_ids=session_ids[:1]
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 2)
    op = dialog.send()
    assert op is not None
    op.cancel()
    qtbot.waitUntil(lambda: dialog.delivered is not None, timeout=10_000)
    assert (
        dialog.summary.text()
        == "1 brouillon prêt. Arrêté : 1 message attend dans la boîte d’envoi."
    )


def test_drafts_into_a_place_that_cannot_be_written_fail_with_a_sentence(
    qtbot, sqlite_database: Database, french, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    world, session_ids = world_with_sessions(sqlite_database, tmp_path / "ok")
    blocker = tmp_path / "un-fichier"
    blocker.write_text("pas un dossier")
    save_mail_settings(
        sqlite_database, replace(drafts_settings(blocker / "brouillons"), version=None)
    )
    dialog = MailDialog(
        sqlite_database, MailKind.INVITATIONS, world.programme, session_ids=session_ids[:1]
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 2)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.delivered is not None, timeout=20_000)
    summary = dialog.summary.text()
    assert summary.startswith("2 messages ont échoué : ils attendent dans la boîte d’envoi.")
    assert "Traceback" not in summary and "Errno" not in summary
    assert not dialog.folder_button.isVisibleTo(dialog)
    entries = list_outbox(sqlite_database)
    assert {e.status for e in entries} == {OutboxStatus.FAILED}
    assert all(e.error for e in entries)


def test_documents_send_the_certificates_of_the_programme_shown(
    qtbot, sqlite_database: Database, french, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.main_window import MainWindow
    from mentorat_desktop.ui.views.documents_view import BATCH

    world, _ids = world_with_sessions(sqlite_database, tmp_path)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("documents")
    documents = window.views["documents"]
    documents.kind.setCurrentIndex(documents.kind.findData(BATCH))
    assert documents.mail_button.isVisibleTo(documents)
    qtbot.mouseClick(documents.mail_button, Qt.MouseButton.LeftButton)
    shown = [d for d in window.findChildren(MailDialog) if d.isVisible()]
    assert len(shown) == 1
    assert shown[0].current_kind() is MailKind.CERTIFICATES
    assert shown[0].programme.currentData() == world.programme
    qtbot.waitUntil(lambda: shown[0].preview is not None, timeout=10_000)
    assert "attestation" in shown[0].missing.text()  # none issued yet: said, not skipped
    shown[0].close()
