"""Messages that carry forms: the welcome pack (charter and skills questionnaire), feedback
requests after held sessions, the end questionnaire; a form taken from a received message,
filled by another program, comes back through the forms' import."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.io.email_message import read_message
from mentorat_desktop.services.forms.returned import review_returned_forms
from mentorat_desktop.services.mail import MailKind, MailRequest
from mentorat_desktop.services.mail.compose import preview_mail
from mentorat_desktop.services.mail.delivery import deliver
from mentorat_desktop.services.mail.outbox import queue_mail
from mentorat_desktop.services.mail.settings import save_mail_settings
from mentorat_desktop.services.sessions import sessions
from tests.forms_helpers import fill_with_pypdf, make_world
from tests.mail_helpers import drafts_settings


def pdfs(path: Path) -> dict[str, bytes]:
    message = read_message(path.read_bytes())
    return {
        part.get_filename(): part.get_content()
        for part in message.walk()
        if part.get_content_type() == "application/pdf"
    }


def test_welcome_pack_and_a_returned_questionnaire(sqlite_database, tmp_path: Path) -> None:
    world = make_world(sqlite_database)
    save_mail_settings(sqlite_database, drafts_settings(tmp_path / "out"))
    request = MailRequest(MailKind.WELCOME, world.programme)
    preview = preview_mail(sqlite_database, request)
    assert [m.recipient_name for m in preview.messages] == ["Bernard Dupont-Lefèvre", "Léa N’Diaye"]
    assert preview.without_email == ("Zoë Œuvray",)
    assert preview.messages[0].subject == "Bienvenue dans le programme Cohorte 2026"
    assert "Léa N’Diaye" in preview.messages[0].body  # the partner
    assert preview.messages[0].attachments == (
        "Charte — Cohorte 2026.pdf",
        "Questionnaire de compétences — Bernard Dupont-Lefèvre.pdf",
    )
    assert deliver(sqlite_database, queue_mail(sqlite_database, request)).drafted == 2
    assert preview_mail(sqlite_database, request).already_sent == 2
    bernard = next(p for p in sorted((tmp_path / "out").glob("*.eml")) if "Bernard" in p.name)
    attached = pdfs(bernard)
    assert set(attached) == set(preview.messages[0].attachments)
    charter = PdfReader(__import__("io").BytesIO(attached["Charte — Cohorte 2026.pdf"]))
    assert "Cohorte 2026" in charter.pages[0].extract_text()
    questionnaire = attached["Questionnaire de compétences — Bernard Dupont-Lefèvre.pdf"]
    filled = fill_with_pypdf(
        questionnaire, {f"level_{world.excel}": "/l3"}, tmp_path / "retour.pdf"
    )
    (review,) = review_returned_forms(sqlite_database, [filled])
    assert review.problem is None and review.person_name == "Bernard Dupont-Lefèvre"


def test_a_participant_not_in_a_pair_yet_gets_the_welcome_pack(
    sqlite_database, tmp_path: Path
) -> None:
    from mentorat_desktop.db.models import Person

    world = make_world(sqlite_database)
    with sqlite_database.transaction() as session:
        zoe = session.get(Person, world.outsider)
        assert zoe is not None
        zoe.email = "zoe@example.fr"
    preview = preview_mail(sqlite_database, MailRequest(MailKind.WELCOME, world.programme))
    zoe_message = next(m for m in preview.messages if m.person_id == world.outsider)
    assert zoe_message.body.startswith("Bonjour Zoë,")
    assert "Vous travaillerez avec un binôme qui vous sera présenté prochainement." in (
        zoe_message.body
    )
    assert zoe_message.attachments[0] == "Charte — Cohorte 2026.pdf"


def test_welcome_to_a_draft_programme_of_the_demo_with_no_pair_yet(
    sqlite_database, tmp_path: Path
) -> None:
    """Issue #19: the demo's "Promotion 3 (2027)" has participants and no pair; its welcome
    preview once failed with "KeyError: 38". Each gets the programme's charter."""
    from sqlalchemy import select

    from mentorat_desktop.db.enums import ProgrammeStatus
    from mentorat_desktop.db.models import Pair, Programme
    from mentorat_desktop.demo import load_demo

    load_demo(sqlite_database)
    save_mail_settings(sqlite_database, drafts_settings(tmp_path / "out"))
    with sqlite_database.reading() as session:
        programme = session.scalars(
            select(Programme).where(Programme.status == ProgrammeStatus.DRAFT)
        ).one()
        assert programme.name == "Mentorat inversé – Promotion 3 (2027)"
        assert not session.scalars(select(Pair).where(Pair.programme_id == programme.id)).all()
        programme_id = programme.id
    request = MailRequest(MailKind.WELCOME, programme_id)

    preview = preview_mail(sqlite_database, request)

    assert len(preview.messages) == 16 and preview.without_email == ()
    first = preview.messages[0]
    assert first.body.startswith(f"Bonjour {first.recipient_name.split()[0]},")
    assert "un binôme qui vous sera présenté prochainement" in first.body
    assert first.attachments[0] == "Charte — Mentorat inversé – Promotion 3 (2027).pdf"
    assert deliver(sqlite_database, queue_mail(sqlite_database, request)).drafted == 16
    draft = next(p for p in (tmp_path / "out").glob("*.eml") if first.recipient_name in p.name)
    charter = pdfs(draft)[first.attachments[0]]
    text = "".join(
        page.extract_text() for page in PdfReader(__import__("io").BytesIO(charter)).pages
    )
    assert "Promotion 3 (2027)" in text and first.recipient_name not in text


def test_feedback_after_held_sessions_and_end(sqlite_database, tmp_path: Path) -> None:
    world = make_world(sqlite_database)
    save_mail_settings(sqlite_database, drafts_settings(tmp_path / "out"))
    request = MailRequest(MailKind.FEEDBACK, world.programme)
    assert preview_mail(sqlite_database, request).messages == ()  # nothing held yet
    sessions.set_status(sqlite_database, world.past_session, None, SessionStatus.HELD)
    preview = preview_mail(sqlite_database, request)
    assert {m.session_id for m in preview.messages} == {world.past_session}
    one = MailRequest(MailKind.FEEDBACK, world.programme, person_ids=(world.mentee,))
    assert [m.person_id for m in preview_mail(sqlite_database, one).messages] == [world.mentee]
    outside = MailRequest(MailKind.FEEDBACK, world.programme, person_ids=(world.outsider,))
    assert preview_mail(sqlite_database, outside).messages == ()  # in no session's pair
    assert preview.messages[0].subject.startswith("Votre séance du ")
    assert preview.messages[0].attachments[0].startswith("Retour de séance")
    assert deliver(sqlite_database, queue_mail(sqlite_database, request)).drafted == 2
    assert preview_mail(sqlite_database, request).already_sent == 2
    with pytest.raises(ValidationError):  # a cancelled session has no feedback to ask
        sessions.cancel_session(sqlite_database, world.future_session, None, "Absence")
        preview_mail(
            sqlite_database,
            MailRequest(MailKind.FEEDBACK, world.programme, (world.future_session,)),
        )

    end = preview_mail(sqlite_database, MailRequest(MailKind.END, world.programme))
    assert [m.recipient_name for m in end.messages] == ["Bernard Dupont-Lefèvre", "Léa N’Diaye"]
    assert end.messages[0].subject == "Fin du programme Cohorte 2026"
    ids = queue_mail(sqlite_database, MailRequest(MailKind.END, world.programme))
    assert deliver(sqlite_database, ids).drafted == 2
