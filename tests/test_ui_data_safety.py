"""Backups, restore, personal data and the start-up checks, driven as the office manager would."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox
from sqlalchemy import select

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.db.models import Person
from mentorat_desktop.demo import load_demo
from mentorat_desktop.services.safety.backup import DAILY, create_backup, list_backups
from mentorat_desktop.services.safety.restore import file_problem
from mentorat_desktop.services.staff import people
from mentorat_desktop.services.staff.people import PersonInput
from mentorat_desktop.ui import startup
from mentorat_desktop.ui.dialogs.anonymised_copies_dialog import AnonymisedCopiesDialog
from mentorat_desktop.ui.dialogs.backup_dialog import BackupDialog
from mentorat_desktop.ui.dialogs.personal_data_dialog import (
    AnonymiseConfirmDialog,
    PersonalDataDialog,
)
from mentorat_desktop.ui.dialogs.recovery_dialog import RecoveryDialog
from mentorat_desktop.ui.dialogs.restore_dialog import RestoreDialog
from mentorat_desktop.ui.main_window import MainWindow
from tests.conftest import type_text


def _window(qtbot, database: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("dashboard")
    return window


def _people_count(database: Database) -> int:
    with database.reading() as session:
        return len(session.scalars(select(Person.id)).all())


def test_backup_now_from_the_menu_updates_status_and_clears_the_notice(
    qtbot, sqlite_database: Database
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_database)
    notices = window.safety.notices
    assert window.safety.status_label.text() == "No backup yet"
    assert notices.isVisible() and "never been backed up" in notices.accessibleDescription()
    window.show_view("staff")
    assert not notices.isVisible()  # a dashboard reminder, not a nag on every page
    window.show_view("dashboard")

    file_menu = window.menuBar().actions()[0].menu()
    assert window.safety.backup_action in file_menu.actions()
    window.safety.backup_action.trigger()

    (made,) = list_backups(sqlite_database.sqlite_file)  # type: ignore[arg-type]
    assert window.safety.status_label.text().startswith("Last backup:")
    assert not notices.isVisible()
    assert str(made.path) in window.statusBar().currentMessage()


def test_a_week_without_backup_is_a_dashboard_warning_with_its_action(
    qtbot, sqlite_database: Database
) -> None:  # type: ignore[no-untyped-def]
    db_file = sqlite_database.sqlite_file
    assert db_file is not None
    create_backup(db_file, kind=DAILY, now=datetime.now() - timedelta(days=9))
    window = _window(qtbot, sqlite_database)
    notices = window.safety.notices
    assert notices.isVisible() and "9 days old" in notices.accessibleDescription()
    _text, button = notices.rows["backup_overdue"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(list_backups(db_file)) == 2
    assert not notices.isVisible()


def test_server_database_has_no_file_backup_actions(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, database)
    local = database.sqlite_file is not None
    assert window.safety.backup_action.isEnabled() == local
    assert window.safety.restore_action.isEnabled() == local
    assert window.safety.export_action.isEnabled()


def test_backup_dialog_to_a_folder_with_a_password(
    qtbot, sqlite_database: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupDialog(sqlite_database.sqlite_file, None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.folder, str(tmp_path / "usb"))
    type_text(dialog.password, "clé USB 2026")
    type_text(dialog.confirm, "clé USB 2025")
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.error.text() and dialog.result_file is None
    dialog.confirm.clear()
    type_text(dialog.confirm, "clé USB 2026")
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)  # in the background
    assert QApplication.overrideCursor() is not None and not dialog.backup_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=20_000)
    assert QApplication.overrideCursor() is None and dialog.backup_button.isEnabled()
    assert dialog.result_file is not None and dialog.result_file.path.suffix == ".zip"
    assert dialog.result_file.path.parent == tmp_path / "usb"
    assert "Backup written" in dialog.status.text()

    # Refused in the background (too short a password): said at the field, button back.
    for edit in (dialog.password, dialog.confirm):
        edit.clear()
        type_text(edit, "court")
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "8 characters" in dialog.error.text(), timeout=20_000)
    assert dialog.backup_button.isEnabled() and QApplication.overrideCursor() is None


def test_restore_dialog_shows_what_the_backup_holds_and_restores_it(
    qtbot, sqlite_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    load_demo(sqlite_database, "small", seed=1, today=date(2026, 11, 27))
    db_file = sqlite_database.sqlite_file
    assert db_file is not None
    create_backup(db_file, now=datetime(2026, 11, 2, 8, 15))
    before = _people_count(sqlite_database)
    people.create_person(sqlite_database, PersonInput("Après", "Sauvegarde"))
    window = _window(qtbot, sqlite_database)
    questions: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    dialog = RestoreDialog(db_file, window, before_replace=sqlite_database.close)
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 1
    assert f"{before} people" in dialog.content_label.text()
    assert "2026" in dialog.date_label.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert len(questions) == 1 and f"{before} people" in questions[0]
    assert dialog.outcome is not None and _people_count(sqlite_database) == before
    assert len(list_backups(db_file)) == 2  # with the copy taken before the restore


def test_restore_dialog_asks_the_password_of_an_encrypted_backup(
    qtbot, sqlite_database: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db_file = sqlite_database.sqlite_file
    assert db_file is not None
    made = create_backup(db_file, folder=tmp_path, password="mot de passe")
    dialog = RestoreDialog(db_file)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_file(made.path)
    assert dialog.password_row.isVisible() and "encrypted" in dialog.error.text()
    assert not dialog.restore_button.isEnabled()
    type_text(dialog.password, "mot de passe")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.restore_button.isEnabled() and "0 people" in dialog.content_label.text()


def test_personal_data_dialog_exports_and_anonymises(
    qtbot, sqlite_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    load_demo(sqlite_database, "small", seed=1, today=date(2026, 11, 27))
    person = people.create_person(sqlite_database, PersonInput("Ysaline", "Prud'homme"))
    people.archive_person(sqlite_database, person.id)
    dialog = PersonalDataDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.search, "prud'h")
    assert dialog.proxy.rowCount() == 1
    dialog.list.setCurrentIndex(dialog.proxy.index(0, 0))
    assert dialog.current() is not None and dialog.current().id == person.id  # type: ignore[union-attr]

    request = tmp_path / "request"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(request))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert sorted(p.suffix for p in request.iterdir()) == [".json", ".pdf"]

    seen: list[bool] = []

    def confirm() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, AnonymiseConfirmDialog)
        type_text(modal.typed, "Ysaline Prud'hom")
        seen.append(modal.confirm_button.isEnabled())
        type_text(modal.typed, "me")
        seen.append(modal.confirm_button.isEnabled())
        modal.confirm_button.click()

    monkeypatch.setattr(AnonymisedCopiesDialog, "exec", lambda self: 0)
    QTimer.singleShot(0, confirm)
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.changed, timeout=20_000)

    assert seen == [False, True]
    assert not dialog.anonymise_button.isEnabled()
    with sqlite_database.reading() as session:
        assert session.get(Person, person.id).last_name.endswith(f"#{person.id}")  # type: ignore[union-attr]


def test_retention_notice_opens_the_personal_data_dialog_on_that_person(
    qtbot, sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    person = people.create_person(sqlite_database, PersonInput("Ancien", "Salarié"))
    with sqlite_database.transaction() as session:
        session.get(Person, person.id).archived_at = datetime(2020, 1, 1).astimezone()  # type: ignore[union-attr]
    create_backup(sqlite_database.sqlite_file)  # type: ignore[arg-type]
    window = _window(qtbot, sqlite_database)
    text, button = window.safety.notices.rows["retention_due"]
    assert "Ancien Salarié" in text.text()
    opened: list[int | None] = []

    def exec_(dialog: PersonalDataDialog) -> int:
        current = dialog.current()
        opened.append(current.id if current else None)
        return 0

    monkeypatch.setattr(PersonalDataDialog, "exec", exec_)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [person.id]


# --- start-up ---------------------------------------------------------------------------------


def test_start_takes_the_daily_backup_once(qtbot, sqlite_target: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        started = startup.start(sqlite_target, open_database)
        assert started is not None
        database, lock = started
        database.close()
        lock.release()  # type: ignore[union-attr]
    (made,) = list_backups(Path(sqlite_target))
    assert made.kind == DAILY


def test_a_damaged_database_offers_the_latest_good_backup(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mentorat.sqlite3"
    database = open_database(str(path))
    load_demo(database, "small", seed=1, today=date(2026, 11, 27))
    create_backup(path, now=datetime(2026, 11, 20, 18, 0))
    count = _people_count(database)
    database.close()
    data = bytearray(path.read_bytes())
    for start in range(8192, len(data) - 4096, 12288):
        data[start + 8 : start + 300] = b"\x00\xff" * 146
    path.write_bytes(bytes(data))
    assert file_problem(path) is not None
    texts: list[str] = []

    def exec_(dialog: RecoveryDialog) -> int:
        texts.append(
            dialog.findChild(QLabel, "recovery_intro").text()
            + " "
            + dialog.backups.currentItem().text()
        )
        dialog.restore_button.click()
        return int(dialog.result())

    monkeypatch.setattr(RecoveryDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: texts.append(text))

    started = startup.start(str(path), open_database)

    assert started is not None
    database, lock = started
    assert "damaged" in texts[0] and "2026" in texts[0] and f"{count} people" in texts[0]
    assert "kept as" in texts[1]
    assert _people_count(database) == count
    assert list(tmp_path.glob("mentorat-damaged-*.sqlite3"))
    database.close()
    lock.release()  # type: ignore[union-attr]


def test_a_damaged_database_without_backup_is_left_alone(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mentorat.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    shown: list[str] = []

    def exec_(dialog: RecoveryDialog) -> int:
        shown.append(dialog.empty_label.text())
        return int(QDialog.DialogCode.Rejected)  # the user quits

    monkeypatch.setattr(RecoveryDialog, "exec", exec_)
    assert startup.start(str(path), open_database) is None
    assert shown == ["There is no backup beside the database."]
    assert path.read_bytes() == b"SQLite format 3\x00" + b"\x13" * 5000


def test_network_share_warning_comes_once(
    qtbot, sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(startup, "is_network_path", lambda _path: True)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    startup.warn_network_share(sqlite_database)
    startup.warn_network_share(sqlite_database)
    assert len(warnings) == 1 and "Shared server" in warnings[0]


def test_retention_is_a_setting(qtbot, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.services.settings import get_settings
    from mentorat_desktop.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(sqlite_database)
    qtbot.addWidget(dialog)
    assert dialog.retention_months.value() == 24
    dialog.retention_months.setValue(12)
    dialog.save()
    assert get_settings(sqlite_database).retention_months == 12
