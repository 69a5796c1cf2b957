"""What the documents show, gathered from a real database; certificates issued and verified."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from mentorat_desktop.db.enums import AssessmentKind, PairStatus, ProgrammeStatus, SessionStatus
from mentorat_desktop.db.models import (
    Journal,
    Pair,
    Person,
    Programme,
    Session,
    SkillAssessment,
)
from mentorat_desktop.demo import load_demo
from mentorat_desktop.documents.agenda import build_agenda, build_agendas
from mentorat_desktop.documents.certificate import build_certificate
from mentorat_desktop.documents.charter import build_charter
from mentorat_desktop.documents.report import build_report
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.services.documents import certificates, document_data, programme_report
from tests.documents_helpers import fonts_not_embedded, pdf_text

TODAY = date(2026, 11, 27)
SECRET = "Note confidentielle: ne jamais imprimer"


@pytest.fixture
def demo(database):  # type: ignore[no-untyped-def]
    load_demo(database, "small", seed=7, today=TODAY)
    with database.transaction() as session:
        for journal in session.scalars(select(Journal)):
            journal.confidential_notes = SECRET
    return database


def _programme(database, status: ProgrammeStatus) -> int:  # type: ignore[no-untyped-def]
    with database.reading() as session:
        return session.scalar(select(Programme.id).where(Programme.status == status))


def test_charter_and_agenda_from_the_database(demo) -> None:
    running = _programme(demo, ProgrammeStatus.RUNNING)
    with demo.reading() as session:
        pair = session.scalars(select(Pair).where(Pair.programme_id == running)).first()
        mentor = f"{pair.mentor.first_name} {pair.mentor.last_name}"
        meeting = session.scalars(
            select(Session)
            .where(Session.pair_id == pair.id, Session.status == SessionStatus.PLANNED)
            .order_by(Session.starts_at.desc())
        ).first()
    charter = build_charter(document_data.charter_document(demo, running, pair.id))
    assert mentor in pdf_text(charter)
    agenda_doc = document_data.agenda_document(demo, meeting.id)
    assert agenda_doc.starts_at.utcoffset() is not None
    assert agenda_doc.starts_at.tzinfo.key == "Europe/Paris"  # type: ignore[union-attr]
    agenda = build_agenda(agenda_doc)
    text = pdf_text(agenda)
    assert mentor in text and SECRET not in text
    assert fonts_not_embedded(agenda) == []


def test_week_of_agendas(demo) -> None:
    start = datetime.combine(TODAY, datetime.min.time(), UTC)
    docs = document_data.agenda_documents(demo, start, start + timedelta(days=60))
    assert docs and all(d.starts_at >= start for d in docs)
    assert [d.starts_at for d in docs] == sorted(d.starts_at for d in docs)
    build_agendas(docs, "Agendas")


def test_report_figures_match_the_database(demo) -> None:
    closed = _programme(demo, ProgrammeStatus.CLOSED)
    doc = programme_report.report_document(demo, closed, today=TODAY)
    with demo.reading() as session:
        pairs = session.scalars(select(Pair).where(Pair.programme_id == closed)).all()
        held = session.scalars(
            select(Session).where(
                Session.pair_id.in_([p.id for p in pairs]), Session.status == SessionStatus.HELD
            )
        ).all()
    assert doc.pairs == len(pairs)
    assert doc.sessions_held == len(held)
    assert doc.minutes_held == sum(s.duration_minutes for s in held)
    assert doc.stopped_pairs == sum(p.status is PairStatus.STOPPED for p in pairs)
    assert sum(m.held for m in doc.months) == len(held)
    assert doc.progress and all(0 <= p.start_level <= 4 for p in doc.progress)
    text = pdf_text(build_report(doc))
    assert SECRET not in text
    assert str(doc.sessions_held) in text


def test_certificate_criteria_issue_reissue_and_verify(demo) -> None:
    running = _programme(demo, ProgrammeStatus.RUNNING)
    people = certificates.eligibility(demo, running)
    not_yet = next(p for p in people if not p.eligible)
    assert not_yet.reason  # says why

    with pytest.raises(ValidationError) as caught:
        certificates.issue_certificate(demo, not_yet.person_id, running)
    assert caught.value.field == "override_reason"
    assert not_yet.name in caught.value.message

    issued = certificates.issue_certificate(
        demo, not_yet.person_id, running, override_reason="Départ anticipé, 5 séances", today=TODAY
    )
    assert issued.override_reason == "Départ anticipé, 5 séances"
    again = certificates.issue_certificate(demo, not_yet.person_id, running)
    assert again == issued  # printing again gives the same certificate
    assert certificates.verify(demo, issued.code.lower()) == issued
    assert certificates.verify(demo, "MNT-0000-0000") is None

    data = build_certificate(certificates.certificate_document(demo, issued.id))
    text = pdf_text(data)
    assert issued.person in text and issued.code in text


def test_eligible_person_meets_both_criteria(demo) -> None:
    running = _programme(demo, ProgrammeStatus.RUNNING)
    with demo.transaction() as session:
        pair = session.scalars(select(Pair).where(Pair.programme_id == running)).first()
        mentee_id = pair.mentee_id
        meetings = session.scalars(  # held only once begun: those still to come never count
            select(Session).where(
                Session.pair_id == pair.id, Session.starts_at <= datetime.now(UTC)
            )
        ).all()
        for meeting in meetings:
            meeting.status = SessionStatus.HELD
        session.get(Programme, running).certificate_min_sessions = len(meetings)
        skill_id = session.scalars(select(SkillAssessment.skill_id)).first()
        session.add(
            SkillAssessment(
                person_id=mentee_id,
                skill_id=skill_id,
                programme_id=running,
                kind=AssessmentKind.END,
                level=3,
                assessed_on=TODAY,
            )
        )
    status = next(p for p in certificates.eligibility(demo, running) if p.person_id == mentee_id)
    assert status.eligible, status.reason
    record = certificates.issue_certificate(demo, mentee_id, running, today=TODAY)
    assert record.override_reason == ""
    assert record.sessions == status.sessions and record.minutes == status.minutes
    with demo.reading() as session:
        assert session.get(Person, mentee_id) is not None
