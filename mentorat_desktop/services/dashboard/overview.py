"""Counts of what a database holds: for empty states, the status bar and `mentorat check`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import PairStatus, ProgrammeStatus, SessionStatus
from mentorat_desktop.db.models import (
    Department,
    Journal,
    Pair,
    Person,
    Programme,
    Session,
    Skill,
    SkillCategory,
)


@dataclass(frozen=True)
class Overview:
    people: int
    departments: int
    skill_categories: int
    skills: int
    programmes: int
    running_programmes: int
    pairs: int
    active_pairs: int
    sessions: int
    upcoming_sessions: int
    held_sessions: int
    journals: int

    @property
    def is_empty(self) -> bool:
        return self.people == 0 and self.programmes == 0 and self.skills == 0


def get_overview(database: Database) -> Overview:
    now = datetime.now(UTC)

    def count(model, *conditions) -> select:  # type: ignore[no-untyped-def]
        return select(func.count()).select_from(model).where(*conditions).scalar_subquery()

    query = select(
        count(Person, Person.archived_at.is_(None)),
        count(Department),
        count(SkillCategory, SkillCategory.archived_at.is_(None)),
        count(Skill, Skill.archived_at.is_(None)),
        count(Programme, Programme.archived_at.is_(None)),
        count(Programme, Programme.status == ProgrammeStatus.RUNNING),
        count(Pair, Pair.archived_at.is_(None)),
        count(Pair, Pair.status == PairStatus.ACTIVE, Pair.archived_at.is_(None)),
        count(Session),
        count(Session, Session.status == SessionStatus.PLANNED, Session.starts_at >= now),
        count(Session, Session.status == SessionStatus.HELD),
        count(Journal),
    )
    with database.reading() as session:
        return Overview(*session.execute(query).one())
