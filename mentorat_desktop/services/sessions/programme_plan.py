"""Plan the whole programme at once: a series for every active pair that has none to come.

The single-pair planner (``sessions.py``) stays the one place that turns a plan into
sessions and warnings; this module only proposes a weekday and a time per pair, spread so
that nobody has two sessions at once, and checks the rows against each other as well as
against the sessions already in the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import PairStatus, SessionStatus
from mentorat_desktop.db.models import Pair, Person, Programme, Session
from mentorat_desktop.db.types import utc_now
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.sessions.session_checks import (
    WEEKLY,
    BusySlot,
    busy_slots,
    holiday_name,
    occurrence_days,
    to_utc,
)
from mentorat_desktop.services.sessions.sessions import (
    PlanInput,
    PlannedOccurrence,
    SessionRecord,
    new_sessions,
    occurrences,
    organisation_zone,
)

MORNING = (time(9, 0), time(12, 30))
AFTERNOON = (time(14, 0), time(18, 0))
WORKING_DAYS = range(5)  # Monday to Friday


@dataclass(frozen=True)
class PairToPlan:
    """An active pair with no session to come, and the series proposed for it."""

    pair_id: int
    label: str
    mentor_id: int
    mentee_id: int
    plan: PlanInput


@dataclass(frozen=True)
class ProgrammePlan:
    """What *Plan the programme…* opens with."""

    programme_id: int
    programme_name: str
    programme_start: date
    programme_end: date
    rhythm_weeks: int
    pairs: tuple[PairToPlan, ...]
    already_planned: int  # active pairs left out: they have sessions to come


@dataclass(frozen=True)
class PairPreview:
    pair_id: int
    occurrences: tuple[PlannedOccurrence, ...]
    error: str = ""  # why this row cannot be planned as it stands (then nothing is saved)


def day_slots(duration_minutes: int) -> list[time]:
    """The start times a working day offers, morning then afternoon, a session apart."""
    step = max(30, -(-duration_minutes // 30) * 30)
    slots: list[time] = []
    for first, last in (AFTERNOON, MORNING):
        start = datetime.combine(date.min, first)
        while (start + timedelta(minutes=duration_minutes)).time() <= last:
            slots.append(start.time())
            start += timedelta(minutes=step)
            if start.date() != date.min:
                break
    return slots


def first_on_weekday(base: date, weekday: int, country: str, last: date) -> date:
    """The first day on this weekday from ``base`` on, skipping public holidays."""
    day = base + timedelta(days=(weekday - base.weekday()) % 7)
    while holiday_name(country, day) and day + timedelta(weeks=1) <= last:
        day += timedelta(weeks=1)
    return day


def _spread(
    pairs: Sequence[tuple[int, int, int]], duration_minutes: int
) -> dict[int, tuple[int, time]]:
    """A (weekday, time) per pair: never a person twice in one slot, the slots filled evenly.

    Every series of the programme has the same rhythm and starts the same week, so one
    weekday and time is one instant in every week they meet.
    """
    slots = [(day, at) for at in day_slots(duration_minutes) for day in WORKING_DAYS]
    taken: dict[tuple[int, time], set[int]] = {slot: set() for slot in slots}
    used: dict[tuple[int, time], int] = dict.fromkeys(slots, 0)
    chosen: dict[int, tuple[int, time]] = {}
    for pair_id, mentor_id, mentee_id in pairs:
        free = [s for s in slots if not taken[s] & {mentor_id, mentee_id}]
        slot = min(free or slots, key=lambda s: used[s])  # min keeps the earliest on ties
        taken[slot] |= {mentor_id, mentee_id}
        used[slot] += 1
        chosen[pair_id] = slot
    return chosen


def _programme(session: OrmSession, programme_id: int) -> Programme:
    programme = session.get(Programme, programme_id)
    if programme is None or programme.archived_at is not None:
        raise NotFoundError(translate("Validation", "This programme no longer exists."))
    return programme


def _pairs_to_plan(
    session: OrmSession, programme_id: int
) -> tuple[list[tuple[Pair, str, str, str, str]], int]:
    """The active pairs without a session to come (with names), and how many have one."""
    mentor, mentee = aliased(Person), aliased(Person)
    rows = session.execute(
        select(Pair, mentor.first_name, mentor.last_name, mentee.first_name, mentee.last_name)
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .where(
            Pair.programme_id == programme_id,
            Pair.archived_at.is_(None),
            Pair.status == PairStatus.ACTIVE,
        )
        .order_by(mentor.last_name, mentor.first_name, Pair.id)
    ).all()
    planned = set(
        session.scalars(
            select(Session.pair_id).where(
                Session.pair_id.in_([row[0].id for row in rows]),
                Session.status == SessionStatus.PLANNED,
                Session.starts_at > utc_now(),
            )
        )
    )
    return [
        (row[0], row[1], row[2], row[3], row[4]) for row in rows if row[0].id not in planned
    ], len(planned)


def programme_plan(
    database: Database, programme_id: int, today: date | None = None
) -> ProgrammePlan:
    """The series proposed for every active pair of the programme with nothing to come."""
    today = today or date.today()
    with database.reading() as session:
        programme = _programme(session, programme_id)
        _zone, country = organisation_zone(session)
        rows, already = _pairs_to_plan(session, programme_id)
        minutes = programme.session_minutes
        base = max(programme.start_date, today + timedelta(days=1))
        slots = _spread([(p.id, p.mentor_id, p.mentee_id) for p, *_ in rows], minutes)
        pairs = []
        for pair, mf, ml, ef, el in rows:
            weekday, at = slots[pair.id]
            first = first_on_weekday(base, weekday, country, programme.end_date)
            count = len(
                occurrence_days(first, WEEKLY, programme.rhythm_weeks, None, programme.end_date)
            )
            plan = PlanInput(
                pair_id=pair.id,
                first_day=first,
                start_time=at,
                duration_minutes=minutes,
                rhythm=WEEKLY,
                every_weeks=programme.rhythm_weeks,
                count=max(1, count),
            )
            label = translate("Sessions", "{mentor} and {mentee}").format(
                mentor=f"{mf} {ml}".strip(), mentee=f"{ef} {el}".strip()
            )
            pairs.append(PairToPlan(pair.id, label, pair.mentor_id, pair.mentee_id, plan))
        return ProgrammePlan(
            programme.id,
            programme.name,
            programme.start_date,
            programme.end_date,
            programme.rhythm_weeks,
            tuple(pairs),
            already,
        )


def _names(session: OrmSession, pair_ids: Sequence[int]) -> dict[int, tuple[int, int, str, str]]:
    mentor, mentee = aliased(Person), aliased(Person)
    rows = session.execute(
        select(
            Pair.id,
            Pair.mentor_id,
            Pair.mentee_id,
            mentor.first_name,
            mentor.last_name,
            mentee.first_name,
            mentee.last_name,
        )
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .where(Pair.id.in_(list(pair_ids)))
    )
    return {r[0]: (r[1], r[2], f"{r[3]} {r[4]}".strip(), f"{r[5]} {r[6]}".strip()) for r in rows}


def _last_day(session: OrmSession, programme_id: int, plans: Sequence[PlanInput]) -> date:
    """The last day any row's series can reach: the programme's end, or later for a count."""
    end = _programme(session, programme_id).end_date
    reach = max(
        (occurrence_days(p.first_day, p.rhythm, p.every_weeks, p.count, end) or [p.first_day])[-1]
        for p in plans
    )
    return max(end, reach) + timedelta(days=1)


def _preview(
    session: OrmSession, programme_id: int, plans: Sequence[PlanInput]
) -> list[PairPreview]:
    """Each row's sessions and warnings, the other rows counting as sessions already there."""
    _programme(session, programme_id)
    zone, _country = organisation_zone(session)
    if len({plan.pair_id for plan in plans}) != len(plans):
        raise ValidationError("pair", translate("Validation", "A pair is listed twice."))
    names = _names(session, [plan.pair_id for plan in plans])
    if set(names) != {plan.pair_id for plan in plans} or any(
        session.get(Pair, plan.pair_id).programme_id != programme_id  # type: ignore[union-attr]
        for plan in plans
    ):
        raise ValidationError("pair", translate("Validation", "This pair no longer exists."))
    # One query for everyone's sessions already planned, rather than one per row.
    known = busy_slots(
        session,
        {person for mentor, mentee, _m, _e in names.values() for person in (mentor, mentee)},
        to_utc(min(plan.first_day for plan in plans), time(0, 0), zone),
        to_utc(_last_day(session, programme_id, plans), time(23, 59), zone),
    )
    alone: dict[int, list[PlannedOccurrence]] = {}
    errors: dict[int, str] = {}
    for plan in plans:
        try:
            alone[plan.pair_id] = occurrences(session, plan, known_busy=known)
        except ValidationError as exc:
            errors[plan.pair_id] = exc.message
    previews = []
    for plan in plans:
        if plan.pair_id in errors:
            previews.append(PairPreview(plan.pair_id, (), errors[plan.pair_id]))
            continue
        mentor_id, mentee_id, _m, _e = names[plan.pair_id]
        others = [
            BusySlot(0, o.starts_at, o.starts_at + timedelta(minutes=other.duration_minutes), m, e)
            for other in plans
            if other.pair_id != plan.pair_id and other.pair_id in alone
            for om, oe, m, e in [names[other.pair_id]]
            if {om, oe} & {mentor_id, mentee_id}
            for o in alone[other.pair_id]
        ]
        found = occurrences(session, plan, others, known) if others else alone[plan.pair_id]
        previews.append(PairPreview(plan.pair_id, tuple(found)))
    return previews


def preview_programme_plan(
    database: Database, programme_id: int, plans: Sequence[PlanInput]
) -> list[PairPreview]:
    """The sessions every row would create, with the single-pair warnings; nothing written."""
    with database.reading() as session:
        return _preview(session, programme_id, plans)


@mutates(sessions=True)
def plan_programme(
    database: Database, programme_id: int, plans: Sequence[PlanInput]
) -> list[SessionRecord]:
    """Every row's series in one transaction: all of them, or none if one row is wrong."""
    if not plans:
        raise ValidationError("pair", translate("Validation", "There is no pair to plan."))
    with database.transaction() as session:
        created: list[SessionRecord] = []
        for plan, preview in zip(plans, _preview(session, programme_id, plans), strict=True):
            if preview.error:
                raise ValidationError("pair", preview.error)
            created += new_sessions(session, plan, list(preview.occurrences))
        return created
