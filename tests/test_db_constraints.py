"""The database itself refuses bad rows, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.enums import PairStatus, SessionStatus
from mentorat_desktop.db.models import (
    Journal,
    Pair,
    Person,
    PersonSkill,
    Programme,
    Session,
    Skill,
    SkillCategory,
)


def _commit_fails(database, *rows) -> None:  # type: ignore[no-untyped-def]
    with (
        pytest.raises((IntegrityError, StatementError)),
        database.engine.connect() as conn,
        OrmSession(bind=conn) as session,
    ):
        session.add_all(rows)
        session.flush()


def _people(database, count: int = 2) -> list[int]:  # type: ignore[no-untyped-def]
    with database.transaction() as session:
        people = [Person(first_name=f"P{i}", last_name="Test") for i in range(count)]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


def _programme(database) -> int:  # type: ignore[no-untyped-def]
    with database.transaction() as session:
        programme = Programme(name="P", start_date=date(2026, 1, 1), end_date=date(2026, 6, 30))
        session.add(programme)
        session.flush()
        return programme.id


def test_email_unique_ignoring_case_and_accents(database) -> None:
    with database.transaction() as session:
        session.add(Person(first_name="Émile", last_name="Zola", email="Émile.Zola@Example.fr"))
    _commit_fails(database, Person(first_name="E", last_name="Z", email="émile.zola@example.FR"))


def test_several_people_without_email(database) -> None:
    with database.transaction() as session:
        session.add_all(
            [Person(first_name="A", last_name="B"), Person(first_name="C", last_name="D")]
        )
    with database.reading() as session:
        assert len(session.scalars(select(Person)).all()) == 2


def test_skill_name_unique_within_category_only(database) -> None:
    with database.transaction() as session:
        first, second = SkillCategory(name="Numérique"), SkillCategory(name="Métier")
        session.add_all([first, second])
        session.flush()
        session.add_all([Skill(category=first, name="Excel"), Skill(category=second, name="Excel")])
        first_id = first.id
    _commit_fails(database, Skill(category_id=first_id, name="EXCEL"))


@pytest.mark.parametrize("level", [-1, 5])
def test_person_skill_level_range(database, level: int) -> None:
    (person_id,) = _people(database, 1)
    with database.transaction() as session:
        category = SkillCategory(name="Langues")
        skill = Skill(category=category, name="Anglais")
        session.add(skill)
        session.flush()
        skill_id = skill.id
    _commit_fails(database, PersonSkill(person_id=person_id, skill_id=skill_id, level=level))


def test_mentor_cannot_be_mentee(database) -> None:
    (person_id,) = _people(database, 1)
    programme_id = _programme(database)
    _commit_fails(
        database, Pair(programme_id=programme_id, mentor_id=person_id, mentee_id=person_id)
    )


def test_programme_end_after_start(database) -> None:
    _commit_fails(
        database, Programme(name="X", start_date=date(2026, 5, 1), end_date=date(2026, 4, 1))
    )


def test_session_duration_positive_and_rating_range(database) -> None:
    mentor, mentee = _people(database)
    programme_id = _programme(database)
    with database.transaction() as session:
        pair = Pair(programme_id=programme_id, mentor_id=mentor, mentee_id=mentee)
        session.add(pair)
        session.flush()
        pair_id = pair.id
        held = Session(
            pair_id=pair_id, starts_at=datetime(2026, 2, 2, 13, tzinfo=UTC), duration_minutes=60
        )
        session.add(held)
        session.flush()
        session_id = held.id
    start = datetime(2026, 2, 16, 13, tzinfo=UTC)
    _commit_fails(database, Session(pair_id=pair_id, starts_at=start, duration_minutes=0))
    _commit_fails(database, Journal(session_id=session_id, mentor_rating=6))


def test_foreign_keys_enforced(database) -> None:
    _commit_fails(database, Person(first_name="A", last_name="B", department_id=999))


def test_enum_check_refuses_unknown_value(database) -> None:
    mentor, mentee = _people(database)
    programme_id = _programme(database)
    with database.engine.begin() as conn, pytest.raises(IntegrityError):
        conn.execute(
            text(
                "INSERT INTO pair (programme_id, mentor_id, mentee_id, reciprocal, goals, status,"
                " end_reason, version_id) VALUES (:p, :a, :b, false, '', 'dancing', '', 1)"
            ),
            {"p": programme_id, "a": mentor, "b": mentee},
        )


def test_datetimes_come_back_aware_in_utc(database) -> None:
    mentor, mentee = _people(database)
    programme_id = _programme(database)
    paris_summer = timezone(timedelta(hours=2))
    with database.transaction() as session:
        pair = Pair(
            programme_id=programme_id, mentor_id=mentor, mentee_id=mentee, status=PairStatus.ACTIVE
        )
        session.add(pair)
        session.flush()
        session.add(
            Session(
                pair_id=pair.id,
                starts_at=datetime(2026, 7, 1, 14, tzinfo=paris_summer),
                duration_minutes=60,
                status=SessionStatus.PLANNED,
            )
        )
    with database.reading() as session:
        stored = session.scalars(select(Session.starts_at)).one()
    assert stored == datetime(2026, 7, 1, 12, tzinfo=UTC)
    assert stored.utcoffset() == timedelta(0)


def test_naive_datetime_refused(database) -> None:
    mentor, mentee = _people(database)
    programme_id = _programme(database)
    with database.transaction() as session:
        pair = Pair(programme_id=programme_id, mentor_id=mentor, mentee_id=mentee)
        session.add(pair)
        session.flush()
        pair_id = pair.id
    _commit_fails(
        database, Session(pair_id=pair_id, starts_at=datetime(2026, 7, 1, 14), duration_minutes=60)
    )
