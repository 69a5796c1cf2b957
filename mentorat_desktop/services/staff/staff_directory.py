"""The staff table and a person's detail: plain rows, aggregates computed in SQL."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import Subquery, and_, func, literal, or_, select, union_all
from sqlalchemy.orm import aliased

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import PairStatus, SessionStatus
from mentorat_desktop.db.models import (
    Department,
    Pair,
    Person,
    PersonSkill,
    Programme,
    Session,
    Skill,
    SkillCategory,
)
from mentorat_desktop.errors import NotFoundError
from mentorat_desktop.i18n import translate
from mentorat_desktop.search_text import fold, fold_cached
from mentorat_desktop.services.staff.people import PersonRecord, get_person

ONGOING = (PairStatus.PROPOSED, PairStatus.ACTIVE)
SESSIONS_SHOWN = 50

# (first birth year, label context key) from the youngest band down; the labels are translated
# at run time by generation_band().
_BANDS = ((1997, "genz"), (1981, "millennials"), (1965, "genx"), (1946, "boomers"))


def generation_band(birth_year: int | None) -> str:
    """The band shown instead of an age: a birth year is more than the table needs."""
    if birth_year is None:
        return ""
    labels = _band_labels()
    for first_year, key in _BANDS:
        if birth_year >= first_year:
            return labels[key]
    return labels["before"]


@lru_cache(maxsize=1)
def _band_labels() -> dict[str, str]:
    """Translated once: the language does not change while the app runs."""
    return {
        "genz": translate("Generation", "Generation Z"),
        "millennials": translate("Generation", "Millennials"),
        "genx": translate("Generation", "Generation X"),
        "boomers": translate("Generation", "Baby boomers"),
        "before": translate("Generation", "Before 1946"),
    }


def seniority_years(hire_date: date | None, today: date | None = None) -> int | None:
    if hire_date is None:
        return None
    today = today or date.today()
    years = (
        today.year - hire_date.year - ((today.month, today.day) < (hire_date.month, hire_date.day))
    )
    return max(0, years)


class StaffRow(NamedTuple):
    """One person of the table (a named tuple: 3,000 of them are built on every refresh)."""

    id: int
    first_name: str
    last_name: str
    email: str | None
    department_id: int | None
    department_name: str
    job_title: str
    birth_year: int | None
    hire_date: date | None
    manager_id: int | None
    teaches: tuple[str, ...]
    learns: tuple[str, ...]
    teach_ids: frozenset[int]
    learn_ids: frozenset[int]
    active_pairs: int
    archived: bool
    search_text: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def _active_pair_counts() -> Subquery:
    live = and_(Pair.status == PairStatus.ACTIVE, Pair.archived_at.is_(None))
    sides = union_all(
        select(Pair.mentor_id.label("person_id")).where(live),
        select(Pair.mentee_id.label("person_id")).where(live),
    ).subquery()
    return (
        select(sides.c.person_id, func.count().label("pairs"))
        .group_by(sides.c.person_id)
        .subquery()
    )


def list_staff(database: Database) -> list[StaffRow]:
    """Every person, archived ones included (the view filters), with their skills and pairs."""
    counts = _active_pair_counts()
    query = (
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.email,
            Person.department_id,
            func.coalesce(Department.name, literal("")),
            Person.job_title,
            Person.birth_year,
            Person.hire_date,
            Person.manager_id,
            Person.archived_at,
            func.coalesce(counts.c.pairs, 0),
        )
        .outerjoin(Department, Department.id == Person.department_id)
        .outerjoin(counts, counts.c.person_id == Person.id)
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    skills_query = select(
        PersonSkill.person_id,
        PersonSkill.skill_id,
        PersonSkill.can_teach,
        PersonSkill.wants_to_learn,
    ).where(or_(PersonSkill.can_teach.is_(True), PersonSkill.wants_to_learn.is_(True)))
    teaches: dict[int, list[tuple[int, str]]] = defaultdict(list)
    learns: dict[int, list[tuple[int, str]]] = defaultdict(list)
    with database.reading() as session:
        people = session.execute(query).all()
        names = dict(
            session.execute(select(Skill.id, Skill.name).where(Skill.archived_at.is_(None))).all()
        )
        for person_id, skill_id, can_teach, wants in session.execute(skills_query):
            name = names.get(skill_id)
            if name is None:
                continue
            if can_teach:
                teaches[person_id].append((skill_id, name))
            if wants:
                learns[person_id].append((skill_id, name))
    for lists in (teaches, learns):
        for entries in lists.values():
            entries.sort(key=lambda entry: fold_cached(entry[1]))
    rows = []
    for (
        pid,
        first,
        last,
        email,
        dep_id,
        dep,
        job,
        birth,
        hired,
        manager,
        archived_at,
        pairs,
    ) in people:
        taught, wanted = teaches.get(pid, []), learns.get(pid, [])
        teach_names = tuple(name for _, name in taught)
        learn_names = tuple(name for _, name in wanted)
        pieces = (first, last, dep, job, *teach_names, *learn_names)
        text = " ".join((*map(fold_cached, pieces), fold(email or "")))
        rows.append(
            StaffRow(
                id=pid,
                first_name=first,
                last_name=last,
                email=email,
                department_id=dep_id,
                department_name=dep,
                job_title=job,
                birth_year=birth,
                hire_date=hired,
                manager_id=manager,
                teaches=teach_names,
                learns=learn_names,
                teach_ids=frozenset(i for i, _ in taught),
                learn_ids=frozenset(i for i, _ in wanted),
                active_pairs=int(pairs),
                archived=archived_at is not None,
                search_text=text,
            )
        )
    return rows


@dataclass(frozen=True)
class SkillLine:
    skill_id: int
    skill_name: str
    category_name: str
    level: int
    can_teach: bool
    wants_to_learn: bool
    target_level: int | None


@dataclass(frozen=True)
class PairLine:
    id: int
    programme_name: str
    is_mentor: bool
    partner_name: str
    status: PairStatus
    started_on: date | None


@dataclass(frozen=True)
class SessionLine:
    id: int
    starts_at: datetime
    duration_minutes: int
    partner_name: str
    status: SessionStatus


@dataclass(frozen=True)
class PersonDetail:
    person: PersonRecord
    manager_name: str
    skills: tuple[SkillLine, ...]
    pairs: tuple[PairLine, ...]
    sessions: tuple[SessionLine, ...]

    @property
    def ongoing_pairs(self) -> tuple[PairLine, ...]:
        return tuple(p for p in self.pairs if p.status in ONGOING)


def _name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def person_detail(database: Database, person_id: int) -> PersonDetail:
    """What the detail pane shows: fields, skills, pairs (newest first) and recent sessions."""
    record = get_person(database, person_id)
    mentor, mentee = aliased(Person), aliased(Person)
    with database.reading() as session:
        manager_name = ""
        if record.manager_id is not None:
            manager = session.get(Person, record.manager_id)
            manager_name = manager.full_name if manager else ""
        skills = tuple(
            SkillLine(
                ps.skill_id,
                name,
                category,
                ps.level,
                ps.can_teach,
                ps.wants_to_learn,
                ps.target_level,
            )
            for ps, name, category in session.execute(
                select(PersonSkill, Skill.name, SkillCategory.name)
                .join(Skill, Skill.id == PersonSkill.skill_id)
                .join(SkillCategory, SkillCategory.id == Skill.category_id)
                .where(PersonSkill.person_id == person_id, Skill.archived_at.is_(None))
                .order_by(SkillCategory.position, Skill.name)
            )
        )
        pair_rows = session.execute(
            select(
                Pair,
                Programme.name,
                mentor.first_name,
                mentor.last_name,
                mentee.first_name,
                mentee.last_name,
            )
            .join(Programme, Programme.id == Pair.programme_id)
            .join(mentor, mentor.id == Pair.mentor_id)
            .join(mentee, mentee.id == Pair.mentee_id)
            .where(or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id))
            .where(Pair.archived_at.is_(None))
            .order_by(Programme.start_date.desc(), Pair.id.desc())
        ).all()
        pairs = []
        partners: dict[int, str] = {}
        for pair, programme, mf, ml, ef, el in pair_rows:
            is_mentor = pair.mentor_id == person_id
            partner = _name(ef, el) if is_mentor else _name(mf, ml)
            partners[pair.id] = partner
            pairs.append(
                PairLine(pair.id, programme, is_mentor, partner, pair.status, pair.started_on)
            )
        sessions = tuple(
            SessionLine(s.id, s.starts_at, s.duration_minutes, partners[s.pair_id], s.status)
            for s in session.scalars(
                select(Session)
                .where(Session.pair_id.in_(list(partners)))
                .order_by(Session.starts_at.desc())
                .limit(SESSIONS_SHOWN)
            )
        )
    return PersonDetail(record, manager_name, skills, tuple(pairs), sessions)


def ongoing_pairs(database: Database, person_id: int) -> tuple[PairLine, ...]:
    """The pairs archiving this person would stop (proposed or active)."""
    try:
        return person_detail(database, person_id).ongoing_pairs
    except NotFoundError:
        return ()
