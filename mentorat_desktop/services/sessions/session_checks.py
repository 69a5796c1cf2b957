"""Series arithmetic in wall-clock time, and the warnings a planned session deserves.

Warnings never refuse anything: a session on a public holiday may be exactly what the pair
wants. They tell the office manager what Outlook would not: weekend, holiday, outside the
programme, or the same person already busy then (and with whom).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.db.models import Pair, Person, Session
from mentorat_desktop.i18n import day_name, fill, interface_is_french, translate

SINGLE, WEEKLY, MONTHLY = "single", "weeks", "monthly"
MAX_OCCURRENCES = 200


def to_utc(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The instant of a local wall-clock time: computed per day, so DST never shifts it."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def _same_weekday_of_month(first: date, months_later: int) -> date:
    """The n-th same weekday (2nd Tuesday…) of a later month; a 5th one becomes the last."""
    index = first.year * 12 + first.month - 1 + months_later
    year, month = divmod(index, 12)
    month += 1
    nth = (first.day - 1) // 7
    days_in_month = calendar.monthrange(year, month)[1]
    first_of_month = date(year, month, 1)
    offset = (first.weekday() - first_of_month.weekday()) % 7
    day = 1 + offset + 7 * nth
    while day > days_in_month:
        day -= 7
    return date(year, month, day)


def occurrence_days(
    first: date,
    rhythm: str,
    every_weeks: int = 2,
    count: int | None = None,
    until: date | None = None,
) -> list[date]:
    """The local days of a series: every N weeks or monthly on the same weekday.

    It stops after ``count`` sessions, else at ``until`` (inclusive); never past
    MAX_OCCURRENCES so a typo cannot plan a thousand meetings.
    """
    if rhythm == SINGLE:
        return [first]
    limit = min(count, MAX_OCCURRENCES) if count else MAX_OCCURRENCES
    days: list[date] = []
    step = 0
    while len(days) < limit:
        if rhythm == MONTHLY:
            day = _same_weekday_of_month(first, step)
        else:
            day = first + timedelta(weeks=max(1, every_weeks) * step)
        if count is None and until is not None and day > until:
            break
        if count is None and until is None and step > 0:
            break
        days.append(day)
        step += 1
    return days


@dataclass(frozen=True)
class BusySlot:
    """A session of one of the pair's people, to compare against a planned one."""

    session_id: int
    starts_at: datetime
    ends_at: datetime
    mentor: str
    mentee: str
    people: frozenset[int] = frozenset()  # the pair's mentor and mentee ids


@cache
def _holidays(country: str, year: int, language: str) -> dict[date, str]:
    import holidays

    try:
        return dict(holidays.country_holidays(country, years=year, language=language))
    except (NotImplementedError, KeyError):  # a country the library does not know
        return {}
    except OSError:  # its names in this language are missing: the dates still count
        return dict(holidays.country_holidays(country, years=year))


# The languages holiday names are asked in (French, else English); the bundle ships the
# holidays library's catalogues for these only (packaging/bundle_rules.py).
HOLIDAY_NAME_LANGUAGES = ("fr", "en_US")


def holiday_name(country: str, day: date) -> str | None:
    french = interface_is_french()
    language = HOLIDAY_NAME_LANGUAGES[0 if french else 1]
    return _holidays(country.upper(), day.year, language).get(day)


def busy_slots(
    session: OrmSession,
    person_ids: Iterable[int],
    start: datetime,
    end: datetime,
    exclude: Sequence[int] = (),
) -> list[BusySlot]:
    """Sessions (not cancelled) of these people between start and end, one query."""
    people = list(person_ids)
    mentor, mentee = aliased(Person), aliased(Person)
    query = (
        select(
            Session.id,
            Session.starts_at,
            Session.duration_minutes,
            mentor.first_name,
            mentor.last_name,
            mentee.first_name,
            mentee.last_name,
            Pair.mentor_id,
            Pair.mentee_id,
        )
        .join(Pair, Pair.id == Session.pair_id)
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .where(
            or_(Pair.mentor_id.in_(people), Pair.mentee_id.in_(people)),
            Session.status != SessionStatus.CANCELLED,
            Session.starts_at >= start - timedelta(days=1),
            Session.starts_at <= end,
        )
    )
    if exclude:
        query = query.where(Session.id.not_in(list(exclude)))
    return [
        BusySlot(
            row[0],
            row[1],
            row[1] + timedelta(minutes=row[2]),
            f"{row[3]} {row[4]}".strip(),
            f"{row[5]} {row[6]}".strip(),
            frozenset((row[7], row[8])),
        )
        for row in session.execute(query)
    ]


def warnings_for(
    starts_at: datetime,
    duration_minutes: int,
    zone: ZoneInfo,
    country: str,
    programme_span: tuple[date, date] | None,
    busy: Sequence[BusySlot],
) -> tuple[str, ...]:
    """Every reason to look twice at one planned session, in the user's language."""
    local = starts_at.astimezone(zone)
    day = local.date()
    found: list[str] = []
    if day.weekday() >= 5:
        found.append(
            translate("SessionWarning", "{day} is a weekend day.").format(
                day=day_name(day.isoweekday())
            )
        )
    name = holiday_name(country, day)
    if name:
        found.append(translate("SessionWarning", "Public holiday: {name}.").format(name=name))
    if programme_span is not None and not programme_span[0] <= day <= programme_span[1]:
        found.append(translate("SessionWarning", "Outside the programme's dates."))
    ends_at = starts_at + timedelta(minutes=duration_minutes)
    for slot in busy:
        if slot.starts_at < ends_at and starts_at < slot.ends_at:
            found.append(
                fill(
                    translate(
                        "SessionWarning", "Overlaps the session of {mentor} and {mentee} at {time}."
                    ),
                    mentor=slot.mentor,
                    mentee=slot.mentee,
                    time=slot.starts_at.astimezone(zone).strftime("%H:%M"),
                )
            )
    return tuple(found)
