"""The texts of the invitations: a cancellation has its own (no agenda spoken of), a session
with no place has no "Place:" line, a moved session says so first."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from mentorat_desktop.services.mail import SENT_KINDS, MailKind, MailRequest, MessageTemplate
from mentorat_desktop.services.mail.compose import preview_mail
from mentorat_desktop.services.mail.delivery import deliver
from mentorat_desktop.services.mail.outbox import queue_mail
from mentorat_desktop.services.mail.templates import built_in, list_templates, save_template
from mentorat_desktop.services.sessions import sessions
from tests.mail_helpers import world_with_sessions
from tests.test_services_sessions import PARIS


def test_a_cancellation_has_its_own_editable_text(sqlite_database, tmp_path: Path) -> None:
    world, (first, second) = world_with_sessions(sqlite_database, tmp_path / "d")
    request = MailRequest(MailKind.INVITATIONS, world.programme)
    deliver(sqlite_database, queue_mail(sqlite_database, request))
    sessions.cancel_session(sqlite_database, second, None, "Absence")
    sessions.move_session(
        sqlite_database, first, None, datetime(2027, 3, 18, 10, tzinfo=PARIS), 60, "Salle 2"
    )
    messages = {m.note: m for m in preview_mail(sqlite_database, request).messages}
    cancel = messages["cancellation"]
    assert cancel.subject.startswith("Annulée : séance de mentorat le ")
    assert "est annulée" in cancel.body and "Bernard" not in cancel.subject
    assert "ordre du jour" not in cancel.body and "acceptez" not in cancel.body
    assert cancel.attachments == ("invitation.ics",)
    moved = messages["update (moved)"]
    assert moved.body.startswith("Cette séance a changé")
    assert "ordre du jour" in moved.body  # an update still carries the agenda

    texts = {t.kind: t for t in list_templates(sqlite_database, "fr")}
    assert MailKind.CANCELLATION in texts and MailKind.CANCELLATION not in SENT_KINDS
    save_template(
        sqlite_database,
        MessageTemplate(MailKind.CANCELLATION, "fr", "Séance du {date} annulée", "Désolée."),
    )
    cancel = next(
        m for m in preview_mail(sqlite_database, request).messages if m.note == "cancellation"
    )
    assert cancel.subject.startswith("Séance du ") and cancel.body == "Désolée."


def test_no_place_line_when_the_session_has_no_place(sqlite_database, tmp_path: Path) -> None:
    world, (first, _second) = world_with_sessions(sqlite_database, tmp_path / "d")
    request = MailRequest(MailKind.INVITATIONS, world.programme, session_ids=(first,))
    assert "Lieu : Salle Lumière" in preview_mail(sqlite_database, request).messages[0].body
    sessions.move_session(
        sqlite_database, first, None, datetime(2027, 3, 16, 14, tzinfo=PARIS), 60, ""
    )
    body = preview_mail(sqlite_database, request).messages[0].body
    assert "Lieu" not in body and "—" not in body
    assert "Bonjour" in body and "ordre du jour" in body


def test_the_end_message_asks_rather_than_shows() -> None:
    body = built_in(MailKind.END, "fr")[1]
    assert "vous permet d’indiquer ce que vous avez appris" in body and "montre" not in body
    assert "réglages" not in " ".join(t for kind in MailKind for t in built_in(kind, "fr"))
