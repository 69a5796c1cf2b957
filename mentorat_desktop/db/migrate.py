"""Bring a database to the schema this version of the app expects, safely.

A new database is created by the migrations; an older one is copied, then upgraded;
one written by a newer version of the app is refused and left untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from mentorat_desktop.db.sqlite_files import backup_name, online_copy, restrict_to_owner

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The revisions this version knows, oldest first. Kept here so that a start on an up-to-date
# database does not import Alembic (about 150 ms); tests/test_migrations.py checks the list
# against the scripts. Add each new revision here.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")


class SchemaTooNewError(Exception):
    """The database was written by a newer version of the app."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class NotMentoratDatabaseError(Exception):
    """The database holds tables, but not Mentorat's."""


@dataclass(frozen=True)
class MigrationOutcome:
    previous_revision: str | None
    revision: str
    backup_path: Path | None


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return KNOWN_REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(KNOWN_REVISIONS)


def script_revisions() -> list[str]:
    """The revisions of the migration scripts, oldest first (imports Alembic)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_schema(engine: Engine) -> str | None:
    """The database's revision, after refusing foreign or too-new schemas."""
    revision = current_revision(engine)
    if revision is None:
        tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
        if tables:
            raise NotMentoratDatabaseError(", ".join(sorted(tables)[:5]))
        return None
    if revision not in known_revisions():
        raise SchemaTooNewError(revision)
    return revision


def upgrade_to_head(
    engine: Engine, sqlite_file: Path | None = None, target: str = "head"
) -> MigrationOutcome:
    """Run the migrations; for an existing SQLite file, back it up first."""
    previous = check_schema(engine)
    head = head_revision() if target == "head" else target
    backup_path = None
    if previous != head:
        if previous is not None and sqlite_file is not None and sqlite_file.exists():
            backup_path = backup_before_migration(sqlite_file, previous)
        from alembic import command

        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), target)
    return MigrationOutcome(previous, head, backup_path)


def backup_before_migration(sqlite_file: Path, revision: str) -> Path:
    """A consistent copy through SQLite's online backup API, beside the database."""
    folder = sqlite_file.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    restrict_to_owner(folder, folder=True)
    destination = folder / backup_name(
        sqlite_file.stem, f"before-migration-{revision}", datetime.now()
    )
    online_copy(sqlite_file, destination)
    return destination
