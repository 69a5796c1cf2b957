"""People and departments through the services: validation at the field, nothing half-written."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from mentorat_desktop.db.enums import PairStatus
from mentorat_desktop.db.models import Pair, Person
from mentorat_desktop.errors import ConflictError, ValidationError
from mentorat_desktop.services.programmes import programmes
from mentorat_desktop.services.staff import people
from mentorat_desktop.services.staff.people import PersonInput


def _count(database) -> int:  # type: ignore[no-untyped-def]
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_create_and_read_back(database) -> None:
    department = people.create_department(database, "  Marketing & Communication ")
    created = people.create_person(
        database,
        PersonInput(
            " Éloïse ",
            "N'Diaye",
            "Eloise.NDiaye@Example.fr",
            "Chargée <web>",
            department.id,
            None,
            1998,
            date(2022, 9, 1),
        ),
    )
    read = people.get_person(database, created.id)
    assert read.full_name == "Éloïse N'Diaye"
    assert read.department_name == "Marketing & Communication"
    assert read.email == "Eloise.NDiaye@Example.fr"
    assert [p.id for p in people.list_people(database)] == [created.id]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PersonInput("  ", ""), "last_name"),
        (PersonInput("A", "B", email="not-an-email"), "email"),
        (PersonInput("A", "B", birth_year=1850), "birth_year"),
        (PersonInput("A", "B", birth_year=date.today().year), "birth_year"),
        (PersonInput("A", "B", hire_date=date.today() + timedelta(days=1)), "hire_date"),
        (PersonInput("A", "B", manager_id=4242), "manager_id"),
        (PersonInput("A", "B", department_id=4242), "department_id"),
    ],
)
def test_bad_input_is_refused_at_the_field(database, data: PersonInput, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        people.create_person(database, data)
    assert caught.value.field == field
    assert caught.value.message
    assert _count(database) == 0


def test_duplicate_email_ignores_case_and_accents(database) -> None:
    people.create_person(database, PersonInput("Émile", "Roux", "émile.roux@exemple.fr"))
    with pytest.raises(ValidationError) as caught:
        people.create_person(database, PersonInput("E", "R", "ÉMILE.ROUX@EXEMPLE.FR"))
    assert caught.value.field == "email"
    assert _count(database) == 1


def test_cannot_be_own_manager(database) -> None:
    person = people.create_person(database, PersonInput("Jean-Pierre", "Lefèvre"))
    with pytest.raises(ValidationError) as caught:
        people.update_person(
            database, person.id, PersonInput("Jean-Pierre", "Lefèvre", manager_id=person.id)
        )
    assert caught.value.field == "manager_id"
    assert people.get_person(database, person.id).manager_id is None


def test_stale_version_is_refused(database) -> None:
    person = people.create_person(database, PersonInput("Zoë", "O'Brien"))
    people.update_person(
        database,
        person.id,
        PersonInput("Zoë", "O'Brien", job_title="Juriste"),
        expected_version=person.version,
    )
    with pytest.raises(ConflictError):
        people.update_person(
            database, person.id, PersonInput("Zoë", "Martin"), expected_version=person.version
        )
    assert people.get_person(database, person.id).last_name == "O'Brien"


def test_integrity_error_becomes_validation_error(database) -> None:
    with database.transaction() as session:
        session.add(Person(first_name="A", last_name="B", email="a@b.fr"))
    with pytest.raises(ValidationError) as caught, database.transaction() as session:
        session.add(Person(first_name="C", last_name="D", email="A@B.FR"))
    assert caught.value.field == "email"
    assert _count(database) == 1


def test_archive_stops_active_pairs_and_unarchive(database) -> None:
    mentor = people.create_person(database, PersonInput("Léa", "Martin"))
    mentee = people.create_person(database, PersonInput("Bernard", "Dupont"))
    programme = programmes.create_programme(
        database, programmes.ProgrammeInput("Cohorte", date(2026, 1, 1), date(2026, 6, 30))
    )
    pair = programmes.create_pair(database, programme.id, mentor.id, mentee.id)
    with database.transaction() as session:
        session.get(Pair, pair.id).status = PairStatus.ACTIVE

    outcome = people.archive_person(database, mentee.id)

    assert outcome.stopped_pair_ids == (pair.id,)
    assert people.get_person(database, mentee.id).archived
    assert [p.id for p in people.list_people(database)] == [mentor.id]
    with database.reading() as session:
        stored = session.get(Pair, pair.id)
        assert stored.status is PairStatus.STOPPED
        assert "Bernard Dupont" in stored.end_reason
    assert not people.unarchive_person(database, mentee.id).archived


def test_delete_only_when_nothing_refers(database) -> None:
    typo = people.create_person(database, PersonInput("Typo", "Entry"))
    people.delete_person(database, typo.id)
    assert _count(database) == 0

    boss = people.create_person(database, PersonInput("Chef", "Service"))
    people.create_person(database, PersonInput("Agent", "Service", manager_id=boss.id))
    with pytest.raises(ValidationError):
        people.delete_person(database, boss.id)
    assert _count(database) == 2


def test_department_names_unique_ignoring_case(database) -> None:
    people.create_department(database, "Ressources humaines")
    with pytest.raises(ValidationError) as caught:
        people.create_department(database, "RESSOURCES HUMAINES")
    assert caught.value.field == "name"
    assert [d.name for d in people.list_departments(database)] == ["Ressources humaines"]
