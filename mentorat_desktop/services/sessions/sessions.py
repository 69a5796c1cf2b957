"""Planning a pair's sessions, moving them and changing their status.

Times are wall-clock times in the organisation's timezone: each occurrence of a series is
computed from its local date and time, then stored in UTC, so 14:00 stays 14:00 across the
change to and from summer time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from mentorat_desktop.db.database import Database, check_version
from mentorat_desktop.db.enums import PairStatus, SessionStatus
from mentorat_desktop.db.models import OrganisationSettings, Pair, Person, Programme, Session
from mentorat_desktop.db.types import utc_now
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services import undo_labels as labels
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.sessions.session_checks import (
    MAX_OCCURRENCES,
    SINGLE,
    BusySlot,
    busy_slots,
    holiday_name,
    occurrence_days,
    to_utc,
    warnings_for,
)
from mentorat_desktop.services.undo import undoable

RHYTHMS = ("single", "weeks", "monthly")


@dataclass(frozen=True)
class PairChoice:
    """A pair as the planning dialog offers it."""

    id: int
    label: str
    programme_id: int
    programme_name: str
    programme_start: date
    programme_end: date
    rhythm_weeks: int
    session_minutes: int
    reciprocal: bool


@dataclass(frozen=True)
class PlanInput:
    pair_id: int
    first_day: date
    start_time: time
    duration_minutes: int
    location: str = ""
    rhythm: str = SINGLE  # "single", "weeks" (every N weeks) or "monthly" (same weekday)
    every_weeks: int = 2
    count: int | None = None  # None: until the programme's end


@dataclass(frozen=True)
class PlannedOccurrence:
    starts_at: datetime  # aware, UTC
    local_start: datetime  # aware, in the organisation's zone
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class SessionRecord:
    id: int
    pair_id: int
    starts_at: datetime
    duration_minutes: int
    location: str
    status: SessionStatus
    cancel_reason: str
    ics_sequence: int
    version: int


def organisation_zone(session: OrmSession) -> tuple[ZoneInfo, str]:
    """The organisation's timezone and country (Paris and France by default)."""
    row = session.get(OrganisationSettings, 1)
    name, country = (row.timezone, row.country) if row else ("Europe/Paris", "FR")
    try:
        return ZoneInfo(name), country or "FR"
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Europe/Paris"), country or "FR"


def database_zone(database: Database) -> ZoneInfo:
    with database.reading() as session:
        return organisation_zone(session)[0]


def _record(row: Session) -> SessionRecord:
    return SessionRecord(
        row.id,
        row.pair_id,
        row.starts_at,
        row.duration_minutes,
        row.location,
        row.status,
        row.cancel_reason,
        row.ics_sequence,
        row.version_id,
    )


def pair_choices(database: Database) -> list[PairChoice]:
    """Pairs one can plan for: proposed or active, not archived, in a live programme."""
    mentor, mentee = aliased(Person), aliased(Person)
    query = (
        select(
            Pair,
            Programme,
            mentor.first_name,
            mentor.last_name,
            mentee.first_name,
            mentee.last_name,
        )
        .join(Programme, Programme.id == Pair.programme_id)
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .where(
            Pair.archived_at.is_(None),
            Programme.archived_at.is_(None),
            Pair.status.in_((PairStatus.PROPOSED, PairStatus.ACTIVE)),
        )
        .order_by(Programme.start_date.desc(), mentor.last_name, mentor.first_name)
    )
    with database.reading() as session:
        return [
            PairChoice(
                pair.id,
                translate("Sessions", "{mentor} and {mentee}").format(
                    mentor=f"{mf} {ml}".strip(), mentee=f"{ef} {el}".strip()
                ),
                programme.id,
                programme.name,
                programme.start_date,
                programme.end_date,
                programme.rhythm_weeks,
                programme.session_minutes,
                pair.reciprocal,
            )
            for pair, programme, mf, ml, ef, el in session.execute(query)
        ]


def _validate_shape(duration: int, location: str) -> None:
    if not 5 <= duration <= 480:
        raise ValidationError(
            "duration_minutes",
            translate("Validation", "A session lasts between 5 and 480 minutes."),
        )
    if len(location) > 500:
        raise ValidationError(
            "location", translate("Validation", "The place is too long (500 characters at most).")
        )


def _pair(session: OrmSession, pair_id: int) -> Pair:
    pair = session.get(Pair, pair_id)
    if pair is None or pair.archived_at is not None:
        raise ValidationError("pair", translate("Validation", "This pair no longer exists."))
    return pair


def occurrences(
    session: OrmSession,
    plan: PlanInput,
    also_busy: Sequence[BusySlot] = (),
    known_busy: Sequence[BusySlot] | None = None,
) -> list[PlannedOccurrence]:
    """The sessions of a plan with their warnings; ``also_busy``: sessions about to be
    planned with it (the programme planner's other rows); ``known_busy``: the sessions
    already in the database of these people, when the caller fetched them for many plans."""
    _validate_shape(plan.duration_minutes, plan.location)
    if plan.rhythm not in RHYTHMS:
        raise ValidationError("rhythm", translate("Validation", "Choose how often they meet."))
    if plan.count is not None and not 1 <= plan.count <= MAX_OCCURRENCES:
        raise ValidationError(
            "count",
            translate("Validation", "Plan between 1 and {max} sessions at once.").format(
                max=MAX_OCCURRENCES
            ),
        )
    pair = _pair(session, plan.pair_id)
    programme = session.get(Programme, pair.programme_id)
    assert programme is not None
    zone, country = organisation_zone(session)
    days = occurrence_days(
        plan.first_day, plan.rhythm, plan.every_weeks, plan.count, programme.end_date
    )
    if not days:
        raise ValidationError(
            "first_day",
            translate("Validation", "The first session is after the programme's end."),
        )
    starts = [to_utc(day, plan.start_time, zone) for day in days]
    people = {pair.mentor_id, pair.mentee_id}
    end = starts[-1] + timedelta(minutes=plan.duration_minutes)
    if known_busy is None:
        busy = busy_slots(session, people, starts[0], end)
    else:
        busy = [slot for slot in known_busy if slot.people & people]
    busy += list(also_busy)
    span = (programme.start_date, programme.end_date)
    return [
        PlannedOccurrence(
            start,
            start.astimezone(zone),
            warnings_for(start, plan.duration_minutes, zone, country, span, busy),
        )
        for start in starts
    ]


def first_suitable_day(database: Database, pair_id: int, today: date | None = None) -> date:
    """Where a new series starts by default: the first working day, not a public holiday,
    from tomorrow on and inside the pair's programme (its first day for a future one).
    """
    today = today or date.today()
    with database.reading() as session:
        programme = _pair(session, pair_id).programme
        _zone, country = organisation_zone(session)
        day = max(programme.start_date, today + timedelta(days=1))
        last = max(programme.end_date, day)
        while day < last and (day.weekday() >= 5 or holiday_name(country, day)):
            day += timedelta(days=1)
        return day


def preview_plan(database: Database, plan: PlanInput) -> list[PlannedOccurrence]:
    """The sessions a plan would create, each with its warnings; nothing is written."""
    with database.reading() as session:
        return occurrences(session, plan)


@mutates(sessions=True)
@undoable(labels.sessions_planned)
def plan_sessions(database: Database, plan: PlanInput) -> list[SessionRecord]:
    """Create every session of the plan in one transaction; warnings do not stop it."""
    with database.transaction() as session:
        return new_sessions(session, plan, occurrences(session, plan))


def new_sessions(
    session: OrmSession, plan: PlanInput, planned: Sequence[PlannedOccurrence]
) -> list[SessionRecord]:
    """Add the planned sessions inside the caller's transaction."""
    rows = [
        Session(
            pair_id=plan.pair_id,
            starts_at=occurrence.starts_at,
            duration_minutes=plan.duration_minutes,
            location=plan.location.strip(),
            status=SessionStatus.PLANNED,
        )
        for occurrence in planned
    ]
    session.add_all(rows)
    session.flush()
    return [_record(row) for row in rows]


def _editable(session: OrmSession, session_id: int, expected_version: int | None) -> Session:
    row = session.get(Session, session_id)
    if row is None:
        raise NotFoundError(translate("Validation", "This session no longer exists."))
    check_version(row, expected_version)
    return row


def get_session(database: Database, session_id: int) -> SessionRecord:
    with database.reading() as session:
        return _record(_editable(session, session_id, None))


def move_warnings(
    database: Database, session_id: int, new_start: datetime, duration_minutes: int
) -> tuple[str, ...]:
    """The warnings a session would have at a new time (other sessions of the same people)."""
    with database.reading() as session:
        row = _editable(session, session_id, None)
        pair = row.pair
        zone, country = organisation_zone(session)
        end = new_start + timedelta(minutes=duration_minutes)
        busy = busy_slots(session, (pair.mentor_id, pair.mentee_id), new_start, end, [row.id])
        span = (pair.programme.start_date, pair.programme.end_date)
        return warnings_for(new_start, duration_minutes, zone, country, span, busy)


@mutates(sessions=True)
@undoable(labels.session_moved)
def move_session(
    database: Database,
    session_id: int,
    expected_version: int | None,
    new_start: datetime,
    duration_minutes: int,
    location: str,
) -> SessionRecord:
    """Another time, length or place; the calendar sequence grows so clients update it."""
    if new_start.tzinfo is None:
        raise ValueError("move_session needs an aware datetime")
    _validate_shape(duration_minutes, location)
    with database.transaction() as session:
        row = _editable(session, session_id, expected_version)
        location = location.strip()
        changed = (
            row.starts_at != new_start
            or row.duration_minutes != duration_minutes
            or row.location != location
        )
        replanned = (
            row.status in (SessionStatus.CANCELLED, SessionStatus.MISSED) and new_start > utc_now()
        )
        if changed:
            row.starts_at = new_start
            row.duration_minutes = duration_minutes
            row.location = location
        if replanned:
            row.status = SessionStatus.PLANNED  # moving a called-off session plans it again
            row.cancel_reason = ""
        if changed or replanned:  # once, however many things a calendar must see
            row.ics_sequence += 1
        session.flush()
        return _record(row)


@mutates(sessions=True)
@undoable(labels.session_status)
def set_status(
    database: Database,
    session_id: int,
    expected_version: int | None,
    status: SessionStatus,
    reason: str = "",
) -> SessionRecord:
    """Held, missed, cancelled (with its reason) or planned again; the row stays in history."""
    status = SessionStatus(status)  # the UI hands combo-box data back as plain text
    reason = reason.strip()
    if status is SessionStatus.CANCELLED and not reason:
        raise ValidationError(
            "cancel_reason", translate("Validation", "Say why the session is cancelled.")
        )
    with database.transaction() as session:
        row = _editable(session, session_id, expected_version)
        write_status(row, status, reason)
        session.flush()
        return _record(row)


def write_status(row: Session, status: SessionStatus, reason: str = "") -> None:
    """The one rule of a session's status, inside the caller's transaction (the journal
    editor's status and a returned feedback form both come here)."""
    if status in (SessionStatus.HELD, SessionStatus.MISSED) and row.starts_at > utc_now():
        raise ValidationError(
            "status",
            translate(
                "Validation",
                "This session has not begun yet: it can be held or missed only once its "
                "time has come.",
            ),
        )
    if row.status is not status:
        # The calendar shows cancellation, and un-cancelling, only when the sequence grows.
        if SessionStatus.CANCELLED in (row.status, status):
            row.ics_sequence += 1
        row.status = status
    row.cancel_reason = reason if status is SessionStatus.CANCELLED else ""


def cancel_future_sessions(
    session: OrmSession, pair_ids: list[int], reason: str, now: datetime | None = None
) -> int:
    """Call off the planned sessions still to come of ending pairs, so calendars drop them.

    Runs inside the caller's transaction (ending a pair, closing a programme); the number
    cancelled.
    """
    if not pair_ids:
        return 0
    rows = session.scalars(
        select(Session).where(
            Session.pair_id.in_(pair_ids),
            Session.status == SessionStatus.PLANNED,
            Session.starts_at > (now or utc_now()),
        )
    ).all()
    for row in rows:
        row.status = SessionStatus.CANCELLED
        row.cancel_reason = reason
        row.ics_sequence += 1
    session.flush()
    return len(rows)


@mutates(sessions=True)
@undoable(labels.session_status)
def cancel_session(
    database: Database, session_id: int, expected_version: int | None, reason: str
) -> SessionRecord:
    return set_status(database, session_id, expected_version, SessionStatus.CANCELLED, reason)


@mutates(sessions=True)
@undoable(labels.session_status)
def mark_missed(database: Database, session_id: int, expected_version: int | None) -> SessionRecord:
    return set_status(database, session_id, expected_version, SessionStatus.MISSED)
