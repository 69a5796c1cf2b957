"""A programme's whole life through the UI, in French, from an empty database.

create the programme → choose its participants → form the pairs → plan their sessions →
write the journals → close the programme → write and print the certificates; at each step
what the user sees and what the database holds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel
from sqlalchemy import func, select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import PairStatus, ProgrammeStatus, SessionStatus
from mentorat_desktop.db.models import Certificate, Pair, Programme, Session, SkillAssessment
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.staff import people, skills
from mentorat_desktop.services.staff.people import PersonInput
from tests.conftest import type_text


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")


def drive(monkeypatch, dialog_class, steps) -> list:  # type: ignore[no-untyped-def]
    """Answer a modal dialog as a user would: ``steps(dialog)`` fills it and clicks."""
    seen: list = []

    def run(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.show()
        seen.append(dialog)
        steps(dialog)
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", run)
    return seen


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_date(qtbot, field, day: date) -> None:  # type: ignore[no-untyped-def]
    """Click into the field, type the date as a French user does, leave the field with Tab
    (Enter would also accept the dialog, with the typed date)."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, day.strftime("%d/%m/%Y"))
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.date() == QDate(day.year, day.month, day.day), field.text()


def test_a_programme_from_its_creation_to_its_certificates(
    qtbot, french, sqlite_database: Database, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.certificates_dialog import CertificatesDialog
    from mentorat_desktop.ui.dialogs.close_programme_dialog import CloseProgrammeDialog
    from mentorat_desktop.ui.dialogs.journal_dialog import JournalDialog
    from mentorat_desktop.ui.dialogs.pair_dialog import PairDialog
    from mentorat_desktop.ui.dialogs.participants_dialog import ParticipantsDialog
    from mentorat_desktop.ui.dialogs.plan_sessions_dialog import PlanSessionsDialog
    from mentorat_desktop.ui.dialogs.programme_dialog import ProgrammeDialog
    from mentorat_desktop.ui.main_window import MainWindow

    database = sqlite_database
    category = skills.create_category(database, "Numérique")
    ai = skills.create_skill(database, category.id, "Assistants IA")
    lea = people.create_person(database, PersonInput("Léa", "Martin", birth_year=2001))
    bernard = people.create_person(database, PersonInput("Bernard", "Dupont", birth_year=1966))
    skills.set_person_skill(database, lea.id, ai.id, level=4, can_teach=True)
    skills.set_person_skill(database, bernard.id, ai.id, level=0, wants_to_learn=True)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("pairs")
    pairs_view = window.views["pairs"]
    today = date.today()
    start, end = today - timedelta(days=100), today + timedelta(days=20)

    # 1. The programme, its dates typed in the French format.
    def fill_programme(dialog) -> None:  # type: ignore[no-untyped-def]
        type_text(dialog.name, "Mentorat inversé – Cohorte d’essai")
        type_date(qtbot, dialog.start_date, start)
        type_date(qtbot, dialog.end_date, end)
        click(qtbot, dialog.save_button)

    drive(monkeypatch, ProgrammeDialog, fill_programme)
    click(qtbot, pairs_view.new_programme_button)
    with database.reading() as session:
        programme = session.scalars(select(Programme)).one()
        assert (programme.start_date, programme.end_date) == (start, end)
        programme_id = programme.id
    assert "Cohorte d’essai" in pairs_view.programme_combo.currentText()

    # 2. Its participants.
    def choose(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.set_chosen(lea.id, True)
        dialog.set_chosen(bernard.id, True)
        dialog.save()

    drive(monkeypatch, ParticipantsDialog, choose)
    click(qtbot, pairs_view.participants_button)
    click(qtbot, pairs_view.start_button)

    # 3. The pair, active from today (inside the programme).
    def form_pair(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.mentor.setCurrentIndex(dialog.mentor.findData(lea.id))
        dialog.mentee.setCurrentIndex(dialog.mentee.findData(bernard.id))
        assert not dialog.errors["mentee"].isVisible()
        dialog.tick("Assistants IA")
        dialog.status.setCurrentIndex(dialog.status.findData("active"))
        click(qtbot, dialog.save_button)

    drive(monkeypatch, PairDialog, form_pair)
    click(qtbot, pairs_view.new_pair_button)
    assert pairs_view.model.rowCount() == 1
    with database.reading() as session:
        pair = session.scalars(select(Pair)).one()
        assert pair.status is PairStatus.ACTIVE and start <= pair.started_on <= end
        pair_id = pair.id

    # 4. The sessions: nine every two weeks from the programme’s start, the last to come.
    window.show_view("sessions")
    sessions_view = window.views["sessions"]

    def plan(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.pair.setCurrentIndex(dialog.pair.findData(pair_id))
        assert dialog.first_day.date() >= QDate(start.year, start.month, start.day)
        type_date(qtbot, dialog.first_day, start + timedelta(days=(7 - start.weekday()) % 7))
        dialog.for_count.setChecked(True)
        dialog.count.setValue(9)
        dialog.update_preview()
        assert "9 séances" in dialog.preview_label.text(), dialog.preview_label.text()
        click(qtbot, dialog.plan_button)

    drive(monkeypatch, PlanSessionsDialog, plan)
    click(qtbot, sessions_view.plan_button)
    with database.reading() as session:
        planned = session.execute(
            select(Session.id, Session.starts_at).order_by(Session.starts_at)
        ).all()
    now = datetime.now(UTC)
    past = [sid for sid, when in planned if when < now]
    to_come = [sid for sid, when in planned if when > now]
    assert len(planned) == 9 and len(past) >= 6 and to_come

    # 5. The journals: held for those that took place; refused for one still to come.
    def journal_held(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.status.setCurrentIndex(dialog.status.findData("held"))
        type_text(dialog.summary, "Prise en main de l’assistant")
        dialog.done(QDialog.DialogCode.Accepted)

    journals = drive(monkeypatch, JournalDialog, journal_held)
    sessions_view.set_quick_filter("to_journal")  # "À consigner": the past ones, no journal
    for sid in past[:6]:
        assert sessions_view.select_session(sid)
        click(qtbot, sessions_view.journal_button)
        assert not sessions_view.select_session(sid)  # journaled: off the list
    assert all(not d.error.isVisible() for d in journals)

    def journal_too_early(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.status.setCurrentIndex(dialog.status.findData("held"))
        assert "pas encore commencé" in dialog.error.text()
        assert dialog.status.currentData() == "planned"  # what is recorded shows again
        dialog.done(QDialog.DialogCode.Rejected)

    drive(monkeypatch, JournalDialog, journal_too_early)
    from mentorat_desktop.ui.dialogs.journal_dialog import JournalDialog as Dialog

    Dialog(database, to_come[0], window).exec()
    with database.reading() as session:
        held = session.scalar(select(func.count()).where(Session.status == SessionStatus.HELD))
    assert held == 6

    # 6. Closing: the pair still going is ended in the same step, the end level kept.
    window.show_view("pairs")

    def close(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.ending_box is not None
        labels = [label.text() for label in dialog.ending_box.findChildren(QLabel)]
        assert any("1 binôme est encore en cours" in t and "Léa Martin" in t for t in labels)
        combo = dialog.table.indexWidget(dialog.model.index(0, 2))
        combo.setCurrentIndex(3)
        assert dialog.end_status.currentData() == "completed"
        click(qtbot, dialog.close_button)

    closing = drive(monkeypatch, CloseProgrammeDialog, close)
    click(qtbot, pairs_view.close_button)
    assert closing and closing[0].result() == QDialog.DialogCode.Accepted, closing[0].error.text()
    with database.reading() as session:
        assert session.get(Programme, programme_id).status is ProgrammeStatus.CLOSED
        assert session.get(Pair, pair_id).status is PairStatus.COMPLETED
        statuses = {session.get(Session, sid).status for sid in to_come}
        assert statuses == {SessionStatus.CANCELLED}
        (level,) = session.scalars(select(SkillAssessment.level)).all()
        assert level == 3

    # 7. Certificates: who gets one, before any folder; then the result stays, printable.
    window.show_view("documents")
    documents = window.views["documents"]
    documents.kind.setCurrentIndex(documents.kind.findData("certificates"))
    documents.programme.setCurrentIndex(documents.programme.findData(programme_id))
    folder = tmp_path / "attestations"
    asked: list[str] = []

    def review(dialog) -> None:  # type: ignore[no-untyped-def]
        assert not asked  # the folder comes after the list
        names = {p.name: p for p in dialog.people}
        assert names["Léa Martin"].eligible is False  # no end assessment: she taught
        assert names["Bernard Dupont"].eligible is True
        type_text(dialog.reasons[lea.id], "Mentor de la cohorte")
        click(qtbot, dialog.write_button)

    drive(monkeypatch, CertificatesDialog, review)
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        lambda *args, **kwargs: asked.append("folder") or str(folder),
    )
    click(qtbot, documents.batch_button)
    qtbot.waitUntil(
        lambda: documents.batch_result is not None or documents.error.isVisible(), timeout=60_000
    )
    assert not documents.error.isVisible(), documents.error.text()
    qtbot.waitUntil(lambda: documents.print_button.isEnabled(), timeout=20_000)
    assert "2 attestations" in documents.status.text(), documents.status.text()
    assert documents.preview.page_count() == 2
    with database.reading() as session:
        issued = session.execute(select(Certificate.person_id, Certificate.override_reason)).all()
    assert dict(issued) == {lea.id: "Mentor de la cohorte", bernard.id: ""}
    assert len(list(folder.glob("*.pdf"))) == 3
