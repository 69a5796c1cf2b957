"""Certificates: who has earned one, issuing it once, printing it again the same, verifying it.

The default criteria come from the programme: at least N held sessions, and the end
assessment recorded. An override issues one anyway, and its reason is recorded.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import AssessmentKind, CertificateRole, Direction, SessionStatus
from mentorat_desktop.db.models import (
    Certificate,
    Journal,
    JournalSkill,
    OrganisationSettings,
    Pair,
    PairFocusSkill,
    Person,
    Programme,
    Session,
    Skill,
    SkillAssessment,
)
from mentorat_desktop.db.types import utc_now
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.changes import mutates

if TYPE_CHECKING:  # ReportLab is imported only when a certificate is printed, not to verify one
    from mentorat_desktop.documents.certificate import CertificateDocument

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


@dataclass(frozen=True)
class Eligibility:
    person_id: int
    name: str
    role: CertificateRole
    sessions: int
    minutes: int
    end_assessment: bool
    eligible: bool
    reason: str
    certificate_code: str | None


@dataclass(frozen=True)
class CertificateRecord:
    id: int
    person_id: int
    person: str
    programme_id: int
    programme: str
    role: CertificateRole
    issued_on: date
    sessions: int
    minutes: int
    code: str
    override_reason: str


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"MNT-{raw[:4]}-{raw[4:]}"


def _participation(session: OrmSession, programme: Programme, person_id: int) -> Eligibility:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(translate("Certificates", "This person no longer exists."))
    pairs = session.scalars(
        select(Pair).where(
            Pair.programme_id == programme.id,
            or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id),
        )
    ).all()
    mentor = any(p.mentor_id == person_id for p in pairs)
    mentee = any(p.mentee_id == person_id for p in pairs)
    reciprocal = any(p.reciprocal for p in pairs)
    role = (
        CertificateRole.BOTH
        if (mentor and mentee) or (pairs and reciprocal)
        else CertificateRole.MENTOR
        if mentor
        else CertificateRole.MENTEE
    )
    held = (
        session.execute(
            select(Session.duration_minutes).where(
                Session.pair_id.in_([p.id for p in pairs]),
                Session.status == SessionStatus.HELD,
                Session.starts_at <= utc_now(),  # a session still to come never counts
            )
        )
        .scalars()
        .all()
    )
    end_assessment = (
        session.scalar(
            select(SkillAssessment.id)
            .where(
                SkillAssessment.person_id == person_id,
                SkillAssessment.programme_id == programme.id,
                SkillAssessment.kind == AssessmentKind.END,
            )
            .limit(1)
        )
        is not None
    )
    existing = session.scalar(
        select(Certificate.verification_code).where(
            Certificate.person_id == person_id, Certificate.programme_id == programme.id
        )
    )
    reasons = []
    if not pairs:
        reasons.append(translate("Certificates", "not in any pair of this programme"))
    if len(held) < programme.certificate_min_sessions:
        count = len(held)
        reasons.append(
            translate(
                "Certificates", "%n held sessions of the {needed} required", None, count
            ).format(needed=programme.certificate_min_sessions)
        )
    if programme.certificate_needs_end_assessment and not end_assessment:
        reasons.append(translate("Certificates", "end assessment not recorded"))
    return Eligibility(
        person_id=person_id,
        name=person.full_name,
        role=role,
        sessions=len(held),
        minutes=sum(held),
        end_assessment=end_assessment,
        eligible=not reasons,
        reason="; ".join(reasons),
        certificate_code=existing,
    )


def eligibility(database: Database, programme_id: int) -> list[Eligibility]:
    """Everyone in a pair of the programme, with whether they have earned a certificate."""
    from mentorat_desktop.services.documents.document_data import load_programme

    with database.reading() as session:
        programme = load_programme(session, programme_id)
        people = session.scalars(
            select(Pair.mentor_id)
            .where(Pair.programme_id == programme_id)
            .union(select(Pair.mentee_id).where(Pair.programme_id == programme_id))
        ).all()
        found = [_participation(session, programme, person_id) for person_id in set(people)]
        return sorted(found, key=lambda e: e.name.casefold())


def _record(session: OrmSession, certificate: Certificate) -> CertificateRecord:
    person = session.get(Person, certificate.person_id)
    programme = session.get(Programme, certificate.programme_id)
    assert person is not None and programme is not None
    return CertificateRecord(
        id=certificate.id,
        person_id=person.id,
        person=person.full_name,
        programme_id=programme.id,
        programme=programme.name,
        role=certificate.role,
        issued_on=certificate.issued_on,
        sessions=certificate.sessions_count,
        minutes=certificate.minutes_count,
        code=certificate.verification_code,
        override_reason=certificate.override_reason,
    )


@mutates(documents=True)
def issue_certificate(
    database: Database,
    person_id: int,
    programme_id: int,
    *,
    override_reason: str = "",
    today: date | None = None,
) -> CertificateRecord:
    """Issue once; asking again returns the same certificate (same code, same figures)."""
    from mentorat_desktop.services.documents.document_data import load_programme

    with database.transaction() as session:
        existing = session.scalar(
            select(Certificate).where(
                Certificate.person_id == person_id, Certificate.programme_id == programme_id
            )
        )
        if existing is not None:
            return _record(session, existing)
        programme = load_programme(session, programme_id)
        status = _participation(session, programme, person_id)
        reason = override_reason.strip()
        if not status.eligible and not reason:
            raise ValidationError(
                "override_reason",
                translate(
                    "Certificates",
                    "{name} has not met the criteria ({reason}). Give a reason to issue the "
                    "certificate anyway.",
                ).format(name=status.name, reason=status.reason),
            )
        certificate = Certificate(
            person_id=person_id,
            programme_id=programme_id,
            role=status.role,
            issued_on=today or date.today(),
            sessions_count=status.sessions,
            minutes_count=status.minutes,
            verification_code=new_code(),
            override_reason=reason if not status.eligible else "",
        )
        while session.scalar(
            select(Certificate.id).where(
                Certificate.verification_code == certificate.verification_code
            )
        ):
            certificate.verification_code = new_code()
        session.add(certificate)
        session.flush()
        return _record(session, certificate)


QR_PREFIX = "MENTORAT-CERTIFICATE"


def normalise_code(text: str) -> str:
    """The code as stored, from what was typed or scanned: the QR code's whole text
    ("MENTORAT-CERTIFICATE MNT-…"), or the code with or without its dashes, spaces or case.
    """
    cleaned = text.strip().upper()
    if cleaned.startswith(QR_PREFIX):
        cleaned = cleaned[len(QR_PREFIX) :]
    raw = re.sub(r"[\s\-\u2010-\u2015]", "", cleaned)
    if raw.startswith("MNT"):
        raw = raw[3:]
    return f"MNT-{raw[:4]}-{raw[4:]}" if len(raw) == 8 else cleaned.strip()


def role_label(role: str) -> str:
    """A certificate's role in the interface's words."""
    return {
        CertificateRole.MENTOR.value: translate("Certificates", "mentor"),
        CertificateRole.MENTEE.value: translate("Certificates", "mentee"),
        CertificateRole.BOTH.value: translate("Certificates", "mentor and mentee"),
    }.get(role, role)


def verify(database: Database, code: str) -> CertificateRecord | None:
    cleaned = normalise_code(code)
    with database.reading() as session:
        certificate = session.scalar(
            select(Certificate).where(Certificate.verification_code == cleaned)
        )
        return _record(session, certificate) if certificate else None


def certificates_of_programme(database: Database, programme_id: int) -> list[CertificateRecord]:
    with database.reading() as session:
        rows = session.scalars(
            select(Certificate).where(Certificate.programme_id == programme_id)
        ).all()
        return sorted((_record(session, c) for c in rows), key=lambda r: r.person.casefold())


def _skills_worked(
    session: OrmSession, programme_id: int, person_id: int
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Skills passed on and learned: the pairs' focus skills and those journaled as worked."""
    taught: set[str] = set()
    learned: set[str] = set()
    pairs = session.scalars(
        select(Pair).where(
            Pair.programme_id == programme_id,
            or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id),
        )
    ).all()
    for pair in pairs:
        focus = session.execute(
            select(PairFocusSkill.direction, Skill.name)
            .join(Skill, Skill.id == PairFocusSkill.skill_id)
            .where(PairFocusSkill.pair_id == pair.id)
        ).all()
        for direction, name in focus:
            teaches = (Direction(direction) is Direction.MENTOR_TO_MENTEE) == (
                pair.mentor_id == person_id
            )
            (taught if teaches else learned).add(name)
        if not focus:
            worked = session.scalars(
                select(Skill.name)
                .join(JournalSkill, JournalSkill.skill_id == Skill.id)
                .join(Journal, Journal.id == JournalSkill.journal_id)
                .join(Session, Session.id == Journal.session_id)
                .where(Session.pair_id == pair.id)
                .distinct()
            ).all()
            learned.update(worked)
    return tuple(sorted(taught)), tuple(sorted(learned))


def certificate_document(database: Database, certificate_id: int) -> CertificateDocument:
    from mentorat_desktop.documents.certificate import CertificateDocument
    from mentorat_desktop.services.documents.document_data import letterhead, load_programme

    with database.reading() as session:
        certificate = session.get(Certificate, certificate_id)
        if certificate is None:
            raise NotFoundError(translate("Certificates", "This certificate no longer exists."))
        record = _record(session, certificate)
        programme = load_programme(session, certificate.programme_id)
        settings_letterhead = letterhead(session, programme.language.value)
        taught, learned = _skills_worked(session, programme.id, record.person_id)
        settings = session.get(OrganisationSettings, 1)
        return CertificateDocument(
            letterhead=settings_letterhead,
            participant=record.person,
            role=record.role,
            programme=record.programme,
            start=programme.start_date,
            end=programme.end_date,
            sessions=record.sessions,
            minutes=record.minutes,
            skills_taught=taught,
            skills_learned=learned,
            signatory_name=settings.signatory_name if settings else "",
            signatory_title=settings.signatory_title if settings else "",
            issued_on=record.issued_on,
            code=record.code,
            place=_city(settings.address if settings else ""),
        )


def _city(address: str) -> str:
    """'14, rue … \\n69007 Lyon\\nFrance' → 'Lyon' (the line with a postcode), else ''."""
    for line in address.splitlines():
        parts = line.strip().split(maxsplit=1)
        if len(parts) == 2 and parts[0].isdigit() and len(parts[0]) >= 4:
            return parts[1]
    return ""
