"""Planning, moving and recording sessions; agendas and journals; on both backends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from mentorat_desktop.db.enums import PairStatus, SessionStatus
from mentorat_desktop.db.models import OrganisationSettings, Pair, Person, Programme
from mentorat_desktop.errors import ConflictError, ValidationError
from mentorat_desktop.services.sessions import agenda, journals, session_list, sessions
from mentorat_desktop.services.sessions.agenda import AgendaEntry
from mentorat_desktop.services.sessions.journals import ActionData, JournalInput
from mentorat_desktop.services.sessions.session_checks import (
    MONTHLY,
    SINGLE,
    WEEKLY,
    occurrence_days,
)
from mentorat_desktop.services.sessions.sessions import PlanInput

PARIS = ZoneInfo("Europe/Paris")


@dataclass
class World:
    programme: int
    pair: int
    other_pair: int
    mentor: int
    mentee: int


def make_world(database, *, emails: bool = True) -> World:  # type: ignore[no-untyped-def]
    with database.transaction() as s:
        s.add(OrganisationSettings(id=1, timezone="Europe/Paris", country="FR"))
        léa = Person(
            first_name="Léa", last_name="Martin", email="lea@example.fr" if emails else None
        )
        bernard = Person(first_name="Bernard", last_name="Dupont", email="b@example.fr")
        zoë = Person(first_name="Zoë", last_name="O'Brien")
        programme = Programme(
            name="Cohorte 2026", start_date=date(2026, 1, 5), end_date=date(2026, 6, 30)
        )
        s.add_all([léa, bernard, zoë, programme])
        s.flush()
        pair = Pair(
            programme_id=programme.id,
            mentor_id=léa.id,
            mentee_id=bernard.id,
            status=PairStatus.ACTIVE,
            reciprocal=True,
        )
        other = Pair(
            programme_id=programme.id, mentor_id=léa.id, mentee_id=zoë.id, status=PairStatus.ACTIVE
        )
        s.add_all([pair, other])
        s.flush()
        return World(programme.id, pair.id, other.id, léa.id, bernard.id)


def plan(database, world: World, **values) -> list[sessions.SessionRecord]:  # type: ignore[no-untyped-def]
    base = {
        "pair_id": world.pair,
        "first_day": date(2026, 3, 17),
        "start_time": time(14, 0),
        "duration_minutes": 60,
        "location": "Salle Lumière",
    }
    return sessions.plan_sessions(database, PlanInput(**{**base, **values}))


def test_series_keeps_wall_clock_time_across_summer_time(database) -> None:
    world = make_world(database)
    spring = plan(
        database, world, first_day=date(2026, 3, 17), rhythm=WEEKLY, every_weeks=1, count=3
    )
    autumn = plan(
        database,
        world,
        first_day=date(2026, 10, 20),
        rhythm=WEEKLY,
        every_weeks=1,
        count=2,
        pair_id=world.other_pair,
    )
    local = [r.starts_at.astimezone(PARIS) for r in spring + autumn]
    assert [(d.hour, d.minute) for d in local] == [(14, 0)] * 5
    assert [r.starts_at.astimezone(UTC).hour for r in spring] == [13, 13, 12]  # CET, CEST
    assert [r.starts_at.astimezone(UTC).hour for r in autumn] == [12, 13]  # CEST, CET
    assert [d.date() for d in local[:3]] == [
        date(2026, 3, 17),
        date(2026, 3, 24),
        date(2026, 3, 31),
    ]


def test_occurrence_rules() -> None:
    assert occurrence_days(date(2026, 1, 13), SINGLE) == [date(2026, 1, 13)]
    # Second Tuesday of each month; the fifth Tuesday becomes the month's last one.
    assert occurrence_days(date(2026, 1, 13), MONTHLY, count=3) == [
        date(2026, 1, 13),
        date(2026, 2, 10),
        date(2026, 3, 10),
    ]
    assert occurrence_days(date(2026, 3, 31), MONTHLY, count=2) == [
        date(2026, 3, 31),
        date(2026, 4, 28),
    ]
    until = occurrence_days(date(2026, 6, 2), WEEKLY, every_weeks=2, until=date(2026, 6, 30))
    assert until == [date(2026, 6, 2), date(2026, 6, 16), date(2026, 6, 30)]


def test_series_until_programme_end_and_validation(database) -> None:
    world = make_world(database)
    created = plan(database, world, first_day=date(2026, 6, 2), rhythm=WEEKLY, every_weeks=2)
    assert len(created) == 3
    with pytest.raises(ValidationError) as caught:
        plan(database, world, duration_minutes=2)
    assert caught.value.field == "duration_minutes"
    with pytest.raises(ValidationError) as caught:
        plan(database, world, first_day=date(2026, 7, 7), rhythm=WEEKLY)
    assert caught.value.field == "first_day"


def test_holiday_weekend_programme_and_overlap_warnings(database) -> None:
    world = make_world(database)
    busy = time(14, 30)
    plan(database, world, pair_id=world.other_pair, first_day=date(2026, 5, 5), start_time=busy)
    preview = sessions.preview_plan(
        database,
        PlanInput(
            world.pair, date(2026, 4, 28), time(14), 60, rhythm=WEEKLY, every_weeks=1, count=2
        ),
    )
    assert preview[0].warnings == ()
    (overlap,) = preview[1].warnings  # Léa is with Zoë at 14:30: say with whom
    assert "Léa Martin" in overlap and "Zoë O'Brien" in overlap and "14:30" in overlap
    ascension = sessions.preview_plan(
        database,
        PlanInput(
            world.pair, date(2026, 5, 7), time(10), 60, rhythm=WEEKLY, every_weeks=1, count=2
        ),
    )
    assert ascension[0].warnings == ()
    assert any("holiday" in w.lower() for w in ascension[1].warnings)  # 14 May 2026
    weekend = sessions.preview_plan(database, PlanInput(world.pair, date(2026, 5, 2), time(10), 60))
    assert any("weekend" in w.lower() for w in weekend[0].warnings)
    outside = sessions.preview_plan(database, PlanInput(world.pair, date(2026, 1, 2), time(10), 60))
    assert any("outside" in w.lower() for w in outside[0].warnings)
    cancelled_other = plan(database, world, pair_id=world.other_pair, first_day=date(2026, 5, 12))
    sessions.cancel_session(database, cancelled_other[0].id, None, "Malade")
    free = sessions.preview_plan(database, PlanInput(world.pair, date(2026, 5, 12), time(14), 60))
    assert free[0].warnings == ()  # a cancelled session does not make anyone busy


def test_move_cancel_and_missed_with_versions(database) -> None:
    world = make_world(database)
    (record,) = plan(database, world)
    new_start = datetime(2026, 3, 19, 9, 30, tzinfo=PARIS)
    moved = sessions.move_session(database, record.id, record.version, new_start, 45, "Visio")
    assert moved.ics_sequence == record.ics_sequence + 1
    assert moved.starts_at == new_start and moved.duration_minutes == 45
    with pytest.raises(ConflictError) as caught:  # someone moved it meanwhile
        sessions.move_session(database, record.id, record.version, new_start, 60, "Visio")
    assert "reload" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        sessions.cancel_session(database, record.id, moved.version, "  ")
    assert caught.value.field == "cancel_reason"
    cancelled = sessions.cancel_session(database, record.id, moved.version, "Grève des transports")
    assert (cancelled.status, cancelled.cancel_reason) == ("cancelled", "Grève des transports")
    assert cancelled.ics_sequence == moved.ics_sequence + 1
    history = session_list.list_sessions(
        database, session_list.SessionFilter(session_list.CANCELLED)
    )
    assert [r.id for r in history] == [record.id]
    missed = sessions.mark_missed(database, record.id, cancelled.version)
    assert missed.status == "missed" and missed.cancel_reason == ""


def test_quick_filters_and_to_journal(database) -> None:
    world = make_world(database)
    now = datetime(2026, 4, 15, 12, tzinfo=UTC)
    held, planned_past, journaled, future = (
        plan(database, world, first_day=day)[0]
        for day in (date(2026, 3, 24), date(2026, 3, 31), date(2026, 4, 7), date(2026, 4, 21))
    )
    sessions.set_status(database, held.id, None, SessionStatus.HELD)
    sessions.set_status(database, journaled.id, None, SessionStatus.HELD)
    journals.save_journal(database, journaled.id, JournalInput(summary="Bien"))

    def ids(quick: str) -> list[int]:
        rows = session_list.list_sessions(database, session_list.SessionFilter(quick), now)
        return [r.id for r in rows]

    to_journal = ids(session_list.TO_JOURNAL)
    assert held.id in to_journal and planned_past.id in to_journal
    assert journaled.id not in to_journal and future.id not in to_journal
    assert future.id in ids(session_list.UPCOMING)
    assert ids(session_list.PAST)[:3] == [journaled.id, planned_past.id, held.id]  # newest first
    assert set(ids(session_list.THIS_WEEK)) == set()  # 13-19 April: nothing planned
    total, overdue = session_list.count_sessions_to_journal(database, now)
    assert total == len(to_journal) and overdue >= 2
    person = session_list.list_sessions(
        database, session_list.SessionFilter(session_list.ALL, person_id=world.mentee), now
    )
    assert {r.pair_id for r in person} == {world.pair}
    limited = session_list.list_sessions(
        database, session_list.SessionFilter(session_list.ALL), now, limit=2
    )
    assert len(limited) == 2


def test_agenda_templates_order_and_open_actions(database) -> None:
    world = make_world(database)
    first, second = plan(database, world, rhythm=WEEKLY, every_weeks=2, count=2)
    assert agenda.get_agenda(database, first.id).suggested_template == agenda.FIRST
    for kind in agenda.TEMPLATES:
        items = agenda.template_items(kind, 90, True, "Léa", "Bernard")
        assert sum(i.minutes for i in items) == 90
    reciprocal = agenda.template_items(agenda.REGULAR, 60, True, "Léa", "Bernard")
    assert any(
        "Léa" in i.topic and i.topic.index("Léa") < i.topic.index("Bernard") for i in reciprocal
    )
    assert any(
        i.topic.index("Bernard") < i.topic.index("Léa")
        for i in reciprocal
        if "Léa" in i.topic and "Bernard" in i.topic
    )
    agenda.save_agenda(database, first.id, [AgendaEntry("B", 10), AgendaEntry("A", 20)])
    agenda.save_agenda(database, first.id, [AgendaEntry("A", 20), AgendaEntry(" B ", 10)])
    assert agenda.get_agenda(database, first.id).items == (
        AgendaEntry("A", 20),
        AgendaEntry("B", 10),
    )
    with pytest.raises(ValidationError):
        agenda.save_agenda(database, first.id, [AgendaEntry("", 10)])

    sessions.set_status(database, first.id, None, SessionStatus.HELD)
    journals.save_journal(
        database,
        first.id,
        JournalInput(
            action_items=(
                ActionData("Créer un compte LinkedIn", "mentee"),
                ActionData("Lire l'article", "mentor", done=True),
            )
        ),
    )
    proposed = agenda.get_agenda(database, second.id).open_actions
    assert [a.text for a in proposed] == ["Créer un compte LinkedIn"]
    assert agenda.get_agenda(database, first.id).open_actions == ()


def test_journal_round_trip_fit_and_not_a_fit_pairs(database) -> None:
    world = make_world(database)
    first, second = plan(database, world, rhythm=WEEKLY, every_weeks=2, count=2)
    sessions.set_status(database, first.id, None, SessionStatus.HELD)
    sessions.set_status(database, second.id, None, SessionStatus.HELD)
    assert journals.get_journal(database, first.id).asks_fit
    assert not journals.get_journal(database, second.id).asks_fit
    saved = journals.save_journal(
        database,
        first.id,
        JournalInput(
            summary="Découverte de « Canva » & <b>",
            mentor_rating=5,
            mentee_rating=4,
            mentor_fit="good",
            mentee_fit="not_a_fit",
            confidential_notes="Secret",
            action_items=(ActionData("À faire", "both", date(2026, 4, 1)), ActionData("")),
        ),
    )
    assert saved.exists and saved.content.summary == "Découverte de « Canva » & <b>"
    assert [a.text for a in saved.content.action_items] == ["À faire"]
    action_id = saved.content.action_items[0].id
    again = journals.save_journal(
        database,
        first.id,
        JournalInput(summary="x", action_items=(ActionData("À faire !", "mentee", id=action_id),)),
    )
    assert again.content.action_items[0].id == action_id
    assert again.content.action_items[0].text == "À faire !"
    with pytest.raises(ValidationError):
        journals.save_journal(database, first.id, JournalInput(mentor_rating=6))
    journals.save_journal(database, first.id, JournalInput(mentee_fit="not_a_fit"))
    flagged = journals.pairs_not_a_fit(database)
    assert [(p.pair_id, p.said_by) for p in flagged] == [(world.pair, ("mentee",))]
