"""What each form asks and of whom: read from the database inside the caller's session.

Who gets a form. SKILLS: every participant of the programme (listed as participant or in
one of its pairs still going). FEEDBACK: the session's mentor and mentee. END: each person
of a pair of the programme that was not stopped, asked for the levels reached in what they
learned (the pair's focus skills in their direction, as the end assessment asks).
``FormRequest.person_ids`` narrows each list; naming someone outside it is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.enums import PairStatus, SessionStatus
from mentorat_desktop.db.models import (
    Pair,
    PairFocusSkill,
    Person,
    PersonSkill,
    Programme,
    ProgrammeParticipant,
    Session,
    Skill,
    SkillCategory,
)
from mentorat_desktop.documents.forms.builders import (
    EndFormData,
    FeedbackFormData,
    SkillLine,
    SkillsFormData,
)
from mentorat_desktop.documents.language import clock, long_date, short_date
from mentorat_desktop.documents.layout import Translate
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.documents.document_data import load_programme
from mentorat_desktop.services.forms import FormKind, FormRequest
from mentorat_desktop.services.programmes.pair_table import learner_skills
from mentorat_desktop.services.sessions.sessions import organisation_zone

__all__ = [
    "EndFormData",
    "FeedbackFormData",
    "FormPlan",
    "SkillsFormData",
    "Translate",
    "form_plans",
    "load_programme",
]


@dataclass(frozen=True)
class FormPlan:
    person_id: int
    person_name: str
    email: str | None
    session_id: int | None
    session_day: str
    side: str
    skill_ids: tuple[int, ...]
    content: SkillsFormData | FeedbackFormData | EndFormData


def live_pairs(session: OrmSession, programme_id: int) -> list[Pair]:
    return list(
        session.scalars(
            select(Pair)
            .where(
                Pair.programme_id == programme_id,
                Pair.archived_at.is_(None),
                Pair.status != PairStatus.STOPPED,
            )
            .order_by(Pair.id)
        )
    )


def participant_ids(session: OrmSession, programme_id: int) -> set[int]:
    listed = set(
        session.scalars(
            select(ProgrammeParticipant.person_id).where(
                ProgrammeParticipant.programme_id == programme_id
            )
        )
    )
    for pair in live_pairs(session, programme_id):
        listed |= {pair.mentor_id, pair.mentee_id}
    return listed


def catalogue(session: OrmSession, skill_ids: tuple[int, ...]) -> tuple[SkillLine, ...]:
    query = (
        select(Skill.id, SkillCategory.name, Skill.name)
        .join(SkillCategory, SkillCategory.id == Skill.category_id)
        .order_by(SkillCategory.position, SkillCategory.name, Skill.name)
    )
    if skill_ids:
        query = query.where(Skill.id.in_(skill_ids))
    else:
        query = query.where(Skill.archived_at.is_(None), SkillCategory.archived_at.is_(None))
    lines = tuple(SkillLine(i, c, n) for i, c, n in session.execute(query))
    if skill_ids and len(lines) != len(set(skill_ids)):
        raise NotFoundError(translate("Forms", "One of the chosen skills no longer exists."))
    if not lines:
        raise ValidationError(
            "skill_ids",
            translate("Forms", "The catalogue has no skill yet: add skills before asking."),
        )
    return lines


def _people(session: OrmSession, ids: set[int], request: FormRequest) -> list[Person]:
    if request.person_ids:
        outside = set(request.person_ids) - ids
        if outside:
            raise ValidationError(
                "person_ids",
                translate("Forms", "Someone chosen does not take part in this programme."),
            )
        ids = set(request.person_ids)
    people = [p for p in (session.get(Person, i) for i in ids) if p is not None]
    return sorted(people, key=lambda p: (p.last_name.casefold(), p.first_name.casefold(), p.id))


def form_plans(
    session: OrmSession, programme: Programme, kind: FormKind, request: FormRequest
) -> list[FormPlan]:
    if kind is FormKind.SKILLS:
        return _skills_plans(session, programme, request)
    if kind is FormKind.FEEDBACK:
        return _feedback_plans(session, programme, request)
    return _end_plans(session, programme, request)


def _skills_plans(
    session: OrmSession, programme: Programme, request: FormRequest
) -> list[FormPlan]:
    skills = catalogue(session, tuple(request.skill_ids))
    people = _people(session, participant_ids(session, programme.id), request)
    if not people:
        raise ValidationError(
            "programme_id", translate("Forms", "This programme has no participant yet.")
        )
    ids = tuple(s.id for s in skills)
    recorded = _recorded_skills(session, [p.id for p in people], ids)
    return [
        FormPlan(
            p.id, p.full_name, p.email, None, "", "", ids,
            SkillsFormData(p.full_name, programme.name, _prefilled(skills, recorded, p.id)),
        )
        for p in people
    ]  # fmt: skip


def _recorded_skills(
    session: OrmSession, person_ids: list[int], skill_ids: tuple[int, ...]
) -> dict[tuple[int, int], PersonSkill]:
    rows = session.scalars(
        select(PersonSkill).where(
            PersonSkill.person_id.in_(person_ids or [-1]), PersonSkill.skill_id.in_(skill_ids)
        )
    )
    return {(row.person_id, row.skill_id): row for row in rows}


def _prefilled(
    skills: tuple[SkillLine, ...], recorded: dict[tuple[int, int], PersonSkill], person_id: int
) -> tuple[SkillLine, ...]:
    """The catalogue with what is recorded for the person, so the form opens as her profile
    stands and an unticked box means "no" rather than "not answered"."""
    lines = []
    for line in skills:
        row = recorded.get((person_id, line.id))
        lines.append(
            line
            if row is None
            else replace(
                line,
                level=row.level,
                can_teach=row.can_teach,
                wants_to_learn=row.wants_to_learn,
                target=row.target_level,
            )
        )
    return tuple(lines)


def _feedback_plans(
    session: OrmSession, programme: Programme, request: FormRequest
) -> list[FormPlan]:
    if request.session_id is None:
        raise ValidationError(
            "session_id", translate("Forms", "Choose the session the feedback is about.")
        )
    row = session.get(Session, request.session_id)
    if row is None or row.pair.programme_id != programme.id:
        raise NotFoundError(translate("Forms", "This session no longer exists."))
    if row.status is SessionStatus.CANCELLED:
        raise ValidationError(
            "session_id",
            translate("Forms", "This session was cancelled: there is no feedback to ask for."),
        )
    pair = row.pair
    language = programme.language.value
    zone = organisation_zone(session)[0]
    local = row.starts_at.astimezone(zone)
    when = f"{long_date(local.date(), language)}, {clock(local, language)}"
    earlier_held = session.scalar(
        select(Session.id)
        .where(
            Session.pair_id == pair.id,
            Session.status == SessionStatus.HELD,
            Session.starts_at < row.starts_at,
        )
        .limit(1)
    )
    skills = tuple(
        SkillLine(i, "", n)
        for i, n in session.execute(
            select(Skill.id, Skill.name)
            .join(PairFocusSkill, PairFocusSkill.skill_id == Skill.id)
            .where(PairFocusSkill.pair_id == pair.id)
            .order_by(Skill.name)
        )
    )
    chosen = set(request.person_ids) or {pair.mentor_id, pair.mentee_id}
    if chosen - {pair.mentor_id, pair.mentee_id}:
        raise ValidationError(
            "person_ids", translate("Forms", "Someone chosen is not in this session’s pair.")
        )
    plans = []
    for side, person, other in (
        ("mentor", pair.mentor, pair.mentee),
        ("mentee", pair.mentee, pair.mentor),
    ):
        if person.id not in chosen:
            continue
        content = FeedbackFormData(
            person.full_name,
            side == "mentor",
            other.full_name,
            programme.name,
            when,
            skills,
            earlier_held is None,
        )
        plans.append(
            FormPlan(
                person.id,
                person.full_name,
                person.email,
                row.id,
                short_date(local.date(), language),
                side,
                tuple(s.id for s in skills),
                content,
            )
        )
    return plans


def _end_plans(session: OrmSession, programme: Programme, request: FormRequest) -> list[FormPlan]:
    members: set[int] = set()
    for pair in live_pairs(session, programme.id):
        members |= {pair.mentor_id, pair.mentee_id}
    if not members:
        raise ValidationError("programme_id", translate("Forms", "This programme has no pair yet."))
    people = _people(session, members, request)
    learned: dict[int, list[SkillLine]] = {}
    for person_id, _name, skill_id, skill_name, _level in learner_skills(session, programme.id):
        learned.setdefault(person_id, []).append(SkillLine(skill_id, "", skill_name))
    language = programme.language.value
    period = (
        f"{short_date(programme.start_date, language)} – {short_date(programme.end_date, language)}"
    )
    plans = []
    for person in people:
        skills = tuple(learned.get(person.id, ()))
        plans.append(
            FormPlan(
                person.id, person.full_name, person.email, None, "", "",
                tuple(s.id for s in skills),
                EndFormData(person.full_name, programme.name, period, skills),
            )
        )  # fmt: skip
    return plans
