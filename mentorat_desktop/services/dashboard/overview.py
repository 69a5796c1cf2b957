"""Counts of what a database holds: for empty states, the status bar and `mentorat check`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Label, func, select

from mentorat_desktop.db.base import Base
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

    def count(field: str, model: type[Base], *conditions: ColumnElement[bool]) -> Label[int]:
        query = select(func.count()).select_from(model).where(*conditions)
        return query.scalar_subquery().label(field)

    query = select(
        count("people", Person, Person.archived_at.is_(None)),
        count("departments", Department),
        count("skill_categories", SkillCategory, SkillCategory.archived_at.is_(None)),
        count("skills", Skill, Skill.archived_at.is_(None)),
        count("programmes", Programme, Programme.archived_at.is_(None)),
        count("running_programmes", Programme, Programme.status == ProgrammeStatus.RUNNING),
        count("pairs", Pair, Pair.archived_at.is_(None)),
        count("active_pairs", Pair, Pair.status == PairStatus.ACTIVE, Pair.archived_at.is_(None)),
        count("sessions", Session),
        count(
            "upcoming_sessions",
            Session,
            Session.status == SessionStatus.PLANNED,
            Session.starts_at >= now,
        ),
        count("held_sessions", Session, Session.status == SessionStatus.HELD),
        count("journals", Journal),
    )
    with database.reading() as session:
        return Overview(**session.execute(query).one()._asdict())
