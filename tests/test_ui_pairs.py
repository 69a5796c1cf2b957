"""The pairs view, its dialogs and the matcher dialog, driven as a user would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import Person
from mentorat_desktop.demo import load_demo
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.programmes import programmes
from mentorat_desktop.services.programmes.pair_table import list_pairs
from mentorat_desktop.services.programmes.pairs import create_pair
from mentorat_desktop.services.programmes.participants import set_participants
from mentorat_desktop.services.programmes.programmes import ProgrammeInput, list_programmes
from mentorat_desktop.ui.dialogs.match_dialog import MatchDialog
from mentorat_desktop.ui.dialogs.pair_dialog import PairDialog
from mentorat_desktop.ui.dialogs.participants_dialog import ParticipantsDialog
from mentorat_desktop.ui.dialogs.programme_dialog import ProgrammeDialog
from mentorat_desktop.ui.main_window import MainWindow
from mentorat_desktop.ui.models.pairs_model import COL_HEALTH, COL_STATUS, PairsTableModel
from mentorat_desktop.ui.models.proposals_model import COL_ACCEPT, ProposalsModel
from tests.conftest import type_text
from tests.test_services_pairs import _setup


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    install_translators(QCoreApplication.instance(), "fr")
    yield
    install_translators(QCoreApplication.instance(), "en")


def _demo(database: Database) -> tuple[int, int]:
    load_demo(database, "small", today=date.today())
    found = {p.status: p.id for p in list_programmes(database)}
    return found["draft"], found["running"]


def _pairs_view(qtbot, database: Database):  # type: ignore[no-untyped-def]
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("pairs")
    return window, window.views["pairs"]


def test_models_pass_the_model_tester(qapp, qtmodeltester, sqlite_database: Database) -> None:
    _, running = _demo(sqlite_database)
    model = PairsTableModel()
    model.set_rows(list_pairs(sqlite_database, running))
    qtmodeltester.check(model)
    assert model.rowCount() == 12
    assert model.index(0, COL_STATUS).data() == "Active"
    healths = {model.index(r, COL_HEALTH).data() for r in range(model.rowCount())}
    assert healths <= {"On track", "Late", "Stalled"}
    late = next(r for r in range(model.rowCount()) if model.rows[r].health)
    assert model.index(late, COL_HEALTH).data(Qt.ItemDataRole.DecorationRole) is not None
    proposals = ProposalsModel()
    qtmodeltester.check(proposals)


def test_view_shows_the_running_programme_and_switches(qtbot, sqlite_database: Database) -> None:
    draft, running = _demo(sqlite_database)
    _window, view = _pairs_view(qtbot, sqlite_database)
    assert view.current_programme().id == running
    assert view.proxy.rowCount() == 12 and not view.empty_hint.isVisible()
    view.programme_combo.setCurrentIndex(view.programme_combo.findData(draft))
    assert view.proxy.rowCount() == 0
    assert view.empty_hint.isVisible() and "Suggest pairs" in view.empty_hint.text()
    assert view.suggest_button.isEnabled() and view.start_button.isEnabled()


def test_match_dialog_end_to_end(qtbot, sqlite_database: Database) -> None:
    draft, _ = _demo(sqlite_database)
    dialog = MatchDialog(sqlite_database, draft)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished_run, timeout=10_000):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    proposals = list(dialog.model.rows)
    assert len(proposals) >= 5
    assert all(p.explanation and p.score > 0 for p in proposals)
    # Lock the second pair, forbid the first: the re-runs keep one and drop the other.
    second, first = proposals[1], proposals[0]
    dialog.table.selectRow(_proxy_row(dialog, second))
    with qtbot.waitSignal(dialog.finished_run, timeout=10_000):
        qtbot.mouseClick(dialog.lock_button, Qt.MouseButton.LeftButton)
    assert any(p.locked and p.mentee_id == second.mentee_id for p in dialog.model.rows)
    dialog.table.selectRow(_proxy_row(dialog, first))
    with qtbot.waitSignal(dialog.finished_run, timeout=10_000):
        qtbot.mouseClick(dialog.forbid_button, Qt.MouseButton.LeftButton)
    pairs_now = {(p.mentor_id, p.mentee_id) for p in dialog.model.rows}
    assert (first.mentor_id, first.mentee_id) not in pairs_now
    # Untick one, create the others as active pairs.
    rows = dialog.model.rows
    dialog.model.setData(
        dialog.model.index(0, COL_ACCEPT), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    dialog.create_as.setCurrentIndex(1)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.created == len(rows) - 1
    stored = list_pairs(sqlite_database, draft)
    assert len(stored) == len(rows) - 1 and all(r.status == "active" for r in stored)
    assert all(r.focus for r in stored)


def _proxy_row(dialog: MatchDialog, proposal) -> int:  # type: ignore[no-untyped-def]
    source = dialog.model.rows.index(proposal)
    return dialog.proxy.mapFromSource(dialog.model.index(source, 0)).row()


def test_pairs_view_suggest_accept_shows_new_pairs(
    qtbot, sqlite_database: Database, monkeypatch
) -> None:
    draft, _ = _demo(sqlite_database)
    _window, view = _pairs_view(qtbot, sqlite_database)
    view.programme_combo.setCurrentIndex(view.programme_combo.findData(draft))

    def run_and_accept(dialog: MatchDialog) -> int:
        qtbot.waitUntil(lambda: bool(dialog.model.rows), timeout=10_000)
        dialog.accept_all()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
        return dialog.result()

    monkeypatch.setattr(MatchDialog, "exec", run_and_accept)
    qtbot.mouseClick(view.suggest_button, Qt.MouseButton.LeftButton)
    assert view.proxy.rowCount() == len(list_pairs(sqlite_database, draft)) > 0
    assert {view.model.status_label("proposed")} == {
        view.proxy.index(r, COL_STATUS).data() for r in range(view.proxy.rowCount())
    }


def test_programme_dialog_shows_errors_at_the_field_and_saves(
    qtbot, sqlite_database: Database
) -> None:
    dialog = ProgrammeDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["name"].isVisible()
    type_text(dialog.name, "Cohorte d'été – Œuvre")
    dialog.end_date.setDate(dialog.start_date.date().addDays(-1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["end_date"].isVisible() and not dialog.errors["name"].isVisible()
    dialog.end_date.setDate(dialog.start_date.date().addMonths(6))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.default_charter_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (saved,) = list_programmes(sqlite_database)
    assert saved.name == "Cohorte d'été – Œuvre" and saved.language == "en"
    assert saved.charter_text.startswith("Reverse mentoring")


def test_participants_then_pair_by_hand(qtbot, sqlite_database: Database) -> None:
    draft, _ = _demo(sqlite_database)
    participants = ParticipantsDialog(sqlite_database, draft)
    qtbot.addWidget(participants)
    before = participants.chosen_ids()
    type_text(participants.search, "Assistants IA")
    assert 0 < participants.proxy.rowCount() < participants.model.rowCount()
    participants.search.clear()
    dialog = PairDialog(sqlite_database, draft)
    qtbot.addWidget(dialog)
    dialog.show()
    with sqlite_database.reading() as session:
        managers = {p.id: p.manager_id for p in session.query(Person).filter(Person.id.in_(before))}
    mentor, mentee = next(
        (a, b) for a in sorted(before) for b in sorted(before)
        if a != b and managers[a] != b and managers[b] != a
    )  # fmt: skip
    dialog.mentor.setCurrentIndex(dialog.mentor.findData(mentor))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["mentee"].isVisible()  # no mentee chosen
    dialog.mentee.setCurrentIndex(dialog.mentee.findData(mentor))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "two people" in dialog.errors["mentee"].text()
    dialog.mentee.setCurrentIndex(dialog.mentee.findData(mentee))
    type_text(dialog.goals, "Être à l'aise avec l'IA")
    dialog.tick("Assistants IA")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (row,) = list_pairs(sqlite_database, draft)
    assert row.goals == "Être à l'aise avec l'IA" and row.focus[0][0] == "Assistants IA"


def test_pair_dialog_refuses_a_pair_of_the_previous_programme_in_french(
    qtbot, sqlite_database: Database, french
) -> None:  # type: ignore[no-untyped-def]
    database = sqlite_database
    new, lea, bernard, chloe, _ = _setup(database)
    old = programmes.create_programme(
        database, ProgrammeInput("Cohorte 2026", date(2026, 1, 5), date(2026, 6, 30))
    )
    set_participants(database, old.id, {lea.id, bernard.id})
    create_pair(database, old.id, lea.id, bernard.id)

    dialog = PairDialog(database, new.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mentor.setCurrentIndex(dialog.mentor.findData(lea.id))
    dialog.mentee.setCurrentIndex(dialog.mentee.findData(bernard.id))
    message = dialog.errors["mentee"]
    assert message.isVisible()  # said as soon as both are chosen
    assert message.text().endswith(  # after the warning sign
        "Léa Martin et Bernard Dupont formaient un binôme lors du programme précédent\u00a0: "
        "choisissez quelqu’un d’autre."
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and message.isVisible()
    assert list_pairs(database, new.id) == []
    dialog.mentee.setCurrentIndex(dialog.mentee.findData(chloe.id))
    assert not message.isVisible()
    dialog.tick("Assistants IA")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (row,) = list_pairs(database, new.id)
    assert (row.mentor_id, row.mentee_id) == (lea.id, chloe.id)


def test_close_programme_dialog_ends_the_pairs_still_going_and_keeps_the_end_levels(
    qtbot, qtmodeltester, sqlite_database: Database
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from mentorat_desktop.db.enums import AssessmentKind, PairStatus, ProgrammeStatus
    from mentorat_desktop.db.models import Pair, Programme, SkillAssessment
    from mentorat_desktop.ui.dialogs.close_programme_dialog import CloseProgrammeDialog
    from mentorat_desktop.ui.models.end_levels_model import COL_LEVEL

    _, running = _demo(sqlite_database)
    going = [p for p in list_pairs(sqlite_database, running) if p.status in ("active", "proposed")]
    assert going
    programme = next(p for p in list_programmes(sqlite_database) if p.id == running)
    dialog = CloseProgrammeDialog(sqlite_database, programme)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.model().rowCount() == len(dialog.model.rows) > 0
    qtmodeltester.check(dialog.model)
    assert dialog.ending_box is not None and dialog.ending_box.isVisible()
    learner = dialog.model.rows[0]
    combo = dialog.table.indexWidget(dialog.model.index(0, COL_LEVEL))  # the level's combo box
    combo.setCurrentIndex(4)
    dialog.end_status.setCurrentIndex(dialog.end_status.findData("stopped"))
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Say why" in dialog.error.text()
    assert combo.currentIndex() == 4  # what was typed stays
    type_text(dialog.end_reason, "Fin de la cohorte")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()

    with sqlite_database.reading() as session:
        assert session.get(Programme, running).status is ProgrammeStatus.CLOSED
        statuses = {session.get(Pair, p.id).status for p in going}
        levels = session.scalars(
            select(SkillAssessment.level).where(
                SkillAssessment.programme_id == running,
                SkillAssessment.kind == AssessmentKind.END,
                SkillAssessment.person_id == learner.person_id,
                SkillAssessment.skill_id == learner.skill_id,
            )
        ).all()
    assert statuses == {PairStatus.STOPPED}
    assert levels == [4]
