"""Crafted databases: a file saying "schema 0002" is compared with what our migrations build."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.db.migrate import head_revision
from mentorat_desktop.db.schema_check import file_schema_problems
from mentorat_desktop.errors import DatabaseOpenError
from mentorat_desktop.services.safety.restore import BackupCheckError, restore_backup

LEAK_TRIGGER = """
CREATE TRIGGER copy_notes AFTER UPDATE ON journal BEGIN
  UPDATE session SET preparation_notes = NEW.confidential_notes WHERE id = NEW.session_id;
END"""
ABORT_TRIGGER = """
CREATE TRIGGER block BEFORE INSERT ON person BEGIN SELECT RAISE(ABORT, 'blocked'); END"""


def _crafted(tmp_path: Path, sqlite_template: Path, *statements: str) -> Path:
    file = tmp_path / "crafted.sqlite3"
    shutil.copy(sqlite_template, file)
    connection = sqlite3.connect(file)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return file


def _only_alembic_version(tmp_path: Path) -> Path:
    file = tmp_path / "version-only.sqlite3"
    connection = sqlite3.connect(file)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('0002')")
    connection.commit()
    connection.close()
    return file


CASES = {
    "leak trigger": ((LEAK_TRIGGER,), "unexpected trigger “copy_notes”"),
    "abort trigger": ((ABORT_TRIGGER,), "unexpected trigger “block”"),
    "view": (("CREATE VIEW notes AS SELECT confidential_notes FROM journal",), "unexpected view"),
    "dropped column": (("ALTER TABLE pair DROP COLUMN goals",), "column “pair.goals” is missing"),
    "extra table": (("CREATE TABLE loot (x TEXT)",), "unexpected table “loot”"),
    "dropped index": (
        ("DROP INDEX ix_session_starts_at",),
        "indexes or keys of “session” differ",
    ),
}


def test_a_file_our_migrations_built_has_no_problem(sqlite_template: Path) -> None:
    assert file_schema_problems(sqlite_template, head_revision()) == []


@pytest.mark.parametrize("case", CASES)
def test_restore_refuses_a_crafted_schema_and_changes_nothing(
    case: str, tmp_path: Path, sqlite_template: Path, sqlite_database: Database
) -> None:
    statements, message = CASES[case]
    crafted = _crafted(tmp_path, sqlite_template, *statements)
    db_file = sqlite_database.sqlite_file
    assert db_file is not None
    before = db_file.read_bytes()
    with pytest.raises(BackupCheckError, match=message):
        restore_backup(db_file, crafted)
    assert db_file.read_bytes() == before


def test_restore_refuses_a_file_holding_only_alembic_version(
    tmp_path: Path, sqlite_database: Database
) -> None:
    with pytest.raises(BackupCheckError, match="table “action_item” is missing"):
        restore_backup(sqlite_database.sqlite_file, _only_alembic_version(tmp_path))  # type: ignore[arg-type]


@pytest.mark.parametrize("case", ["leak trigger", "abort trigger", "dropped column"])
def test_opening_a_crafted_file_is_refused(
    case: str, tmp_path: Path, sqlite_template: Path
) -> None:
    statements, message = CASES[case]
    crafted = _crafted(tmp_path, sqlite_template, *statements)
    with pytest.raises(DatabaseOpenError, match=message):
        open_database(str(crafted))


def test_opening_a_file_holding_only_alembic_version_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="is missing"):
        open_database(str(_only_alembic_version(tmp_path)))


def test_check_command_refuses_a_crafted_file(
    tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mentorat_desktop.cli import main

    crafted = _crafted(tmp_path, sqlite_template, LEAK_TRIGGER)
    assert main(["--database", str(crafted), "check"]) != 0
    err = capsys.readouterr().err
    assert "copy_notes" in err and "Traceback" not in err
