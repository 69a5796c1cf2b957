"""Moving a company's data between SQLite and PostgreSQL, losing nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from mentorat_desktop.db.database import open_database
from mentorat_desktop.db.models import Person, Session
from mentorat_desktop.demo import load_demo
from mentorat_desktop.services.safety.transfer import TransferRefusedError, transfer
from mentorat_desktop.services.staff import people
from mentorat_desktop.services.staff.people import PersonInput
from tests.conftest import _empty_postgres

TODAY = date(2026, 11, 27)


def _demo_file(tmp_path: Path, sqlite_template: Path, name: str = "source.sqlite3") -> str:
    path = tmp_path / name
    path.write_bytes(sqlite_template.read_bytes())
    database = open_database(str(path))
    load_demo(database, "small", seed=5, today=TODAY)
    people.create_person(  # a manager with a higher id than their report
        database, PersonInput("Zoë", "O'Brien & Fils", "zoe@exemple.fr")
    )
    with database.transaction() as session:
        newest = session.scalars(select(Person).order_by(Person.id.desc())).first()
        oldest = session.scalars(select(Person).order_by(Person.id)).first()
        oldest.manager_id = newest.id
    database.close()
    return str(path)


@pytest.mark.postgres
def test_round_trip_sqlite_postgres_sqlite(
    tmp_path: Path, sqlite_template: Path, postgres_url: str
) -> None:
    _empty_postgres(postgres_url)
    source = _demo_file(tmp_path, sqlite_template)
    progress: list[int] = []

    there = transfer(source, postgres_url, lambda percent, _table: progress.append(percent))

    assert there.ok and there.rows > 500
    assert progress[-1] == 100 and progress == sorted(progress)
    back_path = tmp_path / "back.sqlite3"
    back = transfer(postgres_url, str(back_path))
    assert back.ok
    assert [t.source_rows for t in back.tables] == [t.source_rows for t in there.tables]

    # ids, relations and aware times came through; new rows get fresh ids on the server
    server = open_database(postgres_url)
    with server.reading() as session:
        starts = session.scalars(select(Session.starts_at).order_by(Session.id)).all()
        assert all(s.tzinfo is not None for s in starts)
    created = people.create_person(server, PersonInput("Nouvelle", "Arrivée"))
    with server.reading() as session:
        assert created.id > max(session.scalars(select(Person.id).where(Person.id != created.id)))
    server.close()


def test_sqlite_to_sqlite_keeps_ids(tmp_path: Path, sqlite_template: Path) -> None:
    source = _demo_file(tmp_path, sqlite_template)
    report = transfer(source, str(tmp_path / "copy.sqlite3"))
    assert report.ok
    copy = open_database(str(tmp_path / "copy.sqlite3"))
    with copy.reading() as session:
        zoe = session.scalars(select(Person).where(Person.email == "zoe@exemple.fr")).one()
        managed = session.scalars(select(Person).where(Person.manager_id == zoe.id)).all()
        assert len(managed) == 1
    copy.close()


def test_refuses_a_destination_with_data(tmp_path: Path, sqlite_template: Path) -> None:
    source = _demo_file(tmp_path, sqlite_template)
    other = _demo_file(tmp_path, sqlite_template, "other.sqlite3")
    with pytest.raises(TransferRefusedError) as caught:
        transfer(source, other)
    assert "person" in caught.value.message
    with pytest.raises(TransferRefusedError):
        transfer(source, source)
    database = open_database(other)
    with database.reading() as session:
        assert session.scalars(select(Person).where(Person.email == "zoe@exemple.fr")).one()
    database.close()
