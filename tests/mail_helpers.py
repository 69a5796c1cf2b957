"""A real SMTP server on 127.0.0.1 for the mail tests: STARTTLS with a throw-away CA, and
AUTH LOGIN/PLAIN that accepts one user; it refuses recipients whose address starts with
"refuse"."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from mentorat_desktop.io.email_message import read_message
from mentorat_desktop.services.mail import MailSettings, SmtpSecurity, Transport
from mentorat_desktop.services.mail.settings import CA_FILE_VARIABLE, save_mail_settings
from mentorat_desktop.services.sessions import sessions
from mentorat_desktop.services.sessions.sessions import PlanInput
from tests.test_services_sessions import World, make_world

USER, PASSWORD = "coordination", "s3cret-Élise"


@dataclass
class Inbox:
    handler: Any
    port: int
    ca_file: Path
    received: list[tuple[str, list[str], EmailMessage]] = field(default_factory=list)


class _Handler:
    def __init__(self, inbox: list[tuple[str, list[str], EmailMessage]]) -> None:
        self.inbox = inbox

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address.startswith("refuse"):
            return f"550 5.1.1 <{address}>: Recipient address rejected"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.inbox.append(
            (envelope.mail_from, list(envelope.rcpt_tos), read_message(envelope.original_content))
        )
        return "250 Message accepted"


def _authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USER.encode()
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=ok, handled=False)  # False: the server answers 535 itself


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Inbox]:
    ca = trustme.CA()
    certificate = ca.issue_cert("127.0.0.1", "localhost")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    ca_file = tmp_path / "company-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    received: list[tuple[str, list[str], EmailMessage]] = []
    port = free_port()
    controller = Controller(
        _Handler(received),
        hostname="127.0.0.1",
        port=port,
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        auth_require_tls=True,
        authenticator=_authenticator,
    )
    controller.start()
    monkeypatch.setenv(CA_FILE_VARIABLE, str(ca_file))
    try:
        yield Inbox(controller, port, ca_file, received)
    finally:
        controller.stop()


def smtp_settings(port: int, **changes: Any) -> MailSettings:
    values: dict[str, Any] = {
        "transport": Transport.SMTP,
        "sender_name": "Hélène Coordinatrice",
        "sender_email": "coordination@example.fr",
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_security": SmtpSecurity.STARTTLS,
        "smtp_user": USER,
        "version": None,
    }
    return MailSettings(**(values | changes))


def drafts_settings(folder: Path) -> MailSettings:
    return MailSettings(
        transport=Transport.DRAFTS,
        sender_name="Hélène Coordinatrice",
        sender_email="coordination@example.fr",
        drafts_folder=str(folder),
        version=None,
    )


def world_with_sessions(database: Any, folder: Path) -> tuple[World, list[int]]:
    """Léa (mentor) with Bernard and with Zoë (who has no address), a session each."""
    world = make_world(database)
    save_mail_settings(database, drafts_settings(folder))
    ids = []
    for pair, hour in ((world.pair, 14), (world.other_pair, 16)):
        plan = PlanInput(pair, date(2027, 3, 16), time(hour), 60, "Salle Lumière")
        ids.extend(record.id for record in sessions.plan_sessions(database, plan))
    return world, ids
