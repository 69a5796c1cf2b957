"""Migrations: a fresh database, an upgrade that keeps data, and refusals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select

from mentorat_desktop.db.base import Base
from mentorat_desktop.db.database import open_database
from mentorat_desktop.db.migrate import (
    KNOWN_REVISIONS,
    current_revision,
    head_revision,
    script_revisions,
)
from mentorat_desktop.db.models import Journal, OrganisationSettings, Person, PersonSkill, Session
from mentorat_desktop.errors import DatabaseOpenError

FIXTURES = Path(__file__).parent / "fixtures"


def test_models_match_head_migration(database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_known_revisions_match_the_scripts() -> None:
    assert list(KNOWN_REVISIONS) == script_revisions()


def test_fresh_database_is_created_at_head(tmp_path: Path) -> None:
    path = tmp_path / "folder that does not exist" / "new.sqlite3"
    database = open_database(str(path))
    assert path.exists()
    assert current_revision(database.engine) == head_revision()
    assert database.migration is not None and database.migration.previous_revision is None
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    database.close()


def test_upgrade_from_first_revision_keeps_data_and_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite3", path)

    database = open_database(str(path))

    assert database.migration is not None
    assert database.migration.previous_revision == "0001"
    assert current_revision(database.engine) == head_revision()
    backup = database.migration.backup_path
    assert backup is not None and backup.parent == tmp_path / "backups"
    old = create_engine(f"sqlite:///{backup}")
    with old.connect() as connection:
        assert (
            connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0001"
        )
    old.dispose()
    with database.reading() as session:
        person = session.scalars(select(Person)).one()
        assert person.full_name == "Éloïse N'Diaye"
        assert person.created_at.tzinfo is not None
        skill = session.scalars(select(PersonSkill)).one()
        assert (skill.level, skill.can_teach) == (4, True)
    database.close()


def test_upgrade_from_schema_0002_keeps_journals_and_starts_their_versions(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cohorte.sqlite3"
    shutil.copyfile(FIXTURES / "schema_0002.sqlite3", path)

    database = open_database(str(path))

    assert database.migration is not None
    assert database.migration.previous_revision == "0002"
    assert current_revision(database.engine) == head_revision()
    with database.reading() as session:
        journal = session.scalars(select(Journal)).one()
        assert (journal.summary, journal.shared_quote, journal.version_id) == (
            "Profil revu ensemble",
            "Très utile",
            1,
        )
        assert [a.text for a in journal.action_items] == ["Publier un premier post"]
        meeting = session.scalars(select(Session)).one()
        assert meeting.preparation_notes == "Apporter son profil LinkedIn"
        assert [i.topic for i in meeting.agenda_items] == ["Tour de table", "Profil LinkedIn"]
        assert (meeting.version_id, meeting.agenda_version, meeting.preparation_version) == (
            4,
            1,
            1,
        )
        settings = session.get(OrganisationSettings, 1)
        assert settings is not None and settings.company_name == "Coopérative Dubœuf & Fils"
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    database.close()


def test_upgrade_from_schema_0003_adds_the_forms_tables(tmp_path: Path) -> None:
    from mentorat_desktop.services.forms import FormKind, FormRequest
    from mentorat_desktop.services.forms.identity import known_key

    path = tmp_path / "avant-formulaires.sqlite3"
    shutil.copyfile(FIXTURES / "schema_0003.sqlite3", path)

    database = open_database(str(path))

    assert database.migration is not None
    assert database.migration.previous_revision == "0003"
    with database.reading() as session:
        person = session.scalars(select(Person)).one()
        assert person.full_name == "Léa N'Diaye"
    assert known_key(database) is None  # made on the first form built, not by the migration
    from mentorat_desktop.errors import ValidationError
    from mentorat_desktop.services.forms.build import build_forms

    with pytest.raises(ValidationError):  # no skill in the catalogue yet
        build_forms(database, FormRequest(FormKind.SKILLS, 1))
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    database.close()


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path, sqlite_template: Path) -> None:
    path = tmp_path / "future.sqlite3"
    shutil.copyfile(sqlite_template, path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    before = path.read_bytes()

    with pytest.raises(DatabaseOpenError) as caught:
        open_database(str(path))

    assert "9999" in caught.value.message
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.postgres
def test_newer_schema_is_refused_on_postgres(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    try:
        with pytest.raises(DatabaseOpenError):
            open_database(postgres_url)
    finally:
        with engine.begin() as connection:
            connection.exec_driver_sql(
                f"UPDATE alembic_version SET version_num = '{head_revision()}'"
            )
        engine.dispose()


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    engine.dispose()
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(str(path))
    assert "not a Mentorat" in caught.value.message


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 20)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(str(path))
    assert str(path) in caught.value.message
    assert path.read_bytes().startswith(b"PK")


def test_folder_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(str(blocker / "sub" / "db.sqlite3"))
    assert "a-file" in caught.value.message


def test_bad_url_gives_a_clear_message() -> None:
    with pytest.raises(DatabaseOpenError):
        open_database("nosuchdriver://user@host/db")
