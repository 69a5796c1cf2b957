"""Undo and redo through the services: rows put back as they were, stale steps refused."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from mentorat_desktop.db.database import open_database
from mentorat_desktop.db.models import AgendaItem, Person, PersonSkill, Skill, SkillCategory
from mentorat_desktop.db.models import Session as SessionRow
from mentorat_desktop.errors import ConflictError, ValidationError
from mentorat_desktop.services import undo
from mentorat_desktop.services.changes import Changes
from mentorat_desktop.services.sessions import agenda, sessions
from mentorat_desktop.services.sessions.agenda import AgendaEntry
from mentorat_desktop.services.staff import people, skills
from mentorat_desktop.services.staff.people import PersonInput
from tests.test_services_sessions import PARIS, make_world, plan


@pytest.fixture(autouse=True)
def recording(database) -> None:  # type: ignore[no-untyped-def]
    """As the Edit menu does: asking for the stack starts recording the edits."""
    undo.stack_for(database)


def _skill(database) -> int:  # type: ignore[no-untyped-def]
    with database.transaction() as s:
        category = SkillCategory(name="Numérique")
        s.add(category)
        s.flush()
        skill = Skill(name="Canva", category_id=category.id)
        s.add(skill)
        s.flush()
        return skill.id


def _count(database, model) -> int:  # type: ignore[no-untyped-def]
    with database.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_person_created_edited_undone_and_redone(database) -> None:
    stack = undo.stack_for(database)
    assert stack.undo_label() is None and undo.undo(database) is None
    léa = people.create_person(database, PersonInput("Léa", "Martin", "lea@example.fr"))
    assert stack.undo_label() == "new person Léa Martin"
    people.update_person(
        database, léa.id, PersonInput("Léa", "Martin-Roux", "lea@example.fr", "Chargée web")
    )
    assert stack.undo_label() == "changes to Léa Martin"
    outcome = undo.undo(database)
    assert outcome is not None
    assert (outcome.label, outcome.changes) == ("changes to Léa Martin", Changes(people=True))
    back = people.get_person(database, léa.id)
    assert (back.last_name, back.job_title) == ("Martin", "")
    assert back.version > léa.version  # the undo is an edit like any other
    assert stack.redo_label() == "changes to Léa Martin"
    undo.redo(database)
    assert people.get_person(database, léa.id).last_name == "Martin-Roux"
    undo.undo(database)
    undo.undo(database)  # the creation itself
    assert _count(database, Person) == 0
    assert stack.undo_label() is None and stack.redo_label() == "new person Léa Martin"
    undo.redo(database)
    assert people.get_person(database, léa.id).full_name == "Léa Martin"
    people.create_person(database, PersonInput("Bernard", "Dupont"))
    assert stack.redo_label() is None  # a new edit forgets what was undone


def test_skill_level_undone_and_a_failed_edit_records_nothing(database) -> None:
    léa = people.create_person(database, PersonInput("Léa", "Martin"))
    canva = _skill(database)
    skills.set_person_skill(database, léa.id, canva, level=2, can_teach=True)
    skills.set_person_skill(database, léa.id, canva, level=4, can_teach=True)
    stack = undo.stack_for(database)
    assert stack.undo_label() == "level of Canva for Léa Martin"
    with pytest.raises(ValidationError):
        skills.set_person_skill(database, léa.id, canva, level=9)
    undo.undo(database)
    with database.reading() as s:
        row = s.get(PersonSkill, (léa.id, canva))
        assert row is not None and (row.level, row.can_teach) == (2, True)
    undo.undo(database)
    assert _count(database, PersonSkill) == 0


def test_stale_undo_is_refused_and_dropped(database) -> None:
    léa = people.create_person(database, PersonInput("Léa", "Martin"))
    edited = people.update_person(database, léa.id, PersonInput("Léa", "Martin", job_title="RH"))
    # someone else edits the same person meanwhile: another coordinator, another connection
    other = open_database(database.url.render_as_string(hide_password=False))
    try:
        data = PersonInput("Léa", "Martin", job_title="DRH")
        people.update_person(other, léa.id, data, expected_version=edited.version)
    finally:
        other.close()
    stack = undo.stack_for(database)
    with pytest.raises(ConflictError) as caught:
        undo.undo(database)
    assert "changes to Léa Martin" in caught.value.message
    assert "someone else" in caught.value.message
    assert people.get_person(database, léa.id).job_title == "DRH"
    assert stack.undo_label() == "new person Léa Martin"  # the refused step is gone


def _enrol(database, programme_id: int) -> None:  # type: ignore[no-untyped-def]
    """Set-up: everyone takes part in the programme (make_world leaves that out)."""
    from mentorat_desktop.db.models import ProgrammeParticipant

    with database.transaction() as s:
        for person in s.scalars(select(Person.id)):
            s.add(ProgrammeParticipant(programme_id=programme_id, person_id=person))


def test_archive_person_with_pairs_and_a_moved_session(database) -> None:
    world = make_world(database)
    _enrol(database, world.programme)
    (record,) = plan(database, world)
    sessions.move_session(
        database, record.id, record.version, datetime(2026, 3, 19, 9, 30, tzinfo=PARIS), 45, "Visio"
    )
    people.archive_person(database, world.mentor)
    stack = undo.stack_for(database)
    assert stack.undo_label() == "archiving of Léa Martin"
    undo.undo(database)
    assert not people.get_person(database, world.mentor).archived
    assert stack.undo_label() == "date and place of a session of Léa Martin and Bernard Dupont"
    undo.undo(database)
    with database.reading() as s:
        row = s.get(SessionRow, record.id)
        assert row is not None and (row.duration_minutes, row.location) == (60, "Salle Lumière")
    undo.undo(database)  # the planning
    assert _count(database, SessionRow) == 0
    undo.redo(database)
    assert _count(database, SessionRow) == 1


def test_agenda_replaced_then_undone(database) -> None:
    world = make_world(database)
    (record,) = plan(database, world)
    agenda.save_agenda(database, record.id, [AgendaEntry("B", 10), AgendaEntry("A", 20)])
    agenda.save_agenda(database, record.id, [AgendaEntry("A", 20), AgendaEntry("C", 10)])
    undo.undo(database)
    assert agenda.get_agenda(database, record.id).items == (
        AgendaEntry("B", 10),
        AgendaEntry("A", 20),
    )
    undo.undo(database)
    assert _count(database, AgendaItem) == 0
    undo.redo(database)
    undo.redo(database)
    assert [i.topic for i in agenda.get_agenda(database, record.id).items] == ["A", "C"]


def test_nothing_is_recorded_without_an_edit_menu(sqlite_target: str) -> None:
    from mentorat_desktop.services.undo import _STACKS

    database = open_database(sqlite_target)  # as the command line opens it
    try:
        people.create_person(database, PersonInput("Léa", "Martin"))
        assert database.engine not in _STACKS
    finally:
        database.close()


def test_an_import_is_one_step_managers_included(database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.db.models import Department
    from mentorat_desktop.services.staff.staff_directory import list_staff
    from mentorat_desktop.services.staff.staff_import import run_import
    from tests.test_staff_import import HEADER, ROWS, load, write_csv

    staff = load(write_csv(tmp_path / "staff.csv", [HEADER, *ROWS], "utf-8", ";"))
    run_import(database, staff, dry_run=True)
    stack = undo.stack_for(database)
    assert stack.undo_label() is None  # a preview writes nothing, so there is nothing to undo
    run_import(database, staff)
    managers = {r.full_name: r.manager_id for r in list_staff(database)}
    assert stack.undo_label() == "staff import"
    undo.undo(database)
    assert (_count(database, Person), _count(database, Department)) == (0, 0)
    assert (_count(database, PersonSkill), _count(database, Skill)) == (0, 0)
    assert stack.undo_label() is None
    undo.redo(database)  # the people come back, each after their manager
    assert {r.full_name: r.manager_id for r in list_staff(database)} == managers
    assert _count(database, PersonSkill) > 0


def test_a_pair_brought_back_meets_the_pairing_rules(database) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.db.enums import PairStatus
    from mentorat_desktop.db.models import Pair
    from mentorat_desktop.services.programmes import pairs, programmes

    world = make_world(database)
    with database.reading() as s:
        pair = s.get(Pair, world.pair)
        zoë = s.get(Pair, world.other_pair).mentee_id  # type: ignore[union-attr]
        version = pair.version_id  # type: ignore[union-attr]
    _enrol(database, world.programme)
    pairs.set_pair_status(database, world.pair, version, PairStatus.STOPPED, "Mutation")
    other = open_database(database.url.render_as_string(hide_password=False))
    try:  # meanwhile another coordinator gives Bernard a new mentor
        programmes.create_pair(other, world.programme, zoë, world.mentee)
    finally:
        other.close()
    with pytest.raises(ValidationError) as caught:
        undo.undo(database)
    assert "already the mentee" in caught.value.message
    with database.reading() as s:
        assert s.get(Pair, world.pair).status is PairStatus.STOPPED  # type: ignore[union-attr]


def test_a_save_that_changes_nothing_is_no_step(database) -> None:  # type: ignore[no-untyped-def]
    léa = people.create_person(database, PersonInput("Léa", "Martin", job_title="RH"))
    again = people.update_person(database, léa.id, PersonInput("Léa", "Martin", job_title="RH"))
    assert again.version >= léa.version
    assert undo.stack_for(database).undo_label() == "new person Léa Martin"


def test_pair_goals_undone_though_the_service_flags_them(database) -> None:  # type: ignore[no-untyped-def]
    """``update_pair`` uses flag_modified, which drops the old value from the ORM's history:
    the values before are read from the database, not from that history."""
    from mentorat_desktop.db.models import Pair
    from mentorat_desktop.services.programmes import pairs

    world = make_world(database)
    with database.reading() as s:
        version = s.get(Pair, world.pair).version_id  # type: ignore[union-attr]
    pairs.update_pair(database, world.pair, version, goals="Teams", focus=(), reciprocal=True)
    assert undo.stack_for(database).undo_label() == "pair Léa Martin and Bernard Dupont"
    undo.undo(database)
    with database.reading() as s:
        assert s.get(Pair, world.pair).goals == ""  # type: ignore[union-attr]
    undo.redo(database)
    with database.reading() as s:
        assert s.get(Pair, world.pair).goals == "Teams"  # type: ignore[union-attr]
