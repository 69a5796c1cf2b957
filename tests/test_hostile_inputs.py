"""Texts PostgreSQL refuses are refused on SQLite too, at the field; long goals have a limit."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import Pair
from mentorat_desktop.demo import load_demo
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.services import settings
from mentorat_desktop.services.documents.document_export import DocumentKind, render
from mentorat_desktop.services.programmes.pairs import MAX_GOALS_CHARS, get_pair, update_pair
from mentorat_desktop.services.staff import people, skills
from mentorat_desktop.services.staff.people import PersonInput

LIGATURES = "ﬃ" * 50  # 50 characters, whose key "ffi…" has 150


def _category(database: Database) -> int:
    return skills.create_category(database, "Numérique test").id


def test_a_skill_name_whose_key_outgrows_its_column(database: Database) -> None:
    category = _category(database)
    with pytest.raises(ValidationError) as caught:
        skills.create_skill(database, category, LIGATURES)
    assert caught.value.field == "name" and "ligatures" in caught.value.message


def test_a_department_name_whose_key_outgrows_its_column(database: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        people.create_department(database, LIGATURES)
    assert caught.value.field == "name"


def test_a_signatory_name_over_200_characters(database: Database) -> None:
    data = replace(settings.get_settings(database), signatory_name="N" * 201)
    with pytest.raises(ValidationError) as caught:
        settings.save_settings(database, data)
    assert caught.value.field == "signatory_name" and "200" in caught.value.message


@pytest.mark.parametrize("bad", ["Zo\x00é", "Zo\x07é", "Zo\x1bé"])
def test_control_characters_in_a_name(database: Database, bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        people.create_person(database, PersonInput(first_name=bad, last_name="Martin"))
    assert caught.value.field == "first_name"


def test_a_nul_in_a_long_text(database: Database) -> None:
    data = replace(settings.get_settings(database), address="1 rue\x00 de la Paix")
    with pytest.raises(ValidationError) as caught:
        settings.save_settings(database, data)
    assert caught.value.field == "address"


def test_tabs_and_line_breaks_still_pass(database: Database) -> None:
    data = replace(settings.get_settings(database), address="1 rue de la Paix\n75002 Paris")
    assert settings.save_settings(database, data).address.endswith("Paris")


@pytest.fixture
def a_pair(sqlite_database: Database) -> int:
    load_demo(sqlite_database, "small", seed=2, today=date(2026, 11, 27))
    with sqlite_database.reading() as session:
        return session.scalars(select(Pair.id).order_by(Pair.id)).first()  # type: ignore[return-value]


def test_goals_past_the_limit_are_refused_at_the_field(
    sqlite_database: Database, a_pair: int
) -> None:
    pair = get_pair(sqlite_database, a_pair)
    with pytest.raises(ValidationError) as caught:
        update_pair(
            sqlite_database,
            a_pair,
            pair.version,
            goals="x" * (MAX_GOALS_CHARS + 1),
            focus=pair.focus,
            reciprocal=pair.reciprocal,
        )
    assert caught.value.field == "goals"
    assert get_pair(sqlite_database, a_pair).goals == pair.goals


def test_a_charter_with_the_longest_goals_is_quick(sqlite_database: Database, a_pair: int) -> None:
    pair = get_pair(sqlite_database, a_pair)
    words = ("Apprendre à utiliser les assistants d’IA pour préparer une réunion. " * 200)[
        :MAX_GOALS_CHARS
    ]
    update_pair(
        sqlite_database,
        a_pair,
        pair.version,
        goals=words,
        focus=pair.focus,
        reciprocal=pair.reciprocal,
    )
    began = time.perf_counter()
    document = render(
        sqlite_database, DocumentKind.CHARTER, programme_id=pair.programme_id, pair_id=a_pair
    )
    assert document.pdf.startswith(b"%PDF")
    assert time.perf_counter() - began < 10
