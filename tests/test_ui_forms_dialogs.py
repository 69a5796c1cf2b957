"""The forms dialogs against stand-in services: the preview tree, the ticks a conflict needs,
drops, one apply call, and the export's progress, Cancel and refusals."""

from __future__ import annotations

import importlib
import struct
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.changes import Changes, mutates
from mentorat_desktop.services.forms import (
    AppliedForms,
    FieldChange,
    FormKind,
    FormRequest,
    FormReview,
)
from mentorat_desktop.ui.dialogs.forms_export_dialog import FormsExportDialog
from mentorat_desktop.ui.dialogs.returned_forms_dialog import ReturnedFormsDialog
from mentorat_desktop.ui.models.returned_forms_model import (
    COL_CONFLICT,
    COL_FROM_FORM,
    COL_RECORDED,
    ReturnedFormsModel,
)
from tests.test_lifecycle_journey import click
from tests.test_services_sessions import make_world, plan


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")


def service(monkeypatch, name: str, **functions) -> None:  # type: ignore[no-untyped-def]
    """Stand in for a forms service, whether or not its module exists yet."""
    try:
        module = importlib.import_module(name)
    except ImportError:
        module = types.ModuleType(name)
        monkeypatch.setitem(sys.modules, name, module)
    for key, function in functions.items():
        monkeypatch.setattr(module, key, function, raising=False)


def reviews(folder: Path) -> list[FormReview]:
    return [
        FormReview(
            str(folder / "lea.pdf"),
            FormKind.FEEDBACK,
            "Léa Martin",
            "séance du 17 mars 2026, Léa Martin → Bernard Dupont",
            (FieldChange("Note de Léa Martin", "", "4"),),
        ),
        FormReview(
            str(folder / "bernard.pdf"),
            FormKind.FEEDBACK,
            "Bernard Dupont",
            "séance du 17 mars 2026, Léa Martin → Bernard Dupont",
            (
                FieldChange("Ce qui a été appris", "Excel", "Les tableaux croisés", conflict=True),
                FieldChange("Note de Bernard Dupont", "", "5"),
            ),
        ),
        FormReview(str(folder / "x.pdf"), None, "", "", (), "Ce fichier n’est pas un formulaire."),
    ]


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    model = ReturnedFormsModel()
    model.set_rows(reviews(tmp_path))
    qtmodeltester.check(model)
    conflicted = model.index(1, 0)
    assert model.rowCount(conflicted) == 2
    change = model.index(0, COL_CONFLICT, conflicted)
    assert model.data(change) == "Conflict"
    assert model.data(model.index(0, COL_RECORDED, conflicted)) == "Excel"
    assert model.data(model.index(0, COL_FROM_FORM, conflicted)) == "Les tableaux croisés"
    refused = model.index(2, 0)
    assert not model.flags(refused) & Qt.ItemFlag.ItemIsUserCheckable
    assert "n’est pas un formulaire" in model.data(refused)
    assert model.checked_paths() == [str(tmp_path / "lea.pdf")]


def test_preview_ticks_and_one_apply_call(  # type: ignore[no-untyped-def]
    qtbot, french, sqlite_database: Database, tmp_path: Path, monkeypatch
) -> None:
    calls: list[list[Path]] = []

    @mutates(sessions=True, skills=True, programmes=True)
    def apply(database, paths):  # type: ignore[no-untyped-def]
        calls.append(list(paths))
        return AppliedForms(len(paths), 3)

    service(
        monkeypatch,
        "mentorat_desktop.services.forms.returned",
        review_returned_forms=lambda database, paths: reviews(tmp_path),
        apply_returned_forms=apply,
    )
    dialog = ReturnedFormsDialog(sqlite_database)
    qtbot.addWidget(dialog)
    notices: list[Changes] = []
    dialog.changed.connect(notices.append)
    dialog.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(drop)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    assert dialog.status.text() == (
        "2 formulaires acceptés, 1 refusé. 1 formulaire en conflit : cochez-le pour qu’il"
        " remplace ce qui est enregistré."
    )
    assert dialog.apply_button.text() == "&Appliquer 1 formulaire"
    dialog.model.set_checked(1, True)  # the conflict, chosen explicitly
    assert dialog.apply_button.text() == "&Appliquer 2 formulaires"
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: dialog.applied is not None)
    assert calls == [[tmp_path / "lea.pdf", tmp_path / "bernard.pdf"]]
    assert notices and notices[0].sessions
    assert dialog.status.text() == "2 formulaires appliqués, 3 valeurs enregistrées."
    assert dialog.model.rowCount() == 1  # the refused one stays, with its sentence
    assert not dialog.apply_button.isEnabled()


def test_a_refused_apply_changes_nothing_and_says_why(  # type: ignore[no-untyped-def]
    qtbot, sqlite_database: Database, tmp_path: Path, monkeypatch
) -> None:
    def apply(database, paths):  # type: ignore[no-untyped-def]
        raise ValidationError("paths", "Ce formulaire a déjà été importé.")

    service(
        monkeypatch,
        "mentorat_desktop.services.forms.returned",
        review_returned_forms=lambda database, paths: reviews(tmp_path)[:1],
        apply_returned_forms=apply,
    )
    dialog = ReturnedFormsDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.add_paths([tmp_path / "lea.pdf"])
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: not dialog.error.isHidden())
    assert "déjà été importé" in dialog.error.text()
    assert dialog.applied is None
    assert dialog.model.rowCount() == 1


def test_export_asks_the_service_and_offers_the_folder(  # type: ignore[no-untyped-def]
    qtbot, french, sqlite_database: Database, tmp_path: Path, monkeypatch
) -> None:
    from mentorat_desktop.db.enums import SessionStatus
    from mentorat_desktop.services.sessions import sessions

    world = make_world(sqlite_database)
    held = plan(sqlite_database, world)[0]
    sessions.set_status(sqlite_database, held.id, held.version, SessionStatus.HELD)
    asked: list[FormRequest] = []

    def export(database, request, folder, progress=None):  # type: ignore[no-untyped-def]
        asked.append(request)
        progress(0.5)
        return [folder / "a.pdf", folder / "b.pdf"]

    service(monkeypatch, "mentorat_desktop.services.forms.build", export_forms=export)
    dialog = FormsExportDialog(sqlite_database, kind=FormKind.FEEDBACK)
    qtbot.addWidget(dialog)
    assert dialog.session.currentData() == held.id  # the latest held session
    assert dialog.save_button.text() == "&Enregistrer 2 formulaires dans un dossier…"
    assert not dialog.rows["skills"][1].isVisibleTo(dialog)
    dialog.save_in(tmp_path)
    qtbot.waitUntil(lambda: bool(dialog.saved))
    assert asked == [FormRequest(FormKind.FEEDBACK, world.programme, session_id=held.id)]
    assert dialog.folder_button.isEnabled()
    assert str(tmp_path) in dialog.status.text()

    dialog.kind.setCurrentIndex(dialog.kind.findData(FormKind.SKILLS))
    assert dialog.save_button.text() == "&Enregistrer 3 formulaires dans un dossier…"
    dialog.skills.setFocus()


def test_export_cancel_and_refusal(  # type: ignore[no-untyped-def]
    qtbot, sqlite_database: Database, tmp_path: Path, monkeypatch
) -> None:
    world = make_world(sqlite_database)

    def export(database, request, folder, progress=None):  # type: ignore[no-untyped-def]
        dialog._export.cancel()
        progress(0.1)
        raise AssertionError("Cancel did not stop the export")

    service(monkeypatch, "mentorat_desktop.services.forms.build", export_forms=export)
    dialog = FormsExportDialog(sqlite_database, programme_id=world.programme)
    qtbot.addWidget(dialog)
    dialog.save_in(tmp_path)
    qtbot.waitUntil(lambda: dialog._export is None)
    assert "Stopped" in dialog.status.text()

    def refuse(database, request, folder, progress=None):  # type: ignore[no-untyped-def]
        raise ValidationError("folder", "This folder cannot be written.")

    service(monkeypatch, "mentorat_desktop.services.forms.build", export_forms=refuse)
    dialog.save_in(tmp_path)
    qtbot.waitUntil(lambda: dialog._export is None)
    assert dialog.error.text() == "⚠ This folder cannot be written."


def test_no_programme_says_where_to_go(qtbot, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = FormsExportDialog(sqlite_database)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert "Pairs" in dialog.status.text()


def descriptors(*names: str) -> bytes:
    block = struct.pack("<I", len(names))
    for name in names:
        raw = name.encode("utf-16-le").ljust(520, b"\0")
        block += b"\0" * 72 + raw
    return block


def test_an_outlook_attachment_drop_is_read_from_a_copy(  # type: ignore[no-untyped-def]
    qtbot, french, sqlite_database: Database, tmp_path: Path, monkeypatch
) -> None:
    from mentorat_desktop.ui.widgets.dropped_files import CONTENTS, DESCRIPTORS

    read: list[list[Path]] = []

    def review(database, paths):  # type: ignore[no-untyped-def]
        read.append(list(paths))
        return []

    service(monkeypatch, "mentorat_desktop.services.forms.returned", review_returned_forms=review)
    dialog = ReturnedFormsDialog(sqlite_database)
    qtbot.addWidget(dialog)
    mime = QMimeData()
    mime.setData(DESCRIPTORS, QByteArray(descriptors("Retour Léa.pdf", "Retour Bernard.pdf")))
    mime.setData(CONTENTS, QByteArray(b"%PDF-1.7 the first attachment"))
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(event)
    qtbot.waitUntil(lambda: bool(read))
    (copy,) = read[0]
    assert copy.name == "Retour Léa.pdf"
    assert copy.read_bytes() == b"%PDF-1.7 the first attachment"
    assert "1 autre a été laissée de côté" in dialog.error.text()


def test_sessions_to_journal_suggest_the_forms(  # type: ignore[no-untyped-def]
    qtbot, french, sqlite_database: Database, monkeypatch
) -> None:
    from PySide6.QtCore import QSize

    from mentorat_desktop.db.enums import SessionStatus
    from mentorat_desktop.services.sessions import session_list as sl
    from mentorat_desktop.services.sessions import sessions
    from mentorat_desktop.ui.main_window import MainWindow
    from mentorat_desktop.ui.screenshots.fit import fit_problems
    from tests.test_lifecycle_journey import drive

    world = make_world(sqlite_database)
    held = plan(sqlite_database, world)[0]
    sessions.set_status(sqlite_database, held.id, held.version, SessionStatus.HELD)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    window.resize(QSize(1024, 700))
    window.show_view("sessions")
    view = window.views["sessions"]
    assert not view.forms_hint.isVisible()
    view.set_quick_filter(sl.TO_JOURNAL)
    assert view.forms_hint.isVisible()
    for _ in range(3):
        qtbot.wait(1)
    assert fit_problems(window) == []
    opened: list[FormsExportDialog] = []
    drive(monkeypatch, FormsExportDialog, lambda dialog: opened.append(dialog))
    click(qtbot, view.forms_hint.send_button)
    assert opened[0].current_kind() is FormKind.FEEDBACK
    assert opened[0].session.currentData() == held.id


def test_choose_files_and_tick_with_the_keyboard(  # type: ignore[no-untyped-def]
    qtbot, sqlite_database: Database, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    service(
        monkeypatch,
        "mentorat_desktop.services.forms.returned",
        review_returned_forms=lambda database, paths: reviews(tmp_path),
    )
    chosen = [str(tmp_path / "lea.pdf"), str(tmp_path / "bernard.pdf")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    dialog = ReturnedFormsDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.files_button)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    assert dialog.paths == [Path(p) for p in chosen]
    dialog.tree.setFocus()
    dialog.tree.setCurrentIndex(dialog.model.index(1, 0))
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert str(tmp_path / "bernard.pdf") in dialog.model.checked_paths()
    assert dialog.apply_button.text() == "&Apply 2 forms"
    tip = dialog.model.data(dialog.model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("bernard.pdf")
    click(qtbot, dialog.clear_button)
    assert dialog.model.rowCount() == 0 and not dialog.apply_button.isEnabled()


def test_a_folder_without_pdf_says_so(  # type: ignore[no-untyped-def]
    qtbot, french, sqlite_database: Database, tmp_path: Path, monkeypatch
) -> None:
    service(
        monkeypatch,
        "mentorat_desktop.services.forms.returned",
        review_returned_forms=lambda database, paths: [],
    )
    dialog = ReturnedFormsDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.add_paths([tmp_path])
    qtbot.waitUntil(lambda: dialog.status.text() == "Aucun fichier PDF dans ce qui a été choisi.")
    assert not dialog.apply_button.isEnabled()


def test_the_forms_are_reached_from_the_menu_and_documents(  # type: ignore[no-untyped-def]
    qtbot, sqlite_database: Database, monkeypatch
) -> None:
    from PySide6.QtGui import QKeySequence

    from mentorat_desktop.ui.main_window import MainWindow
    from tests.test_lifecycle_journey import drive

    shell = MainWindow()
    qtbot.addWidget(shell)
    assert not shell.forms_action.isEnabled() and not shell.returned_forms_action.isEnabled()
    world = make_world(sqlite_database)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    assert window.returned_forms_action.shortcut() == QKeySequence("Ctrl+Shift+I")
    assert window.returned_forms_action in window.file_menu.actions()
    exports = drive(monkeypatch, FormsExportDialog, lambda dialog: None)
    imports = drive(monkeypatch, ReturnedFormsDialog, lambda dialog: None)
    window.forms_action.trigger()
    window.returned_forms_action.trigger()
    window.show_view("documents")
    documents = window.views["documents"]
    click(qtbot, documents.forms_button)
    click(qtbot, documents.returned_button)
    assert len(exports) == 2 and len(imports) == 2
    assert exports[1].programme.currentData() == world.programme


def test_questionnaire_skills_ticked_in_the_list(
    qtbot, qtmodeltester, sqlite_database: Database
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.services.staff import skills

    world = make_world(sqlite_database)
    category = skills.create_category(sqlite_database, "Numérique")
    for name in ("Excel", "Canva", "Teams"):
        skills.create_skill(sqlite_database, category.id, name)
    dialog = FormsExportDialog(sqlite_database, programme_id=world.programme)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(FormKind.SKILLS))
    model = dialog.skills_model
    qtmodeltester.check(model)
    assert model.rowCount() >= 2
    request = dialog.request()
    assert request is not None and request.skill_ids == ()  # none ticked: the whole catalogue
    last = model.index(model.rowCount() - 1, 0)
    assert model.setData(last, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(
        model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.setData(last, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    request = dialog.request()
    assert request is not None and request.skill_ids == (model.rows[0].id,)
