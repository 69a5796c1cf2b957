"""A colleague saved first: the journal, agenda and settings dialogs say so and offer reload.

Driven in French from an empty database, as the office manager would.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services import settings
from mentorat_desktop.services.sessions import agenda, journals, sessions
from mentorat_desktop.services.sessions.agenda import AgendaEntry
from mentorat_desktop.services.sessions.journals import JournalInput
from mentorat_desktop.services.sessions.sessions import PlanInput
from mentorat_desktop.ui.dialogs.agenda_dialog import AgendaDialog
from mentorat_desktop.ui.dialogs.journal_dialog import JournalDialog
from mentorat_desktop.ui.dialogs.settings_dialog import SettingsDialog
from tests.conftest import type_text
from tests.test_services_sessions import make_world

REFUSED = "Modifié entre-temps par quelqu’un d’autre"


@pytest.fixture
def in_french(qapp):  # type: ignore[no-untyped-def]
    install_translators(qapp, "fr")
    yield
    install_translators(QCoreApplication.instance(), "en")


def _held(database) -> int:  # type: ignore[no-untyped-def]
    world = make_world(database)
    (record,) = sessions.plan_sessions(
        database, PlanInput(world.pair, date(2026, 3, 3), time(14), 60)
    )
    sessions.set_status(database, record.id, None, SessionStatus.HELD)
    return record.id


def _refused(bar) -> bool:  # type: ignore[no-untyped-def]
    text = bar.message.text().replace("'", "’")
    return bar.isVisible() and REFUSED in text


def test_journal_refused_after_a_colleague_saved_then_reloaded(
    qtbot, sqlite_database, in_french
) -> None:
    meeting = _held(sqlite_database)
    dialog = JournalDialog(sqlite_database, meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    journals.save_journal(  # a colleague, on another computer, writes the first journal
        sqlite_database,
        meeting,
        JournalInput(summary="Résumé du collègue", confidential_notes="Ses notes"),
        expected_version=0,
    )

    type_text(dialog.summary, "Mon résumé")
    qtbot.waitUntil(lambda: _refused(dialog.conflict), timeout=3000)
    saved = journals.get_journal(sqlite_database, meeting).content
    assert (saved.summary, saved.confidential_notes) == ("Résumé du collègue", "Ses notes")
    assert dialog.conflict.reload_button.text().replace("&", "") == "Recharger"
    dialog.close()  # a refused save keeps the window open, the text can still be copied
    assert dialog.isVisible()

    qtbot.mouseClick(dialog.conflict.reload_button, Qt.MouseButton.LeftButton)
    assert not dialog.conflict.isVisible()
    assert dialog.summary.toPlainText() == "Résumé du collègue"
    assert dialog.confidential.toPlainText() == "Ses notes"
    type_text(dialog.learned, "Les raccourcis")
    dialog.close()
    saved = journals.get_journal(sqlite_database, meeting).content
    assert (saved.summary, saved.learned) == ("Résumé du collègue", "Les raccourcis")


def test_agenda_and_preparation_refused_after_a_colleague_saved(
    qtbot, sqlite_database, in_french
) -> None:
    meeting = _held(sqlite_database)
    dialog = AgendaDialog(sqlite_database, meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    agenda.save_agenda(sqlite_database, meeting, [AgendaEntry("Ordre du collègue", 30)])
    agenda.save_preparation_notes(sqlite_database, meeting, "Apporter son ordinateur")

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.model.setData(dialog.model.index(0, 0), "Mon sujet")
    assert _refused(dialog.conflict)
    assert [i.topic for i in agenda.get_agenda(sqlite_database, meeting).items] == [
        "Ordre du collègue"
    ]
    qtbot.mouseClick(dialog.conflict.reload_button, Qt.MouseButton.LeftButton)
    assert [i.topic for i in dialog.model.items] == ["Ordre du collègue"]
    assert dialog.preparation.toPlainText() == "Apporter son ordinateur"

    agenda.save_preparation_notes(sqlite_database, meeting, "Autre note du collègue")
    type_text(dialog.preparation, " et un chargeur")
    qtbot.waitUntil(lambda: _refused(dialog.conflict), timeout=3000)
    assert agenda.get_agenda(sqlite_database, meeting).preparation_notes == (
        "Autre note du collègue"
    )
    qtbot.mouseClick(dialog.conflict.reload_button, Qt.MouseButton.LeftButton)
    type_text(dialog.preparation, " (et un chargeur)")
    dialog.accept()
    assert agenda.get_agenda(sqlite_database, meeting).preparation_notes == (
        "Autre note du collègue (et un chargeur)"
    )


def test_settings_refused_after_a_colleague_renamed_the_company(
    qtbot, sqlite_database, in_french
) -> None:
    dialog = SettingsDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    settings.save_settings(  # a colleague renames the company meanwhile
        sqlite_database,
        replace(settings.get_settings(sqlite_database), company_name="Atelier Nord"),
    )

    dialog.retention_months.setValue(36)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _refused(dialog.conflict) and dialog.isVisible()
    assert settings.get_settings(sqlite_database).company_name == "Atelier Nord"

    qtbot.mouseClick(dialog.conflict.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.company_name.text() == "Atelier Nord"
    dialog.retention_months.setValue(36)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = settings.get_settings(sqlite_database)
    assert (saved.company_name, saved.retention_months) == ("Atelier Nord", 36)
