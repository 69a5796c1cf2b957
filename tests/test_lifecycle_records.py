"""A programme's records stay coherent: nothing to come is held, ending calls sessions off."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from mentorat_desktop.db.enums import PairStatus, SessionStatus
from mentorat_desktop.db.models import Pair, Session
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.services.documents.certificates import eligibility
from mentorat_desktop.services.programmes import pairs, programmes
from mentorat_desktop.services.programmes.programmes import PairEnding
from mentorat_desktop.services.sessions import sessions
from mentorat_desktop.services.sessions.calendar_export import ExportSelection, collect_events
from mentorat_desktop.services.sessions.sessions import PlanInput
from tests.test_services_pairs import _setup


def _running_pair(database, start: date, end: date):  # type: ignore[no-untyped-def]
    programme, lea, bernard, chloe, _ = _setup(database)
    record = programmes.get_programme(database, programme.id)
    programmes.update_programme(
        database,
        programme.id,
        programmes.ProgrammeInput(record.name, start, end),
        record.version,
    )
    pair = pairs.create_pair(database, programme.id, lea.id, bernard.id, active=True)
    running = programmes.start_programme(database, programme.id, None)
    return running, pair, chloe


def test_a_session_still_to_come_can_be_neither_held_nor_missed(database) -> None:
    _, pair, _ = _running_pair(database, date(2027, 1, 4), date(2027, 6, 30))
    (planned,) = sessions.plan_sessions(
        database, PlanInput(pair.id, date(2027, 3, 16), time(14), 60)
    )
    for status in ("held", "missed"):
        with pytest.raises(ValidationError) as caught:
            sessions.set_status(database, planned.id, planned.version, status)
        assert caught.value.field == "status" and "not begun" in caught.value.message
    assert sessions.get_session(database, planned.id).status == "planned"


def test_certificates_count_only_sessions_that_took_place(database) -> None:
    today = date.today()
    _, pair, _ = _running_pair(database, today - timedelta(days=60), today + timedelta(days=60))
    now = datetime.now(UTC)
    with database.transaction() as session:  # a record written before the rule existed
        for days in (-10, 10):
            session.add(
                Session(
                    pair_id=pair.id,
                    starts_at=now + timedelta(days=days),
                    duration_minutes=60,
                    status=SessionStatus.HELD,
                )
            )
    counted = {e.person_id: e.sessions for e in eligibility(database, pair.programme_id)}
    assert counted == {pair.mentor_id: 1, pair.mentee_id: 1}


def _plan_around_today(database):  # type: ignore[no-untyped-def]
    today = date.today()
    running, pair, chloe = _running_pair(
        database, today - timedelta(days=60), today + timedelta(days=120)
    )
    past = sessions.plan_sessions(
        database, PlanInput(pair.id, today - timedelta(days=14), time(10), 60)
    )[0]
    future = sessions.plan_sessions(
        database, PlanInput(pair.id, today + timedelta(days=7), time(10), 60, rhythm="weeks",
                            every_weeks=2, count=3)
    )  # fmt: skip
    return running, pair, chloe, past, future


def test_ending_a_pair_cancels_its_sessions_to_come_with_the_reason(database) -> None:
    _, pair, _, past, future = _plan_around_today(database)
    pairs.set_pair_status(database, pair.id, None, "completed")
    after = [sessions.get_session(database, s.id) for s in future]
    assert {s.status for s in after} == {"cancelled"}
    assert all(s.cancel_reason and s.ics_sequence == 1 for s in after)
    assert sessions.get_session(database, past.id).status == "planned"  # a journal to write
    events = collect_events(database, ExportSelection(pair_id=pair.id))
    assert [e.cancelled for e in events] == [False, True, True, True]
    assert [e.sequence for e in events] == [0, 1, 1, 1]


def test_closing_ends_the_pairs_still_going_in_one_step(database) -> None:
    running, pair, chloe, _, future = _plan_around_today(database)
    proposed = pairs.create_pair(database, running.id, chloe.id, pair.mentor_id)
    with pytest.raises(ValidationError) as caught:
        programmes.close_programme(database, running.id, running.version, [])
    assert caught.value.field == "pair_ending"
    with pytest.raises(ValidationError) as caught:  # nothing half-written
        programmes.close_programme(
            database, running.id, running.version, [(pair.mentee_id, 1, 9)],
            ending=PairEnding(PairStatus.COMPLETED),
        )  # fmt: skip
    assert pairs.get_pair(database, pair.id).status == "active"
    day = date.today()  # the pair started today: it cannot end before
    closed = programmes.close_programme(
        database, running.id, running.version, [], ending=PairEnding(PairStatus.COMPLETED, day)
    )
    assert closed.status == "closed"
    done = pairs.get_pair(database, pair.id)
    assert (done.status, done.ended_on) == ("completed", day)
    assert pairs.get_pair(database, proposed.id).status == "stopped"
    assert {sessions.get_session(database, s.id).status for s in future} == {"cancelled"}
    events = collect_events(database, ExportSelection(programme_id=running.id))
    assert all(e.cancelled for e in events)


def test_moving_a_cancelled_session_back_raises_the_sequence_once(database) -> None:
    _, _, _, _, future = _plan_around_today(database)
    first = future[0]
    cancelled = sessions.cancel_session(database, first.id, first.version, "Absent")
    assert cancelled.ics_sequence == 1
    same_time = sessions.move_session(
        database, first.id, cancelled.version, cancelled.starts_at, 60, cancelled.location
    )
    assert (same_time.status, same_time.ics_sequence) == ("planned", 2)
    moved = sessions.move_session(
        database, first.id, same_time.version, same_time.starts_at + timedelta(hours=1), 45, ""
    )
    assert moved.ics_sequence == 3


def test_pairs_of_a_future_programme_start_and_end_inside_it(database) -> None:
    programme, lea, bernard, chloe, _ = _setup(database)  # 4 January to 30 June 2027
    active = pairs.create_pair(database, programme.id, lea.id, bernard.id, active=True)
    assert active.started_on == date(2027, 1, 4)
    proposed = pairs.create_pair(database, programme.id, lea.id, chloe.id)
    activated = pairs.set_pair_status(database, proposed.id, None, "active")
    assert activated.started_on == date(2027, 1, 4)
    ended = pairs.set_pair_status(database, active.id, None, "completed")
    assert ended.ended_on == date(2027, 1, 4)
    with database.reading() as session:
        for row in session.scalars(select(Pair)):
            assert row.started_on is None or date(2027, 1, 4) <= row.started_on


def test_a_series_starts_inside_the_programme_and_warns_a_double_booked_mentor(database) -> None:
    programme, lea, bernard, chloe, _ = _setup(database)  # 4 January to 30 June 2027
    first = pairs.create_pair(database, programme.id, lea.id, bernard.id, active=True)
    second = pairs.create_pair(database, programme.id, lea.id, chloe.id, active=True)
    day = sessions.first_suitable_day(database, first.id, today=date(2026, 12, 1))
    assert day == date(2027, 1, 4)  # a Monday, not before the programme
    assert sessions.first_suitable_day(database, first.id, today=date(2027, 4, 30)) == date(
        2027, 5, 3
    )  # 1 May is a holiday in France, then a weekend
    sessions.plan_sessions(database, PlanInput(first.id, day, time(14), 60))
    (preview,) = sessions.preview_plan(database, PlanInput(second.id, day, time(14, 30), 60))
    assert any("Léa Martin" in w and "14:00" in w for w in preview.warnings), preview.warnings
    assert not any("Outside" in w for w in preview.warnings)
