"""Pairs (binômes): the pairing rules, creation, goals and focus skills, status changes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm.attributes import flag_modified

from mentorat_desktop.db.database import Database, archive_row, check_version
from mentorat_desktop.db.enums import Direction, PairStatus, ProgrammeStatus
from mentorat_desktop.db.models import (
    Pair,
    PairFocusSkill,
    Person,
    Programme,
    ProgrammeParticipant,
    Skill,
)
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.matching.rules import PairingRules, PairRule
from mentorat_desktop.services import undo_labels as labels
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.sessions.sessions import cancel_future_sessions
from mentorat_desktop.services.undo import recheck, undoable

ONGOING = (PairStatus.PROPOSED, PairStatus.ACTIVE)
# Where each status may go next; completed and stopped are final.
TRANSITIONS = {
    PairStatus.PROPOSED: {PairStatus.ACTIVE, PairStatus.STOPPED},
    PairStatus.ACTIVE: {PairStatus.COMPLETED, PairStatus.STOPPED},
    PairStatus.COMPLETED: set(),
    PairStatus.STOPPED: set(),
}

FocusSkill = tuple[int, str]  # (skill id, Direction value)


@dataclass(frozen=True)
class PairRecord:
    id: int
    programme_id: int
    mentor_id: int
    mentee_id: int
    status: PairStatus
    archived: bool
    reciprocal: bool = False
    goals: str = ""
    focus: tuple[FocusSkill, ...] = ()
    started_on: date | None = None
    ended_on: date | None = None
    end_reason: str = ""
    version: int = 1


def _record(pair: Pair) -> PairRecord:
    focus = tuple(sorted((f.skill_id, f.direction.value) for f in pair.focus_skills))
    return PairRecord(
        id=pair.id,
        programme_id=pair.programme_id,
        mentor_id=pair.mentor_id,
        mentee_id=pair.mentee_id,
        status=pair.status,
        archived=pair.archived_at is not None,
        reciprocal=pair.reciprocal,
        goals=pair.goals,
        focus=focus,
        started_on=pair.started_on,
        ended_on=pair.ended_on,
        end_reason=pair.end_reason,
        version=pair.version_id,
    )


def _person(session: OrmSession, person_id: int, field: str) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError(field, translate("Validation", "This person no longer exists."))
    if person.archived_at is not None:
        raise ValidationError(
            field,
            translate("Validation", "{name} is archived and cannot join a pair.").format(
                name=person.full_name
            ),
        )
    return person


def previous_pairs(session: OrmSession, programme: Programme) -> frozenset[tuple[int, int]]:
    """The pairs of the programme that started last before this one: not to be repeated."""
    previous = session.scalar(
        select(Programme.id)
        .where(Programme.id != programme.id, Programme.archived_at.is_(None))
        .where(Programme.start_date < programme.start_date)
        .order_by(Programme.start_date.desc(), Programme.id.desc())
        .limit(1)
    )
    if previous is None:
        return frozenset()
    rows = session.execute(
        select(Pair.mentor_id, Pair.mentee_id).where(
            Pair.programme_id == previous, Pair.archived_at.is_(None)
        )
    )
    return frozenset((a, b) for a, b in rows)


def _rule_problem(rule: PairRule, mentor: Person, mentee: Person, capacity: int) -> ValidationError:
    """A broken pairing rule as a sentence at the field to change."""
    names = {"a": mentor.full_name, "b": mentee.full_name}
    if rule is PairRule.SAME_PERSON:
        text = translate("Validation", "Mentor and mentee must be two people.")
    elif rule is PairRule.REPORTING_LINE:
        text = translate(
            "Validation", "{a} and {b} are manager and direct report: not in one pair."
        ).format(**names)
    elif rule is PairRule.PREVIOUS:
        text = translate(
            "Validation",
            "{a} and {b} were a pair in the previous programme: choose someone new.",
        ).format(**names)
    elif rule is PairRule.ALREADY_PAIRED:
        text = translate("Validation", "{a} and {b} already form a pair in this programme.").format(
            **names
        )
    elif rule is PairRule.MENTEE_TAKEN:
        text = translate(
            "Validation", "{name} is already the mentee of a pair in this programme."
        ).format(name=mentee.full_name)
    elif rule is PairRule.CAPACITY:
        return ValidationError(
            "mentor",
            translate(
                "Validation",
                "{name} already mentors %n people, the most this programme allows.",
                None,
                capacity,
            ).format(name=mentor.full_name),
        )
    else:  # forbidding is the matcher's, for one run: never stored
        text = translate("Validation", "{a} and {b} may not form a pair.").format(**names)
    return ValidationError("mentee", text)


def check_pair_rules(
    session: OrmSession,
    programme: Programme,
    mentor_id: int,
    mentee_id: int,
    *,
    pair_id: int | None = None,
) -> None:
    """Every rule a new or re-activated pair must meet; ValidationError names the field.

    The pairing rules themselves are ``matching.rules``, the matcher's own.
    """
    if mentor_id == mentee_id:
        person = _person(session, mentor_id, "mentee")
        raise _rule_problem(PairRule.SAME_PERSON, person, person, programme.mentor_capacity)
    if programme.status is ProgrammeStatus.CLOSED or programme.archived_at is not None:
        raise ValidationError(
            "programme", translate("Validation", "This programme is closed: no new pairs.")
        )
    mentor = _person(session, mentor_id, "mentor")
    mentee = _person(session, mentee_id, "mentee")
    participants = set(
        session.scalars(
            select(ProgrammeParticipant.person_id).where(
                ProgrammeParticipant.programme_id == programme.id,
                ProgrammeParticipant.person_id.in_((mentor_id, mentee_id)),
            )
        )
    )
    ongoing = select(Pair.mentor_id, Pair.mentee_id).where(
        Pair.programme_id == programme.id, Pair.archived_at.is_(None), Pair.status.in_(ONGOING)
    )
    if pair_id is not None:
        ongoing = ongoing.where(Pair.id != pair_id)
    rules = PairingRules(
        programme.mentor_capacity,
        [(a, b) for a, b in session.execute(ongoing)],
        previous=previous_pairs(session, programme),
    )
    rule = rules.between(mentor, mentee)
    if rule is PairRule.REPORTING_LINE:  # said first, as it is the reason that matters most
        raise _rule_problem(rule, mentor, mentee, programme.mentor_capacity)
    for person, field in ((mentor, "mentor"), (mentee, "mentee")):
        if person.id not in participants:
            raise ValidationError(
                field,
                translate("Validation", "{name} does not take part in this programme.").format(
                    name=person.full_name
                ),
            )
    rule = rules.broken(mentor, mentee)
    if rule is not None:
        raise _rule_problem(rule, mentor, mentee, programme.mentor_capacity)


@recheck(Pair)
def _recheck_pair(session: OrmSession, pair: Pair, values_it_had: Mapping[str, Any] | None) -> None:
    """An undo or redo that makes a pair ongoing again meets the rules of a new pair: others
    may have paired these people meanwhile, or closed the programme."""
    was_ongoing = values_it_had is not None and (
        values_it_had["status"] in ONGOING and values_it_had["archived_at"] is None
    )
    if pair.status in ONGOING and pair.archived_at is None and not was_ongoing:
        check_pair_rules(session, pair.programme, pair.mentor_id, pair.mentee_id, pair_id=pair.id)


def day_in_programme(programme: Programme, today: date | None = None) -> date:
    """Today, or the programme's nearest day when today falls outside it."""
    return min(max(today or date.today(), programme.start_date), programme.end_date)


def end_pair(session: OrmSession, pair: Pair, new: PairStatus, reason: str, day: date) -> None:
    """Complete or stop a pair; its sessions still to come are called off in calendars."""
    pair.ended_on = max(day, pair.started_on or day)
    pair.end_reason = reason.strip()
    pair.status = new
    cancel_future_sessions(
        session,
        [pair.id],
        translate("Sessions", "The pair was completed.")
        if new is PairStatus.COMPLETED
        else translate("Sessions", "The pair was stopped: {reason}").format(reason=reason.strip()),
    )


def pair_problem(
    database: Database, programme_id: int, mentor_id: int, mentee_id: int
) -> ValidationError | None:
    """What stops this pair, checked as the choice changes so the warning follows it."""
    with database.reading() as session:
        try:
            check_pair_rules(session, _programme(session, programme_id), mentor_id, mentee_id)
        except ValidationError as problem:
            return problem
    return None


def _programme(session: OrmSession, programme_id: int) -> Programme:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise ValidationError(
            "programme", translate("Validation", "This programme no longer exists.")
        )
    return programme


def _set_focus(session: OrmSession, pair: Pair, focus: tuple[FocusSkill, ...]) -> None:
    directions = {d.value for d in Direction}
    wanted = {(skill, direction) for skill, direction in focus if direction in directions}
    known = set(session.scalars(select(Skill.id).where(Skill.id.in_({s for s, _ in wanted}))))
    if any(skill not in known for skill, _ in wanted):
        raise ValidationError("focus", translate("Validation", "This skill no longer exists."))
    session.execute(delete(PairFocusSkill).where(PairFocusSkill.pair_id == pair.id))
    for skill, direction in sorted(wanted):
        session.add(PairFocusSkill(pair_id=pair.id, skill_id=skill, direction=Direction(direction)))
    session.flush()
    session.refresh(pair, ["focus_skills"])


@mutates(pairs=True)
@undoable(labels.new_pair)
def create_pair(
    database: Database,
    programme_id: int,
    mentor_id: int,
    mentee_id: int,
    *,
    reciprocal: bool = False,
    goals: str = "",
    focus: tuple[FocusSkill, ...] = (),
    active: bool = False,
) -> PairRecord:
    """A proposed (or active) pair, refused with a clear message when it breaks a rule."""
    with database.transaction() as session:
        return _create(
            session, programme_id, mentor_id, mentee_id, reciprocal, goals, focus, active
        )


MAX_GOALS_CHARS = 10_000  # about three printed pages of the charter


def checked_goals(goals: str) -> str:
    """The goals, stripped; refused past three pages (a 1 MB text took the charter 320 s)."""
    goals = goals.strip()
    if len(goals) > MAX_GOALS_CHARS:
        raise ValidationError(
            "goals",
            translate(
                "Validation",
                "The goals are too long: at most %n characters (about three pages).",
                None,
                MAX_GOALS_CHARS,
            ),
        )
    return goals


def _create(
    session: OrmSession,
    programme_id: int,
    mentor_id: int,
    mentee_id: int,
    reciprocal: bool,
    goals: str,
    focus: tuple[FocusSkill, ...],
    active: bool,
) -> PairRecord:
    programme = _programme(session, programme_id)
    check_pair_rules(session, programme, mentor_id, mentee_id)
    pair = Pair(
        programme_id=programme_id,
        mentor_id=mentor_id,
        mentee_id=mentee_id,
        reciprocal=reciprocal or any(d == Direction.MENTEE_TO_MENTOR.value for _, d in focus),
        goals=checked_goals(goals),
        status=PairStatus.ACTIVE if active else PairStatus.PROPOSED,
        started_on=day_in_programme(programme) if active else None,
    )
    session.add(pair)
    session.flush()
    _set_focus(session, pair, focus)
    return _record(pair)


@dataclass(frozen=True)
class NewPair:
    """One pair to create among several (``create_pairs``)."""

    mentor_id: int
    mentee_id: int
    reciprocal: bool = False
    goals: str = ""
    focus: tuple[FocusSkill, ...] = ()


@mutates(pairs=True)
def create_pairs(
    database: Database, programme_id: int, pairs: list[NewPair], *, active: bool
) -> list[PairRecord]:
    """Several pairs in one transaction: all are created, or none."""
    with database.transaction() as session:
        return [
            _create(
                session,
                programme_id,
                p.mentor_id,
                p.mentee_id,
                p.reciprocal,
                p.goals,
                p.focus,
                active,
            )
            for p in pairs
        ]


def _editable(session: OrmSession, pair_id: int, expected_version: int | None) -> Pair:
    pair = session.get(Pair, pair_id)
    if pair is None or pair.archived_at is not None:
        raise NotFoundError(translate("Validation", "This pair no longer exists."))
    check_version(pair, expected_version)
    return pair


def get_pair(database: Database, pair_id: int) -> PairRecord:
    with database.reading() as session:
        pair = session.get(Pair, pair_id)
        if pair is None:
            raise NotFoundError(translate("Validation", "This pair no longer exists."))
        return _record(pair)


@mutates(pairs=True)
@undoable(labels.pair_edited)
def update_pair(
    database: Database,
    pair_id: int,
    expected_version: int | None,
    *,
    goals: str,
    focus: tuple[FocusSkill, ...],
    reciprocal: bool,
) -> PairRecord:
    with database.transaction() as session:
        pair = _editable(session, pair_id, expected_version)
        pair.goals = checked_goals(goals)
        pair.reciprocal = reciprocal or any(d == Direction.MENTEE_TO_MENTOR.value for _, d in focus)
        flag_modified(pair, "goals")  # the version moves even when only the focus changes
        _set_focus(session, pair, focus)
        session.flush()
        return _record(pair)


@mutates(pairs=True, sessions=True)
@undoable(labels.pair_status)
def set_pair_status(
    database: Database,
    pair_id: int,
    expected_version: int | None,
    status: PairStatus,
    reason: str = "",
    on: date | None = None,
) -> PairRecord:
    """Move a pair on: proposed → active → completed, or stopped (with a reason) on the way."""
    new = PairStatus(status)
    with database.transaction() as session:
        pair = _editable(session, pair_id, expected_version)
        day = on or day_in_programme(pair.programme)
        if new is pair.status:
            return _record(pair)
        if new not in TRANSITIONS[pair.status]:
            raise ValidationError(
                "status", translate("Validation", "This pair cannot change to that status.")
            )
        if new is PairStatus.STOPPED and not reason.strip():
            raise ValidationError("end_reason", translate("Validation", "Say why the pair stops."))
        if new is PairStatus.ACTIVE:
            pair.started_on = pair.started_on or day
        if new in (PairStatus.COMPLETED, PairStatus.STOPPED):
            end_pair(session, pair, new, reason, day)
        pair.status = new
        session.flush()
        return _record(pair)


@mutates(pairs=True)
@undoable(labels.pair_removed)
def archive_pair(database: Database, pair_id: int) -> PairRecord:
    missing = translate("Validation", "This pair no longer exists.")
    return archive_row(database, Pair, pair_id, missing, _record)
