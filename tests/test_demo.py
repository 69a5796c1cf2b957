"""The demo data: plausible, consistent, deterministic, and only ever in an empty database."""

from __future__ import annotations

import re
import shutil
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from mentorat_desktop import demo
from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.db.enums import PairingFit, PairStatus, ProgrammeStatus, SessionStatus
from mentorat_desktop.db.models import (
    AgendaItem,
    Certificate,
    Department,
    Journal,
    OrganisationSettings,
    Pair,
    PairFocusSkill,
    Person,
    PersonSkill,
    Programme,
    ProgrammeParticipant,
    Session,
    Skill,
    SkillAssessment,
    SkillCategory,
)
from mentorat_desktop.demo import DemoRefusedError, DemoSummary, load_demo

TODAY = date(2025, 3, 14)
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime.combine(TODAY, time(0), tzinfo=PARIS)


def _count(database: Database, model: type, *where: object) -> int:
    with database.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _programme(database: Database, status: ProgrammeStatus) -> int:
    with database.reading() as s:
        return s.scalars(select(Programme.id).where(Programme.status == status)).one()


def _programme_sessions(programme_id: int) -> select:
    return select(Session).join(Pair).where(Pair.programme_id == programme_id)


@pytest.fixture
def small(database: Database) -> tuple[Database, DemoSummary]:
    return database, load_demo(database, "small", seed=1, today=TODAY)


def test_small_demo_has_the_expected_shape(small: tuple[Database, DemoSummary]) -> None:
    database, summary = small
    people = _count(database, Person)
    assert 35 <= people <= 45
    assert summary.people == people
    assert _count(database, Department) == summary.departments == 5
    assert 22 <= _count(database, Skill) == summary.skills <= 28
    assert _count(database, PersonSkill) > people * 3
    with database.reading() as s:
        statuses = sorted(s.scalars(select(Programme.status)))
        categories = set(s.scalars(select(SkillCategory.name)))
    assert statuses == [ProgrammeStatus.CLOSED, ProgrammeStatus.DRAFT, ProgrammeStatus.RUNNING]
    assert summary.programmes == 3
    assert {"Information et données", "Sécurité", "Métier", "Management", "Langues"} <= categories
    assert _count(database, Session) == summary.sessions
    assert _count(database, Journal) == summary.journals
    assert _count(database, Certificate) == summary.certificates > 0


def test_running_programme_is_now(small: tuple[Database, DemoSummary]) -> None:
    database, _ = small
    running = _programme(database, ProgrammeStatus.RUNNING)
    with database.reading() as s:
        programme = s.get(Programme, running)
        assert programme.start_date < TODAY < programme.end_date
        pairs = s.scalars(select(Pair).where(Pair.programme_id == running)).all()
        sessions = s.scalars(_programme_sessions(running)).all()
        journaled = set(s.scalars(select(Journal.session_id)))
    assert len(pairs) == 12
    assert all(p.status is PairStatus.ACTIVE for p in pairs)
    assert 50 <= len(sessions) <= 70
    by_status = {status: [x for x in sessions if x.status is status] for status in SessionStatus}
    assert by_status[SessionStatus.HELD]
    assert by_status[SessionStatus.CANCELLED] or by_status[SessionStatus.MISSED]
    assert all(x.cancel_reason for x in by_status[SessionStatus.CANCELLED])
    planned = by_status[SessionStatus.PLANNED]
    future = [x for x in planned if x.starts_at > NOW]
    to_journal = [x for x in planned if x.starts_at < NOW and x.id not in journaled]
    assert len(future) >= 12
    assert 1 <= len(to_journal) <= 6
    assert all(x.id in journaled for x in by_status[SessionStatus.HELD])
    assert all(x.starts_at <= NOW for x in sessions if x.status is not SessionStatus.PLANNED)


def test_sessions_are_aware_weekday_wall_clock_times(small: tuple[Database, DemoSummary]) -> None:
    database, _ = small
    with database.reading() as s:
        sessions = s.scalars(select(Session)).all()
        agenda = dict(
            s.execute(
                select(AgendaItem.session_id, func.sum(AgendaItem.minutes)).group_by(
                    AgendaItem.session_id
                )
            ).all()
        )
        agenda_counts = dict(
            s.execute(
                select(AgendaItem.session_id, func.count()).group_by(AgendaItem.session_id)
            ).all()
        )
    for session in sessions:
        assert session.starts_at.tzinfo is not None
        local = session.starts_at.astimezone(PARIS)
        assert local.weekday() < 5
        assert 8 <= local.hour < 18
        assert local.minute in (0, 30)
        assert agenda[session.id] == session.duration_minutes
        assert 2 <= agenda_counts[session.id] <= 5


def test_closed_programme_has_its_story(small: tuple[Database, DemoSummary]) -> None:
    database, _ = small
    closed = _programme(database, ProgrammeStatus.CLOSED)
    with database.reading() as s:
        pairs = s.scalars(select(Pair).where(Pair.programme_id == closed)).all()
        statuses = sorted(p.status for p in pairs)
        stopped = [p for p in pairs if p.status is PairStatus.STOPPED]
        certificates = s.scalars(select(Certificate).where(Certificate.programme_id == closed))
        certificates = certificates.all()
        held = dict(
            s.execute(
                select(Pair.mentor_id, func.count())
                .join(Session)
                .where(Pair.programme_id == closed, Session.status == SessionStatus.HELD)
                .group_by(Pair.mentor_id)
            ).all()
        )
        kinds = set(
            s.scalars(select(SkillAssessment.kind).where(SkillAssessment.programme_id == closed))
        )
        fits = set(s.scalars(select(Journal.mentee_fit))) | set(
            s.scalars(select(Journal.mentor_fit))
        )
    assert 8 <= len(pairs) <= 12
    assert statuses.count(PairStatus.COMPLETED) == len(pairs) - 1
    assert len(stopped) == 1
    assert stopped[0].end_reason
    assert stopped[0].ended_on is not None
    assert {k.value for k in kinds} == {"start", "end"}
    assert PairingFit.NOT_A_FIT in fits
    codes = [c.verification_code for c in certificates]
    assert certificates
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"MNT-[A-Z0-9]{4}-[A-Z0-9]{4}", code) for code in codes)
    assert all(c.sessions_count >= 6 and c.minutes_count >= 6 * 45 for c in certificates)
    mentor_counts = [c.sessions_count for c in certificates if c.person_id in held]
    assert mentor_counts == [held[c.person_id] for c in certificates if c.person_id in held]


def test_draft_programme_has_participants_and_no_pairs(small: tuple[Database, DemoSummary]) -> None:
    database, _ = small
    draft = _programme(database, ProgrammeStatus.DRAFT)
    with database.reading() as s:
        start = s.get(Programme, draft).start_date
    assert start > TODAY
    assert _count(database, ProgrammeParticipant, ProgrammeParticipant.programme_id == draft) >= 10
    assert _count(database, Pair, Pair.programme_id == draft) == 0


def test_pairs_respect_the_rules(small: tuple[Database, DemoSummary]) -> None:
    database, _ = small
    mentor, mentee = aliased(Person), aliased(Person)
    with database.reading() as s:
        rows = s.execute(
            select(Pair, mentor, mentee)
            .join(mentor, Pair.mentor_id == mentor.id)
            .join(mentee, Pair.mentee_id == mentee.id)
        ).all()
        reciprocal = s.scalar(
            select(func.count(func.distinct(PairFocusSkill.pair_id))).where(
                PairFocusSkill.direction == "mentee_to_mentor"
            )
        )
        participants = set(
            s.execute(
                select(ProgrammeParticipant.programme_id, Person.id).join(
                    Person, Person.id == ProgrammeParticipant.person_id
                )
            ).all()
        )
    assert rows
    assert reciprocal
    for pair, a, b in rows:
        assert a.id != b.id
        assert a.manager_id != b.id
        assert b.manager_id != a.id
        assert a.birth_year > b.birth_year  # the mentor is the younger one
        assert (pair.programme_id, a.id) in participants
        assert (pair.programme_id, b.id) in participants
        assert pair.started_on is not None


def test_people_have_real_world_names_and_a_hierarchy(small: tuple[Database, DemoSummary]) -> None:
    database, _ = small
    with database.reading() as s:
        people = s.scalars(select(Person).order_by(Person.id)).all()
        settings = s.get(OrganisationSettings, 1)
    names = [f"{p.first_name} {p.last_name}" for p in people]
    assert "Zoë O'Brien" in names
    assert any("'" in n for n in names)
    assert any("-" in n for n in names)
    assert any(not n.isascii() for n in names)
    assert len(set(names)) == len(names)
    emails = [p.email for p in people]
    assert len(set(emails)) == len(emails)
    assert all(re.fullmatch(r"[a-z0-9.-]+@atelier-lumiere\.fr", e) for e in emails)
    assert all(p.email_key == p.email for p in people)
    ceo = [p for p in people if p.manager_id is None]
    assert len(ceo) == 1
    assert all(1962 <= p.birth_year <= 2003 for p in people)
    assert max(p.birth_year for p in people) - min(p.birth_year for p in people) >= 30
    assert all(p.hire_date <= TODAY for p in people)
    by_id = {p.id: p for p in people}
    heads = [p for p in people if p.manager_id == ceo[0].id]
    assert len({p.department_id for p in heads}) >= 4
    for person in people:
        if person.manager_id not in (None, ceo[0].id):
            assert by_id[person.manager_id].department_id == person.department_id
    assert settings.company_name == "Atelier Lumière & Fils"
    assert settings.setup_done
    assert settings.timezone == "Europe/Paris"
    assert settings.signatory_name == f"{ceo[0].first_name} {ceo[0].last_name}"


def test_new_rows_after_the_demo_get_fresh_ids(small: tuple[Database, DemoSummary]) -> None:
    database, summary = small
    with database.transaction() as s:
        person = Person(first_name="Nouvelle", last_name="Recrue", email="Nouvelle@Example.fr")
        s.add(person)
        s.flush()
        assert person.id > summary.people
    assert _count(database, Person) == summary.people + 1


def test_refuses_a_database_that_holds_data(small: tuple[Database, DemoSummary]) -> None:
    database, summary = small
    with pytest.raises(DemoRefusedError) as caught:
        load_demo(database, "small", seed=2, today=TODAY)
    assert caught.value.message
    assert _count(database, Person) == summary.people
    assert _count(database, Session) == summary.sessions


def test_refuses_even_a_single_person(database: Database) -> None:
    with database.transaction() as s:
        s.add(Person(first_name="Émile", last_name="Seul"))
    with pytest.raises(DemoRefusedError):
        load_demo(database, today=TODAY)
    assert _count(database, Person) == 1
    assert _count(database, Department) == 0
    with database.reading() as s:
        assert s.get(OrganisationSettings, 1) is None


def test_refuses_an_unknown_size(database: Database) -> None:
    with pytest.raises(DemoRefusedError, match="medium"):
        load_demo(database, "medium")
    assert _count(database, Person) == 0


def test_reuses_an_existing_department(database: Database) -> None:
    with database.transaction() as s:
        s.add(Department(name="commercial"))
    load_demo(database, today=TODAY)
    assert _count(database, Department) == 5
    with database.reading() as s:
        department = s.scalars(select(Department).where(Department.name == "commercial")).one()
        assert _count(database, Person, Person.department_id == department.id) > 3


def test_a_failure_writes_nothing(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo, "_fill_settings", boom)
    with pytest.raises(RuntimeError):
        load_demo(database, today=TODAY)
    for model in (Person, Department, Skill, Programme, Session, Journal):
        assert _count(database, model) == 0


def test_progress_is_reported(database: Database) -> None:
    seen: list[int] = []
    load_demo(database, today=TODAY, progress=seen.append)
    assert seen[0] == 0
    assert seen[-1] == 100
    assert seen == sorted(seen)


def _snapshot(target: str, seed: int) -> tuple[list, list, list]:
    database = open_database(target)
    try:
        load_demo(database, "small", seed=seed, today=TODAY)
        with database.reading() as s:
            people = s.execute(
                select(
                    Person.first_name, Person.last_name, Person.email, Person.birth_year
                ).order_by(Person.id)
            ).all()
            sessions = s.execute(
                select(Session.pair_id, Session.starts_at, Session.status).order_by(Session.id)
            ).all()
            codes = s.scalars(select(Certificate.verification_code).order_by(Certificate.id))
            return [tuple(r) for r in people], [tuple(r) for r in sessions], list(codes)
    finally:
        database.close()


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path, sqlite_template: Path) -> None:
    targets = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(sqlite_template, path)
        targets.append(str(path))
    first = _snapshot(targets[0], seed=7)
    assert _snapshot(targets[1], seed=7) == first
    other = _snapshot(targets[2], seed=8)
    assert other[0] != first[0]
    assert other[1] != first[1]
    assert other[2] != first[2]
