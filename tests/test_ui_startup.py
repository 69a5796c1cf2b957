"""A start as the user sees it: the window's shell at once, then the checks and the database,
then the one view shown; the other views are built when first visited."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.changes import EVERYTHING
from mentorat_desktop.services.settings import get_settings
from mentorat_desktop.services.staff.staff_directory import list_staff
from mentorat_desktop.ui.app import Launch
from mentorat_desktop.ui.dialogs.first_start_dialog import FirstStartDialog
from mentorat_desktop.ui.dialogs.person_dialog import PersonDialog
from mentorat_desktop.ui.main_window import LAST_VIEW_KEY, MainWindow
from tests.conftest import type_text


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")


def when_shown(dialog_class: type[QWidget], answer: Callable[[QWidget], None]) -> QTimer:
    """Answer the modal dialog of that class as soon as it is up (it runs its own loop)."""
    timer = QTimer()
    timer.setInterval(20)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, dialog_class):
            timer.stop()
            answer(dialog)

    timer.timeout.connect(check)
    timer.start()
    return timer


def test_a_first_start_shows_the_shell_then_the_dashboard_then_staff_on_its_visit(
    qtbot, tmp_path: Path, french
) -> None:  # type: ignore[no-untyped-def]
    target = str(tmp_path / "mentorat.sqlite3")  # nothing there yet: the very first start
    shell = MainWindow()
    qtbot.addWidget(shell)
    launch = Launch(shell, target, demo=False, language="fr")
    shell.show()
    qtbot.waitExposed(shell)
    # The shell: every view's place in the navigation, in French, and no data yet.
    titles = [shell.navigation_model.item(row).text() for row in range(6)]
    assert titles[:2] == ["Tableau de bord", "Personnel"]
    assert not shell.attached and shell.views.built() == []
    assert not shell.settings_action.isEnabled()  # nothing to set before the database

    def set_up(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstStartDialog)
        type_text(dialog.company_name, "Atelier Lumière")
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)

    answering = when_shown(FirstStartDialog, set_up)
    qtbot.waitUntil(lambda: launch.started, timeout=5_000)  # after the shell's first paint
    qtbot.waitUntil(lambda: shell.attached, timeout=30_000)
    answering.stop()
    window = launch.window
    assert window is shell  # the same window, filled: no second window flashes
    assert window.windowTitle() == "Atelier Lumière — Mentorat"
    assert window.settings_action.isEnabled()
    assert [view.spec.key for view in window.views.built()] == ["dashboard"]
    dashboard = window.views["dashboard"]
    assert window.stack.currentWidget() is dashboard and not dashboard.stale
    assert launch.database is not None
    assert get_settings(launch.database).setup_done

    # Staff is built on its first visit (Ctrl+2), and works as ever.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not window.views.is_built("staff")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.views.is_built("staff")
    staff = window.views["staff"]
    assert window.stack.currentWidget() is staff and staff.isVisible()

    def add_person(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        type_text(dialog.first_name, "Léa")
        type_text(dialog.last_name, "Martin")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    adding = when_shown(PersonDialog, add_person)
    qtbot.mouseClick(staff.empty_add_button, Qt.MouseButton.LeftButton)
    adding.stop()
    assert staff.proxy.rowCount() == 1
    assert dashboard.stale  # told of the change, reloads when shown again
    assert sorted(window.views.built(), key=id) == sorted([dashboard, staff], key=id)

    assert launch.finish(0) == 0  # the lock freed, the database closed
    reopened = open_database(target)
    try:
        assert [row.full_name for row in list_staff(reopened)] == ["Léa Martin"]
    finally:
        reopened.close()


def test_a_start_refused_by_the_lock_closes_the_shell(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui import startup

    monkeypatch.setattr(startup, "start", lambda *_args: None)  # e.g. already open
    shell = MainWindow()
    qtbot.addWidget(shell)
    launch = Launch(shell, str(tmp_path / "m.sqlite3"), demo=False, language="fr")
    shell.show()
    qtbot.waitUntil(lambda: launch.started, timeout=5_000)
    assert not shell.isVisible() and not shell.attached
    assert launch.finish(0) == 2


def test_only_the_shown_view_is_built_and_the_others_on_their_first_visit(
    qtbot, sqlite_database: Database
) -> None:  # type: ignore[no-untyped-def]
    QSettings().setValue(LAST_VIEW_KEY, "skills")  # the view shown when Mentorat was closed
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_view_key() == "skills"
    assert [view.spec.key for view in window.views.built()] == ["skills"]
    assert not window.views["skills"].stale

    window.notify(EVERYTHING)  # a change notice builds nothing
    assert [view.spec.key for view in window.views.built()] == ["skills"]
    assert list(window.views) == ["dashboard", "staff", "skills", "pairs", "sessions", "documents"]
    assert "pairs" in window.views and not window.views.is_built("pairs")

    window.navigation.setCurrentIndex(window.navigation_model.index(3, 0))  # Binômes
    pairs = window.views["pairs"]
    assert window.stack.currentWidget() is pairs and not pairs.stale
    assert window.stack.count() == 6 and window.stack.indexOf(pairs) == 3
    assert window.stack.indexOf(window.views["skills"]) == 2  # still in its place


def test_the_file_checked_while_importing_is_checked_again_if_it_changed_since(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from mentorat_desktop.ui.app import file_state

    path = tmp_path / "m.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    shell = MainWindow()
    qtbot.addWidget(shell)
    launch = Launch(shell, str(path), demo=False, language="fr")
    launch.begun = True  # no start here: only its check of the file
    launch.checked[path] = (file_state(path), "found while importing")
    assert launch._problem_of(path) == "found while importing"  # the file is as it was

    launch.checked[path] = (file_state(path), "found while importing")
    with sqlite3.connect(path) as connection:  # a command wrote while the lock was waited for
        connection.execute("INSERT INTO t VALUES (1)")
    assert launch._problem_of(path) is None  # checked again: intact
