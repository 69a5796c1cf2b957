"""Skill assessments: dated snapshots of a participant's level, and the progress they show.

Progress always compares two snapshots of the same programme (its start and its end
assessment), never the current level alone: a level typed in the staff view later, or a
person assessed twice, does not rewrite history. When a snapshot of a kind was recorded more
than once for the same person, skill and programme, the latest one counts.

Who is assessed in what: each learner of a pair in their pair's focus skills (the mentee in
what the mentor teaches, the mentor in what a reciprocal mentee teaches back), the same list
the close-programme dialog asks for (``pair_table.learner_skills``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    Subquery,
    case,
    delete,
    func,
    select,
)
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import AssessmentKind, Direction, PairStatus
from mentorat_desktop.db.models import (
    Pair,
    PairFocusSkill,
    Person,
    PersonSkill,
    Programme,
    Skill,
    SkillAssessment,
    SkillCategory,
)
from mentorat_desktop.documents.report_data import CategoryProgress
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services import undo_labels as labels
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.programmes.pair_table import learner_skills
from mentorat_desktop.services.undo import undoable


@dataclass(frozen=True)
class AssessmentLine:
    """One cell of the assessment grid: a person's level in one of their focus skills."""

    person_id: int
    person_name: str
    skill_id: int
    skill_name: str
    current_level: int  # the default offered
    recorded_level: int | None  # this kind's snapshot already recorded in the programme


@dataclass(frozen=True)
class Progress:
    """Start and end averages over the (person, skill) couples assessed both times."""

    id: int
    name: str
    start_level: float
    end_level: float
    assessed: int  # (person, skill) couples
    people: int

    @property
    def gain(self) -> float:
        return self.end_level - self.start_level


def assessment_sheet(
    database: Database, programme_id: int, kind: AssessmentKind, person_id: int | None = None
) -> list[AssessmentLine]:
    """The grid of the assessment dialog, for a whole programme or one person in it."""
    kind_value = AssessmentKind(kind)  # the UI hands combo-box data back as plain text
    with database.reading() as session:
        if session.get(Programme, programme_id) is None:
            raise NotFoundError(translate("Validation", "This programme no longer exists."))
        lines = learner_skills(session, programme_id)
        if person_id is not None:
            lines = [line for line in lines if line[0] == person_id]
        latest = _latest_snapshot(kind_value, (programme_id,)).subquery()
        recorded = {
            (person, skill): level
            for person, skill, level in session.execute(
                select(latest.c.person_id, latest.c.skill_id, SkillAssessment.level).join(
                    SkillAssessment, SkillAssessment.id == latest.c.id
                )
            )
        }
    return [
        AssessmentLine(pid, name, sid, skill, level, recorded.get((pid, sid)))
        for pid, name, sid, skill, level in lines
    ]


@mutates(programmes=True, skills=True)
@undoable(labels.assessments)
def record_assessments(
    database: Database,
    programme_id: int,
    kind: AssessmentKind,
    levels: Iterable[tuple[int, int, int]],
    on: date | None = None,
) -> int:
    """Record (person, skill, level) snapshots; the person's current level follows.

    A start or end snapshot recorded again for the same person and skill replaces the
    earlier one (a correction); "other" snapshots accumulate, one per day.
    """
    kind_value = AssessmentKind(kind)  # the UI hands combo-box data back as plain text
    day = on or date.today()
    entries = list(levels)
    for _person, _skill, level in entries:
        if not isinstance(level, int) or not 0 <= level <= 4:
            raise ValidationError("level", translate("Validation", "A level goes from 0 to 4."))
    with database.transaction() as session:
        if session.get(Programme, programme_id) is None:
            raise NotFoundError(translate("Validation", "This programme no longer exists."))
        write_assessments(session, programme_id, kind_value, entries, day)
    return len(entries)


def write_assessments(
    session: OrmSession,
    programme_id: int,
    kind_value: AssessmentKind,
    entries: Sequence[tuple[int, int, int]],
    day: date,
) -> None:
    """Record_assessments' writing, inside the caller's transaction (returned end forms)."""
    for person_id, skill_id, level in entries:
        same: tuple[ColumnElement[bool], ...] = (
            SkillAssessment.person_id == person_id,
            SkillAssessment.skill_id == skill_id,
            SkillAssessment.programme_id == programme_id,
            SkillAssessment.kind == kind_value,
        )
        if kind_value is AssessmentKind.OTHER:
            same += (SkillAssessment.assessed_on == day,)
        session.execute(delete(SkillAssessment).where(*same))
        session.add(
            SkillAssessment(
                person_id=person_id,
                skill_id=skill_id,
                programme_id=programme_id,
                kind=kind_value,
                level=level,
                assessed_on=day,
            )
        )
        profile = session.get(PersonSkill, (person_id, skill_id))
        if profile is None:
            session.add(PersonSkill(person_id=person_id, skill_id=skill_id, level=level))
        else:
            profile.level = level


# --- progress ---------------------------------------------------------------------------------


def _latest_snapshot(
    kind: AssessmentKind, programme_ids: Sequence[int]
) -> Select[int | None, int, int, int]:
    """(programme, person, skill, id of the latest snapshot of that kind)."""
    return (
        select(
            SkillAssessment.programme_id,
            SkillAssessment.person_id,
            SkillAssessment.skill_id,
            func.max(SkillAssessment.id).label("id"),
        )
        .where(SkillAssessment.kind == kind, SkillAssessment.programme_id.in_(programme_ids))
        .group_by(SkillAssessment.programme_id, SkillAssessment.person_id, SkillAssessment.skill_id)
    )


def before_after(programme_ids: Sequence[int]) -> Subquery:
    """A subquery: (programme_id, person_id, skill_id, start_level, end_level) for every
    couple assessed at both the start and the end of a programme of the scope."""
    start = _latest_snapshot(AssessmentKind.START, programme_ids).subquery("start_ids")
    end = _latest_snapshot(AssessmentKind.END, programme_ids).subquery("end_ids")
    start_row, end_row = aliased(SkillAssessment), aliased(SkillAssessment)
    return (
        select(
            start.c.programme_id,
            start.c.person_id,
            start.c.skill_id,
            start_row.level.label("start_level"),
            end_row.level.label("end_level"),
        )
        .join(
            end,
            (end.c.programme_id == start.c.programme_id)
            & (end.c.person_id == start.c.person_id)
            & (end.c.skill_id == start.c.skill_id),
        )
        .join(start_row, start_row.id == start.c.id)
        .join(end_row, end_row.id == end.c.id)
        .subquery("before_after")
    )


def _progress(session: OrmSession, query: Select[*tuple[Any, ...]]) -> list[Progress]:
    return [
        Progress(int(i), name, float(a), float(b), int(n), int(p))
        for i, name, a, b, n, p in session.execute(query)
    ]


def _grouped(
    ba: Subquery, key: SQLColumnExpression[int], name: SQLColumnExpression[str]
) -> Select[*tuple[Any, ...]]:
    return select(
        key,
        name,
        func.avg(ba.c.start_level),
        func.avg(ba.c.end_level),
        func.count(),
        func.count(func.distinct(ba.c.person_id)),
    )


def progress_by_category(session: OrmSession, programme_ids: Sequence[int]) -> list[Progress]:
    ba = before_after(programme_ids)
    query = (
        _grouped(ba, SkillCategory.id, SkillCategory.name)
        .join(Skill, Skill.id == ba.c.skill_id)
        .join(SkillCategory, SkillCategory.id == Skill.category_id)
        .group_by(SkillCategory.id, SkillCategory.name, SkillCategory.position)
        .order_by(SkillCategory.position, SkillCategory.name)
    )
    return _progress(session, query)


def category_progress(
    session: OrmSession, programme_ids: Sequence[int]
) -> tuple[CategoryProgress, ...]:
    """The same figures as the programme report's chart needs them."""
    return tuple(
        CategoryProgress(p.name, p.start_level, p.end_level, p.people)
        for p in progress_by_category(session, programme_ids)
    )


def progress_by_skill(session: OrmSession, programme_ids: Sequence[int]) -> list[Progress]:
    ba = before_after(programme_ids)
    query = (
        _grouped(ba, Skill.id, Skill.name)
        .join(Skill, Skill.id == ba.c.skill_id)
        .group_by(Skill.id, Skill.name)
        .order_by(Skill.name)
    )
    return _progress(session, query)


def progress_by_person(session: OrmSession, programme_ids: Sequence[int]) -> list[Progress]:
    ba = before_after(programme_ids)
    name = Person.first_name + " " + Person.last_name
    query = (
        _grouped(ba, Person.id, name)
        .join(Person, Person.id == ba.c.person_id)
        .group_by(Person.id, Person.first_name, Person.last_name)
        .order_by(Person.last_name, Person.first_name)
    )
    return _progress(session, query)


def progress_by_pair(session: OrmSession, programme_ids: Sequence[int]) -> list[Progress]:
    """Each pair's learners in the pair's focus skills (a stopped pair counts when assessed)."""
    ba = before_after(programme_ids)
    learner = case(
        (PairFocusSkill.direction == Direction.MENTOR_TO_MENTEE, Pair.mentee_id),
        else_=Pair.mentor_id,
    )
    mentor, mentee = aliased(Person), aliased(Person)
    name = mentor.first_name + " " + mentor.last_name + " → " + mentee.first_name
    name = name + " " + mentee.last_name
    query = (
        _grouped(ba, Pair.id, name)
        .join(Pair, Pair.programme_id == ba.c.programme_id)
        .join(
            PairFocusSkill,
            (PairFocusSkill.pair_id == Pair.id)
            & (PairFocusSkill.skill_id == ba.c.skill_id)
            & (learner == ba.c.person_id),
        )
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .where(Pair.archived_at.is_(None), Pair.status != PairStatus.PROPOSED)
        .group_by(Pair.id, mentor.first_name, mentor.last_name, mentee.first_name, mentee.last_name)
        .order_by(mentor.last_name, mentor.first_name, Pair.id)
    )
    return _progress(session, query)


@dataclass(frozen=True)
class ProgrammeProgress:
    by_category: tuple[Progress, ...]
    by_skill: tuple[Progress, ...]
    by_person: tuple[Progress, ...]
    by_pair: tuple[Progress, ...]


def programme_progress(database: Database, programme_ids: Sequence[int]) -> ProgrammeProgress:
    """Progress of a programme (or several) per category, skill, person and pair."""
    ids = tuple(programme_ids)
    with database.reading() as session:
        return ProgrammeProgress(
            tuple(progress_by_category(session, ids)),
            tuple(progress_by_skill(session, ids)),
            tuple(progress_by_person(session, ids)),
            tuple(progress_by_pair(session, ids)),
        )
