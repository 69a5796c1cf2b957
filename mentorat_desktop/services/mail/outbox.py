"""The outbox: messages queued whole, what became of each, and the user's retry or discard."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import defer

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import OutboxMessage, Pair, Session
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.io.email_message import (
    Attachment,
    build_message,
    mailto_link,
    read_message,
    to_bytes,
)
from mentorat_desktop.io.ics import build_calendar
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.mail import MailKind, MailRequest, OutboxEntry, OutboxStatus
from mentorat_desktop.services.mail.compose import Pending, prepare
from mentorat_desktop.services.mail.settings import get_mail_settings

RETRYABLE = (OutboxStatus.QUEUED.value, OutboxStatus.FAILED.value)
SENDING = "sending"  # see delivery._claim


def _build(pending: Pending, sender: tuple[str, str], now: datetime) -> bytes:
    prepared = pending.message
    calendar = None
    if pending.event is not None:
        calendar = build_calendar(
            [pending.event], stamp=now, method=pending.calendar_method, organizer=sender
        )
    message = build_message(
        sender=sender,
        to=[(prepared.recipient_name, prepared.recipient_email)],
        subject=prepared.subject,
        body=prepared.body,
        attachments=[Attachment(name, make()) for name, make in pending.attachments],
        calendar=calendar,
        calendar_method=pending.calendar_method,
        when=now,
    )
    return to_bytes(message)


@mutates(mail=True)
def queue_mail(
    database: Database,
    request: MailRequest,
    progress: Callable[[float], None] | None = None,
) -> tuple[int, ...]:
    """Queue the messages the preview showed, built whole (attachments and invitation
    included), in one transaction; an older queued or failed message of the same thing
    (a session's earlier time) is discarded so only the newest goes. ``progress`` gets the
    share built (0 to 1): the forms and PDFs take most of the time."""
    settings = get_mail_settings(database)
    if not settings.sender_email:
        raise ValidationError(
            "sender_email",
            translate("Mail", "Enter your address in Settings › Email before sending."),
        )
    now = datetime.now(UTC)
    prepared = prepare(database, request, now)
    sender = (settings.sender_name or settings.sender_email, settings.sender_email)
    built = []
    for index, pending in enumerate(prepared.pending):  # the PDFs: the slow part
        if progress:
            progress(index / len(prepared.pending))
        try:
            built.append((pending, _build(pending, sender, now)))
        except ValueError:
            raise ValidationError(
                "recipient_email",
                translate("Mail", "“{address}” ({name}) is not a usable email address.").format(
                    address=pending.message.recipient_email, name=pending.message.recipient_name
                ),
            ) from None
    ids = []
    with database.transaction() as session:
        keys = [p.dedupe_key for p, _ in built]
        if keys:
            session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.dedupe_key.in_(keys), OutboxMessage.status.in_(RETRYABLE))
                .values(
                    status=OutboxStatus.DISCARDED.value,
                    error=translate("Mail", "Replaced by a newer message."),
                )
            )
        if prepared.withdrawn:
            session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.dedupe_key.in_(prepared.withdrawn),
                    OutboxMessage.status.in_(RETRYABLE),
                )
                .values(
                    status=OutboxStatus.DISCARDED.value,
                    error=translate("Mail", "The session was cancelled before this message went."),
                )
            )
        for pending, data in built:
            row = OutboxMessage(
                kind=pending.kind.value,
                person_id=pending.message.person_id,
                session_id=pending.message.session_id,
                programme_id=pending.programme_id,
                recipient_name=pending.message.recipient_name,
                recipient_email=pending.message.recipient_email,
                subject=pending.message.subject,
                message=data,
                status=OutboxStatus.QUEUED.value,
                created_at=now,
                ics_sequence=pending.event.sequence if pending.event else None,
                dedupe_key=pending.dedupe_key,
            )
            session.add(row)
            session.flush()
            ids.append(row.id)
    return tuple(ids)


def forget_person(session: OrmSession, person_id: int, label: str, pair_ids: list[int]) -> None:
    """Anonymisation: the messages to the person and those that name them (their partners'
    messages about their pairs' sessions, or with them as {partner}) lose their bytes, and
    the `.eml` drafts written for them are deleted; the rows stay, so the outbox still
    knows what went and never sends it again; one still waiting is discarded, not sent."""
    pairs = session.execute(
        select(Pair.programme_id, Pair.mentor_id, Pair.mentee_id).where(Pair.id.in_(pair_ids))
    ).all()
    partners = {p for _, a, b in pairs for p in (a, b)} - {person_id}
    sessions = select(Session.id).where(Session.pair_id.in_(pair_ids))
    concerned = or_(
        OutboxMessage.person_id == person_id,
        OutboxMessage.session_id.in_(sessions),
        and_(
            OutboxMessage.session_id.is_(None),
            OutboxMessage.person_id.in_(sorted(partners)),
            OutboxMessage.programme_id.in_(sorted({programme for programme, _, _ in pairs})),
        ),
    )
    for path in session.scalars(
        select(OutboxMessage.draft_path).where(concerned, OutboxMessage.draft_path != "")
    ):
        with contextlib.suppress(OSError):  # the drafts Mentorat wrote go too
            if path.endswith(".eml"):
                Path(path).unlink(missing_ok=True)
    session.execute(
        update(OutboxMessage)
        .where(concerned, OutboxMessage.status.in_(RETRYABLE))
        .values(status=OutboxStatus.DISCARDED.value)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(OutboxMessage)
        .where(concerned)
        .values(message=b"", subject="", draft_path="")
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.person_id == person_id)
        .values(recipient_name=label, recipient_email="", error="")
        .execution_options(synchronize_session=False)
    )


def _entry(row: OutboxMessage) -> OutboxEntry:
    going = row.status == SENDING  # on its way now, or cut off by a crash: it may have gone
    return OutboxEntry(
        id=row.id,
        kind=MailKind(row.kind),
        recipient_name=row.recipient_name,
        recipient_email=row.recipient_email,
        subject=row.subject,
        status=OutboxStatus.FAILED if going else OutboxStatus(row.status),
        created_at=row.created_at,
        sent_at=row.sent_at,
        error=translate(
            "Mail",
            "Interrupted while it was going: it may have reached the server. Queue it again "
            "only if the recipient did not get it.",
        )
        if going
        else row.error,
        attempts=row.attempts,
        draft_path=row.draft_path,
    )


def list_outbox(database: Database) -> list[OutboxEntry]:
    """Every message, newest first (the message bytes stay in the database)."""
    with database.reading() as session:
        rows = session.scalars(
            select(OutboxMessage)
            .options(defer(OutboxMessage.message))
            .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc())
        ).all()
        return [_entry(row) for row in rows]


def message_bytes(database: Database, message_id: int) -> bytes | None:
    """The stored message, to show or save it."""
    with database.reading() as session:
        data = session.scalar(select(OutboxMessage.message).where(OutboxMessage.id == message_id))
        return bytes(data) if data is not None else None


def mailto_for(database: Database, message_id: int) -> str:
    """A ``mailto:`` link with the message's recipient, subject and text, for a computer
    where no draft opens; it cannot carry the attachments, which the user adds by hand."""
    data = message_bytes(database, message_id)
    if data is None:
        raise NotFoundError(translate("Mail", "This message is no longer in the outbox."))
    message = read_message(data)
    body = message.get_body(("plain",))
    text = body.get_content() if body is not None else ""
    return mailto_link(str(message["To"].addresses[0].addr_spec), str(message["Subject"]), text)


@mutates(mail=True)
def discard_messages(database: Database, ids: Sequence[int]) -> int:
    """Discard queued or failed messages (sent and drafted ones stay as they are)."""
    with database.transaction() as session:
        done = session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id.in_(list(ids)),
                OutboxMessage.status.in_((*RETRYABLE, SENDING)),
            )
            .values(status=OutboxStatus.DISCARDED.value)
        )
        return int(getattr(done, "rowcount", 0) or 0)


@mutates(mail=True)
def requeue_messages(database: Database, ids: Sequence[int]) -> int:
    """Queue failed, discarded or drafted messages again; a sent one is never queued again."""
    allowed = (
        SENDING,
        OutboxStatus.FAILED.value,
        OutboxStatus.DISCARDED.value,
        OutboxStatus.DRAFTED.value,
    )
    with database.transaction() as session:
        done = session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(list(ids)), OutboxMessage.status.in_(allowed))
            .values(status=OutboxStatus.QUEUED.value)
        )
        return int(getattr(done, "rowcount", 0) or 0)


def messages_of_programme(database: Database, kind: MailKind, programme_id: int) -> int:
    """How many messages of ``kind`` went, or wait to go, to a programme's participants."""
    with database.reading() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(OutboxMessage)
                .where(
                    OutboxMessage.kind == MailKind(kind).value,
                    OutboxMessage.programme_id == programme_id,
                    OutboxMessage.status != OutboxStatus.DISCARDED.value,
                )
            )
            or 0
        )
