"""Programmes (cohorts) and their pairs: creation, the pairing rules, archiving."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.enums import PairStatus, ProgrammeStatus
from mentorat_desktop.db.models import Pair, Person, Programme
from mentorat_desktop.db.types import normalise_key, utc_now
from mentorat_desktop.services.database import Database
from mentorat_desktop.services.errors import NotFoundError, ValidationError

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ProgrammeInput:
    name: str
    start_date: date
    end_date: date
    objectives: str = ""
    rhythm_weeks: int = 2
    session_minutes: int = 60
    mentor_capacity: int = 2


@dataclass(frozen=True)
class ProgrammeRecord:
    id: int
    name: str
    start_date: date
    end_date: date
    status: str
    archived: bool


@dataclass(frozen=True)
class PairRecord:
    id: int
    programme_id: int
    mentor_id: int
    mentee_id: int
    status: str
    archived: bool


def _programme_record(p: Programme) -> ProgrammeRecord:
    return ProgrammeRecord(
        p.id, p.name, p.start_date, p.end_date, p.status.value, p.archived_at is not None
    )


def create_programme(database: Database, data: ProgrammeInput) -> ProgrammeRecord:
    name = data.name.strip()
    if not name:
        raise ValidationError("name", translate("Validation", "Enter the programme's name."))
    if data.end_date < data.start_date:
        raise ValidationError(
            "end_date", translate("Validation", "The end cannot be before the start.")
        )
    if data.rhythm_weeks < 1:
        raise ValidationError(
            "rhythm_weeks", translate("Validation", "Sessions come at least every week.")
        )
    if not 5 <= data.session_minutes <= 480:
        raise ValidationError(
            "session_minutes", translate("Validation", "A session lasts between 5 and 480 minutes.")
        )
    if data.mentor_capacity < 1:
        raise ValidationError(
            "mentor_capacity", translate("Validation", "A mentor takes at least one mentee.")
        )
    with database.transaction() as session:
        if session.scalar(select(Programme.id).where(Programme.name_key == normalise_key(name))):
            raise ValidationError(
                "name", translate("Validation", "A programme with this name exists.")
            )
        programme = Programme(
            name=name,
            objectives=data.objectives.strip(),
            start_date=data.start_date,
            end_date=data.end_date,
            rhythm_weeks=data.rhythm_weeks,
            session_minutes=data.session_minutes,
            mentor_capacity=data.mentor_capacity,
            status=ProgrammeStatus.DRAFT,
        )
        session.add(programme)
        session.flush()
        return _programme_record(programme)


def archive_programme(database: Database, programme_id: int) -> ProgrammeRecord:
    with database.transaction() as session:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise NotFoundError(translate("Validation", "This programme no longer exists."))
        if programme.archived_at is None:
            programme.archived_at = utc_now()
        session.flush()
        return _programme_record(programme)


def _person(session: OrmSession, person_id: int, field: str) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError(field, translate("Validation", "This person no longer exists."))
    if person.archived_at is not None:
        raise ValidationError(
            field,
            translate("Validation", "{name} is archived and cannot join a pair.").format(
                name=person.full_name
            ),
        )
    return person


def create_pair(
    database: Database,
    programme_id: int,
    mentor_id: int,
    mentee_id: int,
    *,
    reciprocal: bool = False,
) -> PairRecord:
    """A proposed pair, refused when the two are the same person or in a reporting line."""
    if mentor_id == mentee_id:
        raise ValidationError(
            "mentee", translate("Validation", "Mentor and mentee must be two people.")
        )
    with database.transaction() as session:
        if session.get(Programme, programme_id) is None:
            raise ValidationError(
                "programme", translate("Validation", "This programme no longer exists.")
            )
        mentor = _person(session, mentor_id, "mentor")
        mentee = _person(session, mentee_id, "mentee")
        if mentor.manager_id == mentee.id or mentee.manager_id == mentor.id:
            raise ValidationError(
                "mentee",
                translate(
                    "Validation", "{a} and {b} are manager and direct report: not in one pair."
                ).format(a=mentor.full_name, b=mentee.full_name),
            )
        pair = Pair(
            programme_id=programme_id,
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            reciprocal=reciprocal,
            status=PairStatus.PROPOSED,
        )
        session.add(pair)
        session.flush()
        return PairRecord(pair.id, programme_id, mentor_id, mentee_id, pair.status.value, False)


def archive_pair(database: Database, pair_id: int) -> PairRecord:
    with database.transaction() as session:
        pair = session.get(Pair, pair_id)
        if pair is None:
            raise NotFoundError(translate("Validation", "This pair no longer exists."))
        if pair.archived_at is None:
            pair.archived_at = utc_now()
        session.flush()
        return PairRecord(
            pair.id, pair.programme_id, pair.mentor_id, pair.mentee_id, pair.status.value, True
        )
