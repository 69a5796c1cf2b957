"""One user action is one service call in one transaction: nothing half-written on an error."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.sessions import journals, sessions
from mentorat_desktop.services.sessions.journals import ActionData, JournalInput, NewAction
from mentorat_desktop.services.staff import people
from mentorat_desktop.services.staff.people import PersonInput
from mentorat_desktop.ui.dialogs.person_dialog import PersonDialog
from mentorat_desktop.ui.main_window import MainWindow
from tests.conftest import type_text
from tests.test_services_sessions import make_world, plan


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators(QCoreApplication.instance(), "fr")
    yield
    install_translators(QCoreApplication.instance(), "en")


def test_new_department_is_saved_with_the_person_after_a_bad_email(
    qtbot, sqlite_database: Database, french
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("staff")
    staff = window.views["staff"]
    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonDialog)
        type_text(dialog.first_name, "Noé")
        type_text(dialog.last_name, "Lefèvre")
        type_text(dialog.email, "noe@exemple")
        dialog.department.setCurrentText("Logistique")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.errors["email"].text())
        type_text(dialog.email, ".fr")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.errors["department_id"].text())
        if dialog.isVisible():  # refused: close it, so the test fails rather than waits
            dialog.reject()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(staff.empty_add_button, Qt.MouseButton.LeftButton)

    assert "courriel" in seen[0]  # « … » n’est pas un courriel valide : in French
    assert seen[1] == ""
    assert [d.name for d in people.list_departments(sqlite_database)] == ["Logistique"]
    (person,) = people.list_people(sqlite_database)
    assert (person.email, person.department_name) == ("noe@exemple.fr", "Logistique")
    assert staff.proxy.rowCount() == 1


def test_new_department_reuses_one_of_that_name_and_writes_nothing_on_error(
    database: Database,
) -> None:
    with pytest.raises(ValidationError) as caught:
        people.create_person(
            database, PersonInput("Léa", "Martin", email="pas-un-email", new_department="Ventes")
        )
    assert caught.value.field == "email"
    assert people.list_departments(database) == []

    first = people.create_person(database, PersonInput("Léa", "Martin", new_department="Ventes"))
    second = people.create_person(database, PersonInput("Paul", "Roy", new_department=" VENTES "))
    assert first.department_id == second.department_id
    assert [d.name for d in people.list_departments(database)] == ["Ventes"]

    moved = people.update_person(
        database, second.id, PersonInput("Paul", "Roy", new_department="Achats")
    )
    assert moved.department_name == "Achats"
    with pytest.raises(ValidationError) as caught:
        people.create_person(database, PersonInput("Zoë", "Roy", new_department="x" * 121))
    assert caught.value.field == "department_id"


def test_save_journal_names_each_new_action_by_its_place(database: Database) -> None:
    world = make_world(database)
    (session,) = plan(database, world)
    sessions.set_status(database, session.id, None, SessionStatus.HELD)
    first = journals.save_journal(
        database, session.id, JournalInput(action_items=(ActionData("Relire"),))
    )
    (kept,) = first.new_actions
    assert kept.position == 0

    saved = journals.save_journal(
        database,
        session.id,
        JournalInput(
            action_items=(
                ActionData(""),  # a row with no text yet: not stored
                ActionData("Installer Canva"),
                ActionData("Relire !", id=kept.id),
                ActionData("Poster sur LinkedIn"),
            )
        ),
    )
    texts = {a.id: a.text for a in saved.content.action_items}
    assert [type(n) for n in saved.new_actions] == [NewAction, NewAction]
    assert {n.position: texts[n.id] for n in saved.new_actions} == {
        1: "Installer Canva",
        3: "Poster sur LinkedIn",
    }
    assert texts[kept.id] == "Relire !"
    assert journals.get_journal(database, session.id).new_actions == ()
