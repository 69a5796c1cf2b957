"""The outbox's guarantees: anonymisation clears a person's messages, a person's data lists
them, two deliveries at once send each message once, a message cut off mid-send waits for
the user, and an invitation still waiting is withdrawn when its session is cancelled."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from mentorat_desktop.services.mail import MailKind, MailRequest, OutboxStatus
from mentorat_desktop.services.mail.compose import preview_mail
from mentorat_desktop.services.mail.delivery import deliver
from mentorat_desktop.services.mail.outbox import list_outbox, queue_mail, requeue_messages
from mentorat_desktop.services.sessions import sessions
from tests.mail_helpers import world_with_sessions
from tests.test_services_sessions import PARIS


def test_anonymising_a_person_clears_their_messages(sqlite_database, tmp_path: Path) -> None:
    from mentorat_desktop.services.mail.outbox import message_bytes
    from mentorat_desktop.services.safety.privacy import anonymise_person

    world, (first, second) = world_with_sessions(sqlite_database, tmp_path / "d")
    sent = queue_mail(sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, (first,)))
    deliver(sqlite_database, sent)
    waiting = queue_mail(
        sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, (second,))
    )
    drafts_written = list((tmp_path / "d").glob("*.eml"))
    assert len(drafts_written) == 2
    sessions.move_session(
        sqlite_database, first, None, datetime(2027, 3, 19, 9, tzinfo=PARIS), 60, "Salle 3"
    )
    updates = queue_mail(
        sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, (first,))
    )
    outcome = anonymise_person(sqlite_database, world.mentee, "Bernard Dupont")
    entries = {e.id: e for e in list_outbox(sqlite_database)}
    assert all(message_bytes(sqlite_database, i) == b"" for i in sent)
    assert not list((tmp_path / "d").glob("*.eml"))
    his = [e for e in entries.values() if e.recipient_name == outcome.label]
    assert [e.status for e in his] == [OutboxStatus.DISCARDED, OutboxStatus.DRAFTED]
    assert all(e.recipient_email == "" for e in his)
    assert {entries[i].status for i in updates} == {OutboxStatus.DISCARDED}  # never sent empty
    # Léa's invitation to her session with Zoë does not name Bernard: it stays, whole.
    assert entries[waiting[0]].status is OutboxStatus.QUEUED
    assert b"Bernard" not in (message_bytes(sqlite_database, waiting[0]) or b"")
    assert not any("Bernard" in e.subject + e.recipient_name for e in entries.values())


def test_a_person_s_data_lists_their_messages(sqlite_database, tmp_path: Path) -> None:
    from mentorat_desktop.documents.person_data_pdf import build_person_data_pdf
    from mentorat_desktop.services.safety.person_data import collect_person_data

    world, (first, _second) = world_with_sessions(sqlite_database, tmp_path / "d")
    deliver(
        sqlite_database,
        queue_mail(sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, (first,))),
    )
    data = collect_person_data(sqlite_database, world.mentee)
    (message,) = data["messages"]
    assert message["recipient_email"] == "b@example.fr" and message["status"] == "drafted"
    text = PdfReader(io.BytesIO(build_person_data_pdf(data))).pages[-1].extract_text()
    text = " ".join(text.split())
    assert "Messages envoyés par courriel" in text and "brouillon écrit" in text


def test_two_deliveries_at_once_send_each_message_once(sqlite_database, tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    world, _ids = world_with_sessions(sqlite_database, tmp_path / "d")
    ids = queue_mail(sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme))
    with ThreadPoolExecutor(2) as pool:
        reports = list(pool.map(lambda _: deliver(sqlite_database, ids), range(2)))
    assert sum(r.drafted for r in reports) == 3 and not any(r.failed for r in reports)
    assert len(list((tmp_path / "d").glob("*.eml"))) == 3
    assert {e.attempts for e in list_outbox(sqlite_database)} == {1}


def test_a_message_cut_off_mid_send_is_not_sent_again_by_itself(
    sqlite_database, tmp_path: Path
) -> None:
    from mentorat_desktop.db.models import OutboxMessage

    world, (first, _second) = world_with_sessions(sqlite_database, tmp_path / "d")
    ids = queue_mail(sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, (first,)))
    with sqlite_database.transaction() as session:  # as a crash after the claim leaves it
        row = session.get(OutboxMessage, ids[0])
        assert row is not None
        row.status = "sending"
    entry = next(e for e in list_outbox(sqlite_database) if e.id == ids[0])
    assert entry.status is OutboxStatus.FAILED and "may have reached the server" in entry.error
    assert deliver(sqlite_database, ids).drafted == 1  # only the other one
    assert requeue_messages(sqlite_database, ids[:1]) == 1
    assert deliver(sqlite_database, ids[:1]).drafted == 1


def test_an_invitation_still_waiting_is_withdrawn_when_its_session_is_cancelled(
    sqlite_database, tmp_path: Path
) -> None:
    world, (first, _second) = world_with_sessions(sqlite_database, tmp_path / "d")
    request = MailRequest(MailKind.INVITATIONS, world.programme, (first,))
    waiting = queue_mail(sqlite_database, request)
    sessions.move_session(
        sqlite_database, first, None, datetime(2027, 3, 17, 9, tzinfo=PARIS), 60, "Salle 4"
    )
    moved = preview_mail(sqlite_database, request)
    assert [m.note for m in moved.messages] == ["", ""]  # never delivered: no "update" yet
    assert not moved.messages[0].subject.startswith("Mise à jour")
    sessions.cancel_session(sqlite_database, first, None, "Absence")
    assert preview_mail(sqlite_database, request).messages == ()
    assert queue_mail(sqlite_database, request) == ()
    entries = {e.id: e for e in list_outbox(sqlite_database)}
    assert {entries[i].status for i in waiting} == {OutboxStatus.DISCARDED}
    assert "cancelled before this message went" in entries[waiting[0]].error
    assert deliver(sqlite_database, waiting).drafted == 0
