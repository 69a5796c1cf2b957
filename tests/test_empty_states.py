"""On an empty database every view says what to do next, and offers the way there (in French,
as the office manager first sees it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from mentorat_desktop.db.database import Database
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.staff import skills
from mentorat_desktop.ui.dialogs.plan_sessions_dialog import PlanSessionsDialog
from mentorat_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, sqlite_database: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "fr")
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    install_translators(app, "en")


def test_skills_say_how_to_start_then_show_the_catalogue(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sqlite_database: Database
) -> None:
    window.show_view("skills")
    view = window.views["skills"]
    assert view.catalogue_empty.isVisible() and not view.tree.isVisible()
    assert "Nouvelle catégorie…" in view.catalogue_empty.text()
    skills.create_category(sqlite_database, "Numérique")
    view.reload_catalogue()
    assert view.tree.isVisible() and not view.catalogue_empty.isVisible()


def test_documents_ask_for_a_programme_and_lead_to_pairs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_view("documents")
    view = window.views["documents"]
    qtbot.waitUntil(view.empty_hint.isVisible)
    assert "Aucun programme" in view.empty_hint.text()
    assert not view.error.isVisible() and not view.preview.isVisible()
    qtbot.mouseClick(view.empty_pairs_button, Qt.MouseButton.LeftButton)
    assert window.current_view_key() == "pairs"


def test_sessions_lead_to_pairs_when_there_is_no_pair(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_view("sessions")
    view = window.views["sessions"]
    assert "formez ses binômes" in view.empty_label.text()
    assert view.empty_pairs_button.isVisible()
    qtbot.mouseClick(view.empty_pairs_button, Qt.MouseButton.LeftButton)
    assert window.current_view_key() == "pairs"


def test_plan_sessions_without_a_pair_offers_the_way_to_pairs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_view("sessions")
    view = window.views["sessions"]
    seen: list[str] = []

    def go_to_pairs() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PlanSessionsDialog)
        seen.append(dialog.preview_label.text())
        assert dialog.pairs_button.isVisible() and not dialog.plan_button.isEnabled()
        qtbot.mouseClick(dialog.pairs_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, go_to_pairs)
    view.plan_sessions()
    assert seen and "Aller aux binômes" in seen[0]
    assert window.current_view_key() == "pairs"
