"""The pairs of a programme as table rows: sessions aggregated in SQL, health from the rhythm."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import Direction, PairStatus, SessionStatus
from mentorat_desktop.db.models import (
    Department,
    Pair,
    PairFocusSkill,
    Person,
    PersonSkill,
    Programme,
    Session,
    Skill,
)


class PairHealth(StrEnum):
    """How an active pair keeps its rhythm; NOT_ACTIVE (empty, false) for any other pair."""

    NOT_ACTIVE = ""
    ON_TRACK = "on_track"
    LATE = "late"
    STALLED = "stalled"


ON_TRACK, LATE, STALLED = PairHealth.ON_TRACK, PairHealth.LATE, PairHealth.STALLED
LATE_FACTOR = 1.5  # days since the last held session, in rhythms, before a pair is late
STALLED_FACTOR = 3.0


@dataclass(frozen=True)
class PairRow:
    id: int
    version: int
    mentor_id: int
    mentor_name: str
    mentor_department: str
    mentee_id: int
    mentee_name: str
    mentee_department: str
    focus: tuple[tuple[str, Direction], ...]  # (skill name, direction), mentor's first
    reciprocal: bool
    status: PairStatus
    goals: str
    held: int
    planned: int
    last_held: date | None
    next_planned: datetime | None
    health: PairHealth
    days_since: int | None


def health_of(
    status: PairStatus, last: date | None, started: date | None, rhythm_weeks: int, today: date
) -> tuple[PairHealth, int | None]:
    """On track, late or stalled, from the days since the last held session (or the start)."""
    if status is not PairStatus.ACTIVE:
        return PairHealth.NOT_ACTIVE, None
    since = last or started
    if since is None:
        return ON_TRACK, None
    days = (today - since).days
    rhythm = 7 * rhythm_weeks
    if days > STALLED_FACTOR * rhythm:
        return STALLED, days
    if days > LATE_FACTOR * rhythm:
        return LATE, days
    return ON_TRACK, days


def _to_date(value: date | str | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):  # SQLite returns MAX() of a datetime column as text
        return datetime.fromisoformat(value).date()
    return value


def _to_datetime(value: datetime | str | None) -> datetime | None:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def list_pairs(database: Database, programme_id: int, today: date | None = None) -> list[PairRow]:
    """Every pair of the programme not archived; three queries whatever the size."""
    today = today or date.today()
    now = datetime.now(UTC)
    held = Session.status == SessionStatus.HELD
    upcoming = (Session.status == SessionStatus.PLANNED) & (Session.starts_at >= now)
    sessions = (
        select(
            Session.pair_id,
            func.sum(case((held, 1), else_=0)).label("held"),
            func.sum(case((upcoming, 1), else_=0)).label("planned"),
            func.max(case((held, Session.starts_at))).label("last_held"),
            func.min(case((upcoming, Session.starts_at))).label("next_planned"),
        )
        .join(Pair, Pair.id == Session.pair_id)
        .where(Pair.programme_id == programme_id)
        .group_by(Session.pair_id)
        .subquery()
    )
    mentor, mentee = aliased(Person), aliased(Person)
    mentor_dept, mentee_dept = aliased(Department), aliased(Department)
    query = (
        select(
            Pair,
            mentor.first_name,
            mentor.last_name,
            mentor_dept.name,
            mentee.first_name,
            mentee.last_name,
            mentee_dept.name,
            sessions.c.held,
            sessions.c.planned,
            sessions.c.last_held,
            sessions.c.next_planned,
        )
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .outerjoin(mentor_dept, mentor_dept.id == mentor.department_id)
        .outerjoin(mentee_dept, mentee_dept.id == mentee.department_id)
        .outerjoin(sessions, sessions.c.pair_id == Pair.id)
        .where(Pair.programme_id == programme_id, Pair.archived_at.is_(None))
        .order_by(mentor.last_name, mentor.first_name, Pair.id)
    )
    with database.reading() as session:
        rhythm = (
            session.scalar(select(Programme.rhythm_weeks).where(Programme.id == programme_id)) or 2
        )
        focus: dict[int, list[tuple[str, Direction]]] = defaultdict(list)
        for pair_id, name, direction in session.execute(
            select(PairFocusSkill.pair_id, Skill.name, PairFocusSkill.direction)
            .join(Skill, Skill.id == PairFocusSkill.skill_id)
            .join(Pair, Pair.id == PairFocusSkill.pair_id)
            .where(Pair.programme_id == programme_id)
            .order_by(PairFocusSkill.direction, Skill.name)
        ):
            focus[pair_id].append((name, direction))
        rows = []
        for pair, mf, ml, md, ef, el, ed, n_held, n_planned, last, nxt in session.execute(query):
            last_day = _to_date(last)
            health, days = health_of(pair.status, last_day, pair.started_on, rhythm, today)
            rows.append(
                PairRow(
                    id=pair.id,
                    version=pair.version_id,
                    mentor_id=pair.mentor_id,
                    mentor_name=f"{mf} {ml}".strip(),
                    mentor_department=md or "",
                    mentee_id=pair.mentee_id,
                    mentee_name=f"{ef} {el}".strip(),
                    mentee_department=ed or "",
                    focus=tuple(focus[pair.id]),
                    reciprocal=pair.reciprocal,
                    status=pair.status,
                    goals=pair.goals,
                    held=int(n_held or 0),
                    planned=int(n_planned or 0),
                    last_held=last_day,
                    next_planned=_to_datetime(nxt),
                    health=health,
                    days_since=days,
                )
            )
        return rows


def learner_skills(session: OrmSession, programme_id: int) -> list[tuple[int, str, int, str, int]]:
    """(person, name, skill, skill name, current level) of every learner's focus skill."""
    learner = case(
        (PairFocusSkill.direction == Direction.MENTOR_TO_MENTEE, Pair.mentee_id),
        else_=Pair.mentor_id,
    )
    rows = session.execute(
        select(
            learner, Person.first_name, Person.last_name, Skill.id, Skill.name, PersonSkill.level
        )
        .select_from(PairFocusSkill)
        .join(Pair, Pair.id == PairFocusSkill.pair_id)
        .join(Person, Person.id == learner)
        .join(Skill, Skill.id == PairFocusSkill.skill_id)
        .outerjoin(
            PersonSkill, (PersonSkill.person_id == learner) & (PersonSkill.skill_id == Skill.id)
        )
        .where(Pair.programme_id == programme_id, Pair.archived_at.is_(None))
        .where(Pair.status != PairStatus.STOPPED)
        .distinct()
        .order_by(Person.last_name, Person.first_name, Skill.name)
    )
    return [
        (pid, f"{f} {la}".strip(), sid, sname, level or 0) for pid, f, la, sid, sname, level in rows
    ]
