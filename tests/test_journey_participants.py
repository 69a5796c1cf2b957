"""The participants' loop, in French, from an empty database, as the office manager goes:
the organisation, the mail settings (drafts), four colleagues with their addresses (one
without), their skills, a programme, its pairs and all their sessions; the welcome pack as
drafts (the charter and the questionnaire open, the questionnaire's fields are there), a
questionnaire returned and imported into the skills; the invitations, an update after a
move, a cancellation; a session held, its feedback asked, both sides' forms filled (pdf.js
and pypdf) and imported into the journal; the programme closed, the end questionnaires,
the certificates written and sent; the outbox shows all of it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from mentorat_desktop.db.enums import PairStatus, ProgrammeStatus, SessionStatus
from mentorat_desktop.db.models import Pair, Programme, Session
from mentorat_desktop.ui.main_window import MainWindow
from tests.conftest import type_text
from tests.journey_forms import _end_form_back, _feedback, _welcome
from tests.journey_helpers import (
    _bernard_sessions,
    _ics,
    _mail_settings,
    _programme_pairs_sessions,
    _staff_and_skills,
    attachments,
    drafts,
    send,
    shot,
)
from tests.test_lifecycle_journey import click, drive, french, type_date  # noqa: F401 (fixture)
from tests.test_new_user_journey import _first_start
from tests.test_ui_mail import mail_dialog, with_modal


def _invitations(qtbot, window: MainWindow, monkeypatch, folder: Path, ids) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.move_session_dialog import MoveSessionDialog

    now = datetime.now(UTC)
    with window.database.reading() as session:
        upcoming = session.scalars(
            select(Session.id).where(Session.starts_at > now).order_by(Session.starts_at)
        ).all()
    window.mail_menu.invitations_action.trigger()
    dialog = mail_dialog(qtbot, window)
    assert dialog.kind.currentText().startswith("Invitation"), dialog.kind.currentText()
    assert "Françoise N’Diaye" in dialog.missing.text(), dialog.missing.text()
    rows = len(dialog.model.rows)
    shot(dialog, "mail-invitations")
    dialog.close()
    # Both sides of Éloïse–Bernard's sessions, Noé for his (Françoise has no address).
    assert rows == 3 * len(upcoming) // 2, (rows, len(upcoming))
    made = send(qtbot, window, window.mail_menu.invitations_action, rows)
    first = {}
    for name in made:
        message = drafts(folder)[name]
        calendar, card = _ics(message)
        assert calendar["METHOD"] == "REQUEST" and card.method.value == "REQUEST"
        (event,) = calendar.walk("VEVENT")
        assert "helene.martin@atelier.fr" in str(event["ORGANIZER"])
        attendees = event.get("ATTENDEE")
        attendees = attendees if isinstance(attendees, list) else [attendees]
        addresses = sorted(str(a).removeprefix("mailto:").lower() for a in attendees)
        if "bernard" in message["To"] or "eloise" in message["To"]:
            assert addresses == ["bernard.dupont@atelier.fr", "eloise.lefevre@atelier.fr"]
        else:
            assert addresses == ["noe.garnier@atelier.fr"], addresses
        assert card.vevent.uid.value == str(event["UID"])
        assert "invitation.ics" in attachments(message)
        first[str(event["UID"])] = int(event.get("SEQUENCE", 0))
    assert len(first) == len(upcoming)

    # Éloïse and Bernard move their next session by a day: the update goes, SEQUENCE higher.
    window.show_view("sessions")
    view = window.views["sessions"]
    view.set_quick_filter("upcoming")
    moved = upcoming[0]
    assert view.select_session(moved)

    def move(dialog) -> None:  # type: ignore[no-untyped-def]
        type_date(qtbot, dialog.day, dialog.day.date().toPython() + timedelta(days=1))
        click(
            qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        )

    drive(monkeypatch, MoveSessionDialog, move)
    asked: list[str] = []

    def question(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    # Saved, then she is offered to tell them: yes opens the update, ready to go.
    count = 2 if moved in _bernard_sessions(window, ids) else 1
    update = send(qtbot, window, lambda: click(qtbot, view.move_button), count)
    assert asked == [
        "Les participants ont été invités à cette séance. Leur envoyer le changement maintenant ?"
    ], asked
    for name in update:
        calendar, _card = _ics(drafts(folder)[name])
        (event,) = calendar.walk("VEVENT")
        assert calendar["METHOD"] == "REQUEST"
        assert int(event["SEQUENCE"]) > first[str(event["UID"])]

    # The one after is cancelled: the cancellation goes.
    cancelled = upcoming[1]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Congés", True))
    assert view.select_session(cancelled)
    count = 2 if cancelled in _bernard_sessions(window, ids) else 1
    gone = send(qtbot, window, view.cancel_action, count)
    assert len(asked) == 2
    with window.database.reading() as session:
        assert session.get(Session, cancelled).status is SessionStatus.CANCELLED
    for name in gone:
        calendar, card = _ics(drafts(folder)[name])
        assert calendar["METHOD"] == "CANCEL" and card.method.value == "CANCEL"


def _closing(
    qtbot, window: MainWindow, monkeypatch, folder: Path, programme_id: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.certificates_dialog import CertificatesDialog
    from mentorat_desktop.ui.dialogs.close_programme_dialog import CloseProgrammeDialog
    from mentorat_desktop.ui.dialogs.outbox_dialog import OutboxDialog
    from mentorat_desktop.ui.models.outbox_model import COL_STATUS

    window.show_view("pairs")
    pairs_view = window.views["pairs"]

    def close(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.ending_box is not None
        dialog.end_status.setCurrentIndex(dialog.end_status.findData("completed"))
        shot(dialog, "close-programme")
        click(qtbot, dialog.close_button)

    closing = drive(monkeypatch, CloseProgrammeDialog, close)
    click(qtbot, pairs_view.close_button)
    assert closing[0].result() == QDialog.DialogCode.Accepted, closing[0].error.text()
    with window.database.reading() as session:
        assert session.get(Programme, programme_id).status is ProgrammeStatus.CLOSED
        assert set(session.scalars(select(Pair.status))) == {PairStatus.COMPLETED}

    made = send(qtbot, window, window.mail_menu.end_action, 3)
    _end_form_back(qtbot, window, monkeypatch, folder, made, tmp_path)

    window.show_view("documents")
    documents = window.views["documents"]
    documents.kind.setCurrentIndex(documents.kind.findData("certificates"))
    documents.programme.setCurrentIndex(documents.programme.findData(programme_id))

    def review(dialog) -> None:  # type: ignore[no-untyped-def]
        for person in dialog.people:
            if not person.eligible:
                type_text(dialog.reasons[person.person_id], "Participation à la cohorte")
        click(qtbot, dialog.write_button)

    drive(monkeypatch, CertificatesDialog, review)
    certificates = tmp_path / "attestations"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(certificates))
    click(qtbot, documents.batch_button)
    qtbot.waitUntil(
        lambda: documents.batch_result is not None or documents.error.isVisible(), timeout=60_000
    )
    assert not documents.error.isVisible(), documents.error.text()
    made = send(qtbot, window, window.mail_menu.certificates_action, 3)
    for name in made:
        files = attachments(drafts(folder)[name])
        assert any(t.endswith(".pdf") for t in files), files

    outbox = OutboxDialog(window.database, window)
    qtbot.addWidget(outbox)
    total = len(list(folder.glob("*.eml")))
    assert outbox.model.rowCount() == total
    statuses = {outbox.proxy.index(r, COL_STATUS).data() for r in range(total)}
    assert statuses == {"Brouillon prêt"}, statuses
    shot(outbox, "outbox")
    outbox.close()


@pytest.mark.usefixtures("french")
def test_the_participants_loop_from_an_empty_database(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    launch, window = _first_start(qtbot, str(tmp_path / "mentorat.sqlite3"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    outbox_folder = tmp_path / "Brouillons Mentorat"
    outbox_folder.mkdir()
    _mail_settings(qtbot, window, outbox_folder)
    ids = _staff_and_skills(qtbot, window, monkeypatch)
    programme_id = _programme_pairs_sessions(qtbot, window, monkeypatch, ids)
    _welcome(qtbot, window, monkeypatch, outbox_folder, ids, tmp_path)
    _invitations(qtbot, window, monkeypatch, outbox_folder, ids)
    _feedback(qtbot, window, monkeypatch, outbox_folder, ids, tmp_path)
    _closing(qtbot, window, monkeypatch, outbox_folder, programme_id, tmp_path)
    assert launch.finish(0) == 0


@pytest.mark.usefixtures("french")
def test_without_a_sender_address_the_send_dialog_leads_to_the_settings(  # type: ignore[no-untyped-def]
    qtbot, sqlite_database, tmp_path: Path
) -> None:
    from mentorat_desktop.services.mail import MailKind
    from mentorat_desktop.ui.dialogs.mail_dialog import MailDialog
    from tests.forms_helpers import make_world

    make_world(sqlite_database)
    dialog = MailDialog(sqlite_database, MailKind.WELCOME)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.how.text() == (
        "Votre adresse n’est pas encore saisie : indiquez-la d’abord dans Paramètres du courriel…"
    )
    assert dialog.settings_button.text() == "Paramètres du co&urriel…"
    folder = tmp_path / "Brouillons"

    def fill(settings) -> None:  # type: ignore[no-untyped-def]
        page = settings.mail_page
        assert settings.tabs.currentWidget() is page
        page.drafts_choice.setChecked(True)
        type_text(page.sender_email, "helene.martin@atelier.fr")
        page.drafts_folder.setText(str(folder))
        qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)

    with_modal(qtbot, fill, lambda: click(qtbot, dialog.settings_button))
    assert dialog.how.text().startswith("Préparés comme brouillons")
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.send_button.isEnabled())
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.delivered is not None, timeout=30_000)
    assert dialog.delivered.report.drafted == 2, dialog.error.text()


@pytest.mark.usefixtures("french")
def test_a_session_never_invited_is_moved_and_cancelled_without_a_question(  # type: ignore[no-untyped-def]
    qtbot, sqlite_database, monkeypatch
) -> None:
    from mentorat_desktop.ui.dialogs.move_session_dialog import MoveSessionDialog
    from tests.forms_helpers import make_world

    world = make_world(sqlite_database)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Congés", True))
    window.show_view("sessions")
    view = window.views["sessions"]
    view.set_quick_filter("upcoming")
    assert view.select_session(world.future_session)

    def move(dialog) -> None:  # type: ignore[no-untyped-def]
        type_date(qtbot, dialog.day, dialog.day.date().toPython() + timedelta(days=1))
        buttons = dialog.findChild(QDialogButtonBox)
        click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Save))

    drive(monkeypatch, MoveSessionDialog, move)
    click(qtbot, view.move_button)
    assert view.select_session(world.future_session)
    view.cancel_action.trigger()
    with sqlite_database.reading() as session:
        assert session.get(Session, world.future_session).status is SessionStatus.CANCELLED
    assert asked == []
