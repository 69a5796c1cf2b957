"""Plan the programme: twelve pairs get their whole series in one dialog, in French."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QComboBox, QDialog, QSpinBox, QTimeEdit
from sqlalchemy import func, select

from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.db.models import Pair, Session
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.programmes import pairs
from mentorat_desktop.services.programmes.participants import set_participants
from mentorat_desktop.services.programmes.programmes import (
    ProgrammeInput,
    create_programme,
    start_programme,
)
from mentorat_desktop.services.staff import people
from mentorat_desktop.services.staff.people import PersonInput
from mentorat_desktop.ui.dialogs.plan_programme_dialog import (
    COL_CHECK,
    COL_COUNT,
    COL_TIME,
    COL_WEEKDAY,
    PlanProgrammeDialog,
)
from mentorat_desktop.ui.views.catalogue import view_specs
from mentorat_desktop.ui.views.sessions_view import SessionsView
from tests.conftest import type_text
from tests.test_lifecycle_journey import click, drive

FIRST_NAMES = ["Léa", "Zoë", "Éloïse", "Hugo", "Inès", "Noé", "Chloé", "Jules", "Maël", "Anaïs"]


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")


def twelve_pairs(database) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    """24 people, a programme starting in a fortnight, twelve active pairs (two share a mentor
    so the spreading has something to avoid)."""
    ids = [
        people.create_person(
            database,
            PersonInput(FIRST_NAMES[i % 10], f"Nom{i:02d}", new_department=f"Service {i % 4}"),
        ).id
        for i in range(24)
    ]
    start = date.today() + timedelta(days=14)
    programme = create_programme(
        database, ProgrammeInput("Cohorte d’automne", start, start + timedelta(days=180))
    )
    set_participants(database, programme.id, set(ids))
    start_programme(database, programme.id, programme.version)
    shape = [(ids[2 * i], ids[2 * i + 1]) for i in range(11)] + [(ids[0], ids[22])]
    made = [
        pairs.create_pair(database, programme.id, mentor, mentee, active=True).id
        for mentor, mentee in shape
    ]
    return programme.id, made


def test_plan_twelve_pairs_in_one_go(qtbot, french, monkeypatch, sqlite_database) -> None:
    programme_id, pair_ids = twelve_pairs(sqlite_database)
    spec = next(s for s in view_specs() if s.key == "sessions")
    view = SessionsView(spec, sqlite_database)
    qtbot.addWidget(view)
    view.reload()
    view.show()
    assert view.empty_label.isVisible()
    assert view.programme_button.text() == "Planifier le p&rogramme…"

    def plan(dialog: PlanProgrammeDialog) -> None:
        assert dialog.programme.currentData() == programme_id
        assert dialog.table.rowCount() == 12
        assert "12 binômes actifs" in dialog.hint.text(), dialog.hint.text()
        # The two pairs of the shared mentor never meet at the same weekday and time.
        slots = [
            (
                dialog.table.cellWidget(r, COL_WEEKDAY).currentIndex(),
                dialog.table.cellWidget(r, COL_TIME).time(),
            )
            for r in range(12)
        ]
        labels = [dialog.table.item(r, 0).text() for r in range(12)]
        shared = [r for r, text in enumerate(labels) if text.startswith("Léa Nom00")]
        assert len(shared) == 2 and slots[shared[0]] != slots[shared[1]]
        # Edit one row: Thursday at 10:30, four sessions; the preview follows.
        weekday = dialog.table.cellWidget(3, COL_WEEKDAY)
        assert isinstance(weekday, QComboBox)
        weekday.setCurrentIndex(3)
        time_edit = dialog.table.cellWidget(3, COL_TIME)
        assert isinstance(time_edit, QTimeEdit)
        time_edit.setTime(QTime(10, 30))
        count = dialog.table.cellWidget(3, COL_COUNT)
        assert isinstance(count, QSpinBox)
        count.setValue(4)
        type_text(dialog.location, "Salle « L’Atelier »")
        dialog.table.selectRow(3)
        qtbot.waitUntil(lambda: dialog.detail.count() == 4)
        assert "jeudi" in dialog.detail.item(0).text() and "10:30" in dialog.detail.item(0).text()
        assert "séances seront planifiées" in dialog.summary.text(), dialog.summary.text()
        assert dialog.table.item(3, COL_CHECK).text()
        click(qtbot, dialog.plan_button)
        # Saved off the UI thread: the buttons wait, the dialog closes when it is done.
        assert not dialog.plan_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)

    seen = drive(monkeypatch, PlanProgrammeDialog, plan)
    click(qtbot, view.programme_button)  # one click opens it, one click plans it all
    assert seen and seen[0].created

    with sqlite_database.reading() as s:
        per_pair = dict(
            s.execute(select(Session.pair_id, func.count()).group_by(Session.pair_id)).all()
        )
        rows = s.execute(select(Session, Pair).join(Pair, Pair.id == Session.pair_id)).all()
    assert set(per_pair) == set(pair_ids)
    assert sorted(per_pair.values())[0] == 4 and all(v >= 6 for v in sorted(per_pair.values())[1:])
    assert all(session.status is SessionStatus.PLANNED for session, _ in rows)
    assert {session.location for session, _ in rows} == {"Salle « L’Atelier »"}
    busy: dict[int, list] = {}
    for session, pair in rows:
        for person in (pair.mentor_id, pair.mentee_id):
            busy.setdefault(person, []).append(session.starts_at)
    assert all(len(times) == len(set(times)) for times in busy.values())  # nobody twice at once
    # The view shows them all, and the dialog now has nothing left to plan.
    assert view.model.session_count() == sum(per_pair.values())
    again = PlanProgrammeDialog(sqlite_database, programme_id)
    qtbot.addWidget(again)
    assert again.table.rowCount() == 0 and not again.plan_button.isEnabled()
    assert "ont déjà des séances" in again.hint.text() or "déjà" in again.hint.text()
    qtbot.keyClick(again, Qt.Key.Key_Escape)


def test_plan_the_programme_from_the_pairs_view(qtbot, monkeypatch, sqlite_database) -> None:
    from mentorat_desktop.ui.main_window import MainWindow

    programme_id, _pair_ids = twelve_pairs(sqlite_database)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("pairs")
    pairs_view = window.views["pairs"]
    pairs_view.programme_combo.setCurrentIndex(pairs_view.programme_combo.findData(programme_id))

    def plan(dialog: PlanProgrammeDialog) -> None:
        assert dialog.programme.currentData() == programme_id and dialog.table.rowCount() == 12
        click(qtbot, dialog.plan_button)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)

    drive(monkeypatch, PlanProgrammeDialog, plan)
    click(qtbot, pairs_view.plan_programme_button)
    with sqlite_database.reading() as s:
        planned = s.scalar(select(func.count()).select_from(Session))
    assert planned and planned >= 12 * 6
    window.show_view("sessions")  # the hidden view was told, and shows them
    assert window.views["sessions"].model.session_count() == planned


def test_a_failed_save_is_shown_at_the_dialog(qtbot, french, monkeypatch, sqlite_database) -> None:
    """The save runs off the UI thread; its failure comes back to the dialog, which stays."""
    import mentorat_desktop.ui.dialogs.plan_programme_dialog as module
    from mentorat_desktop.errors import ValidationError

    programme_id, _pair_ids = twelve_pairs(sqlite_database)

    def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise ValidationError("first_day", "Une autre séance occupe déjà ce créneau.")

    monkeypatch.setattr(module, "plan_programme", refuse)
    dialog = PlanProgrammeDialog(sqlite_database, programme_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.plan_button.isEnabled)
    click(qtbot, dialog.plan_button)
    assert not dialog.plan_button.isEnabled() and dialog.saving
    qtbot.waitUntil(lambda: not dialog.saving, timeout=20000)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "occupe déjà ce créneau" in dialog.error.text()
    assert dialog.plan_button.isEnabled() and dialog.table.isEnabled()
    with sqlite_database.reading() as s:
        assert s.scalar(select(func.count()).select_from(Session)) == 0
