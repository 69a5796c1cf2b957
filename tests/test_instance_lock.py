"""One Mentorat per database: a second start is refused, a crashed one does not block."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.services.safety.instance_lock import InstanceLock, lock_path
from mentorat_desktop.ui import startup

HOLDER = """
import sys
from pathlib import Path
from mentorat_desktop.services.safety.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
print("locked" if lock.acquire() is None else "refused", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def holder_process(tmp_path: Path):  # type: ignore[no-untyped-def]
    db_file = tmp_path / "mentorat.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    yield db_file, process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=30)


def test_a_second_instance_in_another_process_is_refused(holder_process) -> None:  # type: ignore[no-untyped-def]
    db_file, process = holder_process
    lock = InstanceLock(db_file)
    holder = lock.acquire()
    assert holder is not None and not lock.held
    assert holder.pid == process.pid and holder.this_computer


def test_a_lock_left_by_a_killed_process_is_taken_over(holder_process) -> None:  # type: ignore[no-untyped-def]
    db_file, process = holder_process
    process.kill()
    process.wait(timeout=30)
    assert lock_path(db_file).exists()  # the crash left its lock file behind
    lock = InstanceLock(db_file)
    assert lock.acquire() is None and lock.held
    lock.release()
    assert not lock_path(db_file).exists()


def _lock_from_another_computer(db_file: Path) -> None:
    lock_path(db_file).write_text("4242\nmentorat\nPOSTE-COMPTA\nmachine-id-of-it\nboot-id\n")


def test_a_lock_from_another_computer_says_where_and_can_be_forced(tmp_path: Path) -> None:
    db_file = tmp_path / "mentorat.sqlite3"
    _lock_from_another_computer(db_file)
    lock = InstanceLock(db_file)
    holder = lock.acquire()
    assert holder is not None
    assert (holder.hostname, holder.pid, holder.this_computer) == ("POSTE-COMPTA", 4242, False)
    assert lock.acquire() is not None  # never stale by age: it stays until forced
    assert lock.force() and lock.held
    lock.release()


def test_startup_refuses_a_second_start_and_says_so(
    qtbot, holder_process, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    db_file, process = holder_process
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    opened: list[str] = []

    result = startup.start(str(db_file), lambda target: opened.append(target))  # type: ignore[func-returns-value,arg-type]

    assert result is None and opened == []
    assert len(shown) == 1 and "already open" in shown[0] and str(process.pid) in shown[0]


@pytest.mark.parametrize(
    "answer", [QMessageBox.StandardButton.Open, QMessageBox.StandardButton.Cancel]
)
def test_startup_asks_before_forcing_another_computers_lock(
    qtbot, tmp_path: Path, sqlite_target: str, monkeypatch: pytest.MonkeyPatch, answer
) -> None:  # type: ignore[no-untyped-def]
    db_file = Path(sqlite_target)
    _lock_from_another_computer(db_file)
    asked: list[str] = []

    def warning(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    result = startup.start(str(db_file), open_database)

    assert len(asked) == 1 and "POSTE-COMPTA" in asked[0]
    if answer == QMessageBox.StandardButton.Open:
        assert result is not None
        database, lock = result
        assert isinstance(database, Database) and lock is not None and lock.held
        second = InstanceLock(db_file).acquire()
        assert second is not None and second.this_computer  # now ours
        database.close()
        lock.release()
    else:
        assert result is None
        assert "POSTE-COMPTA" in lock_path(db_file).read_text()  # left as it was


def test_a_server_database_takes_no_lock(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    monkeypatch.setattr(startup, "acquire_lock", lambda path: calls.append(str(path)))
    assert startup.start("postgresql+psycopg://u@127.0.0.1:1/x", lambda _t: None) is None
    assert calls == []


def test_a_lock_whose_process_id_was_reused_is_stale(tmp_path: Path) -> None:
    """Windows reuses process ids quickly: a crashed app's id now belongs to someone else."""
    import json
    import os
    import socket

    db_file = tmp_path / "mentorat.sqlite3"
    other = os.getppid()  # a process that runs, but is not the one that wrote the lock
    record = {"pid": other, "hostname": socket.gethostname(), "started": "boot:1", "purpose": "app"}
    lock_path(db_file).write_text(json.dumps(record))
    lock = InstanceLock(db_file)
    assert lock.acquire() is None and lock.held
    assert json.loads(lock_path(db_file).read_text())["pid"] == os.getpid()
    lock.release()


def test_the_lock_records_when_its_process_started(tmp_path: Path) -> None:
    import json
    import os

    from mentorat_desktop.services.safety.instance_lock import process_start

    lock = InstanceLock(tmp_path / "mentorat.sqlite3")
    assert lock.acquire() is None
    record = json.loads(lock.path.read_text())
    assert record["started"] == process_start(os.getpid()) and record["started"]
    lock.release()


def test_a_writing_command_waits_for_the_app_then_says_so(
    qapp, holder_process, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    """import-staff used to write into a database the open app was using."""
    from mentorat_desktop.cli import guard
    from mentorat_desktop.cli.main import main

    db_file, _process = holder_process
    staff = db_file.parent / "staff.csv"
    staff.write_text("Prénom;Nom\nJeanne;Martin\n", encoding="utf-8")
    monkeypatch.setattr(guard, "LOCK_WAIT_S", 0.5)
    code = main(["--lang", "en", "--database", str(db_file), "import-staff", str(staff)])
    err = capsys.readouterr().err.strip()
    assert code != 0 and "still was after 0 seconds" in err and len(err.splitlines()) == 1
    assert not db_file.exists()  # nothing written


def test_a_writing_command_goes_on_once_the_app_has_closed(
    qapp, holder_process, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from mentorat_desktop.cli import guard
    from mentorat_desktop.cli.main import main

    db_file, process = holder_process
    monkeypatch.setattr(guard, "LOCK_WAIT_S", 30.0)
    threading.Timer(1.0, process.kill).start()  # the app closes (here: crashes) meanwhile
    code = main(["--lang", "en", "--database", str(db_file), "demo"])
    assert code == 0, capsys.readouterr().err
    assert not lock_path(db_file).exists()


def test_the_app_does_not_start_while_a_command_writes(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.services.safety.instance_lock import COMMAND

    db_file = tmp_path / "mentorat.sqlite3"
    command = InstanceLock(db_file, purpose=COMMAND)
    assert command.acquire() is None
    monkeypatch.setattr(startup, "COMMAND_WAIT_S", 0.3)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    assert startup.start(str(db_file), open_database) is None
    assert "command is still writing" in shown[0]
    command.release()
