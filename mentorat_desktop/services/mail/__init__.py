"""Messages to the participants: invitations, welcome, feedback requests, end, certificates.

The coordinator prepares messages in one click (`preview_mail`, then `queue_mail`); they go
through the company's SMTP server or become `.eml` drafts the user's own mail program opens
(`deliver`). The outbox keeps what was sent or prepared, to whom, when, and what failed with
the server's answer; a failed message stays queued and can be retried; nothing is sent twice
by accident.

The contract below is shared by the mail services, the CLI and the UI. Keep the names and
shapes; add fields at the end with defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class MailKind(StrEnum):
    INVITATIONS = "invitations"  # iCalendar REQUEST (or CANCEL) per session, agenda attached
    WELCOME = "welcome"  # charter and skills questionnaire attached
    FEEDBACK = "feedback"  # after a held session, the feedback form attached
    END = "end"  # the end-of-programme questionnaire
    CERTIFICATES = "certificates"  # each participant's certificate PDF
    CANCELLATION = "cancellation"  # a text only: a cancelled session's invitation uses it


SENT_KINDS = tuple(kind for kind in MailKind if kind is not MailKind.CANCELLATION)
"""What the coordinator sends; a cancellation goes with the invitations, never on its own."""


class Transport(StrEnum):
    DRAFTS = "drafts"  # .eml files marked unsent, opened by the user's mail program
    SMTP = "smtp"


class SmtpSecurity(StrEnum):
    STARTTLS = "starttls"
    TLS = "tls"
    NONE = "none"


class OutboxStatus(StrEnum):
    QUEUED = "queued"
    SENT = "sent"  # accepted by the SMTP server
    DRAFTED = "drafted"  # written as a .eml draft
    FAILED = "failed"  # stays queued for a retry; `error` holds the server's answer
    DISCARDED = "discarded"


@dataclass(frozen=True)
class MailSettings:
    transport: Transport = Transport.DRAFTS
    sender_name: str = ""
    sender_email: str = ""
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: SmtpSecurity = SmtpSecurity.STARTTLS
    smtp_user: str = ""
    drafts_folder: str = ""  # empty: a "Mentorat drafts" folder in the user's documents
    has_password: bool = False  # a password is in the keyring (never returned)
    version: int | None = 0


@dataclass(frozen=True)
class MessageTemplate:
    kind: MailKind
    language: str  # "fr" / "en"
    subject: str
    body: str  # plain text with {placeholders}
    customised: bool = False  # False: the built-in text


@dataclass(frozen=True)
class MailRequest:
    kind: MailKind
    programme_id: int
    session_ids: tuple[int, ...] = ()  # INVITATIONS/FEEDBACK; empty: all upcoming (held) ones
    person_ids: tuple[int, ...] = ()  # empty: every participant concerned
    resend: bool = False  # also what was already sent, unchanged


@dataclass(frozen=True)
class PreparedMessage:
    person_id: int
    recipient_name: str
    recipient_email: str
    subject: str
    body: str
    attachments: tuple[str, ...]  # file names
    session_id: int | None = None
    note: str = ""  # translated: "update (moved)", "cancellation", "already sent on …"


@dataclass(frozen=True)
class MailPreview:
    messages: tuple[PreparedMessage, ...]
    without_email: tuple[str, ...]  # names of the people who have no address: listed, not sent
    already_sent: int = 0  # skipped because sent before and unchanged (unless resend)
    notes: tuple[str, ...] = ()  # translated: who gets nothing and why (e.g. no certificate)


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    kind: MailKind
    recipient_name: str
    recipient_email: str
    subject: str
    status: OutboxStatus
    created_at: datetime
    sent_at: datetime | None
    error: str  # the server's answer or the reason, translated where ours
    attempts: int
    draft_path: str = ""


@dataclass(frozen=True)
class DeliveryReport:
    sent: int
    drafted: int
    failed: int
    errors: tuple[str, ...]  # one translated sentence per failure kind
