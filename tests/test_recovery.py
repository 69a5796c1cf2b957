"""The issue's scenario, end to end: start empty, import staff, close (or let the command
exit), the file is damaged, recover: every person is back. And the dialog tells the truth."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from mentorat_desktop.cli.main import main
from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.db.models import Person
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.safety.autobackup import record_change
from mentorat_desktop.services.safety.backup import create_backup, list_backups
from mentorat_desktop.services.safety.restore import file_problem
from mentorat_desktop.services.staff import people
from mentorat_desktop.services.staff.people import PersonInput
from mentorat_desktop.ui import startup
from mentorat_desktop.ui.app import back_up_at_close
from mentorat_desktop.ui.dialogs.recovery_dialog import RecoveryDialog
from mentorat_desktop.ui.main_window import MainWindow

WORKER_TIMEOUT_MS = 120_000  # a backup on a loaded CI machine can take seconds
STAFF = "Prénom;Nom;Email\n" + "".join(
    f"Personne{n};Équipe{n};p{n}@exemple.fr\n" for n in range(1, 26)
)


def _names(target: str) -> set[str]:
    database = open_database(target)
    try:
        with database.reading() as session:
            return set(session.scalars(select(Person.last_name)).all())
    finally:
        database.close()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for start in range(8192, len(data) - 4096, 8192):
        data[start + 8 : start + 300] = b"\x00\xff" * 146
    path.write_bytes(bytes(data))
    assert file_problem(path) is not None


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    install_translators(QCoreApplication.instance(), "fr")
    yield
    install_translators(QCoreApplication.instance(), "en")


def _recover_with_the_proposed_backup(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Start the app as the user would, and accept what the recovery dialog proposes."""
    seen: list[str] = []

    def exec_(dialog: RecoveryDialog) -> int:
        seen.append(dialog.backups.currentItem().text())
        seen.append(dialog.warning.text())
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()
        return int(dialog.result())

    monkeypatch.setattr(RecoveryDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: seen.append(text))
    return seen


def test_import_with_the_command_then_damage_then_recover(
    qtbot, tmp_path: Path, french: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    db_file = tmp_path / "mentorat.sqlite3"
    started = startup.start(str(db_file), open_database)  # first start: an empty database
    assert started is not None
    started[0].close()
    started[1].release()  # type: ignore[union-attr]
    staff = tmp_path / "personnel.csv"
    staff.write_text(STAFF, encoding="utf-8")

    assert main(["--lang", "fr", "--database", str(db_file), "import-staff", str(staff)]) == 0
    imported = _names(str(db_file))
    assert len(imported) == 25
    _damage(db_file)

    seen = _recover_with_the_proposed_backup(monkeypatch)
    started = startup.start(str(db_file), open_database)

    assert started is not None
    database, lock = started
    assert "25 personnes" in seen[0]  # the newest backup, which holds the import
    assert seen[1] == ""  # nothing to warn about: it is as new as the last change
    assert "conservé" in seen[2]
    database.close()
    lock.release()  # type: ignore[union-attr]
    assert _names(str(db_file)) == imported  # every person is back
    assert list(tmp_path.glob("mentorat-damaged-*.sqlite3"))  # kept aside


def test_work_in_the_app_is_backed_up_at_closing_and_recovered(
    qtbot, tmp_path: Path, french: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    db_file = tmp_path / "mentorat.sqlite3"
    started = startup.start(str(db_file), open_database)
    assert started is not None
    database, lock = started
    window = MainWindow(database)
    qtbot.addWidget(window)
    for n in range(12):
        people.create_person(database, PersonInput(f"Prénom{n}", f"Nom{n}"))
    window.close()
    back_up_at_close(window)  # what run_gui does once the window has closed
    database.close()
    lock.release()  # type: ignore[union-attr]
    _damage(db_file)

    seen = _recover_with_the_proposed_backup(monkeypatch)
    started = startup.start(str(db_file), open_database)

    assert started is not None
    assert "12 personnes" in seen[0]
    started[0].close()
    started[1].release()  # type: ignore[union-attr]
    assert len(_names(str(db_file))) == 12


def test_closing_without_changes_takes_no_backup(qtbot, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.close()
    back_up_at_close(window)
    assert list_backups(sqlite_database.sqlite_file) == []  # type: ignore[arg-type]


def _empty_then_full(db_file: Path) -> None:
    """An empty backup of yesterday, then a day of work with no backup after it."""
    database = open_database(str(db_file))
    create_backup(db_file, now=datetime.now() - timedelta(days=1))
    people.create_person(database, PersonInput("Hervé", "Guérin"))
    database.close()
    record_change(db_file, datetime.now())


def test_the_dialog_warns_of_an_empty_or_old_backup_and_offers_another_file(
    qtbot, tmp_path: Path, french: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    db_file = tmp_path / "mentorat.sqlite3"
    _empty_then_full(db_file)
    usb = tmp_path / "usb"
    usb.mkdir()
    on_the_key = create_backup(db_file, folder=usb).path
    for backup in list_backups(db_file):
        if backup.path != list_backups(db_file)[-1].path:
            backup.path.unlink()  # keep the empty one only
    (tmp_path / "backups" / "mentorat-20261130-080000-auto.sqlite3").write_bytes(b"")
    _damage(db_file)
    from mentorat_desktop.services.safety.recovery import recovery_plan

    dialog = RecoveryDialog(recovery_plan(db_file), "malformed")
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 1  # the 0-byte file is no backup
    warning = dialog.warning.text()
    assert "vide" in warning and "plus ancienne que la dernière modification" in warning
    texts = " ".join(w.text() for w in dialog.findChildren(type(dialog.warning)))
    assert "mentorat restore" not in texts  # never a command to type

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(on_the_key), ""))
    qtbot.mouseClick(dialog.findChild(type(dialog.restore_button), "choose_other"), Qt.LeftButton)
    assert dialog.backups.count() == 2
    assert "1 personne" in dialog.backups.currentItem().text()
    assert "vide" not in dialog.warning.text()
    dialog.restore_button.click()
    assert dialog.outcome is not None and dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert _names(str(db_file)) == {"Guérin"}


def test_no_backup_at_all_still_offers_another_file(qtbot, tmp_path: Path, french: None) -> None:  # type: ignore[no-untyped-def]
    db_file = tmp_path / "mentorat.sqlite3"
    db_file.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    from mentorat_desktop.services.safety.recovery import recovery_plan

    dialog = RecoveryDialog(recovery_plan(db_file), "malformed")
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 0 and not dialog.restore_button.isEnabled()
    assert dialog.empty_label.isVisibleTo(dialog)
    assert dialog.findChild(type(dialog.restore_button), "choose_other") is not None


def test_while_open_a_backup_follows_ten_minutes_of_changes_never_an_idle_database(
    qtbot, sqlite_database: Database
) -> None:  # type: ignore[no-untyped-def]
    db_file = sqlite_database.sqlite_file
    assert db_file is not None
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    safety = window.safety
    assert safety.timer.interval() == 30_000

    safety.back_up_if_due()  # idle: nothing changed since the window opened
    assert safety._backup_worker is None and list_backups(db_file) == []

    people.create_person(sqlite_database, PersonInput("Hervé", "Guérin"))
    safety.back_up_if_due()  # changed, and never backed up: now, on a worker thread
    qtbot.waitUntil(
        lambda: safety._backup_worker is None and len(list_backups(db_file)) == 1,
        timeout=WORKER_TIMEOUT_MS,
    )

    people.create_person(sqlite_database, PersonInput("Zoé", "Dubœuf"))
    safety.back_up_if_due()  # changed again, but the last backup is a minute old at most
    assert safety._backup_worker is None and len(list_backups(db_file)) == 1
    assert safety.watch is not None
    safety.watch.backed_up_at -= timedelta(minutes=10)
    safety.back_up_if_due()
    qtbot.waitUntil(lambda: safety._backup_worker is None, timeout=WORKER_TIMEOUT_MS)
    newest = list_backups(db_file)[0]
    assert newest.kind.startswith("auto")  # "auto-2" when two fall in the same second
    assert "Dubœuf" in _names(str(newest.path))


def test_a_failed_backup_while_open_is_shown(
    qtbot, sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.services.safety import backup as backup_module

    def full(_source: Path, destination: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "checked_copy", full)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    people.create_person(sqlite_database, PersonInput("Hervé", "Guérin"))
    window.safety.back_up_if_due()
    qtbot.waitUntil(lambda: window.safety._backup_worker is None, timeout=WORKER_TIMEOUT_MS)
    assert "disk is full" in window.safety.status_label.text()
    assert list_backups(sqlite_database.sqlite_file) == []  # type: ignore[arg-type]
