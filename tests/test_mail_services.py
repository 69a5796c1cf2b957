"""Mail services: settings and keyring, templates, preview, queue, and `.eml` drafts whose
invitations parse with icalendar and vobject; moved and cancelled sessions."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar
from pypdf import PdfReader

from mentorat_desktop.errors import ValidationError
from mentorat_desktop.io.email_message import read_message
from mentorat_desktop.services.mail import (
    MailKind,
    MailRequest,
    MessageTemplate,
    OutboxStatus,
    SmtpSecurity,
)
from mentorat_desktop.services.mail.compose import preview_mail
from mentorat_desktop.services.mail.delivery import deliver
from mentorat_desktop.services.mail.outbox import (
    discard_messages,
    list_outbox,
    queue_mail,
    requeue_messages,
)
from mentorat_desktop.services.mail.settings import (
    KEYRING_SERVICE,
    get_mail_settings,
    save_mail_settings,
)
from mentorat_desktop.services.mail.templates import (
    PLACEHOLDERS,
    list_templates,
    reset_template,
    sample_message,
    save_template,
)
from mentorat_desktop.services.sessions import sessions
from tests.mail_helpers import drafts_settings, smtp_settings, world_with_sessions
from tests.test_calendar_uids import uid_of
from tests.test_services_sessions import PARIS


def drafts(folder: Path) -> dict[str, object]:
    return {path.name: read_message(path.read_bytes()) for path in sorted(folder.glob("*.eml"))}


def calendar_of(message) -> tuple[Calendar, object]:  # type: ignore[no-untyped-def]
    inline = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    attached = next(p for p in message.walk() if p.get_filename() == "invitation.ics")
    assert inline.get_param("method") == attached.get_param("method")
    data = attached.get_content()
    assert data == inline.get_content().encode("utf-8")
    return Calendar.from_ical(data), vobject.readOne(data.decode("utf-8"))


def test_settings_keep_the_password_in_the_keyring(sqlite_database, memory_keyring) -> None:
    assert get_mail_settings(sqlite_database).sender_email == ""
    saved = save_mail_settings(sqlite_database, smtp_settings(2525), password="pw")
    assert saved.has_password and saved.smtp_port == 2525 and saved.version == 1
    assert memory_keyring.secrets == {(KEYRING_SERVICE, "coordination@127.0.0.1:2525"): "pw"}
    again = save_mail_settings(sqlite_database, smtp_settings(2526, version=saved.version))
    assert again.has_password  # None keeps it, moved with the port
    assert list(memory_keyring.secrets) == [(KEYRING_SERVICE, "coordination@127.0.0.1:2526")]
    cleared = save_mail_settings(sqlite_database, smtp_settings(2526), password="")
    assert not cleared.has_password and not memory_keyring.secrets
    for field, settings in {
        "sender_email": smtp_settings(25, sender_email="pas une adresse"),
        "smtp_host": smtp_settings(25, smtp_host=""),
        "smtp_port": smtp_settings(0),
        "drafts_folder": smtp_settings(25, drafts_folder=__file__),
    }.items():
        with pytest.raises(ValidationError) as refused:
            save_mail_settings(sqlite_database, settings)
        assert refused.value.field == field
    assert get_mail_settings(sqlite_database).smtp_security is SmtpSecurity.STARTTLS
    from mentorat_desktop.errors import ConflictError

    with pytest.raises(ConflictError):  # read before another window saved
        save_mail_settings(sqlite_database, smtp_settings(2526, version=saved.version))


@pytest.mark.parametrize(
    "sender", ["coordination@exemple", "coordination@", "@exemple.fr", "a b@exemple.fr"]
)
def test_the_sender_address_follows_the_staff_rule(sqlite_database, sender: str) -> None:
    """Issue #19: "coordination@exemple" was taken as the sender while Staff refuses it."""
    from mentorat_desktop.services.staff.people import PersonInput, create_person

    with pytest.raises(ValidationError) as staff:
        create_person(sqlite_database, PersonInput("Hélène", "Coordinatrice", email=sender))
    with pytest.raises(ValidationError) as mail:
        save_mail_settings(sqlite_database, smtp_settings(25, sender_email=sender))

    assert staff.value.field == "email" and mail.value.field == "sender_email"
    assert str(mail.value) == f"“{sender}” is not an email address such as name@company.fr."
    assert get_mail_settings(sqlite_database).sender_email == ""


def test_templates_in_each_language_save_reset_and_sample(sqlite_database) -> None:
    french = {t.kind: t for t in list_templates(sqlite_database, "fr")}
    english = {t.kind: t for t in list_templates(sqlite_database, "en")}
    assert set(french) == set(MailKind)
    assert french[MailKind.INVITATIONS].body.startswith("Bonjour {first_name}")
    assert english[MailKind.INVITATIONS].body.startswith("Hello {first_name}")
    assert "first_name" in PLACEHOLDERS and PLACEHOLDERS["partner"]
    with pytest.raises(ValidationError) as refused:
        save_template(
            sqlite_database, MessageTemplate(MailKind.WELCOME, "fr", "Bienvenue", "{prénom}")
        )
    assert refused.value.field == "body" and "{prénom}" in refused.value.message
    with pytest.raises(ValidationError) as lone:
        save_template(sqlite_database, MessageTemplate(MailKind.WELCOME, "fr", "Oups {", "x"))
    assert lone.value.field == "subject"
    saved = save_template(
        sqlite_database,
        MessageTemplate(MailKind.WELCOME, "fr", "Bienvenue {first_name}", "À bientôt, {{ok}}"),
    )
    assert saved.customised
    assert [t for t in list_templates(sqlite_database, "fr") if t.customised] == [saved]
    subject, body = sample_message(
        sqlite_database, MailKind.WELCOME, "fr", saved.subject, saved.body
    )
    assert (subject, body) == ("Bienvenue Camille", "À bientôt, {ok}")
    assert not reset_template(sqlite_database, MailKind.WELCOME, "fr").customised
    assert not any(t.customised for t in list_templates(sqlite_database, "fr"))


def test_invitations_as_drafts_then_moved_and_cancelled(sqlite_database, tmp_path: Path) -> None:
    folder = tmp_path / "Brouillons"
    world, (first, second) = world_with_sessions(sqlite_database, folder)
    request = MailRequest(MailKind.INVITATIONS, world.programme)
    preview = preview_mail(sqlite_database, request)
    # Léa and Bernard for the first session, Léa for the second; Zoë has no address.
    assert [(m.recipient_name, m.session_id) for m in preview.messages] == [
        ("Léa Martin", first),
        ("Bernard Dupont", first),
        ("Léa Martin", second),
    ]
    assert preview.without_email == ("Zoë O'Brien",)
    assert preview.messages[0].subject.startswith("Séance de mentorat le ")
    assert "Bernard Dupont" in preview.messages[0].body
    assert preview.messages[0].attachments[-1] == "invitation.ics"

    shares: list[float] = []
    ids = queue_mail(sqlite_database, request, shares.append)
    assert len(ids) == 3 and shares == [0, pytest.approx(1 / 3), pytest.approx(2 / 3)]
    assert preview_mail(sqlite_database, request).already_sent == 3  # queued: not again
    report = deliver(sqlite_database, ids)
    assert (report.drafted, report.sent, report.failed) == (3, 0, 0)
    assert {e.status for e in list_outbox(sqlite_database)} == {OutboxStatus.DRAFTED}
    assert deliver(sqlite_database, ids).drafted == 0  # never twice

    messages = list(drafts(folder).values())
    assert len(messages) == 3
    message = messages[0]
    assert message["X-Unsent"] == "1" and message["Message-ID"]
    assert str(message["From"]) == "Hélène Coordinatrice <coordination@example.fr>"
    assert "Léa Martin" in str(message["To"])
    parsed, card = calendar_of(message)
    assert str(parsed["METHOD"]) == "REQUEST"
    event = parsed.walk("VEVENT")[0]
    assert str(event["UID"]) == uid_of(sqlite_database, first)
    assert str(event["ORGANIZER"]) == "mailto:coordination@example.fr"
    attendees = sorted(str(a) for a in event.get("ATTENDEE"))
    assert attendees == ["mailto:b@example.fr", "mailto:lea@example.fr"]
    assert card.vevent.uid.value == uid_of(sqlite_database, first)
    assert card.vevent.dtstart.value == datetime(2027, 3, 16, 14, tzinfo=PARIS)
    pdf = next(p for p in message.walk() if p.get_content_type() == "application/pdf")
    assert "Léa" in PdfReader(io.BytesIO(pdf.get_content())).pages[0].extract_text()

    moved = sessions.move_session(
        sqlite_database, first, None, datetime(2027, 3, 18, 10, tzinfo=PARIS), 60, "Salle 2"
    )
    sessions.cancel_session(sqlite_database, second, None, "Absence")
    update = preview_mail(sqlite_database, request)
    assert sorted(m.note for m in update.messages) == ["cancellation"] + ["update (moved)"] * 2
    assert update.without_email == ()  # her session is cancelled: never invited, nothing to say
    save_mail_settings(sqlite_database, drafts_settings(tmp_path / "second"))
    deliver(sqlite_database, queue_mail(sqlite_database, request))
    later = list(drafts(tmp_path / "second").values())
    kinds = {}
    for message in later:
        parsed, card = calendar_of(message)
        event = parsed.walk("VEVENT")[0]
        kinds[str(parsed["METHOD"])] = (str(event["UID"]), int(event["SEQUENCE"]))
        assert int(card.vevent.sequence.value) == int(event["SEQUENCE"])
    assert kinds["REQUEST"] == (uid_of(sqlite_database, first), moved.ics_sequence)
    assert kinds["CANCEL"][0] == uid_of(sqlite_database, second) and kinds["CANCEL"][1] > 0
    cancel = next(m for m in later if "CANCEL" in str(calendar_of(m)[0]["METHOD"]))
    assert not [p for p in cancel.walk() if p.get_content_type() == "application/pdf"]
    assert preview_mail(sqlite_database, request).messages == ()
    assert (
        len(
            preview_mail(
                sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, resend=True)
            ).messages
        )
        == 3
    )


def test_outbox_discard_and_requeue(sqlite_database, tmp_path: Path) -> None:
    world, (first, _second) = world_with_sessions(sqlite_database, tmp_path / "d")
    request = MailRequest(MailKind.INVITATIONS, world.programme, session_ids=(first,))
    ids = queue_mail(sqlite_database, request)
    assert discard_messages(sqlite_database, ids) == 2
    assert len(preview_mail(sqlite_database, request).messages) == 2  # discarded: may go again
    assert requeue_messages(sqlite_database, ids[:1]) == 1
    assert deliver(sqlite_database, ids).drafted == 1
    newest = list_outbox(sqlite_database)
    assert [e.status for e in newest] == [OutboxStatus.DISCARDED, OutboxStatus.DRAFTED]
    assert Path(newest[1].draft_path).is_file()


def test_kinds_that_need_forms_or_a_session_of_the_programme(sqlite_database, tmp_path) -> None:
    world, _ids = world_with_sessions(sqlite_database, tmp_path)
    with pytest.raises(ValidationError):
        preview_mail(sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, (999,)))


def test_unwritable_drafts_folder_fails_and_keeps_the_message(
    sqlite_database, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    world, (first, _second) = world_with_sessions(sqlite_database, blocker / "sub")
    ids = queue_mail(sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, (first,)))
    report = deliver(sqlite_database, ids)
    assert report.failed == 2 and len(report.errors) == 1 and "Brouillon" not in report.errors[0]
    assert {e.status for e in list_outbox(sqlite_database)} == {OutboxStatus.FAILED}
    save_mail_settings(sqlite_database, drafts_settings(tmp_path / "ok"))
    assert deliver(sqlite_database, ids).drafted == 2


def test_without_a_keyring_nothing_is_saved(sqlite_database) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    from mentorat_desktop.errors import ServiceError

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with pytest.raises(ServiceError, match="system keyring is not available"):
            save_mail_settings(sqlite_database, smtp_settings(25), password="pw")
        assert get_mail_settings(sqlite_database).sender_email == ""
        assert not save_mail_settings(sqlite_database, smtp_settings(25)).has_password
    finally:
        keyring.set_keyring(previous)


def test_cancel_stops_between_messages(sqlite_database, tmp_path: Path) -> None:
    world, _ids = world_with_sessions(sqlite_database, tmp_path / "d")
    ids = queue_mail(sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme))
    asked: list[float] = []
    report = deliver(sqlite_database, ids, progress=asked.append, cancelled=lambda: bool(asked))
    assert report.drafted == 1 and asked == [pytest.approx(1 / 3)]
    assert sorted(e.status for e in list_outbox(sqlite_database)) == sorted(
        [OutboxStatus.DRAFTED, OutboxStatus.QUEUED, OutboxStatus.QUEUED]
    )
    assert deliver(sqlite_database, ids).drafted == 2
    assert requeue_messages(sqlite_database, ids) == 3  # drafts may go again, by SMTP say
    assert discard_messages(sqlite_database, ids) == 3


def test_migration_0005_upgrades_an_older_file_and_goes_back(tmp_path: Path) -> None:
    import shutil

    from alembic import command
    from sqlalchemy import inspect

    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.db.migrate import alembic_config, current_revision, head_revision

    path = tmp_path / "ancienne.sqlite3"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "schema_0002.sqlite3", path)
    database = open_database(str(path))
    tables = set(inspect(database.engine).get_table_names())
    assert {"mail_settings", "mail_template", "outbox_message"} <= tables
    assert list_outbox(database) == [] and get_mail_settings(database).version == 0
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
    assert "outbox_message" not in inspect(database.engine).get_table_names()
    with database.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    assert current_revision(database.engine) == head_revision()
    database.close()


def test_mailto_link_and_a_server_never_set(sqlite_database, tmp_path: Path) -> None:
    from urllib.parse import parse_qs, urlsplit

    from mentorat_desktop.io.email_message import build_message, to_bytes
    from mentorat_desktop.services.mail import Transport
    from mentorat_desktop.services.mail.outbox import mailto_for

    world, (first, _second) = world_with_sessions(sqlite_database, tmp_path)
    ids = queue_mail(sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, (first,)))
    link = urlsplit(mailto_for(sqlite_database, ids[0]))
    assert link.scheme == "mailto" and link.path == "lea@example.fr"
    query = parse_qs(link.query)
    assert (
        query["subject"][0].startswith("Séance de mentorat") and "Bonjour Léa" in query["body"][0]
    )

    smtp = replace(drafts_settings(tmp_path), transport=Transport.SMTP, smtp_host="mail.example.fr")
    save_mail_settings(sqlite_database, smtp)
    with sqlite_database.transaction() as session:  # a server emptied behind the settings' back
        from mentorat_desktop.db.models import MailSettingsRow

        row = session.get(MailSettingsRow, 1)
        assert row is not None
        row.smtp_host = ""
    report = deliver(sqlite_database, ids)
    assert report.errors == ("Enter the mail server's name in Settings › Email first.",)

    # A name with a line break cannot add a header.
    raw = to_bytes(
        build_message(sender=("A\nBcc: x@evil.example", "a@example.fr"), to=[("B", "b@example.fr")],
                      subject="Objet\r\nBcc: y@evil.example", body="Texte")
    )  # fmt: skip
    assert b"\nBcc:" not in raw
