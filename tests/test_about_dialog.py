"""The About dialog: version, licences, and where the user's data is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from mentorat_desktop import __version__
from mentorat_desktop.config import data_dir
from mentorat_desktop.ui.dialogs.about_dialog import AboutDialog
from mentorat_desktop.ui.main_window import MainWindow

ODD_LOCATION = "/srv/<b>Zoé</b> & co/mentorat.sqlite3"


def _dialog(qtbot, folder: Path, location: str = ODD_LOCATION) -> AboutDialog:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(location, folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_shows_version_licences_and_locations_as_typed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, tmp_path)
    assert __version__ in dialog.version_label.text()
    labels = " ".join(label.text() for label in dialog.findChildren(type(dialog.version_label)))
    assert "MIT" in labels and "Lucide" in labels
    assert dialog.folder_label.text() == str(tmp_path)
    # A path is plain text: markup in a folder name is shown, never interpreted.
    assert dialog.database_label.text() == ODD_LOCATION
    assert dialog.database_label.textFormat() == Qt.TextFormat.PlainText


def test_open_button_opens_the_data_folder(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.open_button.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


def test_open_button_is_disabled_with_a_reason_before_the_folder_exists(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, tmp_path / "not-yet")
    assert not dialog.open_button.isEnabled()
    assert "created" in dialog.open_button.toolTip()


def test_copy_details_puts_version_and_locations_on_the_clipboard(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, tmp_path)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Mentorat {__version__}" in copied
    assert str(tmp_path) in copied and ODD_LOCATION in copied


def test_help_menu_opens_it_with_this_database(qtbot, sqlite_database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    about = next(a for a in window.menuBar().actions() if a.menu() and "Help" in a.text())
    about.menu().actions()[-1].trigger()
    assert len(shown) == 1
    assert shown[0].database_label.text() == sqlite_database.location
    assert shown[0].folder == data_dir()
