"""The Documents view, driven as a user would: choose, preview, save, print, batch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import ProgrammeStatus
from mentorat_desktop.db.models import Certificate, Programme
from mentorat_desktop.demo import load_demo
from mentorat_desktop.ui.main_window import MainWindow
from mentorat_desktop.ui.views.documents_view import DocumentsView
from tests.documents_helpers import page_count, pdf_text

TODAY = date(2026, 11, 27)


@pytest.fixture
def view(qtbot, sqlite_database: Database) -> DocumentsView:
    load_demo(sqlite_database, "small", seed=3, today=TODAY)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("documents")
    documents = window.views["documents"]
    assert isinstance(documents, DocumentsView)
    return documents


def _choose(view: DocumentsView, combo, data) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def _programme_with(database: Database, status: ProgrammeStatus) -> int:
    with database.reading() as session:
        return session.scalar(select(Programme.id).where(Programme.status == status))


def _closed_programme(database: Database) -> int:
    return _programme_with(database, ProgrammeStatus.CLOSED)


def test_preview_follows_the_choice(qtbot, view: DocumentsView) -> None:
    qtbot.waitUntil(lambda: view.rendered is not None, timeout=20_000)
    assert view.preview.page_count() >= 1
    assert view.print_button.isEnabled() and view.save_button.isEnabled()

    _choose(view, view.kind, "report")
    _choose(view, view.programme, _closed_programme(view.database))
    qtbot.waitUntil(
        lambda: (
            (view.rendered is not None and "report" in view.rendered.filename.lower())
            or (view.rendered is not None and "bilan" in view.rendered.filename.lower())
        ),
        timeout=20_000,
    )
    assert view.preview.page_count() == page_count(view.rendered.pdf)
    assert not view.rows["pair"][1].isVisible()


def test_save_as_pdf(qtbot, view: DocumentsView, tmp_path: Path, monkeypatch) -> None:
    _choose(view, view.kind, "pair_charter")
    _choose(view, view.programme, _programme_with(view.database, ProgrammeStatus.DRAFT))
    qtbot.waitUntil(lambda: view.error.isVisible(), timeout=20_000)
    assert view.pair.count() == 0 and not view.save_button.isEnabled()

    _choose(view, view.programme, _programme_with(view.database, ProgrammeStatus.RUNNING))
    qtbot.waitUntil(lambda: view.rendered is not None and view.pair.count() > 0, timeout=20_000)
    target = tmp_path / "charte"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF")
    )
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")
    assert saved.exists()
    mentor = view.pair.currentText().split(" → ")[0]
    assert mentor in pdf_text(saved.read_bytes())
    assert view.folder_button.isEnabled()


def test_print_draws_every_page(qtbot, view: DocumentsView, tmp_path: Path, monkeypatch) -> None:
    from mentorat_desktop.ui.widgets.pdf_preview import render_to_printer

    qtbot.waitUntil(lambda: view.rendered is not None, timeout=20_000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    drawn = render_to_printer(view.preview.document_, printer)
    assert drawn == view.preview.page_count()
    assert page_count((tmp_path / "printed.pdf").read_bytes()) == drawn
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    view.print_document()  # cancelling the dialog prints nothing and raises nothing


def test_certificates_batch(qtbot, view: DocumentsView, tmp_path: Path) -> None:
    closed = _closed_programme(view.database)
    _choose(view, view.kind, "certificates")
    _choose(view, view.programme, closed)
    assert view.batch_button.isVisible()

    view.start_batch(closed, tmp_path / "attestations")
    qtbot.waitUntil(lambda: view.batch_button.isEnabled(), timeout=60_000)

    files = sorted((tmp_path / "attestations").glob("*.pdf"))
    with view.database.reading() as session:
        issued = session.scalars(
            select(Certificate).where(Certificate.programme_id == closed)
        ).all()
    assert len(files) == len(issued) + 1  # one each, plus the combined file
    combined = next(f for f in files if page_count(f.read_bytes()) == len(issued))
    assert all(c.verification_code in pdf_text(combined.read_bytes()) for c in issued)
    assert not view.progress.isVisible()


def test_agenda_of_a_session(qtbot, view: DocumentsView) -> None:
    _choose(view, view.kind, "agenda")
    assert view.session.count() > 0
    qtbot.waitUntil(
        lambda: (
            view.rendered is not None and view.rendered.pdf and view.kind.currentData() == "agenda"
        ),
        timeout=20_000,
    )
    pair_names = view.session.currentText().split(" — ", 1)[1]
    first_mentor = pair_names.split(" · ")[0]
    qtbot.waitUntil(lambda: first_mentor in pdf_text(view.rendered.pdf), timeout=20_000)


def test_document_dialog_from_elsewhere(qtbot, sqlite_database: Database) -> None:
    from mentorat_desktop.services.documents.document_export import DocumentKind
    from mentorat_desktop.ui.dialogs.document_dialog import DocumentDialog

    load_demo(sqlite_database, "small", seed=3, today=TODAY)
    running = _programme_with(sqlite_database, ProgrammeStatus.RUNNING)
    dialog = DocumentDialog(sqlite_database, DocumentKind.CHARTER, programme_id=running)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.rendered is not None, timeout=20_000)
    assert dialog.print_button.isEnabled() and dialog.preview.page_count() >= 1

    missing = DocumentDialog(sqlite_database, DocumentKind.AGENDA, session_id=999_999)
    qtbot.addWidget(missing)
    missing.show()
    qtbot.waitUntil(lambda: missing.error.isVisible(), timeout=20_000)
    assert not missing.save_button.isEnabled()


def test_certificate_from_the_staff_view(qtbot, sqlite_database: Database) -> None:
    from mentorat_desktop.services.documents.certificates import eligibility

    load_demo(sqlite_database, "small", seed=3, today=TODAY)
    closed = _closed_programme(sqlite_database)
    person = next(p for p in eligibility(sqlite_database, closed) if p.certificate_code)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("staff")
    staff = window.views["staff"]
    staff.select_person(person.person_id)

    qtbot.mouseClick(staff.detail.certificate_button, Qt.MouseButton.LeftButton)

    documents = window.views["documents"]
    assert window.current_view_key() == "documents"
    assert documents.kind.currentData() == "certificate"
    assert documents.person.currentData() == person.person_id
    qtbot.waitUntil(
        lambda: documents.rendered is not None or documents.error.isVisible(), timeout=20_000
    )
    assert not documents.error.isVisible(), documents.error.text()
    assert person.certificate_code in pdf_text(documents.rendered.pdf)


def test_print_agenda_from_the_sessions_view(qtbot, sqlite_database: Database) -> None:
    load_demo(sqlite_database, "small", seed=3, today=TODAY)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("sessions")
    sessions = window.views["sessions"]
    with sqlite_database.reading() as session:
        from mentorat_desktop.db.models import Session

        session_id = session.scalar(select(Session.id).order_by(Session.starts_at.desc()))
    sessions.select_item(session_id)
    assert sessions.selected_id() == session_id

    sessions.print_action.trigger()

    documents = window.views["documents"]
    assert window.current_view_key() == "documents"
    assert documents.kind.currentData() == "agenda"
    assert documents.session.currentData() == session_id
    qtbot.waitUntil(lambda: documents.rendered is not None, timeout=20_000)
    assert documents.rendered.title.lower().startswith(("agenda", "ordre du jour"))


def test_pair_charter_from_the_pairs_view(qtbot, sqlite_database: Database) -> None:
    from mentorat_desktop.db.models import Pair

    load_demo(sqlite_database, "small", seed=3, today=TODAY)
    running = _programme_with(sqlite_database, ProgrammeStatus.RUNNING)
    with sqlite_database.reading() as session:
        pair = session.scalars(select(Pair).where(Pair.programme_id == running)).first()
        mentee = f"{pair.mentee.first_name} {pair.mentee.last_name}"
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("pairs")
    pairs = window.views["pairs"]
    pairs.select_item(pair.id)
    assert pairs.charter_button.isEnabled()

    qtbot.mouseClick(pairs.charter_button, Qt.MouseButton.LeftButton)

    documents = window.views["documents"]
    assert documents.kind.currentData() == "pair_charter"
    assert documents.pair.currentData() == pair.id
    qtbot.waitUntil(lambda: documents.rendered is not None, timeout=20_000)
    assert mentee in pdf_text(documents.rendered.pdf)
