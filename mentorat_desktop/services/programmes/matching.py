"""The matcher on a programme: load the participants, run, explain, and apply proposals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import Direction, PairStatus
from mentorat_desktop.db.models import (
    Department,
    Pair,
    Person,
    PersonSkill,
    Programme,
    ProgrammeParticipant,
    Skill,
)
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.matching import DEFAULT_WEIGHTS, Candidate, Problem, Proposal, Weights, match
from mentorat_desktop.matching.model import LockedPairError
from mentorat_desktop.matching.watch import Watch
from mentorat_desktop.services import undo_labels as labels
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.programmes import match_text
from mentorat_desktop.services.programmes.pairs import (
    NewPair,
    PairRecord,
    create_pairs,
    previous_pairs,
)
from mentorat_desktop.services.undo import undoable

CHAIN_DEPTH = 4


@dataclass(frozen=True)
class MatchOptions:
    weights: Weights = DEFAULT_WEIGHTS
    locked: frozenset[tuple[int, int]] = frozenset()
    forbidden: frozenset[tuple[int, int]] = frozenset()
    maximise_pairs: bool = False


@dataclass(frozen=True)
class ProposalView:
    mentor_id: int
    mentor_name: str
    mentee_id: int
    mentee_name: str
    score: int
    locked: bool
    reciprocal: bool
    explanation: str
    breakdown: str
    taught: tuple[str, ...]
    taught_back: tuple[str, ...]
    proposal: Proposal


@dataclass(frozen=True)
class UnmatchedView:
    person_id: int
    name: str
    reason: str


@dataclass(frozen=True)
class MatchOutcome:
    programme_id: int
    programme_name: str
    participants: int
    proposals: tuple[ProposalView, ...]
    unmatched: tuple[UnmatchedView, ...]
    total: int
    stopped: bool = False  # by the user: the best pairs found so far (``matching.Result``)
    within: float | None = None  # and at most this fraction below the best total, if known


@dataclass(frozen=True)
class Participant:
    """What the explanations say of a participant."""

    name: str
    first_name: str
    age: int | None
    department: str


@dataclass(frozen=True)
class LoadedProblem:
    """The matcher's input for a programme, and the names its explanations need."""

    problem: Problem
    programme_name: str
    people: dict[int, Participant]  # person id → participant
    skills: dict[int, str]  # skill id → name


def load_problem(
    database: Database, programme_id: int, options: MatchOptions, today: date | None = None
) -> LoadedProblem:
    today = today or date.today()
    with database.reading() as session:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise NotFoundError(translate("Validation", "This programme no longer exists."))
        managers = dict(session.execute(select(Person.id, Person.manager_id)).all())
        rows = session.execute(
            select(Person, Department.name)
            .join(ProgrammeParticipant, ProgrammeParticipant.person_id == Person.id)
            .outerjoin(Department, Department.id == Person.department_id)
            .where(ProgrammeParticipant.programme_id == programme_id)
            .where(Person.archived_at.is_(None))
        ).all()
        ids = [person.id for person, _ in rows]
        teaches: dict[int, dict[int, int]] = {i: {} for i in ids}
        wants: dict[int, dict[int, int]] = {i: {} for i in ids}
        skills: dict[int, str] = {}
        for person_id, skill_id, name, level, can_teach, wants_to_learn in session.execute(
            select(
                PersonSkill.person_id,
                Skill.id,
                Skill.name,
                PersonSkill.level,
                PersonSkill.can_teach,
                PersonSkill.wants_to_learn,
            )
            .join(Skill, Skill.id == PersonSkill.skill_id)
            .join(ProgrammeParticipant, ProgrammeParticipant.person_id == PersonSkill.person_id)
            .where(ProgrammeParticipant.programme_id == programme_id)
            .where(Skill.archived_at.is_(None))
        ):
            skills[skill_id] = name
            if can_teach and person_id in teaches:
                teaches[person_id][skill_id] = level
            if wants_to_learn and person_id in wants:
                wants[person_id][skill_id] = level
        existing = frozenset(
            (a, b)
            for a, b in session.execute(
                select(Pair.mentor_id, Pair.mentee_id)
                .where(Pair.programme_id == programme_id, Pair.archived_at.is_(None))
                .where(Pair.status.in_((PairStatus.PROPOSED, PairStatus.ACTIVE)))
            )
        )
        previous = previous_pairs(session, programme)
        programme_name, capacity = programme.name, programme.mentor_capacity

    def chain(person_id: int) -> tuple[int, ...]:
        found: list[int] = []
        boss = managers.get(managers.get(person_id))  # type: ignore[arg-type]
        while boss is not None and len(found) < CHAIN_DEPTH and boss not in found:
            found.append(boss)
            boss = managers.get(boss)
        return tuple(found)

    candidates = []
    people: dict[int, Participant] = {}
    for person, department in rows:
        seniority = None
        if person.hire_date is not None:
            seniority = max(0, (today - person.hire_date).days // 365)
        candidates.append(
            Candidate(
                id=person.id,
                name=person.full_name,
                department_id=person.department_id,
                manager_id=person.manager_id,
                chain=chain(person.id),
                birth_year=person.birth_year,
                seniority_years=seniority,
                teaches=teaches[person.id],
                wants=wants[person.id],
            )
        )
        age = today.year - person.birth_year if person.birth_year else None
        people[person.id] = Participant(person.full_name, person.first_name, age, department or "")
    problem = Problem(
        candidates=tuple(candidates),
        capacity=capacity,
        weights=options.weights,
        existing=existing,
        locked=options.locked,
        forbidden=options.forbidden,
        previous=previous,
        maximise_pairs=options.maximise_pairs,
    )
    return LoadedProblem(problem, programme_name, people, skills)


def propose(
    database: Database, programme_id: int, options: MatchOptions, watch: Watch | None = None
) -> MatchOutcome:
    """Run the matcher; a locked pair that breaks a rule is a ValidationError on 'locked'.

    ``watch`` may stop a long search (``matching.watch.Cancelled``, nothing is changed; or,
    with ``keep_best``, the best pairs found so far: ``MatchOutcome.within``)."""
    loaded = load_problem(database, programme_id, options)
    people, skills = loaded.people, loaded.skills
    try:
        result = match(loaded.problem, watch)
    except LockedPairError as error:
        raise ValidationError(
            "locked",
            translate(
                "Matching", "The locked pair {mentor} → {mentee} cannot be kept: {rule}."
            ).format(
                mentor=people[error.mentor_id].name if error.mentor_id in people else "?",
                mentee=people[error.mentee_id].name if error.mentee_id in people else "?",
                rule=match_text.locked_rule(error.rule),
            ),
        ) from error

    def label(person_id: int) -> str:
        p = people[person_id]
        return match_text.person_label(p.first_name or p.name, p.age, p.department)

    proposals = tuple(
        ProposalView(
            mentor_id=p.mentor_id,
            mentor_name=people[p.mentor_id].name,
            mentee_id=p.mentee_id,
            mentee_name=people[p.mentee_id].name,
            score=p.score,
            locked=p.locked,
            reciprocal=p.reciprocal,
            explanation=match_text.explain(
                p, label(p.mentor_id), label(p.mentee_id), people[p.mentee_id].first_name, skills
            ),
            breakdown=match_text.breakdown(p),
            taught=tuple(skills[s] for s, _ in p.taught),
            taught_back=tuple(skills[s] for s, _ in p.taught_back),
            proposal=p,
        )
        for p in result.proposals
    )
    unmatched = tuple(
        sorted(
            (
                UnmatchedView(
                    u.person_id, people[u.person_id].name, match_text.unmatched_reason(u.reason)
                )
                for u in result.unmatched
            ),
            key=lambda u: u.name,
        )
    )
    return MatchOutcome(
        programme_id,
        loaded.programme_name,
        len(loaded.problem.candidates),
        proposals,
        unmatched,
        result.total,
        result.stopped,
        result.within,
    )


FOCUS_PER_SIDE = 2


@mutates(programmes=True, pairs=True)
@undoable(labels.proposals)
def apply_proposals(
    database: Database,
    programme_id: int,
    proposals: list[ProposalView],
    *,
    active: bool = False,
) -> list[PairRecord]:
    """Create the accepted proposals as pairs, with their deciding skills as focus."""
    specs = []
    for view in proposals:
        p = view.proposal
        focus = [(s, Direction.MENTOR_TO_MENTEE.value) for s, _ in p.taught[:FOCUS_PER_SIDE]]
        focus += [(s, Direction.MENTEE_TO_MENTOR.value) for s, _ in p.taught_back[:1]]
        specs.append(NewPair(p.mentor_id, p.mentee_id, p.reciprocal, focus=tuple(focus)))
    return create_pairs(database, programme_id, specs, active=active)
