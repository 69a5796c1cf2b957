"""After the pairs are made or the programme planned, the pairs view says what comes next
(the welcome, the invitations) with the button that opens the send dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import ProgrammeStatus
from mentorat_desktop.demo import load_demo
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.mail import MailKind
from mentorat_desktop.services.programmes.programmes import list_programmes
from mentorat_desktop.ui.dialogs.mail_dialog import MailDialog
from mentorat_desktop.ui.dialogs.match_dialog import MatchDialog
from mentorat_desktop.ui.dialogs.plan_programme_dialog import PlanProgrammeDialog
from mentorat_desktop.ui.main_window import MainWindow


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")


@pytest.mark.usefixtures("french")
def test_pairs_made_then_planned_point_to_the_welcome_then_the_invitations(
    qtbot, sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    load_demo(sqlite_database, "small", today=date.today())
    running = next(
        p for p in list_programmes(sqlite_database) if p.status is ProgrammeStatus.RUNNING
    )
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("pairs")
    view = window.views["pairs"]
    view.programme_combo.setCurrentIndex([p.id for p in view.programmes].index(running.id))
    assert not view.next_step.isVisible()

    monkeypatch.setattr(MatchDialog, "run", lambda self: None)
    monkeypatch.setattr(MatchDialog, "exec", lambda self: 1)  # the proposals accepted
    view.suggest()
    assert view.next_step.isVisible()
    assert "Les binômes sont formés" in view.next_step.label.text()
    assert view.next_step.send_button.text() == "Envoyer la &bienvenue…"
    qtbot.mouseClick(view.next_step.send_button, Qt.MouseButton.LeftButton)
    assert not view.next_step.isVisible()
    mail = window.findChild(MailDialog)
    assert mail is not None and mail.current_kind() is MailKind.WELCOME
    assert mail.programme.currentData() == running.id
    mail.close()
    mail.deleteLater()

    def planned(self: PlanProgrammeDialog) -> int:
        self.created = [1]
        return 1

    monkeypatch.setattr(PlanProgrammeDialog, "exec", planned)
    view.plan_programme()
    assert "Les séances sont planifiées" in view.next_step.label.text()
    qtbot.mouseClick(view.next_step.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            d.isVisible() and d.current_kind() is MailKind.INVITATIONS
            for d in window.findChildren(MailDialog)
        )
    )
    view.plan_programme()
    qtbot.mouseClick(view.next_step.dismiss_button, Qt.MouseButton.LeftButton)
    assert not view.next_step.isVisible()
