"""The self-test's mail check: an invitation to a demo session, queued, written as a `.eml`
draft and read back (the unsent mark, the iCalendar REQUEST, the agenda PDF), and the TLS
certificate store loaded, so the bundle holds what sending needs (email, smtplib, ssl)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from mentorat_desktop.db.database import Database


def check_mail_draft(database: Database, folder: Path) -> str:
    import smtplib  # noqa: F401  (sending needs it in the bundle)

    from icalendar import Calendar
    from sqlalchemy import select

    from mentorat_desktop.db.models import Pair, Session
    from mentorat_desktop.io.email_message import read_message
    from mentorat_desktop.services.documents import subjects
    from mentorat_desktop.services.mail import MailKind, MailRequest, MailSettings, Transport
    from mentorat_desktop.services.mail.delivery import deliver
    from mentorat_desktop.services.mail.outbox import queue_mail
    from mentorat_desktop.services.mail.settings import save_mail_settings, tls_context

    tls_context()
    upcoming = subjects.upcoming_sessions(database, datetime.now(UTC), limit=1)
    if not upcoming:
        raise RuntimeError("the demo data has no planned session to invite to")
    with database.reading() as session:
        programme_id = session.scalar(
            select(Pair.programme_id)
            .join(Session, Session.pair_id == Pair.id)
            .where(Session.id == upcoming[0].id)
        )
    assert programme_id is not None
    drafts = folder / "drafts"
    save_mail_settings(
        database,
        MailSettings(
            Transport.DRAFTS,
            "Self-test",
            "self-test@mentorat.invalid",
            drafts_folder=str(drafts),
            version=None,
        ),
    )
    request = MailRequest(MailKind.INVITATIONS, programme_id, (upcoming[0].id,), resend=True)
    report = deliver(database, queue_mail(database, request))
    files = sorted(drafts.glob("*.eml"))
    if not report.drafted or len(files) != report.drafted:
        raise RuntimeError(f"no draft written: {report}")
    message = read_message(files[0].read_bytes())
    calendar = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    parsed = Calendar.from_ical(calendar.get_content())
    pdf = next(p for p in message.walk() if p.get_content_type() == "application/pdf")
    if message["X-Unsent"] != "1" or str(parsed["METHOD"]) != "REQUEST":
        raise RuntimeError("the draft is not an unsent invitation")
    if not pdf.get_content().startswith(b"%PDF"):
        raise RuntimeError("the agenda attached is not a PDF")
    return f"{report.drafted} invitation drafts, {files[0].stat().st_size // 1024} KB each"
