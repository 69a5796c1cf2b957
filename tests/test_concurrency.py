"""Two coordinators editing the same row: the second save is refused, never silently lost."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mentorat_desktop.db.enums import PairStatus
from mentorat_desktop.db.models import Pair, Person, Programme, Session
from mentorat_desktop.errors import ConflictError


def _rows(database) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with database.transaction() as session:
        mentor = Person(first_name="Léa", last_name="Martin")
        mentee = Person(first_name="Bernard", last_name="Dupont")
        programme = Programme(
            name="Cohorte", start_date=date(2026, 1, 5), end_date=date(2026, 6, 30)
        )
        session.add_all([mentor, mentee, programme])
        session.flush()
        pair = Pair(programme_id=programme.id, mentor_id=mentor.id, mentee_id=mentee.id)
        session.add(pair)
        session.flush()
        meeting = Session(
            pair_id=pair.id, starts_at=datetime(2026, 2, 2, 13, tzinfo=UTC), duration_minutes=60
        )
        session.add(meeting)
        session.flush()
        return {"person": mentor.id, "pair": pair.id, "session": meeting.id}


@pytest.mark.parametrize(
    ("model", "key", "first", "second"),
    [
        (Person, "person", {"job_title": "Juriste"}, {"job_title": "Comptable"}),
        (Pair, "pair", {"goals": "LinkedIn"}, {"status": PairStatus.STOPPED}),
        (Session, "session", {"location": "Salle A"}, {"duration_minutes": 90}),
    ],
)
def test_second_save_of_a_stale_row_is_refused(database, model, key, first, second) -> None:
    ids = _rows(database)
    with database.reading() as alice_reads:
        alice_copy = alice_reads.get(model, ids[key])
        alice_reads.expunge(alice_copy)

    with database.transaction() as bob:  # Bob saves first
        row = bob.get(model, ids[key])
        for name, value in first.items():
            setattr(row, name, value)

    with pytest.raises(ConflictError) as caught, database.transaction() as alice:
        stale = alice.merge(alice_copy, load=False)
        for name, value in second.items():
            setattr(stale, name, value)
    assert "reload" in caught.value.message

    with database.reading() as check:
        row = check.get(model, ids[key])
        for name, value in first.items():
            assert getattr(row, name) == value
        assert row.version_id == 2
