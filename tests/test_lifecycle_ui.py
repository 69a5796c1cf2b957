"""The parts of a programme's life the journey test passes quickly: each date field, the
documents' times and printing, the new pair's warning. In French, as the office manager works.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from sqlalchemy import select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import ProgrammeStatus
from mentorat_desktop.db.models import Programme
from mentorat_desktop.demo import load_demo
from mentorat_desktop.documents.language import short_date
from mentorat_desktop.services.sessions import sessions
from mentorat_desktop.services.staff import people
from mentorat_desktop.services.staff.people import PersonInput
from tests.documents_helpers import pdf_text
from tests.test_lifecycle_journey import french, type_date  # noqa: F401  (a fixture)

TYPED = date(2027, 3, 1)


@pytest.mark.usefixtures("french")
def test_every_date_field_takes_a_date_typed_in_french(qtbot, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.services.dashboard.dashboard import programme_choices
    from mentorat_desktop.services.programmes.programmes import list_programmes
    from mentorat_desktop.services.sessions.journals import ActionData
    from mentorat_desktop.ui.dialogs.assessment_dialog import AssessmentDialog
    from mentorat_desktop.ui.dialogs.close_programme_dialog import CloseProgrammeDialog
    from mentorat_desktop.ui.dialogs.move_session_dialog import MoveSessionDialog
    from mentorat_desktop.ui.dialogs.person_dialog import PersonDialog
    from mentorat_desktop.ui.dialogs.plan_sessions_dialog import PlanSessionsDialog
    from mentorat_desktop.ui.dialogs.programme_dialog import ProgrammeDialog
    from mentorat_desktop.ui.main_window import MainWindow
    from mentorat_desktop.ui.widgets.action_row import ActionRow

    load_demo(sqlite_database, "small", seed=2)
    upcoming = [
        s
        for s in sessions.pair_choices(sqlite_database)
        if s.programme_end > date.today() + timedelta(days=30)
    ]
    pair = upcoming[0]
    (planned,) = sessions.plan_sessions(
        sqlite_database,
        sessions.PlanInput(pair.id, date.today() + timedelta(days=9), time(15), 60),
    )
    running = next(p for p in list_programmes(sqlite_database) if p.status == "running")
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show_view("documents")
    fields = []
    programme = ProgrammeDialog(sqlite_database)
    fields += [(programme.start_date, TYPED), (programme.end_date, date(2027, 9, 30))]
    plan = PlanSessionsDialog(sqlite_database, pair.id)
    fields.append((plan.first_day, date.today() + timedelta(days=12)))
    person = PersonDialog(sqlite_database)
    fields.append((person.hire_date, date(2019, 3, 1)))
    move = MoveSessionDialog(sqlite_database, planned.id, planned.version)
    fields.append((move.day, date.today() + timedelta(days=14)))
    assessment = AssessmentDialog(sqlite_database, programme_choices(sqlite_database), None, "end")
    fields.append((assessment.day, date.today() - timedelta(days=3)))
    action = ActionRow({"mentee": "Mentoré"}, ActionData(""), lambda *_: None, lambda *_: None)
    fields.append((action.due, TYPED))
    fields.append((window.views["documents"].week, TYPED))
    closing = CloseProgrammeDialog(sqlite_database, running)
    assert closing.ending_box is not None
    fields.append((closing.end_day, date.today()))
    for widget in (programme, plan, person, move, assessment, action, closing):
        qtbot.addWidget(widget)
        widget.show()
    for field, day in fields:
        assert field.calendarPopup(), field.objectName()
        before = field.date()
        field.setDate(before.addDays(-1) if before > field.minimumDate() else before.addDays(1))
        type_date(qtbot, field, day)


@pytest.mark.usefixtures("french")
def test_documents_view_times_are_the_organisation_s(qtbot, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.main_window import MainWindow

    load_demo(sqlite_database, "small", seed=2)
    pair = sessions.pair_choices(sqlite_database)[0]
    day = sessions.first_suitable_day(sqlite_database, pair.id)
    (planned,) = sessions.plan_sessions(
        sqlite_database, sessions.PlanInput(pair.id, day, time(14), 60)
    )
    assert planned.starts_at.astimezone(UTC).hour != 14  # Paris is never UTC
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("documents")
    documents = window.views["documents"]
    index = documents.session.findData(planned.id)
    assert index >= 0
    assert "14:00" in documents.session.itemText(index), documents.session.itemText(index)


@pytest.mark.usefixtures("french")
def test_printing_to_a_pdf_printer_writes_our_vector_file(
    qtbot, sqlite_database: Database, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.main_window import MainWindow

    load_demo(sqlite_database, "small", seed=2)
    people.create_person(sqlite_database, PersonInput("<Zoé>", "D’Arc & Fils"))
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("documents")
    documents = window.views["documents"]
    qtbot.waitUntil(lambda: documents.rendered is not None, timeout=20_000)
    target = tmp_path / "imprimé.pdf"
    proposed: list[str] = []

    def choose_pdf_printer(dialog) -> int:  # type: ignore[no-untyped-def]
        printer = dialog.printer()
        proposed.append(printer.docName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_printer)
    documents.rendered = type(documents.rendered)(
        "Charte — <Zoé> D’Arc & Fils: « a/b »?", "x.pdf", documents.rendered.pdf
    )
    documents.print_document()
    assert target.read_bytes() == documents.rendered.pdf  # vector: our file, text and all
    assert pdf_text(target.read_bytes()).strip()
    assert not any(c in proposed[0] for c in '<>:"/\\|?*'), proposed


@pytest.mark.usefixtures("french")
def test_the_new_pair_warning_follows_the_mentee_chosen(qtbot, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.services.programmes import programmes
    from mentorat_desktop.services.programmes.participants import set_participants
    from mentorat_desktop.ui.dialogs.pair_dialog import PairDialog

    boss = people.create_person(sqlite_database, PersonInput("Anne", "Chef"))
    report = people.create_person(
        sqlite_database, PersonInput("Rémi", "Rapport", manager_id=boss.id)
    )
    other = people.create_person(sqlite_database, PersonInput("Inès", "Autre"))
    programme = programmes.create_programme(
        sqlite_database,
        programmes.ProgrammeInput("Essai", date(2027, 1, 4), date(2027, 6, 30)),
    )
    set_participants(sqlite_database, programme.id, {boss.id, report.id, other.id})
    dialog = PairDialog(sqlite_database, programme.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mentor.setCurrentIndex(dialog.mentor.findData(report.id))
    dialog.mentee.setCurrentIndex(dialog.mentee.findData(boss.id))
    assert dialog.errors["mentee"].isVisible()
    assert "Anne Chef" in dialog.errors["mentee"].text()
    dialog.mentee.setCurrentIndex(dialog.mentee.findData(other.id))
    assert not dialog.errors["mentee"].isVisible()


def test_weekly_agendas_title_in_the_programme_s_language(sqlite_database: Database) -> None:
    from mentorat_desktop.services.documents.document_export import DocumentKind, render

    load_demo(sqlite_database, "small", seed=2)
    with sqlite_database.reading() as session:
        running = session.scalar(
            select(Programme).where(Programme.status == ProgrammeStatus.RUNNING)
        )
        assert running.language.value == "fr"
    first = datetime.combine(date.today(), time(), UTC)
    document = render(
        sqlite_database, DocumentKind.AGENDAS, start=first, end=first + timedelta(days=60)
    )
    last = date.today() + timedelta(days=59)
    # French words and dates, whatever the interface's language (English in this test)
    assert document.title == f"Ordres du jour du {short_date(date.today(), 'fr')} au " + (
        short_date(last, "fr")
    )
