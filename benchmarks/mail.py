"""100 invitations: preview, queue (agenda PDFs and invitations built), then delivery as
`.eml` drafts and through an SMTP server on 127.0.0.1 (aiosmtpd, no TLS: the figure is
Mentorat's own work, not the network's).

    .venv/bin/python benchmarks/mail.py

50 pairs, one session each, both participants with an address: 100 messages.
"""

from __future__ import annotations

import socket
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from aiosmtpd.controller import Controller

from mentorat_desktop.db.database import open_database
from mentorat_desktop.db.enums import PairStatus
from mentorat_desktop.db.models import OrganisationSettings, Pair, Person, Programme, Session
from mentorat_desktop.services.mail import MailKind, MailRequest, MailSettings, Transport
from mentorat_desktop.services.mail.compose import preview_mail
from mentorat_desktop.services.mail.delivery import deliver
from mentorat_desktop.services.mail.outbox import queue_mail, requeue_messages
from mentorat_desktop.services.mail.settings import save_mail_settings


class Sink:
    count = 0

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        Sink.count += 1
        return "250 OK"


def timed(label: str, action):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = action()
    print(f"{label}: {time.perf_counter() - start:.2f} s")
    return result


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    database = open_database(str(folder / "bench.sqlite3"))
    starts = datetime.now(UTC).replace(microsecond=0) + timedelta(days=10)
    with database.transaction() as s:
        s.add(OrganisationSettings(id=1))
        programme = Programme(name="Banc", start_date=date.today(), end_date=date.today())
        s.add(programme)
        s.flush()
        for n in range(50):
            a = Person(first_name="Élise", last_name=f"Mentor {n}", email=f"m{n}@example.fr")
            b = Person(first_name="Noé", last_name=f"Mentoré {n}", email=f"e{n}@example.fr")
            s.add_all([a, b])
            s.flush()
            pair = Pair(
                programme_id=programme.id, mentor_id=a.id, mentee_id=b.id, status=PairStatus.ACTIVE
            )
            s.add(pair)
            s.flush()
            s.add(
                Session(pair_id=pair.id, starts_at=starts + timedelta(hours=n), duration_minutes=60)
            )
        programme_id = programme.id
    save_mail_settings(
        database,
        MailSettings(Transport.DRAFTS, "Coordination", "coord@example.fr",
                     drafts_folder=str(folder / "drafts"), version=None),
    )  # fmt: skip
    request = MailRequest(MailKind.INVITATIONS, programme_id)
    preview = timed("preview of 100 invitations", lambda: preview_mail(database, request))
    assert len(preview.messages) == 100
    ids = timed("queue (100 messages built, 50 agendas)", lambda: queue_mail(database, request))
    report = timed("deliver as 100 .eml drafts", lambda: deliver(database, ids))
    assert report.drafted == 100
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Sink(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        save_mail_settings(
            database,
            MailSettings(Transport.SMTP, "Coordination", "coord@example.fr", "127.0.0.1", port,
                         smtp_security="none", version=None),  # type: ignore[arg-type]
        )  # fmt: skip
        requeue_messages(database, ids)
        report = timed("deliver 100 by SMTP (127.0.0.1)", lambda: deliver(database, ids))
        assert report.sent == 100 == Sink.count, report
    finally:
        controller.stop()
    size = sum(p.stat().st_size for p in (folder / "drafts").glob("*.eml")) / 100 / 1024
    print(f"average draft: {size:.0f} KB")


if __name__ == "__main__":
    main()
