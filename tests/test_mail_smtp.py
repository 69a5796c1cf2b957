"""Sending through a real SMTP server on 127.0.0.1 (aiosmtpd) with STARTTLS and AUTH:
received messages parse, their invitations parse with icalendar and vobject, attachments
open; a refused login, an untrusted certificate and an unreachable server give a clear
sentence, keep the message for a retry, and the retry works."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar
from pypdf import PdfReader

from mentorat_desktop.errors import MailError
from mentorat_desktop.services.documents.certificates import issue_certificate
from mentorat_desktop.services.mail import MailKind, MailRequest, OutboxStatus, SmtpSecurity
from mentorat_desktop.services.mail.compose import preview_mail
from mentorat_desktop.services.mail.delivery import deliver
from mentorat_desktop.services.mail.outbox import list_outbox, queue_mail
from mentorat_desktop.services.mail.settings import (
    CA_FILE_VARIABLE,
    save_mail_settings,
    send_test_email,
)
from tests import mail_helpers
from tests.mail_helpers import PASSWORD, Inbox, free_port, smtp_settings, world_with_sessions
from tests.test_calendar_uids import uid_of

smtp_server = mail_helpers.smtp_server


def statuses(database) -> list[OutboxStatus]:  # type: ignore[no-untyped-def]
    return [e.status for e in reversed(list_outbox(database))]


def test_invitations_sent_with_starttls_and_login(
    sqlite_database, smtp_server: Inbox, tmp_path: Path, memory_keyring
) -> None:
    world, (first, _second) = world_with_sessions(sqlite_database, tmp_path)
    save_mail_settings(sqlite_database, smtp_settings(smtp_server.port), password=PASSWORD)
    ids = queue_mail(sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme))
    seen: list[float] = []
    report = deliver(sqlite_database, ids, progress=seen.append)
    assert (report.sent, report.failed, report.errors) == (3, 0, ())
    assert seen[-1] == 1.0
    assert statuses(sqlite_database) == [OutboxStatus.SENT] * 3
    assert all(e.sent_at and e.attempts == 1 for e in list_outbox(sqlite_database))
    sender, recipients, message = smtp_server.received[0]
    assert sender == "coordination@example.fr" and recipients == ["lea@example.fr"]
    assert message["Subject"].startswith("Séance de mentorat le mardi 16 mars 2027")
    assert "X-Unsent" not in message
    assert "Bonjour Léa" in message.get_body(("plain",)).get_content()
    inline = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    assert inline.get_param("method") == "REQUEST"
    data = inline.get_content().encode("utf-8")
    event = Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(event["UID"]) == uid_of(sqlite_database, first)
    assert "NEEDS-ACTION" in event.get("ATTENDEE")[0].params["PARTSTAT"]
    card = vobject.readOne(data.decode("utf-8"))
    assert card.method.value == "REQUEST" and len(card.vevent.attendee_list) == 2
    pdf = next(p for p in message.walk() if p.get_content_type() == "application/pdf")
    assert len(PdfReader(io.BytesIO(pdf.get_content())).pages) >= 1
    assert deliver(sqlite_database, ids).sent == 0 and len(smtp_server.received) == 3


def test_refused_login_fails_clearly_then_the_retry_works(
    sqlite_database, smtp_server: Inbox, tmp_path: Path, memory_keyring
) -> None:
    world, (first, _second) = world_with_sessions(sqlite_database, tmp_path)
    save_mail_settings(sqlite_database, smtp_settings(smtp_server.port), password="wrong")
    request = MailRequest(MailKind.INVITATIONS, world.programme, session_ids=(first,))
    ids = queue_mail(sqlite_database, request)
    report = deliver(sqlite_database, ids)
    assert (report.sent, report.failed) == (0, 2)
    assert report.errors[0].startswith("The mail server refused the user name or password: 535")
    entries = list_outbox(sqlite_database)
    assert {e.status for e in entries} == {OutboxStatus.FAILED}
    assert all(e.attempts == 1 and "535" in e.error for e in entries)
    assert preview_mail(sqlite_database, request).already_sent == 2  # failed: still queued
    # The password given for this run only (the dialog asks when none is saved).
    report = deliver(sqlite_database, ids, password=PASSWORD)
    assert (report.sent, report.failed) == (2, 0)
    assert {(e.status, e.attempts) for e in list_outbox(sqlite_database)} == {
        (OutboxStatus.SENT, 2)
    }


def test_unreachable_server_and_untrusted_certificate(
    sqlite_database, smtp_server: Inbox, tmp_path: Path, memory_keyring, monkeypatch
) -> None:
    world, (first, _second) = world_with_sessions(sqlite_database, tmp_path)
    closed = free_port()
    save_mail_settings(sqlite_database, smtp_settings(closed), password=PASSWORD)
    ids = queue_mail(
        sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, session_ids=(first,))
    )
    report = deliver(sqlite_database, ids)
    assert report.failed == 2
    assert report.errors == (
        f"Cannot reach the mail server 127.0.0.1:{closed}. Check its name, the port, and that "
        "this computer is on the company network.",
    )
    with pytest.raises(MailError, match="Cannot reach"):
        send_test_email(sqlite_database, "moi@example.fr")

    save_mail_settings(sqlite_database, smtp_settings(smtp_server.port))
    monkeypatch.delenv(CA_FILE_VARIABLE)  # the system's authorities do not know the test CA
    report = deliver(sqlite_database, ids)
    assert (
        report.failed == 2
        and "certificate this computer does not trust (it comes from an authority unknown"
        in report.errors[0]
    )
    assert statuses(sqlite_database) == [OutboxStatus.FAILED] * 2

    monkeypatch.setenv(CA_FILE_VARIABLE, str(smtp_server.ca_file))
    assert deliver(sqlite_database, ids).sent == 2


def test_a_refused_recipient_fails_alone(
    sqlite_database, smtp_server: Inbox, tmp_path: Path, memory_keyring
) -> None:
    from mentorat_desktop.db.models import Person

    world, (first, _second) = world_with_sessions(sqlite_database, tmp_path)
    with sqlite_database.transaction() as session:
        bernard = session.get(Person, world.mentee)
        assert bernard is not None
        bernard.email = "refuse-bernard@example.fr"
    save_mail_settings(sqlite_database, smtp_settings(smtp_server.port), password=PASSWORD)
    ids = queue_mail(
        sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, session_ids=(first,))
    )
    report = deliver(sqlite_database, ids)
    assert (report.sent, report.failed) == (1, 1)
    assert "refuse-bernard@example.fr (550 5.1.1" in report.errors[0]
    assert statuses(sqlite_database) == [OutboxStatus.SENT, OutboxStatus.FAILED]


def test_plain_and_tls_security_choices_and_test_email(
    sqlite_database, smtp_server: Inbox, tmp_path: Path, memory_keyring
) -> None:
    world_with_sessions(sqlite_database, tmp_path)
    save_mail_settings(sqlite_database, smtp_settings(smtp_server.port), password=PASSWORD)
    sentence = send_test_email(sqlite_database, "moi@example.fr")
    assert sentence == "A test message went to moi@example.fr through 127.0.0.1."
    assert smtp_server.received[-1][1] == ["moi@example.fr"]
    # This server offers AUTH only after STARTTLS: without it, the login cannot happen.
    save_mail_settings(
        sqlite_database, smtp_settings(smtp_server.port, smtp_security=SmtpSecurity.NONE)
    )
    with pytest.raises(MailError) as refused:
        send_test_email(sqlite_database, "moi@example.fr")
    assert "does not accept a login on this connection" in refused.value.message
    # TLS from the first byte on a server that speaks plain SMTP first: told plainly.
    save_mail_settings(
        sqlite_database, smtp_settings(smtp_server.port, smtp_security=SmtpSecurity.TLS)
    )
    with pytest.raises(MailError, match="secure connection"):
        send_test_email(sqlite_database, "moi@example.fr")


def test_certificates_go_to_those_who_have_one(
    sqlite_database, smtp_server: Inbox, tmp_path: Path, memory_keyring
) -> None:
    world, _ids = world_with_sessions(sqlite_database, tmp_path)
    issue_certificate(
        sqlite_database, world.mentee, world.programme, override_reason="Parcours validé"
    )
    save_mail_settings(sqlite_database, smtp_settings(smtp_server.port), password=PASSWORD)
    request = MailRequest(MailKind.CERTIFICATES, world.programme)
    preview = preview_mail(sqlite_database, request)
    assert [m.recipient_name for m in preview.messages] == ["Bernard Dupont"]
    assert preview.messages[0].attachments[0].startswith("Attestation — Bernard Dupont")
    assert len(preview.notes) == 2 and "Léa Martin" in preview.notes[0]  # no certificate yet
    assert deliver(sqlite_database, queue_mail(sqlite_database, request)).sent == 1
    message = smtp_server.received[-1][2]
    assert message["Subject"] == "Votre attestation du programme Cohorte 2026"
    pdf = next(p for p in message.walk() if p.get_content_type() == "application/pdf")
    assert "Bernard Dupont" in PdfReader(io.BytesIO(pdf.get_content())).pages[0].extract_text()
    assert preview_mail(sqlite_database, request).already_sent == 1


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_implicit_tls_server(sqlite_database, tmp_path: Path, memory_keyring, monkeypatch) -> None:
    import ssl

    import trustme
    from aiosmtpd.controller import Controller

    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    monkeypatch.setenv(CA_FILE_VARIABLE, str(ca_file))
    received: list = []
    port = free_port()
    controller = Controller(
        mail_helpers._Handler(received),
        hostname="127.0.0.1",
        port=port,
        ssl_context=context,
        auth_required=True,
        auth_require_tls=False,  # aiosmtpd counts STARTTLS only; this connection is TLS already
        authenticator=mail_helpers._authenticator,
    )
    controller.start()
    try:
        world, (first, _second) = world_with_sessions(sqlite_database, tmp_path / "d")
        save_mail_settings(
            sqlite_database, smtp_settings(port, smtp_security=SmtpSecurity.TLS), password=PASSWORD
        )
        request = MailRequest(MailKind.INVITATIONS, world.programme, session_ids=(first,))
        assert deliver(sqlite_database, queue_mail(sqlite_database, request)).sent == 2
        assert [r[1] for r in received] == [["lea@example.fr"], ["b@example.fr"]]
    finally:
        controller.stop()


def test_auth_login_when_plain_is_not_offered(
    sqlite_database, smtp_server: Inbox, tmp_path: Path, memory_keyring
) -> None:
    import ssl

    import trustme
    from aiosmtpd.controller import Controller

    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    ca.cert_pem.write_to_path(str(smtp_server.ca_file))  # the fixture's variable points here
    received: list = []
    port = free_port()
    controller = Controller(
        mail_helpers._Handler(received),
        hostname="127.0.0.1",
        port=port,
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        authenticator=mail_helpers._authenticator,
        auth_exclude_mechanism=["PLAIN"],
    )
    controller.start()
    try:
        world_with_sessions(sqlite_database, tmp_path / "d")
        save_mail_settings(sqlite_database, smtp_settings(port), password=PASSWORD)
        send_test_email(sqlite_database, "moi@example.fr")
        assert received[0][1] == ["moi@example.fr"]
        save_mail_settings(sqlite_database, smtp_settings(port), password="faux")
        with pytest.raises(MailError, match="refused the user name or password: 535"):
            send_test_email(sqlite_database, "moi@example.fr")
    finally:
        controller.stop()


def test_a_server_that_hangs_up_fails_the_rest_for_a_retry(
    sqlite_database, tmp_path: Path, memory_keyring
) -> None:
    from aiosmtpd.controller import Controller

    class HangsUpOnBernard:
        received: list[str] = []

        async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
            if envelope.rcpt_tos == ["b@example.fr"]:
                return "421 4.3.2 Service shutting down"
            self.received.append(envelope.rcpt_tos[0])
            return "250 OK"

    port = free_port()
    controller = Controller(HangsUpOnBernard(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        world, _ids = world_with_sessions(sqlite_database, tmp_path / "d")
        plain = smtp_settings(port, smtp_security=SmtpSecurity.NONE, smtp_user="")
        save_mail_settings(sqlite_database, plain)
        ids = queue_mail(sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme))
        report = deliver(sqlite_database, ids)
        assert (report.sent, report.failed) == (1, 2)
        assert report.errors[0] == "The mail server answered: 421 4.3.2 Service shutting down"
        assert "closed the connection" in report.errors[1]
        assert statuses(sqlite_database) == [OutboxStatus.SENT] + [OutboxStatus.FAILED] * 2
    finally:
        controller.stop()
