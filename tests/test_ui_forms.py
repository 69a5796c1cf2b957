"""The participants' forms, in French, from an empty database: a held session's feedback
forms saved from the Sessions view, filled in as a PDF reader does, dropped on the import
dialog, previewed, applied; the journal is in the database and in the Sessions view. The
same files again are refused as already imported, and a damaged file gets its sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.db.models import Journal
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.sessions import session_list as sl
from mentorat_desktop.services.sessions import sessions
from mentorat_desktop.ui.dialogs.forms_export_dialog import FormsExportDialog
from mentorat_desktop.ui.dialogs.returned_forms_dialog import ReturnedFormsDialog
from mentorat_desktop.ui.main_window import MainWindow
from tests.test_lifecycle_journey import click, drive
from tests.test_services_sessions import make_world, plan

pytest.importorskip("mentorat_desktop.services.forms.returned")


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")


def fill_feedback(path: Path, rating: int, learned: str) -> None:
    """Answer a feedback form as a participant's PDF reader saves it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(path))
    values = {"held": "/yes", "rating": f"/v{rating}", "learned": learned, "fit": "/good"}
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    with path.open("wb") as out:
        writer.write(out)


def drop(dialog: ReturnedFormsDialog, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(event)


def test_feedback_forms_go_out_and_come_back_into_the_journal(  # type: ignore[no-untyped-def]
    qtbot, french, sqlite_database: Database, tmp_path: Path, monkeypatch
) -> None:
    world = make_world(sqlite_database)
    held = plan(sqlite_database, world)[0]
    sessions.set_status(sqlite_database, held.id, held.version, SessionStatus.HELD)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("sessions")
    view = window.views["sessions"]
    view.set_quick_filter(sl.TO_JOURNAL)
    assert view.select_session(held.id)
    folder = tmp_path / "formulaires"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))

    def export(dialog: FormsExportDialog) -> None:
        assert dialog.session.currentData() == held.id
        assert dialog.save_button.text() == "&Enregistrer 2 formulaires dans un dossier…"
        click(qtbot, dialog.save_button)
        qtbot.waitUntil(lambda: bool(dialog.saved), timeout=20_000)
        assert dialog.folder_button.isEnabled()
        assert "2 formulaires enregistrés" in dialog.status.text()
        dialog.reject()

    drive(monkeypatch, FormsExportDialog, export)
    assert view.feedback_forms_action.isEnabled()
    view.feedback_forms_action.trigger()
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 2
    for number, path in enumerate(files):
        fill_feedback(path, 4 + number, "Les tableaux croisés dynamiques")

    seen: list[str] = []

    def import_forms(dialog: ReturnedFormsDialog) -> None:
        drop(dialog, folder)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=20_000)
        texts = [dialog.model.data(index) for index in dialog.form_rows()]
        assert all(text.startswith("Accepté — ") for text in texts), texts
        assert any("Léa Martin" in t for t in texts) and any("Bernard Dupont" in t for t in texts)
        assert all("Retour de séance" in t for t in texts)
        assert dialog.model.rowCount(dialog.form_rows()[0]) > 0  # its values under it
        assert dialog.apply_button.text() == "&Appliquer 2 formulaires"
        click(qtbot, dialog.apply_button)
        qtbot.waitUntil(lambda: dialog.applied is not None, timeout=20_000)
        seen.append(dialog.status.text())
        dialog.reject()

    drive(monkeypatch, ReturnedFormsDialog, import_forms)
    window.returned_forms_action.trigger()
    assert seen and seen[0].startswith("2 formulaires appliqués")
    assert window.edit_menu.undo_action.isEnabled()  # the import can be undone
    with sqlite_database.reading() as s:
        journal = s.scalars(select(Journal).where(Journal.session_id == held.id)).one()
        assert "tableaux croisés" in journal.learned.casefold()
    view.set_quick_filter(sl.PAST)
    assert view.select_session(held.id)
    row = view.selected_row()
    assert row is not None and row.has_journal

    damaged = tmp_path / "abîmé.pdf"
    damaged.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntronqu")

    def again(dialog: ReturnedFormsDialog) -> None:
        dialog.add_paths([*files, damaged])
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=20_000)
        reviews = [dialog.model.data(i, Qt.ItemDataRole.UserRole + 3) for i in dialog.form_rows()]
        assert all(not r.accepted for r in reviews), reviews
        assert all(dialog.model.data(i).startswith("Refusé — ") for i in dialog.form_rows())
        assert not dialog.apply_button.isEnabled()
        seen.extend(r.problem for r in reviews)
        dialog.reject()

    drive(monkeypatch, ReturnedFormsDialog, again)
    window.returned_forms_action.trigger()
    assert len(seen) == 4
    assert all(problem and problem.endswith(".") for problem in seen[1:]), seen
    with sqlite_database.reading() as s:
        assert len(s.scalars(select(Journal)).all()) == 1
