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
