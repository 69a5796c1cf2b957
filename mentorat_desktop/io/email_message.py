"""E-mail messages as MIME bytes, and `.eml` drafts a mail program opens as unsent.

A message is built once with the standard library's ``EmailMessage`` (UTF-8 bodies, names
with accents encoded in the headers per RFC 2047, a Message-ID and a Date) and kept as
bytes in the outbox, so a retry sends exactly what was previewed.

An invitation carries its iCalendar twice, as Outlook and Gmail expect to show
Accept/Decline: an inline ``text/calendar; method=REQUEST`` alternative to the text body,
and the same bytes as an ``invitation.ics`` attachment for programs that only look there.

A draft is the same message with ``X-Unsent: 1``: Outlook (and Thunderbird, which reads the
header too) opens such a ``.eml`` as an editable message ready to send, attachments kept.
"""

from __future__ import annotations

import email.policy
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

UNSENT_HEADER = "X-Unsent"
CALENDAR_FILE = "invitation.ics"


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    content_type: str = "application/pdf"


def address(name: str, email_address: str) -> Address:
    """A header address; ValueError when the address cannot be one."""
    local, at, domain = email_address.strip().partition("@")
    if not at or not local or not domain or any(c.isspace() for c in email_address.strip()):
        raise ValueError(email_address)
    shown = " ".join(name.split())  # no line break can reach a header
    return Address(display_name=shown, username=local, domain=domain)


def build_message(
    *,
    sender: tuple[str, str],
    to: Sequence[tuple[str, str]],
    subject: str,
    body: str,
    attachments: Sequence[Attachment] = (),
    calendar: bytes | None = None,
    calendar_method: str = "REQUEST",
    when: datetime | None = None,
) -> EmailMessage:
    """The whole message; ``calendar`` is an iCalendar object made by io.ics."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = address(*sender)
    message["To"] = [address(name, mail) for name, mail in to]
    message["Subject"] = subject.replace("\r", " ").replace("\n", " ")
    message["Date"] = format_datetime((when or datetime.now(UTC)).astimezone(UTC))
    message["Message-ID"] = make_msgid(domain=sender[1].rpartition("@")[2] or None)
    # Quoted-printable and base64 pass any server, even one without 8BITMIME; base64 keeps
    # the iCalendar's CRLF line ends and folding exactly as written.
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    if calendar is not None:
        message.add_alternative(
            calendar.decode("utf-8"),
            subtype="calendar",
            charset="utf-8",
            cte="base64",
            params={"method": calendar_method},
        )
    for item in attachments:
        maintype, _, subtype = item.content_type.partition("/")
        message.add_attachment(
            item.data, maintype=maintype, subtype=subtype, filename=item.filename
        )
    if calendar is not None:
        message.add_attachment(
            calendar,
            maintype="application",
            subtype="ics",
            filename=CALENDAR_FILE,
            params={"method": calendar_method},
        )
    return message


def to_bytes(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=email.policy.SMTP)


def read_message(data: bytes) -> EmailMessage:
    message = BytesParser(policy=email.policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return message


def with_date(data: bytes, when: datetime) -> EmailMessage:
    """The stored message dated when it really goes out."""
    message = read_message(data)
    del message["Date"]
    message["Date"] = format_datetime(when.astimezone(UTC))
    return message


def as_draft(data: bytes, when: datetime) -> bytes:
    """The `.eml` draft: the message marked unsent (X-Unsent: 1), dated now."""
    message = with_date(data, when)
    del message[UNSENT_HEADER]
    message[UNSENT_HEADER] = "1"
    return message.as_bytes(policy=email.policy.SMTP)


def mailto_link(to: str, subject: str, body: str) -> str:
    """A ``mailto:`` link (RFC 6068) for where no draft can be opened; it carries no
    attachment, so the UI offers it only as a last resort."""
    return f"mailto:{quote(to, safe='@')}?subject={quote(subject)}&body={quote(body)}"
