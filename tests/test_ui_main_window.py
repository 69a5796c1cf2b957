"""The main window and its dialogs, driven as a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from mentorat_desktop.db.database import Database
from mentorat_desktop.services.dashboard.overview import get_overview
from mentorat_desktop.services.settings import get_settings
from mentorat_desktop.ui.app import first_start
from mentorat_desktop.ui.dialogs.first_start_dialog import FirstStartChoice, FirstStartDialog
from mentorat_desktop.ui.dialogs.settings_dialog import SettingsDialog
from mentorat_desktop.ui.main_window import MainWindow
from tests.conftest import type_text


def _window(qtbot, database: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_empty_database_offers_demo_data_and_loads_it(qtbot, sqlite_database: Database) -> None:
    window = _window(qtbot, sqlite_database)
    staff = window.views["staff"]
    window.show_view("staff")
    assert staff.empty_state.isVisible()
    assert window.database_label.text().endswith(str(sqlite_database.sqlite_file))

    qtbot.mouseClick(staff.demo_button, Qt.MouseButton.LeftButton)  # loads in the background
    assert QApplication.overrideCursor() is not None  # busy meanwhile
    qtbot.waitUntil(lambda: not staff.empty_state.isVisible(), timeout=20_000)

    assert QApplication.overrideCursor() is None
    people = get_overview(sqlite_database).people
    assert people >= 35
    assert not staff.empty_state.isVisible()
    assert staff.proxy.rowCount() == people  # the staff table, active people
    assert not window.demo_action.isEnabled()


def test_keyboard_shortcuts_switch_views(qtbot, sqlite_database: Database) -> None:
    window = _window(qtbot, sqlite_database)
    for number, key in enumerate(["dashboard", "staff", "skills", "pairs", "sessions"], start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view_key() == key
        assert window.navigation.currentIndex().row() == number - 1
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.views["documents"]


def test_navigation_list_selects_the_view(qtbot, sqlite_database: Database) -> None:
    window = _window(qtbot, sqlite_database)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_view_key() == "skills"


def test_last_view_and_size_are_remembered(qtbot, sqlite_database: Database) -> None:
    window = _window(qtbot, sqlite_database)
    window.resize(780, 520)
    window.show_view("sessions")
    window.close()
    assert QSettings().value("main_window/last_view") == "sessions"

    again = _window(qtbot, sqlite_database)
    assert again.current_view_key() == "sessions"
    assert (again.width(), again.height()) == (780, 520)


def test_settings_dialog_saves_to_the_database(qtbot, sqlite_database: Database) -> None:
    dialog = SettingsDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.company_name.clear()
    type_text(dialog.company_name, "Zoë O'Brien & Fils")
    type_text(dialog.signatory_name, "Éloïse N'Diaye")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.session_minutes.setValue(45)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = get_settings(sqlite_database)
    assert (saved.company_name, saved.signatory_name) == ("Zoë O'Brien & Fils", "Éloïse N'Diaye")
    assert (saved.language, saved.default_session_minutes) == ("en", 45)
    assert dialog.language_changed
    assert QSettings().value("ui/language") == "en"


def test_settings_dialog_shows_error_at_the_field(qtbot, sqlite_database: Database) -> None:
    dialog = SettingsDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.company_name, "Atelier")
    dialog.timezone.setCurrentText("Mars/Olympus_Mons")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors["timezone"].isVisible()
    assert "Mars/Olympus_Mons" in dialog.errors["timezone"].text()
    assert get_settings(sqlite_database).company_name == ""


def test_settings_dialog_logo(qtbot, sqlite_database: Database, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    image_path = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    image.save(str(image_path))
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"not an image")
    dialog = SettingsDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.load_logo_file(junk)
    assert dialog.errors["logo"].isVisible() and dialog.logo is None
    dialog.load_logo_file(image_path)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert get_settings(sqlite_database).logo == image_path.read_bytes()


def test_first_start_dialog_loads_demo(qtbot, sqlite_database: Database) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstStartDialog)
        type_text(dialog.company_name, "Atelier Lumière")
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
        # Loading in the background: the dialog stays, busy, and Escape does not close it.
        seen.append(QApplication.overrideCursor() is not None)
        seen.append(not dialog.demo_button.isEnabled() and not dialog.empty_button.isEnabled())
        dialog.reject()
        seen.append(dialog.isVisible())

    seen: list[bool] = []
    QTimer.singleShot(0, answer)
    first_start(sqlite_database, "fr")
    assert seen == [True, True, True]
    assert QApplication.overrideCursor() is None

    settings = get_settings(sqlite_database)
    assert settings.setup_done
    assert settings.company_name == "Atelier Lumière"
    assert get_overview(sqlite_database).people > 0


def test_first_start_dialog_start_empty(qtbot, sqlite_database: Database) -> None:
    dialog = FirstStartDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chosen_language() == "en"
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is FirstStartChoice.EMPTY


def test_first_start_not_shown_once_set_up(qtbot, sqlite_database: Database) -> None:
    from mentorat_desktop.services.settings import complete_first_start

    complete_first_start(sqlite_database, "Atelier", "fr")
    first_start(sqlite_database, "fr")  # would block on a modal dialog if it were shown
    assert get_overview(sqlite_database).is_empty


def test_coming_back_to_the_app_shows_changes_made_elsewhere(
    qtbot, sqlite_database: Database, monkeypatch
) -> None:
    import mentorat_desktop.ui.main_window as main_window

    window = _window(qtbot, sqlite_database)
    refreshes: list[bool] = []
    window.refresh = lambda: refreshes.append(True)  # a spy on this one window
    window._application_state_changed(Qt.ApplicationState.ApplicationActive)
    assert refreshes == []  # just filled at start: no second load of every view
    del window.refresh
    monkeypatch.setattr(main_window, "REFRESH_COOLDOWN_S", 0.0)  # as if time had passed

    from dataclasses import replace

    from mentorat_desktop.services.settings import save_settings

    window = _window(qtbot, sqlite_database)
    assert "Atelier Nord" not in window.windowTitle()
    save_settings(  # another coordinator, on another computer
        sqlite_database, replace(get_settings(sqlite_database), company_name="Atelier Nord")
    )

    window._application_state_changed(Qt.ApplicationState.ApplicationActive)

    assert window.windowTitle().startswith("Atelier Nord")
