"""The staff table rows, a person's detail, the catalogue's supply and demand, the matrix."""

from __future__ import annotations

from datetime import date

import pytest

from mentorat_desktop.db.enums import PairStatus
from mentorat_desktop.db.models import Pair
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.search_text import fold, matches, search_terms
from mentorat_desktop.services.programmes import programmes
from mentorat_desktop.services.staff import people, skills
from mentorat_desktop.services.staff.people import PersonInput
from mentorat_desktop.services.staff.skill_matrix import skill_catalogue, skill_matrix
from mentorat_desktop.services.staff.staff_directory import (
    generation_band,
    list_staff,
    ongoing_pairs,
    person_detail,
)


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("eloise", "Éloïse Martin", True),
        ("ndiaye", "Aminata N'Diaye", True),
        ("N’DIAYE", "Aminata N'Diaye", True),
        ("jean pierre", "Jean-Pierre Dupont", True),
        ("coeur", "Œuvre du Cœur", True),
        ("dupont marketing", "Jean Dupont Marketing", True),
        ("dupont finance", "Jean Dupont Marketing", False),
    ],
)
def test_search_ignores_case_accents_and_apostrophes(query: str, text: str, found: bool) -> None:
    assert matches(fold(text), search_terms(query)) is found


def _setup(database):  # type: ignore[no-untyped-def]
    marketing = people.create_department(database, "Marketing")
    eloise = people.create_person(
        database,
        PersonInput(
            "Éloïse",
            "N'Diaye",
            "eloise@example.fr",
            "Chargée web",
            marketing.id,
            None,
            1998,
            date(2022, 9, 1),
        ),
    )
    paul = people.create_person(database, PersonInput("Paul", "Martin", birth_year=1965))
    category = skills.create_category(database, "Numérique")
    canva = skills.create_skill(database, category.id, "Canva")
    excel = skills.create_skill(database, category.id, "Excel")
    skills.set_person_skill(database, eloise.id, canva.id, level=4, can_teach=True)
    skills.set_person_skill(database, paul.id, canva.id, level=0, wants_to_learn=True)
    skills.set_person_skill(database, paul.id, excel.id, level=1, wants_to_learn=True)
    return eloise, paul, canva, excel


def test_staff_rows_carry_skills_pairs_and_search_text(database) -> None:
    eloise, paul, canva, excel = _setup(database)
    programme = programmes.create_programme(
        database, programmes.ProgrammeInput("Printemps", date(2025, 1, 1), date(2025, 6, 30))
    )
    pair = programmes.create_pair(database, programme.id, eloise.id, paul.id)
    with database.transaction() as session:
        session.get(Pair, pair.id).status = PairStatus.ACTIVE

    rows = {row.id: row for row in list_staff(database)}

    assert rows[eloise.id].teaches == ("Canva",) and rows[eloise.id].learns == ()
    assert rows[paul.id].learns == ("Canva", "Excel")
    assert rows[paul.id].learn_ids == {canva.id, excel.id}
    assert rows[eloise.id].active_pairs == rows[paul.id].active_pairs == 1
    assert rows[eloise.id].department_name == "Marketing"
    assert matches(rows[eloise.id].search_text, search_terms("eloise ndiaye canva marketing"))
    assert [p.partner_name for p in ongoing_pairs(database, eloise.id)] == ["Paul Martin"]

    people.archive_person(database, eloise.id)
    rows = {row.id: row for row in list_staff(database)}
    assert rows[eloise.id].archived and rows[paul.id].active_pairs == 0


def test_person_detail(database) -> None:
    eloise, paul, _canva, _excel = _setup(database)
    people.update_person(
        database, paul.id, PersonInput("Paul", "Martin", birth_year=1965, manager_id=eloise.id)
    )
    detail = person_detail(database, paul.id)
    assert detail.manager_name == "Éloïse N'Diaye"
    assert [(s.skill_name, s.level, s.wants_to_learn) for s in detail.skills] == [
        ("Canva", 0, True),
        ("Excel", 1, True),
    ]
    assert detail.pairs == () and detail.sessions == ()
    assert generation_band(1998) == "Generation Z" and generation_band(1965) == "Generation X"


def test_catalogue_supply_demand_and_edits(database) -> None:
    _eloise, _paul, canva, excel = _setup(database)
    [category] = skill_catalogue(database)
    supply = {s.name: s for s in category.skills}
    assert (supply["Canva"].teachers, supply["Canva"].learners, supply["Canva"].unmet) == (1, 1, 0)
    assert (supply["Excel"].teachers, supply["Excel"].learners, supply["Excel"].unmet) == (0, 1, 1)

    other = skills.create_category(database, "Métier")
    skills.rename_skill(database, excel.id, "Excel avancé")
    skills.move_skill(database, excel.id, other.id)
    skills.move_category(database, other.id, -1)
    assert [c.name for c in skill_catalogue(database)] == ["Métier", "Numérique"]
    assert [s.name for s in skill_catalogue(database)[0].skills] == ["Excel avancé"]
    skills.set_skill_archived(database, canva.id, True)
    assert [s.name for s in skill_catalogue(database)[1].skills] == []
    assert [s.name for s in skill_catalogue(database, include_archived=True)[1].skills] == ["Canva"]
    skills.create_skill(database, category.id, "Canva copy")
    with pytest.raises(ValidationError) as caught:
        skills.rename_skill(database, canva.id, "canva COPY")
    assert caught.value.field == "name"
    with pytest.raises(ValidationError):
        skills.rename_category(database, other.id, "numérique")


def test_matrix_cells(database) -> None:
    eloise, paul, canva, excel = _setup(database)
    matrix = skill_matrix(database)
    assert [p.name for p in matrix.people] == ["Paul Martin", "Éloïse N'Diaye"]
    assert matrix.cells[(eloise.id, canva.id)] == (4, True, False)
    assert (eloise.id, excel.id) not in matrix.cells
    skills.clear_person_skill(database, paul.id, excel.id)
    assert (paul.id, excel.id) not in skill_matrix(database).cells
