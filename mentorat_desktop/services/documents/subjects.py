"""Finding what a document is about from what a user typed: a name, an email or an id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.db.models import Pair, Person, Programme, Session
from mentorat_desktop.db.types import normalise_key
from mentorat_desktop.errors import NotFoundError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.sessions.sessions import organisation_zone


@dataclass(frozen=True)
class Subject:
    id: int
    label: str


def as_record_id(text: str) -> int | None:
    """The id written in ``text`` (ASCII digits that fit a 64-bit id), else None: "²" and
    25-digit numbers are names, not ids that overflow the database driver."""
    text = text.strip()
    if text.isascii() and text.isdigit() and len(text) <= 19 and int(text) < 2**63:
        return int(text)
    return None


def find_programme(database: Database, name_or_id: str) -> Subject:
    with database.reading() as session:
        from mentorat_desktop.services.programmes.programmes import programme_named

        record_id = as_record_id(name_or_id)
        found = record_id if record_id is not None else programme_named(session, name_or_id.strip())
        programme = session.get(Programme, found) if found is not None else None
        if programme is None:
            raise NotFoundError(
                translate("Subjects", "No programme named “{name}”.").format(name=name_or_id)
            )
        return Subject(programme.id, programme.name)


def find_person(database: Database, name_email_or_id: str) -> Subject:
    wanted = name_email_or_id.strip()
    with database.reading() as session:
        if as_record_id(wanted) is not None:
            people = session.scalars(select(Person).where(Person.id == int(wanted))).all()
        elif "@" in wanted:
            people = session.scalars(
                select(Person).where(Person.email_key == normalise_key(wanted))
            ).all()
        else:
            key = normalise_key(wanted)
            people = [
                p
                for p in session.scalars(select(Person))
                if normalise_key(f"{p.first_name} {p.last_name}") == key
                or normalise_key(f"{p.last_name} {p.first_name}") == key
            ]
        if not people:
            raise NotFoundError(translate("Subjects", "Nobody named “{name}”.").format(name=wanted))
        if len(people) > 1:
            raise NotFoundError(
                translate(
                    "Subjects", "Several people are named “{name}”: give their email or id."
                ).format(name=wanted)
            )
        person = people[0]
        return Subject(person.id, f"{person.first_name} {person.last_name}".strip())


def programmes(database: Database) -> list[Subject]:
    with database.reading() as session:
        rows = session.execute(
            select(Programme.id, Programme.name)
            .where(Programme.archived_at.is_(None))
            .order_by(Programme.start_date.desc(), Programme.id)
        )
        return [Subject(i, name) for i, name in rows]


def programmes_of_person(database: Database, person_id: int) -> list[Subject]:
    """The programmes where a person is in a pair, newest first."""
    with database.reading() as session:
        rows = session.execute(
            select(Programme.id, Programme.name)
            .join(Pair, Pair.programme_id == Programme.id)
            .where((Pair.mentor_id == person_id) | (Pair.mentee_id == person_id))
            .group_by(Programme.id, Programme.name, Programme.start_date)
            .order_by(Programme.start_date.desc())
        )
        return [Subject(i, name) for i, name in rows]


def pairs_of(database: Database, programme_id: int) -> list[Subject]:
    mentor, mentee = aliased(Person), aliased(Person)
    with database.reading() as session:
        rows = session.execute(
            select(
                Pair.id, mentor.first_name, mentor.last_name, mentee.first_name, mentee.last_name
            )
            .join(mentor, mentor.id == Pair.mentor_id)
            .join(mentee, mentee.id == Pair.mentee_id)
            .where(Pair.programme_id == programme_id, Pair.archived_at.is_(None))
            .order_by(mentor.last_name, mentor.first_name)
        )
        return [Subject(i, f"{a} {b} → {c} {d}") for i, a, b, c, d in rows]


@dataclass(frozen=True)
class SessionSubject:
    id: int
    starts_at: datetime  # aware, UTC
    pair: str
    local_start: datetime | None = None  # in the organisation's timezone, as shown


def upcoming_sessions(database: Database, now: datetime, limit: int = 200) -> list[SessionSubject]:
    """Planned sessions from now on, soonest first, with the pair's names."""
    mentor, mentee = aliased(Person), aliased(Person)
    with database.reading() as session:
        rows = session.execute(
            select(
                Session.id,
                Session.starts_at,
                mentor.first_name,
                mentor.last_name,
                mentee.first_name,
                mentee.last_name,
            )
            .join(Pair, Pair.id == Session.pair_id)
            .join(mentor, mentor.id == Pair.mentor_id)
            .join(mentee, mentee.id == Pair.mentee_id)
            .where(Session.starts_at >= now, Session.status == SessionStatus.PLANNED)
            .order_by(Session.starts_at, Session.id)
            .limit(limit)
        )
        zone = organisation_zone(session)[0]
        return [
            SessionSubject(i, when, f"{a} {b} · {c} {d}", when.astimezone(zone))
            for i, when, a, b, c, d in rows
        ]
