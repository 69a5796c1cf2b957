"""Backups: consistent while another connection writes, pruned by policy, private to the owner."""

from __future__ import annotations

import sqlite3
import stat
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import pyzipper
from sqlalchemy import text

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.services.safety import backup
from mentorat_desktop.services.safety.backup import (
    BackupError,
    backup_due,
    backup_overdue,
    create_backup,
    list_backups,
    prune_plan,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _count(path: Path, table: str = "department") -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_backup_while_another_connection_writes(tmp_path: Path, sqlite_database: Database) -> None:
    """Each copy is one committed state: whole batches of 25 rows, never a half batch."""
    db_file = sqlite_database.sqlite_file
    assert db_file is not None
    stop, written = threading.Event(), []

    def writer() -> None:
        batch = 0
        while not stop.is_set() and batch < 400:
            with sqlite_database.engine.begin() as connection:
                for n in range(25):
                    connection.execute(
                        text("INSERT INTO department (name, name_key) VALUES (:n, :n)"),
                        {"n": f"d{batch}-{n}"},
                    )
            batch += 1
            written.append(batch)

    thread = threading.Thread(target=writer)
    thread.start()
    copies = []
    try:
        while len(copies) < 8 and thread.is_alive():
            if written:  # wait for the writer to be under way, then copy while it writes
                copies.append(create_backup(db_file, folder=tmp_path / "copies"))
            else:
                thread.join(0.01)
    finally:
        stop.set()
        thread.join()
    assert len(copies) >= 2
    counts = [_count(c.path) for c in copies]
    assert all(count % 25 == 0 for count in counts), counts
    assert counts == sorted(counts) and counts[-1] > 0
    assert _count(db_file) == 25 * len(written)


def test_prune_policy_over_a_simulated_month_and_a_half() -> None:
    """One daily copy (two on some days) and a safety copy now and then, pruned each day."""
    start = datetime(2026, 3, 2, 9, 0)  # a Monday
    kept: dict[str, tuple[datetime, bool]] = {}
    for day in range(45):
        now = start + timedelta(days=day)
        kept[f"daily-{day}"] = (now, False)
        if day % 5 == 0:
            kept[f"manual-{day}"] = (now + timedelta(hours=6), False)
        if day % 10 == 3:
            kept[f"before-migration-{day}"] = (now + timedelta(hours=1), True)
        doomed = prune_plan([(k, t, s) for k, (t, s) in kept.items()], now + timedelta(hours=7))
        for key in doomed:
            del kept[key]
    regular = sorted(t for t, safety in kept.values() if not safety)
    days = [t.date() for t in regular]
    assert len(days) == len(set(days)), "one copy per day at most"
    last = start + timedelta(days=44)
    last_seven = {(last - timedelta(days=n)).date() for n in range(7)}
    assert last_seven <= set(days)
    older = [t for t in regular if t.date() not in last_seven]
    weeks = {t.isocalendar()[:2] for t in older}
    assert len(older) == len(weeks) == 4, "four weekly copies before the daily ones"
    assert (last - min(regular)).days <= 7 * 6
    for t in regular:  # on a day with a manual copy, that newer copy is the one kept
        if (t.date() - start.date()).days % 5 == 0:
            assert t.hour == 15, t
    safety = sorted(t for t, is_safety in kept.values() if is_safety)
    assert safety and all(last + timedelta(hours=7) - t <= backup.SAFETY_KEPT for t in safety)


def test_prune_keeps_everything_when_there_is_little() -> None:
    now = datetime(2026, 5, 1)
    few = [(n, now - timedelta(days=30 * n), False) for n in range(5)]
    assert prune_plan(few, now) == set()


def test_create_list_prune_on_disk(sqlite_database: Database) -> None:
    db_file = sqlite_database.sqlite_file
    assert db_file is not None
    assert backup_due(db_file) and backup_overdue(db_file)
    start = datetime(2026, 1, 5, 10, 0)
    for day in range(20):
        create_backup(db_file, kind=backup.DAILY, now=start + timedelta(days=day))
    backups = list_backups(db_file)
    # Mon 5 – Sat 24 January: seven daily copies (18–24, weeks 3 and 4), then week 2's newest
    assert [b.taken_at.day for b in backups] == [24, 23, 22, 21, 20, 19, 18, 11]
    assert backups[0].taken_at == start + timedelta(days=19)
    assert backups[0].path.parent == db_file.parent / "backups"
    assert not backup_due(db_file, start + timedelta(days=19, hours=23))
    assert backup_due(db_file, start + timedelta(days=20, hours=10))
    assert not backup_overdue(db_file, start + timedelta(days=26))
    assert backup_overdue(db_file, start + timedelta(days=27))


def test_backup_to_a_folder_is_not_pruned_and_refuses_a_missing_database(
    tmp_path: Path, sqlite_database: Database
) -> None:
    db_file = sqlite_database.sqlite_file
    assert db_file is not None
    usb = tmp_path / "usb"
    for day in range(10):
        create_backup(db_file, folder=usb, now=datetime(2026, 1, 1 + day))
    assert len(list(usb.iterdir())) == 10
    assert list_backups(db_file) == []
    with pytest.raises(BackupError, match="no database"):
        create_backup(tmp_path / "missing.sqlite3")


def test_encrypted_backup_opens_with_the_password_only(
    tmp_path: Path, sqlite_database: Database
) -> None:
    db_file = sqlite_database.sqlite_file
    assert db_file is not None
    with pytest.raises(BackupError, match="8 characters"):
        create_backup(db_file, folder=tmp_path, password="short")
    made = create_backup(db_file, folder=tmp_path / "usb", password="correct horse")
    assert made.encrypted and made.path.suffix == ".zip"
    with pyzipper.AESZipFile(made.path) as archive:
        (member,) = archive.infolist()
        assert member.flag_bits & 0x1  # encrypted
        with pytest.raises(RuntimeError):
            archive.read(member, pwd=b"wrong password")
        data = archive.read(member, pwd=b"correct horse")
    assert data.startswith(b"SQLite format 3\x00")
    assert b"organisation_settings" not in made.path.read_bytes()  # the schema is not readable


@posix_only
def test_database_and_backups_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "private" / "mentorat.sqlite3"
    database = open_database(str(path))
    with database.engine.begin() as connection:  # makes the WAL and shared-memory files
        connection.execute(text("INSERT INTO department (name, name_key) VALUES ('a', 'a')"))
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    made = create_backup(path)
    encrypted = create_backup(path, folder=tmp_path / "usb", password="long enough")
    for file in [*files, made.path, encrypted.path]:
        assert file.exists(), file
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    database.close()
    assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700


@posix_only
def test_a_file_created_by_an_older_version_gets_private_on_open(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    open_database(str(path)).close()
    path.chmod(0o644)
    open_database(str(path)).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
