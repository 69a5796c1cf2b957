"""Choosing a programme's participants in bulk, in French, from an empty database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mentorat_desktop.i18n import install_translators
from mentorat_desktop.search_text import collation_key
from mentorat_desktop.services.programmes.participants import staff_choices
from mentorat_desktop.services.programmes.programmes import ProgrammeInput, create_programme
from mentorat_desktop.services.staff import people, skills
from mentorat_desktop.services.staff.people import PersonInput
from mentorat_desktop.services.staff.staff_directory import generation_band
from mentorat_desktop.ui.dialogs.participants_dialog import COL_NAME, ParticipantsDialog

# (first name, last name, department, birth year)
STAFF = [
    ("Zoë", "Aubert", "Ventes", 1999),
    ("Éloïse", "Bernard", "Ventes", 1972),
    ("Łucja", "Nowak", "Comptabilité", 1990),
    ("Lucas", "Petit", "Comptabilité", 2000),
    ("Mathis", "Leroy", "Ventes", 1985),
    ("Ophélie", "Roux", "Direction", 1968),
    ("Œdipe", "Faure", "Direction", 1960),
    ("Adèle", "Morel", "Ventes", 2001),
]


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")


def test_collation_key_follows_french_order() -> None:
    names = ["Zoë", "Éloïse", "Lucas", "Łucja", "Mathis", "Œdipe", "Adèle", "Luc", "eloise"]
    assert sorted(names, key=collation_key) == [
        "Adèle",
        "eloise",
        "Éloïse",
        "Luc",
        "Lucas",
        "Łucja",
        "Mathis",
        "Œdipe",
        "Zoë",
    ]


def _world(database) -> int:  # type: ignore[no-untyped-def]
    category = skills.create_category(database, "Numérique")
    ai = skills.create_skill(database, category.id, "Assistants IA")
    excel = skills.create_skill(database, category.id, "Tableur")
    for i, (first, last, department, year) in enumerate(STAFF):
        person = people.create_person(
            database, PersonInput(first, last, new_department=department, birth_year=year)
        )
        if i % 2 == 0:
            skills.set_person_skill(database, person.id, ai.id, level=4, can_teach=True)
        elif i % 3 == 0:
            skills.set_person_skill(database, person.id, excel.id, level=0, wants_to_learn=True)
    start = date.today() + timedelta(days=30)
    return create_programme(
        database, ProgrammeInput("Cohorte 2027", start, start + timedelta(days=180))
    ).id


def _shown_names(dialog: ParticipantsDialog) -> list[str]:
    return [dialog.proxy.index(r, COL_NAME).data() for r in range(dialog.proxy.rowCount())]


def test_tick_in_bulk_with_filters_and_keyboard(qtbot, french, sqlite_database) -> None:
    programme_id = _world(sqlite_database)
    dialog = ParticipantsDialog(sqlite_database, programme_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.tick_shown.text() == "&Cocher les affichés"
    # French collation: Éloïse before Zoë, Łucja among the L, Œdipe as OE.
    names = _shown_names(dialog)
    assert names == sorted(names, key=collation_key)
    assert names.index("Éloïse Bernard") < names.index("Zoë Aubert")
    assert names.index("Lucas Petit") < names.index("Łucja Nowak") < names.index("Mathis Leroy")
    assert names.index("Œdipe Faure") < names.index("Ophélie Roux")

    # The Sales department only: tick all shown.
    dialog.department.setCurrentIndex(dialog.department.findData("Ventes"))
    assert sorted(_shown_names(dialog)) == sorted(
        f"{f} {n}" for f, n, d, _ in STAFF if d == "Ventes"
    )
    qtbot.mouseClick(dialog.tick_shown, Qt.MouseButton.LeftButton)
    assert len(dialog.chosen_ids()) == 4
    # Then those who can teach AI, across departments: invert what is shown.
    dialog.department.setCurrentIndex(0)
    dialog.skill.setCurrentIndex(dialog.skill.findData("Assistants IA"))
    assert dialog.proxy.rowCount() == 4
    qtbot.mouseClick(dialog.invert_shown, Qt.MouseButton.LeftButton)
    ticked = {
        c.name for c in staff_choices(sqlite_database, programme_id) if c.id in dialog.chosen_ids()
    }
    assert ticked == {"Éloïse Bernard", "Adèle Morel", "Łucja Nowak", "Œdipe Faure"}
    # A generation: Generation Z people only, then untick them.
    dialog.skill.setCurrentIndex(0)
    # (the band names are translated once per run: ask for them, not for a French word)
    dialog.generation.setCurrentIndex(dialog.generation.findData(generation_band(1999)))
    assert sorted(_shown_names(dialog)) == ["Adèle Morel", "Lucas Petit", "Zoë Aubert"]
    qtbot.mouseClick(dialog.untick_shown, Qt.MouseButton.LeftButton)
    assert len(dialog.chosen_ids()) == 3  # Adèle is no longer ticked
    # No filter: Ctrl+A then Space ticks every row; Space again unticks them all.
    dialog.generation.setCurrentIndex(0)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert len(dialog.chosen_ids()) == len(STAFF)
    assert "8" in dialog.count_label.text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.chosen_ids() == set()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)

    dialog.button_box.button(dialog.button_box.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert all(c.participant for c in staff_choices(sqlite_database, programme_id))
