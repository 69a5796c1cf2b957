"""Planning a whole programme at once: spread slots, shared warnings, one transaction."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from mentorat_desktop.db.enums import PairStatus, SessionStatus
from mentorat_desktop.db.models import OrganisationSettings, Pair, Person, Programme, Session
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.services.changes import changes_of
from mentorat_desktop.services.sessions.programme_plan import (
    day_slots,
    plan_programme,
    preview_programme_plan,
    programme_plan,
)

START, END = date(2027, 1, 4), date(2027, 6, 30)  # a Monday; Easter Monday is 29 March


def make_programme(database, pairs: list[tuple[int, int]], people: int = 8):  # type: ignore[no-untyped-def]
    """A future programme, ``people`` people and active pairs given by person index."""
    with database.transaction() as s:
        s.add(OrganisationSettings(id=1, timezone="Europe/Paris", country="FR"))
        persons = [Person(first_name=f"P{i}", last_name=f"Nom{i}") for i in range(people)]
        programme = Programme(
            name="Cohorte 2027", start_date=START, end_date=END, rhythm_weeks=2, session_minutes=60
        )
        s.add_all([*persons, programme])
        s.flush()
        rows = [
            Pair(
                programme_id=programme.id,
                mentor_id=persons[a].id,
                mentee_id=persons[b].id,
                status=PairStatus.ACTIVE,
            )
            for a, b in pairs
        ]
        s.add_all(rows)
        s.flush()
        return programme.id, [row.id for row in rows], [p.id for p in persons]


def busy_instants(database) -> dict[int, list[tuple[datetime, datetime]]]:  # type: ignore[no-untyped-def]
    with database.reading() as s:
        found: dict[int, list[tuple[datetime, datetime]]] = {}
        for row, pair in s.execute(select(Session, Pair).join(Pair, Pair.id == Session.pair_id)):
            span = (row.starts_at, row.starts_at + timedelta(minutes=row.duration_minutes))
            for person in (pair.mentor_id, pair.mentee_id):
                found.setdefault(person, []).append(span)
        return found


def test_day_slots_fit_the_session_length() -> None:
    assert day_slots(60)[:2] == [time(14, 0), time(15, 0)]
    assert time(9, 0) in day_slots(60) and time(17, 0) in day_slots(60)
    assert all(t.hour < 17 for t in day_slots(90))  # 16:30 + 90 min is past 18:00


def test_whole_programme_is_spread_so_nobody_is_booked_twice(database) -> None:
    # P0 mentors three people and P1 is in two pairs: they must never meet twice at once.
    shape = [(0, 1), (0, 2), (0, 3), (1, 4), (5, 6), (7, 1)]
    programme_id, _pair_ids, _people = make_programme(database, shape)
    draft = programme_plan(database, programme_id, today=date(2026, 12, 1))
    assert [p.pair_id for p in draft.pairs] and len(draft.pairs) == 6
    assert draft.already_planned == 0
    for row in draft.pairs:
        assert row.plan.every_weeks == 2 and row.plan.duration_minutes == 60
        assert row.plan.first_day >= START and row.plan.first_day.weekday() < 5
    slots = {
        row.pair_id: (row.plan.first_day.weekday(), row.plan.start_time) for row in draft.pairs
    }
    by_person: dict[int, set] = {}
    for row in draft.pairs:
        for person in (row.mentor_id, row.mentee_id):
            assert slots[row.pair_id] not in by_person.setdefault(person, set())
            by_person[person].add(slots[row.pair_id])

    previews = preview_programme_plan(database, programme_id, [r.plan for r in draft.pairs])
    assert all(not p.error for p in previews)
    assert not [w for p in previews for o in p.occurrences for w in o.warnings if "Overlap" in w]
    # The same holiday warning as for one pair: the Monday series meets on Easter Monday.
    monday = next(p for p in previews if p.occurrences[0].local_start.weekday() == 0)
    assert any("holiday" in w.lower() for o in monday.occurrences for w in o.warnings)

    created = plan_programme(database, programme_id, [r.plan for r in draft.pairs])
    assert len(created) == sum(len(p.occurrences) for p in previews)
    assert len(created) == sum(r.plan.count or 0 for r in draft.pairs)
    assert changes_of(plan_programme).sessions
    for spans in busy_instants(database).values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    # Planned pairs are not offered again.
    again = programme_plan(database, programme_id, today=date(2026, 12, 1))
    assert again.pairs == () and again.already_planned == 6


def test_rows_edited_into_a_clash_warn_and_a_wrong_row_saves_nothing(database) -> None:
    programme_id, _pair_ids, _ = make_programme(database, [(0, 1), (0, 2), (3, 4)])
    draft = programme_plan(database, programme_id, today=date(2026, 12, 1))
    first, second, third = (row.plan for row in draft.pairs)
    clash = replace(second, first_day=first.first_day, start_time=time(14, 30))
    previews = preview_programme_plan(database, programme_id, [first, clash, third])
    for preview in previews[:2]:  # both rows say with whom their person is busy
        assert all(
            any("Overlaps the session of P0 Nom0" in w for w in o.warnings)
            for o in preview.occurrences
        )
    assert not any(o.warnings for o in previews[2].occurrences if o.local_start.weekday())

    with pytest.raises(ValidationError):
        plan_programme(database, programme_id, [first, replace(third, count=0)])
    with database.reading() as s:
        assert s.scalar(select(func.count()).select_from(Session)) == 0  # all or nothing
    late = replace(third, first_day=END + timedelta(days=7), count=None)
    (late_preview,) = preview_programme_plan(database, programme_id, [late])
    assert late_preview.error and not late_preview.occurrences  # said on its row, not raised
    with pytest.raises(ValidationError):
        plan_programme(database, programme_id, [first, late])
    with pytest.raises(ValidationError):
        plan_programme(database, programme_id, [first, first])
    with pytest.raises(ValidationError):
        plan_programme(database, programme_id, [])


def test_only_active_pairs_without_sessions_to_come_are_offered(database) -> None:
    programme_id, pair_ids, _ = make_programme(database, [(0, 1), (2, 3), (4, 5), (6, 7)])
    with database.transaction() as s:
        s.get(Pair, pair_ids[1]).status = PairStatus.PROPOSED
        soon = datetime.now(UTC) + timedelta(days=3)
        past = datetime.now(UTC) - timedelta(days=3)
        s.add(Session(pair_id=pair_ids[2], starts_at=soon, duration_minutes=60))
        s.add(Session(pair_id=pair_ids[3], starts_at=past, duration_minutes=60))
        s.add(
            Session(
                pair_id=pair_ids[0],
                starts_at=soon,
                duration_minutes=60,
                status=SessionStatus.CANCELLED,
            )
        )
    draft = programme_plan(database, programme_id)
    assert [row.pair_id for row in draft.pairs] == [pair_ids[0], pair_ids[3]]
    assert draft.already_planned == 1
