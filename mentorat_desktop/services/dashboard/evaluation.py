"""The figures that say whether a programme works, aggregated in SQL.

Shared by the dashboard (one programme, or all running ones) and the programme report
(one programme), so both always show the same numbers. Every figure is one aggregate
query whatever the size of the database; months are cut in the organisation's time zone
by comparing instants with the month boundaries, the same on SQLite and PostgreSQL.

Definitions (the README's *Dashboard and programme evaluation* repeats them):
- participants: people enrolled; the match rate only counts those not archived (someone
  who left the company drops out of both sides), matched when in an active pair;
- sessions due to date: not cancelled and begun before ``now``; completion is held / due;
- pairs and sessions of archived pairs are left out everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import SupportsFloat
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.enums import PairingFit, PairStatus, SessionStatus
from mentorat_desktop.db.models import (
    Journal,
    Pair,
    Person,
    ProgrammeParticipant,
    Session,
)
from mentorat_desktop.documents.report_data import MonthCount
from mentorat_desktop.services.dashboard.dashboard_data import RECENT_DAYS as RECENT_DAYS
from mentorat_desktop.services.dashboard.dashboard_data import Figures as Figures
from mentorat_desktop.services.dashboard.dashboard_data import MonthRating as MonthRating
from mentorat_desktop.services.sessions.session_list import (
    JOURNAL_GRACE_DAYS,
    _to_journal_condition,
)

MAX_MONTHS = 24  # the charts show at most the last two years


def month_start(moment: datetime, zone: ZoneInfo) -> date:
    local = moment.astimezone(zone)
    return date(local.year, local.month, 1)


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_bounds(first: date, last: date, zone: ZoneInfo) -> list[tuple[date, datetime]]:
    """(month, its first instant in UTC) for every month from first to last, and the one after."""
    months, day = [], first
    while day <= next_month(last):
        months.append((day, datetime(day.year, day.month, 1, tzinfo=zone).astimezone(UTC)))
        day = next_month(day)
    return months


def _scope_sessions(programme_ids: Sequence[int]) -> ColumnElement[bool]:
    return and_(
        Session.pair_id == Pair.id,
        Pair.programme_id.in_(programme_ids),
        Pair.archived_at.is_(None),
    )


def _share(value: SupportsFloat | None) -> float | None:
    return float(value) if value is not None else None


def figures(
    session: OrmSession, programme_ids: Sequence[int], now: datetime, zone: ZoneInfo
) -> Figures:
    ids = tuple(programme_ids)
    this_month = month_start(now, zone)
    month_from = datetime(this_month.year, this_month.month, 1, tzinfo=zone).astimezone(UTC)
    following = next_month(this_month)
    month_to = datetime(following.year, following.month, 1, tzinfo=zone).astimezone(UTC)
    recent = now - timedelta(days=RECENT_DAYS)
    held = Session.status == SessionStatus.HELD
    planned = Session.status == SessionStatus.PLANNED
    overdue_before = now - timedelta(days=JOURNAL_GRACE_DAYS)

    sessions = session.execute(
        select(
            func.count().filter(held),
            func.coalesce(func.sum(case((held, Session.duration_minutes), else_=0)), 0),
            func.count().filter(Session.status != SessionStatus.CANCELLED, Session.starts_at < now),
            func.count().filter(
                held, Session.starts_at >= month_from, Session.starts_at < month_to
            ),
            func.count().filter(planned, Session.starts_at >= now, Session.starts_at < month_to),
            func.count().filter(_to_journal_condition(now)),
            func.count().filter(_to_journal_condition(now), Session.starts_at < overdue_before),
        )
        .select_from(Session)
        .join(Pair, _scope_sessions(ids))
    ).one()

    met = exists().where(
        Session.pair_id == Pair.id, held, Session.starts_at >= recent, Session.starts_at <= now
    )
    active = Pair.status == PairStatus.ACTIVE
    pairs = session.execute(
        select(
            func.count(),
            func.count().filter(active),
            func.count().filter(active, met),
            func.count().filter(Pair.status == PairStatus.COMPLETED),
            func.count().filter(Pair.status == PairStatus.STOPPED),
        ).where(Pair.programme_id.in_(ids), Pair.archived_at.is_(None))
    ).one()

    in_active_pair = exists().where(
        Pair.programme_id == ProgrammeParticipant.programme_id,
        Pair.status == PairStatus.ACTIVE,
        Pair.archived_at.is_(None),
        or_(
            Pair.mentor_id == ProgrammeParticipant.person_id,
            Pair.mentee_id == ProgrammeParticipant.person_id,
        ),
    )
    here = Person.archived_at.is_(None)
    people = session.execute(
        select(func.count(), func.count().filter(here), func.count().filter(here, in_active_pair))
        .select_from(ProgrammeParticipant)
        .join(Person, Person.id == ProgrammeParticipant.person_id)
        .where(ProgrammeParticipant.programme_id.in_(ids))
    ).one()

    fits = [
        func.count().filter(Journal.mentor_fit == fit)
        + func.count().filter(Journal.mentee_fit == fit)
        for fit in (PairingFit.GOOD, PairingFit.UNSURE, PairingFit.NOT_A_FIT)
    ]
    journals = session.execute(
        select(
            func.avg(Journal.mentor_rating),
            func.avg(Journal.mentee_rating),
            func.count().filter(
                or_(Journal.mentor_rating.is_not(None), Journal.mentee_rating.is_not(None))
            ),
            *fits,
        )
        .select_from(Journal)
        .join(Session, Session.id == Journal.session_id)
        .join(Pair, _scope_sessions(ids))
    ).one()

    return Figures(
        participants=int(people[0]),
        current_participants=int(people[1]),
        matched=int(people[2]),
        pairs=int(pairs[0]),
        active_pairs=int(pairs[1]),
        met_recently=int(pairs[2]),
        completed_pairs=int(pairs[3]),
        stopped_pairs=int(pairs[4]),
        held_this_month=int(sessions[3]),
        planned_this_month=int(sessions[4]),
        sessions_held=int(sessions[0]),
        sessions_due=int(sessions[2]),
        minutes_held=int(sessions[1]),
        mentor_rating=_share(journals[0]),
        mentee_rating=_share(journals[1]),
        ratings=int(journals[2]),
        fit_good=int(journals[3]),
        fit_unsure=int(journals[4]),
        fit_not=int(journals[5]),
        journals_to_write=int(sessions[5]),
        journals_overdue=int(sessions[6]),
    )


def _month_bucket(
    session: OrmSession,
    programme_ids: Sequence[int],
    zone: ZoneInfo,
    *conditions: ColumnElement[bool],
) -> tuple[list[date], ColumnElement[int] | None]:
    """The months spanned by the scope's sessions matching conditions, and a CASE giving
    each session its month's index (None before the first month shown)."""
    first, last = session.execute(
        select(func.min(Session.starts_at), func.max(Session.starts_at))
        .select_from(Session)
        .join(Pair, _scope_sessions(programme_ids))
        .where(*conditions)
    ).one()
    if first is None:
        return [], None
    first, last = (_aware(v) for v in (first, last))
    bounds = month_bounds(month_start(first, zone), month_start(last, zone), zone)
    bounds = bounds[-(MAX_MONTHS + 1) :]
    months = bounds[:-1]
    bucket = case(
        (Session.starts_at < months[0][1], -1),
        *[(Session.starts_at < instant, index) for index, (_, instant) in enumerate(bounds[1:])],
        else_=-1,
    )
    return [month for month, _ in months], bucket


def _aware(value: object) -> datetime:
    if isinstance(value, str):  # SQLite gives MIN() of a datetime column back as text
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def sessions_per_month(
    session: OrmSession, programme_ids: Sequence[int], zone: ZoneInfo
) -> tuple[MonthCount, ...]:
    """Held, cancelled and missed sessions per month (planned ones have not happened)."""
    done = Session.status.in_((SessionStatus.HELD, SessionStatus.CANCELLED, SessionStatus.MISSED))
    months, bucket = _month_bucket(session, programme_ids, zone, done)
    if bucket is None:
        return ()
    counts = {index: [0, 0, 0] for index in range(len(months))}
    column = {SessionStatus.HELD: 0, SessionStatus.CANCELLED: 1, SessionStatus.MISSED: 2}
    # Grouped over a subquery: PostgreSQL cannot match a CASE with bound parameters in
    # SELECT to the same CASE in GROUP BY.
    per_session = (
        select(bucket.label("month"), Session.status.label("status"))
        .select_from(Session)
        .join(Pair, _scope_sessions(programme_ids))
        .where(done)
        .subquery()
    )
    rows = session.execute(
        select(per_session.c.month, per_session.c.status, func.count()).group_by(
            per_session.c.month, per_session.c.status
        )
    )
    for index, status, count in rows:
        if index is not None and index >= 0:
            counts[int(index)][column[SessionStatus(status)]] += int(count)
    return tuple(MonthCount(month, *counts[i]) for i, month in enumerate(months))


def ratings_per_month(
    session: OrmSession, programme_ids: Sequence[int], zone: ZoneInfo
) -> tuple[MonthRating, ...]:
    """Average rating by each side per month of the session, over journals with a rating."""
    rated = exists().where(
        Journal.session_id == Session.id,
        or_(Journal.mentor_rating.is_not(None), Journal.mentee_rating.is_not(None)),
    )
    months, bucket = _month_bucket(session, programme_ids, zone, rated)
    if bucket is None:
        return ()
    per_journal = (
        select(
            bucket.label("month"),
            Journal.mentor_rating.label("mentor"),
            Journal.mentee_rating.label("mentee"),
        )
        .select_from(Journal)
        .join(Session, Session.id == Journal.session_id)
        .join(Pair, _scope_sessions(programme_ids))
        .where(or_(Journal.mentor_rating.is_not(None), Journal.mentee_rating.is_not(None)))
        .subquery()
    )
    found = {
        int(index): (_share(mentor), _share(mentee), int(count))
        for index, mentor, mentee, count in session.execute(
            select(
                per_journal.c.month,
                func.avg(per_journal.c.mentor),
                func.avg(per_journal.c.mentee),
                func.count(),
            ).group_by(per_journal.c.month)
        )
        if index is not None and index >= 0
    }
    return tuple(MonthRating(month, *found[i]) for i, month in enumerate(months) if i in found)
