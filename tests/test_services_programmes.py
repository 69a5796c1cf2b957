"""Programmes, pairs, skills and settings through the services."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mentorat_desktop.errors import ValidationError
from mentorat_desktop.services import settings
from mentorat_desktop.services.dashboard.overview import get_overview
from mentorat_desktop.services.programmes import programmes
from mentorat_desktop.services.programmes.programmes import ProgrammeInput
from mentorat_desktop.services.staff import people, skills
from mentorat_desktop.services.staff.people import PersonInput


def _programme(database, name: str = "Cohorte 2026"):  # type: ignore[no-untyped-def]
    return programmes.create_programme(
        database, ProgrammeInput(name, date(2026, 1, 5), date(2026, 6, 30))
    )


def test_programme_rules(database) -> None:
    _programme(database)
    with pytest.raises(ValidationError) as caught:
        _programme(database, "COHORTE 2026")
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        programmes.create_programme(
            database, ProgrammeInput("Autre", date(2026, 6, 1), date(2026, 5, 1))
        )
    assert caught.value.field == "end_date"
    assert get_overview(database).programmes == 1


def test_pair_refuses_reporting_line_either_way(database) -> None:
    boss = people.create_person(database, PersonInput("Claire", "Chef"))
    report = people.create_person(database, PersonInput("Hugo", "Agent", manager_id=boss.id))
    programme = _programme(database)
    for mentor, mentee in ((boss, report), (report, boss)):
        with pytest.raises(ValidationError) as caught:
            programmes.create_pair(database, programme.id, mentor.id, mentee.id)
        assert caught.value.field == "mentee"
    assert get_overview(database).pairs == 0


def test_pair_refuses_same_person_and_archived(database) -> None:
    alone = people.create_person(database, PersonInput("Łukasz", "Nowak"))
    gone = people.create_person(database, PersonInput("Parti", "Ailleurs"))
    people.archive_person(database, gone.id)
    programme = _programme(database)
    with pytest.raises(ValidationError):
        programmes.create_pair(database, programme.id, alone.id, alone.id)
    with pytest.raises(ValidationError) as caught:
        programmes.create_pair(database, programme.id, alone.id, gone.id)
    assert "Parti Ailleurs" in caught.value.message


def test_archive_pair_and_programme(database) -> None:
    a = people.create_person(database, PersonInput("A", "A"))
    b = people.create_person(database, PersonInput("B", "B"))
    programme = _programme(database)
    pair = programmes.create_pair(database, programme.id, a.id, b.id, reciprocal=True)
    assert programmes.archive_pair(database, pair.id).archived
    assert programmes.archive_programme(database, programme.id).archived
    overview = get_overview(database)
    assert (overview.pairs, overview.programmes) == (0, 0)


def test_skills_and_levels(database) -> None:
    category = skills.create_category(database, "Numérique")
    with pytest.raises(ValidationError):
        skills.create_category(database, "numérique")
    skill = skills.create_skill(database, category.id, "Assistants IA", "ChatGPT, Copilot…")
    with pytest.raises(ValidationError):
        skills.create_skill(database, category.id, "ASSISTANTS IA")
    person = people.create_person(database, PersonInput("Inès", "Haddad"))
    with pytest.raises(ValidationError):
        skills.set_person_skill(database, person.id, skill.id, level=5)
    record = skills.set_person_skill(database, person.id, skill.id, level=4, can_teach=True)
    assert record.can_teach and record.level == 4
    assert [s.name for s in skills.list_skills(database)] == ["Assistants IA"]


def test_settings_round_trip_and_validation(database) -> None:
    initial = settings.get_settings(database)
    assert initial.setup_done is False
    saved = settings.save_settings(
        database,
        replace(
            initial,
            company_name=" Zoë O'Brien & Fils ",
            timezone="America/Montreal",
            language="en",
            logo=b"\x89PNG fake",
            default_session_minutes=45,
        ),
    )
    assert saved.company_name == "Zoë O'Brien & Fils"
    assert settings.get_settings(database) == saved
    with pytest.raises(ValidationError) as caught:
        settings.save_settings(database, replace(saved, timezone="Mars/Olympus"))
    assert caught.value.field == "timezone"
    with pytest.raises(ValidationError) as caught:
        settings.save_settings(database, replace(saved, default_session_minutes=0))
    assert caught.value.field == "default_session_minutes"
    assert settings.get_settings(database) == saved


def test_first_start_marks_setup_done(database) -> None:
    result = settings.complete_first_start(database, "Atelier", "fr")
    assert result.setup_done and result.company_name == "Atelier"
