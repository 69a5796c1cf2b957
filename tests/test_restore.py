"""Restore: every check before anything is replaced, a copy of the current data first."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.db.migrate import current_revision, head_revision
from mentorat_desktop.db.models import Person
from mentorat_desktop.demo import load_demo
from mentorat_desktop.services.safety.backup import create_backup, list_backups
from mentorat_desktop.services.safety.restore import (
    BackupCheckError,
    PasswordNeededError,
    file_problem,
    inspect_backup,
    latest_good_backup,
    restore_backup,
)
from mentorat_desktop.services.staff import people
from mentorat_desktop.services.staff.people import PersonInput

FIXTURES = Path(__file__).parent / "fixtures"


def _people(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


@pytest.fixture
def demo_database(sqlite_database: Database) -> Database:
    load_demo(sqlite_database, "small", seed=2, today=date(2026, 11, 27))
    return sqlite_database


def test_restore_a_good_backup_while_the_app_has_the_database_open(
    demo_database: Database,
) -> None:
    db_file = demo_database.sqlite_file
    assert db_file is not None
    made = create_backup(db_file, now=datetime(2026, 11, 1, 9, 30))
    before = _people(demo_database)
    people.create_person(demo_database, PersonInput("Après", "Sauvegarde"))

    summary = inspect_backup(made.path)
    assert summary.taken_at == datetime(2026, 11, 1, 9, 30)
    assert (summary.people, summary.revision, summary.upgrade_needed) == (
        before,
        head_revision(),
        False,
    )
    assert summary.pairs > 0 and summary.sessions > 0

    outcome = restore_backup(db_file, made.path)

    assert _people(demo_database) == before  # the open engine sees the restored content
    assert outcome.safety_copy is not None and outcome.damaged_copy is None
    safety = open_database(str(outcome.safety_copy), migrate=False)
    assert _people(safety) == before + 1  # the data as it was is kept
    safety.close()
    assert file_problem(db_file) is None
    people.create_person(demo_database, PersonInput("Encore", "Là"))  # still writable


def test_restore_an_older_schema_upgrades_it(tmp_path: Path, sqlite_database: Database) -> None:
    db_file = sqlite_database.sqlite_file
    assert db_file is not None
    old = tmp_path / "old-backup.sqlite3"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite3", old)
    summary = inspect_backup(old)
    assert summary.revision == "0001" and summary.upgrade_needed
    assert summary.pairs == 0  # that schema had no pairs yet

    restore_backup(db_file, old)

    assert current_revision(sqlite_database.engine) == head_revision()
    assert _people(sqlite_database) == summary.people
    assert old.read_bytes() == (FIXTURES / "schema_0001.sqlite3").read_bytes()  # untouched


def test_a_newer_schema_is_refused_and_nothing_changes(
    tmp_path: Path, demo_database: Database
) -> None:
    db_file = demo_database.sqlite_file
    assert db_file is not None
    newer = create_backup(db_file, folder=tmp_path).path
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = db_file.read_bytes()

    with pytest.raises(BackupCheckError, match="newer version"):
        restore_backup(db_file, newer)

    assert db_file.read_bytes() == before
    assert list_backups(db_file) == []  # not even a safety copy: nothing was about to change


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name;email\nAda;ada@example.org\n", "not an intact"),
        (b"", "empty database"),
    ],
)
def test_not_a_database_is_refused(
    tmp_path: Path, sqlite_database: Database, content: bytes, message: str
) -> None:
    file = tmp_path / "staff.csv"
    file.write_bytes(content)
    with pytest.raises(BackupCheckError, match=message):
        restore_backup(sqlite_database.sqlite_file, file)  # type: ignore[arg-type]


def test_a_foreign_database_is_refused(tmp_path: Path, sqlite_database: Database) -> None:
    file = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(file)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.close()
    with pytest.raises(BackupCheckError, match="not a Mentorat one"):
        inspect_backup(file)


def test_a_truncated_backup_is_refused(tmp_path: Path, demo_database: Database) -> None:
    db_file = demo_database.sqlite_file
    assert db_file is not None
    made = create_backup(db_file, folder=tmp_path).path
    data = made.read_bytes()
    made.write_bytes(data[: len(data) // 2])
    with pytest.raises(BackupCheckError, match="not an intact"):
        restore_backup(db_file, made)
    assert file_problem(db_file) is None


def test_missing_file_is_refused(tmp_path: Path, sqlite_database: Database) -> None:
    with pytest.raises(BackupCheckError, match="no file"):
        inspect_backup(tmp_path / "nowhere.sqlite3")


def test_encrypted_backup_needs_its_password(tmp_path: Path, demo_database: Database) -> None:
    db_file = demo_database.sqlite_file
    assert db_file is not None
    made = create_backup(db_file, folder=tmp_path / "usb", password="une clé USB sûre")
    with pytest.raises(PasswordNeededError, match="encrypted"):
        inspect_backup(made.path)
    with pytest.raises(PasswordNeededError, match="Wrong password"):
        inspect_backup(made.path, "pas la bonne")
    assert inspect_backup(made.path, "une clé USB sûre").people == _people(demo_database)
    outcome = restore_backup(db_file, made.path, "une clé USB sûre")
    assert outcome.summary.encrypted


def test_a_damaged_database_is_set_aside_not_overwritten(
    tmp_path: Path, demo_database: Database
) -> None:
    db_file = demo_database.sqlite_file
    assert db_file is not None
    good = create_backup(db_file, now=datetime(2026, 11, 20))
    people_count = _people(demo_database)
    demo_database.close()
    _damage(db_file)
    assert file_problem(db_file) is not None
    damaged_bytes = db_file.read_bytes()

    assert latest_good_backup(db_file) == good
    outcome = restore_backup(db_file, good.path)

    assert outcome.damaged_copy is not None and outcome.damaged_copy.read_bytes() == damaged_bytes
    assert file_problem(db_file) is None
    reopened = open_database(str(db_file))
    assert _people(reopened) == people_count
    reopened.close()


def _damage(db_file: Path) -> None:
    """Scribble over the middle pages, as a failing disk or a bad network copy would."""
    for suffix in ("-wal", "-shm"):
        db_file.with_name(db_file.name + suffix).unlink(missing_ok=True)
    data = bytearray(db_file.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):
        data[start + 8 : start + 200] = b"\xa5" * 192
    db_file.write_bytes(bytes(data))


def _mentorat(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mentorat_desktop", "--lang", "en", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )


def test_cli_backup_and_restore_asks_for_confirmation(
    tmp_path: Path, demo_database: Database
) -> None:
    db_file = demo_database.sqlite_file
    assert db_file is not None
    database = str(db_file)
    made = _mentorat("--database", database, "backup", "--to", str(tmp_path / "usb"))
    assert made.returncode == 0, made.stderr
    backup_file = next((tmp_path / "usb").iterdir())
    people.create_person(demo_database, PersonInput("Après", "Sauvegarde"))
    count = _people(demo_database)

    refused = _mentorat("--database", database, "restore", str(backup_file), stdin="n\n")
    assert refused.returncode == 1
    assert f"It holds {count - 1} people" in refused.stdout
    assert "Nothing was changed" in refused.stdout
    assert _people(demo_database) == count

    done = _mentorat("--database", database, "restore", str(backup_file), "--yes")
    assert done.returncode == 0, done.stderr
    assert _people(demo_database) == count - 1
    assert "previous data was kept" in done.stdout


def test_cli_encrypted_backup_reads_the_password(tmp_path: Path, demo_database: Database) -> None:
    database = str(demo_database.sqlite_file)
    made = _mentorat(
        "--database", database, "backup", "--to", str(tmp_path), "--password", stdin="s3cret-usb\n"
    )
    assert made.returncode == 0, made.stderr
    (zipped,) = tmp_path.glob("*.zip")
    wrong = _mentorat("--database", database, "restore", str(zipped), "--yes", stdin="nope\n")
    assert wrong.returncode == 2 and "Wrong password" in wrong.stderr
    right = _mentorat("--database", database, "restore", str(zipped), "--yes", stdin="s3cret-usb\n")
    assert right.returncode == 0, right.stderr


def test_cli_backup_of_a_server_database_points_to_the_archive() -> None:
    result = _mentorat("--database", "postgresql+psycopg://nobody@127.0.0.1:1/none", "backup")
    assert result.returncode == 2
    assert "archive export" in result.stderr
