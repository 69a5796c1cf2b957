"""Édition › Annuler and Rétablir, driven in French as the office manager would: each kind of
edit made in the views, undone (Ctrl+Z and the menu) and redone, checking the screen and the
database; a stale undo refused; the steps cleared when the data is replaced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.db.enums import PairStatus, ProgrammeStatus, SessionStatus
from mentorat_desktop.db.models import (
    OrganisationSettings,
    Pair,
    Person,
    PersonSkill,
    Programme,
    ProgrammeParticipant,
)
from mentorat_desktop.db.models import Session as SessionRow
from mentorat_desktop.services import undo
from mentorat_desktop.services.changes import Changes
from mentorat_desktop.services.sessions.sessions import PlanInput, SessionRecord, plan_sessions
from mentorat_desktop.services.staff import people, skills
from mentorat_desktop.services.staff.people import PersonInput
from mentorat_desktop.services.staff.skill_matrix import skill_matrix
from mentorat_desktop.ui.dialogs.person_dialog import PersonDialog
from mentorat_desktop.ui.main_window import MainWindow
from mentorat_desktop.ui.models.staff_table_model import COL_JOB
from mentorat_desktop.ui.widgets.matrix_table import teach_key
from tests.conftest import type_text
from tests.test_lifecycle_journey import click, drive, french, type_date  # noqa: F401  (a fixture)
from tests.test_ui_main_window import _window

pytestmark = pytest.mark.usefixtures("french")

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _undo_text(window: MainWindow) -> str:
    window.edit_menu.refresh()
    return window.edit_menu.undo_action.text()


def _redo_text(window: MainWindow) -> str:
    window.edit_menu.refresh()
    return window.edit_menu.redo_action.text()


def _person(database: Database, last_name: str) -> Person | None:
    with database.reading() as session:
        return session.scalars(select(Person).where(Person.last_name == last_name)).first()


def _staff_names(window: MainWindow) -> list[str]:
    view = window.views["staff"]
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]  # type: ignore[attr-defined]


def _showing(qtbot, database: Database, view: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = _window(qtbot, database)
    window.show_view(view)
    return window


def _staff_job(window: MainWindow) -> str:
    view = window.views["staff"]
    return str(view.proxy.index(0, COL_JOB).data() or "")  # type: ignore[attr-defined]


def test_person_fields_and_archive_undone_and_redone(
    qtbot, sqlite_database: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = sqlite_database
    window = _showing(qtbot, database, "staff")
    staff = window.views["staff"]
    menu = window.edit_menu
    assert menu.menu.title() == "É&dition"
    assert not menu.undo_action.isEnabled() and menu.undo_action.text() == "&Annuler"
    assert not menu.redo_action.isEnabled() and menu.redo_action.text() == "&Rétablir"
    assert menu.undo_action.toolTip() == "Rien à annuler"

    def add(dialog) -> None:  # type: ignore[no-untyped-def]
        type_text(dialog.first_name, "Léa")
        type_text(dialog.last_name, "Martin")
        click(qtbot, dialog.save_button)

    drive(monkeypatch, PersonDialog, add)
    click(qtbot, staff.empty_add_button)  # type: ignore[attr-defined]
    assert _staff_names(window) == ["Léa Martin"]
    assert _undo_text(window) == "&Annuler\u00a0: ajout de Léa Martin"

    def edit(dialog) -> None:  # type: ignore[no-untyped-def]
        type_text(dialog.job_title, "Chargée de communication")
        click(qtbot, dialog.save_button)

    drive(monkeypatch, PersonDialog, edit)
    click(qtbot, staff.detail.edit_button)  # type: ignore[attr-defined]
    assert _person(database, "Martin").job_title == "Chargée de communication"  # type: ignore[union-attr]
    assert _undo_text(window) == "&Annuler\u00a0: modification de Léa Martin"

    # Ctrl+Z from the table: the job title goes back, on screen and in the database.
    staff.table.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(staff.table, Qt.Key.Key_Z, CTRL)  # type: ignore[attr-defined]
    assert _person(database, "Martin").job_title == ""  # type: ignore[union-attr]
    assert _staff_job(window) == ""
    assert _redo_text(window) == "&Rétablir\u00a0: modification de Léa Martin"
    assert window.statusBar().currentMessage() == "Annulé\u00a0: modification de Léa Martin"
    qtbot.keyClick(staff.table, Qt.Key.Key_Y, CTRL)  # type: ignore[attr-defined]
    assert _person(database, "Martin").job_title == "Chargée de communication"  # type: ignore[union-attr]
    assert _staff_job(window) == "Chargée de communication"

    # Archive, then undo it from the menu: she is back in the list.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, staff.detail.archive_button)  # type: ignore[attr-defined]
    assert _person(database, "Martin").archived_at is not None  # type: ignore[union-attr]
    assert _staff_names(window) == []
    assert _undo_text(window) == "&Annuler\u00a0: archivage de Léa Martin"
    menu.undo_action.trigger()
    assert _person(database, "Martin").archived_at is None  # type: ignore[union-attr]
    assert _staff_names(window) == ["Léa Martin"]
    qtbot.keyClick(staff.table, Qt.Key.Key_Z, CTRL_SHIFT)  # type: ignore[attr-defined]
    assert _person(database, "Martin").archived_at is not None  # type: ignore[union-attr]
    assert _staff_names(window) == []
    menu.undo_action.trigger()  # the archiving
    menu.undo_action.trigger()  # the job title
    menu.undo_action.trigger()  # the person herself
    assert _person(database, "Martin") is None and _staff_names(window) == []
    assert not menu.undo_action.isEnabled() and menu.redo_action.isEnabled()
    menu.redo_action.trigger()
    assert _staff_names(window) == ["Léa Martin"]


def test_matrix_level_undone_after_a_view_change(qtbot, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    database = sqlite_database
    category = skills.create_category(database, "Numérique")
    canva = skills.create_skill(database, category.id, "Canva")
    léa = people.create_person(database, PersonInput("Léa", "Martin"))
    undo.stack_for(database).clear()  # set-up, not the user's edits
    window = _window(qtbot, database)
    window.show_view("skills")
    view = window.views["skills"]
    view.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    model = view.matrix_model  # type: ignore[attr-defined]
    index = model.index(0, 0)
    view.matrix_table.setFocus()  # type: ignore[attr-defined]
    view.matrix_table.setCurrentIndex(index)  # type: ignore[attr-defined]
    qtbot.keyClicks(view.matrix_table, "3")  # type: ignore[attr-defined]
    qtbot.keyClicks(view.matrix_table, teach_key())  # type: ignore[attr-defined]
    assert skill_matrix(database).cells[(léa.id, canva.id)] == (3, True, False)
    assert _undo_text(window) == "&Annuler\u00a0: niveau de Canva pour Léa Martin"

    window.show_view("staff")  # the steps survive a change of view
    window.show_view("skills")
    qtbot.keyClick(view.matrix_table, Qt.Key.Key_Z, CTRL)  # type: ignore[attr-defined]
    assert skill_matrix(database).cells[(léa.id, canva.id)] == (3, False, False)
    assert model.index(0, 0).data() == "3"
    qtbot.keyClick(view.matrix_table, Qt.Key.Key_Z, CTRL)  # type: ignore[attr-defined]
    with database.reading() as session:
        assert session.get(PersonSkill, (léa.id, canva.id)) is None
    qtbot.keyClick(view.matrix_table, Qt.Key.Key_Y, CTRL)  # type: ignore[attr-defined]
    qtbot.keyClick(view.matrix_table, Qt.Key.Key_Z, CTRL_SHIFT)  # type: ignore[attr-defined]
    assert skill_matrix(database).cells[(léa.id, canva.id)] == (3, True, False)
    assert model.index(0, 0).data() == f"3 {teach_key()}"


def test_stale_undo_is_refused_in_one_sentence(
    qtbot, sqlite_database: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = sqlite_database
    window = _window(qtbot, database)
    léa = people.create_person(database, PersonInput("Léa", "Martin"))
    edited = people.update_person(database, léa.id, PersonInput("Léa", "Martin", job_title="RH"))
    other = open_database(str(database.sqlite_file))  # another coordinator, meanwhile
    people.update_person(
        other,
        léa.id,
        PersonInput("Léa", "Martin", job_title="DRH"),
        expected_version=edited.version,
    )
    other.close()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    qtbot.waitUntil(window.edit_menu.undo_action.isEnabled)  # the menu follows the stack
    window.edit_menu.undo_action.trigger()
    assert warned == [
        "«\u00a0modification de Léa Martin\u00a0» ne peut plus être annulé\u00a0: "
        "quelqu’un d’autre l’a modifié entre-temps."
    ]
    assert _person(database, "Martin").job_title == "DRH"  # type: ignore[union-attr]
    assert _undo_text(window) == "&Annuler\u00a0: ajout de Léa Martin"  # the step is dropped


def test_steps_cleared_when_the_data_is_replaced(qtbot, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_database)
    people.create_person(sqlite_database, PersonInput("Léa", "Martin"))
    assert window.edit_menu.undo_action.isEnabled() or _undo_text(window) != "&Annuler"
    window.safety.data_replaced.emit()  # what a restore or an anonymisation signals
    assert not window.edit_menu.undo_action.isEnabled()
    assert window.edit_menu.undo_action.text() == "&Annuler"


def _programme_with_two_participants(database: Database) -> tuple[int, int, int]:
    """Set-up (not the user's edits): a running programme, Léa and Bernard taking part."""
    today = date.today()
    with database.transaction() as session:
        session.add(OrganisationSettings(id=1, timezone="Europe/Paris", country="FR"))
        léa = Person(first_name="Léa", last_name="Martin", birth_year=2001)
        bernard = Person(first_name="Bernard", last_name="Dupont", birth_year=1966)
        programme = Programme(
            name="Cohorte 2026",
            start_date=today - timedelta(days=30),
            end_date=today + timedelta(days=150),
            status=ProgrammeStatus.RUNNING,
        )
        session.add_all([léa, bernard, programme])
        session.flush()
        session.add_all(
            ProgrammeParticipant(programme_id=programme.id, person_id=p)
            for p in (léa.id, bernard.id)
        )
        return programme.id, léa.id, bernard.id


@dataclass(frozen=True)
class PairWorld:
    programme: int
    léa: int
    bernard: int
    pair: int
    session: SessionRecord


def _pair_with_a_session(
    database: Database, in_days: int, at: time, location: str = ""
) -> PairWorld:
    """Set-up: Léa mentors Bernard (active), one session planned ``in_days`` from today."""
    programme, léa, bernard = _programme_with_two_participants(database)
    with database.transaction() as session:
        pair = Pair(
            programme_id=programme, mentor_id=léa, mentee_id=bernard, status=PairStatus.ACTIVE
        )
        session.add(pair)
        session.flush()
        pair_id = pair.id
    day = date.today() + timedelta(days=in_days)
    (planned,) = plan_sessions(database, PlanInput(pair_id, day, at, 60, location))
    return PairWorld(programme, léa, bernard, pair_id, planned)


def _pairs(database: Database) -> list[Pair]:
    with database.reading() as session:
        return list(session.scalars(select(Pair)))


def _sessions(database: Database) -> list[SessionRow]:
    with database.reading() as session:
        return list(session.scalars(select(SessionRow).order_by(SessionRow.starts_at)))


def test_pair_and_sessions_undone_and_redone(qtbot, sqlite_database: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.pair_dialog import PairDialog
    from mentorat_desktop.ui.dialogs.plan_sessions_dialog import PlanSessionsDialog

    database = sqlite_database
    _programme, léa, bernard = _programme_with_two_participants(database)
    window = _window(qtbot, database)
    window.show_view("pairs")
    pairs_view = window.views["pairs"]

    def form_pair(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.mentor.setCurrentIndex(dialog.mentor.findData(léa))
        dialog.mentee.setCurrentIndex(dialog.mentee.findData(bernard))
        dialog.status.setCurrentIndex(dialog.status.findData("active"))
        click(qtbot, dialog.save_button)

    drive(monkeypatch, PairDialog, form_pair)
    click(qtbot, pairs_view.new_pair_button)  # type: ignore[attr-defined]
    assert pairs_view.model.rowCount() == 1 and len(_pairs(database)) == 1  # type: ignore[attr-defined]
    assert _undo_text(window) == "&Annuler\u00a0: nouveau binôme Léa Martin et Bernard Dupont"
    pairs_view.table.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(pairs_view.table, Qt.Key.Key_Z, CTRL)  # type: ignore[attr-defined]
    assert _pairs(database) == [] and pairs_view.model.rowCount() == 0  # type: ignore[attr-defined]
    qtbot.keyClick(pairs_view.table, Qt.Key.Key_Y, CTRL)  # type: ignore[attr-defined]
    (pair,) = _pairs(database)
    assert pair.status is PairStatus.ACTIVE and pairs_view.model.rowCount() == 1  # type: ignore[attr-defined]

    # Sessions: three planned, one cancelled, one marked missed; each undone in turn.
    window.show_view("sessions")
    sessions_view = window.views["sessions"]

    def plan(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.pair.setCurrentIndex(dialog.pair.findData(pair.id))
        type_date(qtbot, dialog.first_day, date.today() + timedelta(days=7))
        dialog.for_count.setChecked(True)
        dialog.count.setValue(3)
        click(qtbot, dialog.plan_button)

    drive(monkeypatch, PlanSessionsDialog, plan)
    click(qtbot, sessions_view.plan_button)  # type: ignore[attr-defined]
    first, second, _third = (s.id for s in _sessions(database))
    assert _undo_text(window) == (
        "&Annuler\u00a0: séances planifiées pour Léa Martin et Bernard Dupont"
    )
    assert sessions_view.select_session(first)  # type: ignore[attr-defined]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Grève des transports", True))
    sessions_view.cancel_action.trigger()  # type: ignore[attr-defined]  # in the "More" menu
    assert _sessions(database)[0].status is SessionStatus.CANCELLED
    assert _undo_text(window) == (
        "&Annuler\u00a0: statut d’une séance de Léa Martin et Bernard Dupont"
    )
    window.edit_menu.undo_action.trigger()
    assert _sessions(database)[0].status is SessionStatus.PLANNED
    assert _sessions(database)[0].cancel_reason == ""
    window.edit_menu.redo_action.trigger()
    assert _sessions(database)[0].status is SessionStatus.CANCELLED
    window.edit_menu.undo_action.trigger()
    sessions_view.tree.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(sessions_view.tree, Qt.Key.Key_Z, CTRL)  # type: ignore[attr-defined]
    assert _sessions(database) == []  # the three planned sessions, as one step
    assert not sessions_view.select_session(first)  # type: ignore[attr-defined]
    qtbot.keyClick(sessions_view.tree, Qt.Key.Key_Z, CTRL_SHIFT)  # type: ignore[attr-defined]
    assert [s.id for s in _sessions(database)][:2] == [first, second]
    assert sessions_view.select_session(second)  # type: ignore[attr-defined]


def test_agenda_and_journal_undone_and_redone(
    qtbot, sqlite_database: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.db.models import AgendaItem, Journal
    from mentorat_desktop.services.sessions.agenda import get_agenda
    from mentorat_desktop.ui.dialogs.agenda_dialog import AgendaDialog
    from mentorat_desktop.ui.dialogs.journal_dialog import JournalDialog

    database = sqlite_database
    held = _pair_with_a_session(database, -3, time(10)).session
    window = _window(qtbot, database)
    window.show_view("sessions")
    view = window.views["sessions"]
    view.set_quick_filter("all")  # type: ignore[attr-defined]
    assert view.select_session(held.id)  # type: ignore[attr-defined]
    pair_name = "Léa Martin et Bernard Dupont"

    def add_two_items(dialog) -> None:  # type: ignore[no-untyped-def]
        click(qtbot, dialog.add_button)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
        click(qtbot, dialog.add_button)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
        dialog.done(0)

    drive(monkeypatch, AgendaDialog, add_two_items)
    click(qtbot, view.agenda_button)  # type: ignore[attr-defined]
    assert len(get_agenda(database, held.id).items) == 2
    assert _undo_text(window) == f"&Annuler\u00a0: ordre du jour d’une séance de {pair_name}"
    view.tree.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(view.tree, Qt.Key.Key_Z, CTRL)  # type: ignore[attr-defined]
    assert len(get_agenda(database, held.id).items) == 1  # one step per save
    qtbot.keyClick(view.tree, Qt.Key.Key_Z, CTRL)  # type: ignore[attr-defined]
    with database.reading() as session:
        assert session.scalars(select(AgendaItem)).all() == []
    qtbot.keyClick(view.tree, Qt.Key.Key_Y, CTRL)  # type: ignore[attr-defined]
    qtbot.keyClick(view.tree, Qt.Key.Key_Y, CTRL)  # type: ignore[attr-defined]
    assert [i.topic for i in get_agenda(database, held.id).items] == ["Nouveau point"] * 2

    def write_journal(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.status.setCurrentIndex(dialog.status.findData("held"))
        type_text(dialog.summary, "Prise en main de l’assistant")
        dialog.done(QDialog.DialogCode.Accepted)

    drive(monkeypatch, JournalDialog, write_journal)
    assert view.select_session(held.id)  # type: ignore[attr-defined]
    click(qtbot, view.journal_button)  # type: ignore[attr-defined]
    assert _sessions(database)[0].status is SessionStatus.HELD
    assert _undo_text(window) == f"&Annuler\u00a0: compte rendu d’une séance de {pair_name}"
    window.edit_menu.undo_action.trigger()
    with database.reading() as session:
        assert session.scalars(select(Journal)).all() == []
    assert _undo_text(window) == f"&Annuler : statut d’une séance de {pair_name}"
    window.edit_menu.undo_action.trigger()  # the status chosen in the dialog: its own step
    assert _sessions(database)[0].status is SessionStatus.PLANNED
    window.edit_menu.redo_action.trigger()
    window.edit_menu.redo_action.trigger()
    with database.reading() as session:
        (journal,) = session.scalars(select(Journal)).all()
        assert journal.summary == "Prise en main de l’assistant"
    assert _sessions(database)[0].status is SessionStatus.HELD


def test_skill_added_archived_and_restored_undone(
    qtbot, sqlite_database: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.db.models import Skill
    from mentorat_desktop.services.staff.skill_matrix import skill_catalogue

    database = sqlite_database
    skills.create_category(database, "Numérique")  # set-up: before the window, not recorded
    window = _window(qtbot, database)
    window.show_view("skills")
    view = window.views["skills"]
    view.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    view.tree.setCurrentIndex(view.catalogue_proxy.index(0, 0))  # type: ignore[attr-defined]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Excel", True))
    click(qtbot, view.new_skill_button)  # type: ignore[attr-defined]
    assert [s.name for s in skill_catalogue(database)[0].skills] == ["Excel"]
    assert _undo_text(window) == "&Annuler\u00a0: nouvelle compétence Excel"

    def archived() -> bool:
        with database.reading() as session:
            return session.scalars(select(Skill)).one().archived_at is not None

    view._select("skill", skill_catalogue(database)[0].skills[0].id)  # type: ignore[attr-defined]
    click(qtbot, view.archive_button)  # type: ignore[attr-defined]
    assert archived()
    assert _undo_text(window) == "&Annuler\u00a0: archivage de la compétence Excel"
    view.tree.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(view.tree, Qt.Key.Key_Z, CTRL)  # type: ignore[attr-defined]
    assert not archived()
    qtbot.keyClick(view.tree, Qt.Key.Key_Y, CTRL)  # type: ignore[attr-defined]
    assert archived()
    window.edit_menu.undo_action.trigger()
    window.edit_menu.undo_action.trigger()  # the skill itself
    assert skill_catalogue(database)[0].skills == ()
    assert view.catalogue_proxy.rowCount(view.catalogue_proxy.index(0, 0)) == 0  # type: ignore[attr-defined]


def test_participants_pair_ended_and_session_moved_undone(
    qtbot, sqlite_database: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.db.models import ProgrammeParticipant as Participant
    from mentorat_desktop.ui.dialogs.move_session_dialog import MoveSessionDialog
    from mentorat_desktop.ui.dialogs.pair_dialog import PairDialog
    from mentorat_desktop.ui.dialogs.participants_dialog import ParticipantsDialog

    database = sqlite_database
    world = _pair_with_a_session(database, 10, time(14), "Salle A")
    léa, bernard, coming = world.léa, world.bernard, world.session
    with database.transaction() as session:
        zoë = Person(first_name="Zoë", last_name="O'Brien")
        session.add(zoë)
        session.flush()
        zoë_id = zoë.id
    window = _window(qtbot, database)
    window.show_view("pairs")
    pairs_view = window.views["pairs"]

    def participants() -> set[int]:
        with database.reading() as session:
            return set(session.scalars(select(Participant.person_id)))

    def add_zoë(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.set_chosen(zoë_id, True)
        dialog.save()

    drive(monkeypatch, ParticipantsDialog, add_zoë)
    click(qtbot, pairs_view.participants_button)  # type: ignore[attr-defined]
    assert participants() == {léa, bernard, zoë_id}
    assert _undo_text(window) == "&Annuler\u00a0: participants de Cohorte 2026"
    window.edit_menu.undo_action.trigger()
    assert participants() == {léa, bernard}
    window.edit_menu.redo_action.trigger()
    assert participants() == {léa, bernard, zoë_id}

    # The pair ended from its dialog: its session to come is called off; undo brings both back.
    def complete(dialog) -> None:  # type: ignore[no-untyped-def]
        type_text(dialog.goals, "Prendre en main Teams")
        dialog.status.setCurrentIndex(dialog.status.findData("completed"))
        click(qtbot, dialog.save_button)

    drive(monkeypatch, PairDialog, complete)
    pairs_view.table.selectRow(0)  # type: ignore[attr-defined]
    click(qtbot, pairs_view.edit_pair_button)  # type: ignore[attr-defined]
    assert _pairs(database)[0].status is PairStatus.COMPLETED
    assert _sessions(database)[0].status is SessionStatus.CANCELLED
    assert _undo_text(window) == ("&Annuler\u00a0: statut du binôme Léa Martin et Bernard Dupont")
    pairs_view.table.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(pairs_view.table, Qt.Key.Key_Z, CTRL)  # type: ignore[attr-defined]
    assert _pairs(database)[0].status is PairStatus.ACTIVE
    assert _sessions(database)[0].status is SessionStatus.PLANNED
    assert _pairs(database)[0].goals == ""  # the goals and the status: one save, one step
    assert _undo_text(window) == "&Annuler\u00a0: participants de Cohorte 2026"

    # A session moved to another place and length.
    window.show_view("sessions")
    view = window.views["sessions"]
    assert view.select_session(coming.id)  # type: ignore[attr-defined]

    def move(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.duration.setValue(45)
        dialog.location.clear()
        type_text(dialog.location, "Visio")
        dialog.save()

    drive(monkeypatch, MoveSessionDialog, move)
    click(qtbot, view.move_button)  # type: ignore[attr-defined]
    assert (_sessions(database)[0].location, _sessions(database)[0].duration_minutes) == (
        "Visio",
        45,
    )
    assert _undo_text(window) == (
        "&Annuler\u00a0: date et lieu d’une séance de Léa Martin et Bernard Dupont"
    )
    view.tree.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(view.tree, Qt.Key.Key_Z, CTRL)  # type: ignore[attr-defined]
    assert (_sessions(database)[0].location, _sessions(database)[0].duration_minutes) == (
        "Salle A",
        60,
    )
    qtbot.keyClick(view.tree, Qt.Key.Key_Z, CTRL_SHIFT)  # type: ignore[attr-defined]
    assert _sessions(database)[0].location == "Visio"


def test_an_import_in_the_background_is_one_step(
    qtbot, sqlite_database: Database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.services.staff.staff_directory import list_staff
    from mentorat_desktop.ui.dialogs.import_dialog import ImportDialog

    database = sqlite_database
    window = _showing(qtbot, database, "staff")
    path = tmp_path / "équipe.csv"
    path.write_text(
        "Nom;Prénom;Courriel;Service\nN’Diaye;Éloïse;eloise@example.fr;Marketing\n"
        "Martin;Paul;paul@example.fr;Finance\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(database, window)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_done, timeout=10_000):
        dialog.open_file(path)
    assert not window.edit_menu.undo_action.isEnabled()  # the preview wrote nothing
    with qtbot.waitSignal(dialog.import_done, timeout=10_000):
        click(qtbot, dialog.import_button)
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(window.edit_menu.undo_action.isEnabled)  # pushed from the worker thread
    assert window.edit_menu.undo_action.text() == "&Annuler\u00a0: import du personnel"
    window.notify(Changes(people=True))  # what the staff view reports after its import
    staff = window.views["staff"]
    staff.table.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(staff.table, Qt.Key.Key_Z, CTRL)  # type: ignore[attr-defined]
    assert list_staff(database) == [] and _staff_names(window) == []
    qtbot.keyClick(staff.table, Qt.Key.Key_Y, CTRL)  # type: ignore[attr-defined]
    assert sorted(_staff_names(window)) == ["Paul Martin", "Éloïse N’Diaye"]


def test_steps_cleared_after_a_transfer(qtbot, sqlite_database: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.transfer_dialog import TransferDialog

    window = _window(qtbot, sqlite_database)
    people.create_person(sqlite_database, PersonInput("Léa", "Martin"))
    qtbot.waitUntil(window.edit_menu.undo_action.isEnabled)

    def copied(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.report = object()  # as when the copy ran
        return 1

    monkeypatch.setattr(TransferDialog, "exec", copied)
    window.open_transfer()
    assert not window.edit_menu.undo_action.isEnabled()
    assert undo.stack_for(sqlite_database).undo_label() is None


def test_a_closed_window_no_longer_follows_the_stack(qtbot, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(sqlite_database)
    stack = undo.stack_for(sqlite_database)
    assert len(stack._listeners) == 1
    window.deleteLater()
    qtbot.wait(50)  # the window is gone
    people.create_person(sqlite_database, PersonInput("Léa", "Martin"))  # no one to tell
    assert stack.undo_label() == "ajout de Léa Martin"
    assert not stack._listeners
