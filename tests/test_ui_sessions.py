"""The sessions view and its dialogs, driven as the office manager would."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QLineEdit, QMessageBox

from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.services.sessions import agenda, journals, session_list, sessions
from mentorat_desktop.services.sessions.agenda import AgendaEntry
from mentorat_desktop.services.sessions.journals import ActionData, JournalInput
from mentorat_desktop.services.sessions.sessions import PlanInput
from mentorat_desktop.ui.dialogs.agenda_dialog import AgendaDialog
from mentorat_desktop.ui.dialogs.journal_dialog import JournalDialog
from mentorat_desktop.ui.dialogs.plan_sessions_dialog import PlanSessionsDialog
from mentorat_desktop.ui.models.agenda_model import AgendaModel
from mentorat_desktop.ui.models.session_tree_model import ROW_ROLE, SessionTreeModel
from mentorat_desktop.ui.views.catalogue import view_specs
from mentorat_desktop.ui.views.sessions_view import SessionsView
from tests.conftest import type_text
from tests.test_services_sessions import PARIS, make_world, plan


def _soon(days: int) -> date:
    return date.today() + timedelta(days=days)


def test_plan_a_series_in_the_dialog(qtbot, sqlite_database) -> None:
    world = make_world(sqlite_database)
    dialog = PlanSessionsDialog(sqlite_database, world.pair)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_day.setDate(QDate(2026, 3, 17))
    dialog.start_time.setTime(QTime(14, 0))
    dialog.rhythm.setCurrentIndex(dialog.rhythm.findData("weeks"))
    dialog.every_weeks.setValue(1)
    qtbot.mouseClick(dialog.for_count, Qt.MouseButton.LeftButton)
    dialog.count.setValue(3)
    type_text(dialog.location, "Salle « L'Établi »")
    qtbot.waitUntil(lambda: dialog.preview.count() == 3)
    assert "3" in dialog.preview_label.text()
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and len(dialog.created) == 3
    rows = session_list.list_sessions(
        sqlite_database, session_list.SessionFilter(session_list.ALL, pair_id=world.pair)
    )
    assert [r.starts_at.astimezone(PARIS).hour for r in rows] == [14, 14, 14]  # across DST
    assert {r.location for r in rows} == {"Salle « L'Établi »"}


def test_plan_dialog_shows_warnings_and_field_errors(qtbot, sqlite_database) -> None:
    world = make_world(sqlite_database)
    dialog = PlanSessionsDialog(sqlite_database, world.pair)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rhythm.setCurrentIndex(dialog.rhythm.findData("single"))
    dialog.first_day.setDate(QDate(2026, 5, 1))
    qtbot.waitUntil(lambda: dialog.preview.count() == 1 and "⚠" in dialog.preview.item(0).text())
    dialog.first_day.setDate(QDate(2026, 9, 1))
    dialog.rhythm.setCurrentIndex(dialog.rhythm.findData("weeks"))
    qtbot.waitUntil(lambda: dialog.errors["first_day"].isVisible())
    assert not dialog.plan_button.isEnabled()


def test_agenda_editor_add_reorder_and_template(qtbot, sqlite_database, monkeypatch) -> None:
    world = make_world(sqlite_database)
    (record,) = sessions.plan_sessions(
        sqlite_database, PlanInput(world.pair, date(2026, 3, 17), time(14), 60)
    )
    agenda.save_agenda(sqlite_database, record.id, [AgendaEntry("Accueil", 10)])
    dialog = AgendaDialog(sqlite_database, record.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # with no selection: at the end
    editor = dialog.table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    type_text(editor, "Réseaux sociaux & sécurité")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits on the next event loop turn
    qtbot.waitUntil(
        lambda: (
            [i.topic for i in agenda.get_agenda(sqlite_database, record.id).items]
            == ["Accueil", "Réseaux sociaux & sécurité"]
        )
    )
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    saved = agenda.get_agenda(sqlite_database, record.id).items
    assert [i.topic for i in saved] == ["Réseaux sociaux & sécurité", "Accueil"]
    dialog.model.setData(dialog.model.index(0, 1), 70)
    assert dialog.overflow.isVisible() and "20" in dialog.overflow.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.template.setCurrentIndex(dialog.template.findData(agenda.FIRST))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    saved = agenda.get_agenda(sqlite_database, record.id).items
    assert sum(i.minutes for i in saved) == 60 and len(saved) == 5
    assert not dialog.overflow.isVisible()


def test_agenda_drop_moves_a_row(qtbot, qtmodeltester) -> None:
    model = AgendaModel()
    model.set_rows([AgendaEntry("A", 5), AgendaEntry("B", 5), AgendaEntry("C", 5)])
    qtmodeltester.check(model)
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert [i.topic for i in model.items] == ["B", "C", "A"]
    assert model.move(2, -1) == 1 and [i.topic for i in model.items] == ["B", "A", "C"]


def test_journal_saves_as_you_type_and_on_close(qtbot, sqlite_database) -> None:
    world = make_world(sqlite_database)
    first, second = sessions.plan_sessions(
        sqlite_database,
        PlanInput(world.pair, date(2026, 3, 3), time(14), 60, rhythm="weeks", count=2),
    )
    journals.save_journal(
        sqlite_database, first.id, JournalInput(action_items=(ActionData("Lire", "mentee"),))
    )
    dialog = JournalDialog(sqlite_database, second.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData("held"))
    assert sessions.get_session(sqlite_database, second.id).status == "held"
    type_text(dialog.summary, "Découverte de Canva")
    qtbot.waitUntil(
        lambda: (
            journals.get_journal(sqlite_database, second.id).content.summary
            == "Découverte de Canva"
        ),
        timeout=3000,
    )
    dialog.mentee_rating.setCurrentIndex(dialog.mentee_rating.findData(4))
    dialog.add_action()
    type_text(dialog.action_rows[-1].text, "Créer un tableau")
    type_text(dialog.confidential, "Tendu")
    type_text(dialog.learned, "À moitié tap")  # half-typed, then the window closes
    dialog.close()
    saved = journals.get_journal(sqlite_database, second.id).content
    assert saved.learned == "À moitié tap" and saved.mentee_rating == 4
    assert saved.confidential_notes == "Tendu"
    assert [a.text for a in saved.action_items] == ["Créer un tableau"]


def test_first_journal_asks_the_fit_and_flags_the_pair(qtbot, sqlite_database) -> None:
    world = make_world(sqlite_database)
    (record,) = sessions.plan_sessions(
        sqlite_database, PlanInput(world.pair, date(2026, 3, 3), time(14), 60)
    )
    sessions.set_status(sqlite_database, record.id, None, SessionStatus.HELD)
    dialog = JournalDialog(sqlite_database, record.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fit_box.isVisible()
    dialog.mentee_fit.setCurrentIndex(dialog.mentee_fit.findData("not_a_fit"))
    qtbot.waitUntil(lambda: bool(journals.pairs_not_a_fit(sqlite_database)), timeout=3000)
    dialog.close()


def _view(qtbot, database) -> SessionsView:  # type: ignore[no-untyped-def]
    spec = next(s for s in view_specs() if s.key == "sessions")
    view = SessionsView(spec, database)
    qtbot.addWidget(view)
    view.reload()
    view.show()
    return view


def test_view_filters_to_journal(qtbot, qtmodeltester, sqlite_database) -> None:
    world = make_world(sqlite_database)
    past = sessions.plan_sessions(
        sqlite_database, PlanInput(world.pair, _soon(-20), time(10), 60, rhythm="weeks", count=2)
    )
    sessions.plan_sessions(sqlite_database, PlanInput(world.other_pair, _soon(3), time(10), 60))
    journals.save_journal(sqlite_database, past[0].id, JournalInput(summary="Fait"))
    view = _view(qtbot, sqlite_database)
    qtmodeltester.check(view.model)
    assert view.model.session_count() == 1  # upcoming by default
    qtbot.mouseClick(view.filter_bar.quick_buttons["to_journal"], Qt.MouseButton.LeftButton)
    assert view.model.session_count() == 1
    week = view.model.index(0, 0)
    row = view.model.index(0, 0, week).data(ROW_ROLE)
    assert row.id == past[1].id
    journal_cell = view.model.index(0, 6, week)
    assert journal_cell.data() in ("Overdue", "To write")
    assert journal_cell.data(Qt.ItemDataRole.DecorationRole) is not None  # icon and word
    qtbot.mouseClick(view.filter_bar.quick_buttons["all"], Qt.MouseButton.LeftButton)
    assert view.model.session_count() == 3
    qtmodeltester.check(view.model)


def test_view_cancel_and_empty_state(qtbot, sqlite_database, monkeypatch) -> None:
    world = make_world(sqlite_database)
    (record,) = sessions.plan_sessions(
        sqlite_database, PlanInput(world.pair, _soon(5), time(10), 60)
    )
    view = _view(qtbot, sqlite_database)
    assert view.select_session(record.id)
    monkeypatch.setattr(
        "mentorat_desktop.ui.views.sessions_view.QInputDialog.getText",
        lambda *a, **k: ("Formation obligatoire", True),
    )
    view.cancel_action.trigger()
    assert sessions.get_session(sqlite_database, record.id).status == "cancelled"
    assert view.model.session_count() == 0 and view.empty_label.isVisible()
    assert "Plan sessions" in view.empty_label.text()
    view.set_quick_filter("cancelled")
    assert view.model.session_count() == 1


def test_tree_model_groups_by_week(qtmodeltester) -> None:
    start = datetime(2026, 3, 16, 9, tzinfo=UTC)
    rows = [
        session_list.SessionRow(
            i,
            start + timedelta(days=3 * i),
            60,
            "",
            "planned",
            1,
            1,
            "P",
            "Léa",
            "Bernard",
            False,
            0,
            1,
        )
        for i in range(5)
    ]
    model = SessionTreeModel()
    model.set_rows(rows, PARIS, start)
    assert model.rowCount() == 2 and model.session_count() == 5  # Mon 16, Mon 23 March
    qtmodeltester.check(model)


def test_move_a_session_warns_about_a_weekend_and_saves_the_new_slot(
    qtbot, sqlite_database
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from mentorat_desktop.ui.dialogs.move_session_dialog import MoveSessionDialog

    world = make_world(sqlite_database)
    (record,) = plan(sqlite_database, world)  # Tuesday 17 March 2026, 14:00
    dialog = MoveSessionDialog(sqlite_database, record.id, record.version)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.warnings.isVisible()
    dialog.day.setDate(QDate(2026, 3, 21))  # a Saturday
    qtbot.waitUntil(lambda: dialog.warnings.isVisible())
    assert "weekend" in dialog.warnings.text()
    dialog.time.setTime(QTime(9, 30))
    dialog.duration.setValue(45)
    dialog.location.clear()
    type_text(dialog.location, "Visio Teams")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()

    moved = sessions.get_session(sqlite_database, record.id)
    assert moved.starts_at.astimezone(PARIS) == datetime(2026, 3, 21, 9, 30, tzinfo=PARIS)
    assert (moved.duration_minutes, moved.location) == (45, "Visio Teams")
    stale = MoveSessionDialog(sqlite_database, record.id, record.version)  # an old version
    qtbot.addWidget(stale)
    stale.show()
    qtbot.mouseClick(
        stale.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert stale.result() != stale.DialogCode.Accepted
    assert "someone else" in stale.error.text()
