"""Closing a programme and the end questionnaires: the dialog says whether they went, offers
to send them first, and can leave the end levels to them so a returned one is no conflict."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import AssessmentKind, ProgrammeStatus
from mentorat_desktop.db.models import Programme, SkillAssessment
from mentorat_desktop.demo import load_demo
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.mail import MailKind, MailRequest
from mentorat_desktop.services.mail.outbox import queue_mail
from mentorat_desktop.services.mail.settings import save_mail_settings
from mentorat_desktop.services.programmes.programmes import list_programmes
from mentorat_desktop.ui.dialogs.close_programme_dialog import CloseProgrammeDialog
from mentorat_desktop.ui.dialogs.mail_dialog import MailDialog
from mentorat_desktop.ui.main_window import MainWindow
from tests.mail_helpers import drafts_settings


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")


def _running(database: Database):  # type: ignore[no-untyped-def]
    load_demo(database, "small", today=date.today())
    return next(p for p in list_programmes(database) if p.status is ProgrammeStatus.RUNNING)


def _end_levels(database: Database, programme_id: int) -> int:
    with database.reading() as s:
        return s.scalar(
            select(func.count())
            .select_from(SkillAssessment)
            .where(
                SkillAssessment.programme_id == programme_id,
                SkillAssessment.kind == AssessmentKind.END,
            )
        )


@pytest.mark.usefixtures("french")
def test_not_sent_yet_offers_to_send_them_first(
    qtbot, sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    programme = _running(sqlite_database)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("pairs")
    view = window.views["pairs"]
    opened: list[CloseProgrammeDialog] = []

    def exec_(dialog: CloseProgrammeDialog) -> int:
        opened.append(dialog)
        assert "n’ont pas été envoyés" in dialog.forms_hint.text()
        assert not dialog.wait_for_forms.isChecked() and dialog.table.isEnabled()
        assert dialog.send_button.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(CloseProgrammeDialog, "exec", exec_)
    view.programme_combo.setCurrentIndex([p.id for p in view.programmes].index(programme.id))
    view.close_programme()
    assert opened and opened[0].send_first
    mail = window.findChild(MailDialog)
    assert mail is not None and mail.current_kind() is MailKind.END
    assert mail.programme.currentData() == programme.id
    mail.close()
    with sqlite_database.reading() as s:
        assert s.get(Programme, programme.id).status is ProgrammeStatus.RUNNING


@pytest.mark.usefixtures("french")
def test_once_sent_no_level_is_recorded_on_closing(
    qtbot, sqlite_database: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    programme = _running(sqlite_database)
    save_mail_settings(sqlite_database, drafts_settings(tmp_path / "brouillons"))
    assert queue_mail(sqlite_database, MailRequest(MailKind.END, programme.id))
    before = _end_levels(sqlite_database, programme.id)
    dialog = CloseProgrammeDialog(sqlite_database, programme)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "ont été envoyés" in dialog.forms_hint.text()
    assert dialog.wait_for_forms.isChecked() and not dialog.table.isEnabled()
    assert not dialog.send_button.isVisibleTo(dialog)
    if dialog.ending_box is not None:
        dialog.end_status.setCurrentIndex(dialog.end_status.findData("completed"))
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    assert _end_levels(sqlite_database, programme.id) == before  # left to the questionnaires
    with sqlite_database.reading() as s:
        assert s.get(Programme, programme.id).status is ProgrammeStatus.CLOSED
