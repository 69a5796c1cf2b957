"""Send queued messages through the SMTP server, or write them as `.eml` drafts.

Plain Python (smtplib, no Qt): the UI runs it on a worker thread. Each message's outcome is
committed as soon as it is known, so a crash or a Cancel after the fifth message never sends
those five again; a message already sent or drafted is never picked again. A failure marks
its row FAILED with the reason (the server's answer quoted), and the others go on.
"""

from __future__ import annotations

import base64
import contextlib
import smtplib
import ssl
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, update

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import OutboxMessage
from mentorat_desktop.errors import MailError
from mentorat_desktop.files import write_file
from mentorat_desktop.i18n import translate
from mentorat_desktop.io.email_message import as_draft, build_message, with_date
from mentorat_desktop.os_errors import os_reason
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.mail import (
    DeliveryReport,
    MailSettings,
    OutboxStatus,
    SmtpSecurity,
    Transport,
)
from mentorat_desktop.services.mail.settings import (
    SMTP_TIMEOUT_S,
    drafts_folder,
    get_mail_settings,
    stored_password,
    tls_context,
)

RETRYABLE = (OutboxStatus.QUEUED.value, OutboxStatus.FAILED.value)
SENDING = "sending"  # stored only while a message is on its way: not one of OutboxStatus


def _answer(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error
    detail = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{exc.smtp_code} {detail}".strip()


def _untrusted(exc: ssl.SSLCertVerificationError, host: str) -> str:
    """Why a certificate is not trusted, in words (OpenSSL's own text is English)."""
    reasons = {
        9: translate("Mail", "it is not valid yet: check this computer's date"),
        10: translate("Mail", "it has expired"),
        18: translate("Mail", "it is signed by itself"),
        19: translate("Mail", "it comes from an authority unknown to this computer"),
        20: translate("Mail", "it comes from an authority unknown to this computer"),
        21: translate("Mail", "it comes from an authority unknown to this computer"),
        62: translate("Mail", "it is made out to another name than {host}").format(host=host),
    }
    return reasons.get(exc.verify_code, translate("Mail", "it cannot be checked"))


def describe(exc: BaseException, settings: MailSettings) -> str:
    """One translated sentence for a failure, quoting the server's answer when it gave one."""
    where = {"host": settings.smtp_host, "port": settings.smtp_port}
    if isinstance(exc, MailError):
        return exc.message
    if isinstance(exc, ssl.SSLCertVerificationError):
        return translate(
            "Mail",
            "The mail server {host} shows a certificate this computer does not trust "
            "({reason}). Ask your IT provider for the company's certificate.",
        ).format(host=settings.smtp_host, reason=_untrusted(exc, settings.smtp_host))
    if isinstance(exc, ssl.SSLError):
        return translate(
            "Mail",
            "The secure connection to {host}:{port} failed: check TLS or STARTTLS and the port.",
        ).format(**where)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return translate(
            "Mail", "The mail server refused the user name or password: {answer}"
        ).format(answer=_answer(exc))
    if isinstance(exc, smtplib.SMTPNotSupportedError) and str(exc) == "STARTTLS":
        return translate(
            "Mail", "The mail server {host} does not offer STARTTLS: choose TLS or no security."
        ).format(host=settings.smtp_host)
    if isinstance(exc, smtplib.SMTPNotSupportedError) and str(exc) != "AUTH":  # SMTPUTF8
        return translate(
            "Mail",
            "The mail server {host} does not take addresses with accented letters: use one "
            "without.",
        ).format(host=settings.smtp_host)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return translate(
            "Mail",
            "The mail server {host} does not accept a login on this connection: choose "
            "STARTTLS or TLS, or leave the user empty.",
        ).format(host=settings.smtp_host)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = "; ".join(
            f"{to} ({code} {reply.decode('utf-8', 'replace')})"
            for to, (code, reply) in exc.recipients.items()
        )
        return translate("Mail", "The mail server refused the address: {answer}").format(
            answer=refused
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return translate(
            "Mail", "The mail server refused the sender's address {address}: {answer}"
        ).format(address=exc.sender, answer=_answer(exc))
    if isinstance(exc, smtplib.SMTPResponseException):
        return translate("Mail", "The mail server answered: {answer}").format(answer=_answer(exc))
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return translate(
            "Mail",
            "The mail server {host}:{port} closed the connection: check the security "
            "setting and the port.",
        ).format(**where)
    if isinstance(exc, (OSError, smtplib.SMTPException)):  # refused, unknown name, timeout
        return translate(
            "Mail",
            "Cannot reach the mail server {host}:{port}. Check its name, the port, and that "
            "this computer is on the company network.",
        ).format(**where)
    return str(exc)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def login(client: smtplib.SMTP, user: str, password: str) -> None:
    """Log in with AUTH PLAIN (or LOGIN), credentials in UTF-8 as RFC 4616 says: smtplib's
    own login encodes them as ASCII (a password such as « Été2026 » fails) and, after a
    refusal, tries the next mechanism, so the server's first answer would be lost."""
    client.ehlo_or_helo_if_needed()
    if not client.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("AUTH")
    offered = client.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" in offered:
        code, answer = client.docmd("AUTH", "PLAIN " + _b64(f"\0{user}\0{password}"))
    elif "LOGIN" in offered:
        code, answer = client.docmd("AUTH", "LOGIN " + _b64(user))
        if code == 334:
            code, answer = client.docmd(_b64(password))
    else:
        client.login(user, password)  # CRAM-MD5 only: smtplib's own
        return
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)


@contextlib.contextmanager
def smtp_connection(settings: MailSettings, password: str | None) -> Iterator[smtplib.SMTP]:
    """A logged-in connection; MailError with a clear sentence when it cannot be had."""
    if password is None and settings.smtp_user:
        password = stored_password(settings)
    if settings.smtp_user and not password:
        raise MailError(
            translate(
                "Mail", "No password is saved for {user}: enter it in Settings › Email."
            ).format(user=settings.smtp_user)
        )
    if not settings.smtp_host:
        raise MailError(
            translate("Mail", "Enter the mail server's name in Settings › Email first.")
        )
    client: smtplib.SMTP | None = None
    try:
        context = tls_context()
        if settings.smtp_security is SmtpSecurity.TLS:
            client = smtplib.SMTP_SSL(
                settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT_S, context=context
            )
        else:
            client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT_S)
            if settings.smtp_security is SmtpSecurity.STARTTLS:
                client.ehlo()
                if not client.has_extn("starttls"):
                    raise smtplib.SMTPNotSupportedError("STARTTLS")
                client.starttls(context=context)
                client.ehlo()
        if settings.smtp_user:
            login(client, settings.smtp_user, password or "")
    except (TimeoutError, OSError, smtplib.SMTPException) as exc:
        if client is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                client.close()
        raise MailError(describe(exc, settings)) from exc
    try:
        yield client
    finally:
        with contextlib.suppress(OSError, smtplib.SMTPException):
            client.quit()


def send_one_test(settings: MailSettings, to: str, password: str | None) -> None:
    message = build_message(
        sender=(settings.sender_name or settings.sender_email, settings.sender_email),
        to=[("", to)],
        subject=translate("Mail", "Mentorat: test message"),
        body=translate(
            "Mail", "This message shows that Mentorat can send through {host}. Nothing to do."
        ).format(host=settings.smtp_host),
    )
    with smtp_connection(settings, password) as client:
        try:
            client.send_message(message, from_addr=settings.sender_email, to_addrs=[to])
        except (OSError, smtplib.SMTPException) as exc:
            raise MailError(describe(exc, settings)) from exc


def _draft_name(row: _Claimed, folder: Path) -> Path:
    from mentorat_desktop.services.documents.document_export import safe_filename

    stem = safe_filename(f"{row.id:05d} {row.recipient_name} - {row.subject}")[:100]
    return folder / f"{stem}.eml"


def _record(
    database: Database, message_id: int, status: OutboxStatus, error: str = "", path: str = ""
) -> None:
    with database.transaction() as session:
        row = session.get(OutboxMessage, message_id)
        if row is None:
            return
        row.status = status.value
        row.error = error
        if status is not OutboxStatus.FAILED:
            row.sent_at = datetime.now(UTC)
            row.draft_path = path


@dataclass(frozen=True)
class _Claimed:
    id: int
    recipient_name: str
    recipient_email: str
    subject: str
    message: bytes


def _claim(database: Database, message_id: int) -> _Claimed | None:
    """Take the row for this attempt, if it may still go (queued or failed): it is marked
    as going, in its own transaction, before a byte leaves, so two windows (or the window
    and the command line) delivering at once never send the same message twice. A message
    left marked by a crash mid-send shows as failed, and is not sent again unless the user
    queues it again (it may have gone)."""
    with database.transaction() as session:
        row = session.execute(
            select(
                OutboxMessage.attempts,
                OutboxMessage.recipient_name,
                OutboxMessage.recipient_email,
                OutboxMessage.subject,
                OutboxMessage.message,
            ).where(OutboxMessage.id == message_id, OutboxMessage.status.in_(RETRYABLE))
        ).first()
        if row is None:
            return None
        taken = session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == message_id,
                OutboxMessage.attempts == row.attempts,
                OutboxMessage.status.in_(RETRYABLE),
            )
            .values(attempts=row.attempts + 1, status=SENDING)
        )
        if getattr(taken, "rowcount", 0) != 1:
            return None
        return _Claimed(message_id, row[1], row[2], row[3], bytes(row[4]))


@mutates(mail=True)
def deliver(
    database: Database,
    ids: Sequence[int],
    *,
    password: str | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    settings: MailSettings | None = None,
) -> DeliveryReport:
    """Send (or draft) the queued and failed messages among ``ids``, per the saved settings
    or the ``settings`` given for this run (the command line's ``--drafts DIR``)."""
    settings = settings or get_mail_settings(database)
    with database.reading() as session:
        wanted = list(
            session.scalars(
                select(OutboxMessage.id)
                .where(OutboxMessage.id.in_(list(ids)), OutboxMessage.status.in_(RETRYABLE))
                .order_by(OutboxMessage.id)
            )
        )
    counts = {OutboxStatus.SENT: 0, OutboxStatus.DRAFTED: 0, OutboxStatus.FAILED: 0}
    errors: list[str] = []

    def failed(message_id: int, sentence: str) -> None:
        _record(database, message_id, OutboxStatus.FAILED, sentence)
        counts[OutboxStatus.FAILED] += 1
        if sentence not in errors:
            errors.append(sentence)

    def report() -> DeliveryReport:
        return DeliveryReport(
            counts[OutboxStatus.SENT],
            counts[OutboxStatus.DRAFTED],
            counts[OutboxStatus.FAILED],
            tuple(errors),
        )

    if not wanted:
        return report()
    if settings.transport is Transport.DRAFTS:
        folder = drafts_folder(settings)
        for index, message_id in enumerate(wanted):
            if cancelled and cancelled():
                break
            row = _claim(database, message_id)
            if row is None:
                continue
            path = _draft_name(row, folder)
            try:
                folder.mkdir(parents=True, exist_ok=True)
                write_file(path, as_draft(row.message, datetime.now(UTC)))
            except OSError as exc:
                failed(
                    message_id,
                    translate("Mail", "Cannot write the draft in “{folder}”: {reason}").format(
                        folder=folder, reason=os_reason(exc)
                    ),
                )
            else:
                _record(database, message_id, OutboxStatus.DRAFTED, path=str(path))
                counts[OutboxStatus.DRAFTED] += 1
            if progress:
                progress((index + 1) / len(wanted))
        return report()
    try:
        with smtp_connection(settings, password) as client:
            for index, message_id in enumerate(wanted):
                if cancelled and cancelled():
                    break
                row = _claim(database, message_id)
                if row is None:
                    continue
                message = with_date(row.message, datetime.now(UTC))
                try:
                    client.send_message(
                        message, from_addr=settings.sender_email, to_addrs=[row.recipient_email]
                    )
                except smtplib.SMTPServerDisconnected as exc:  # the rest cannot go now
                    sentence = describe(exc, settings)
                    failed(message_id, sentence)
                    for rest in wanted[index + 1 :]:
                        if _claim(database, rest) is not None:
                            failed(rest, sentence)
                    break
                except (OSError, smtplib.SMTPException) as exc:
                    failed(message_id, describe(exc, settings))
                else:
                    _record(database, message_id, OutboxStatus.SENT)
                    counts[OutboxStatus.SENT] += 1
                if progress:
                    progress((index + 1) / len(wanted))
    except MailError as exc:  # no connection: every message waits for a retry
        for message_id in wanted:
            if _claim(database, message_id) is not None:
                failed(message_id, exc.message)
    return report()
