"""The full archive: a ZIP of CSV files that imports back into an empty database, losing nothing."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import pyzipper
from sqlalchemy import select

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.db.models import Journal, OrganisationSettings, Person
from mentorat_desktop.demo import load_demo
from mentorat_desktop.services.safety.archive import ArchiveError, export_archive, import_archive
from mentorat_desktop.services.safety.transfer import TransferRefusedError, compare
from tests.conftest import _empty_postgres

PASSWORD = "correct horse battery"
TRICKY = [
    "\\N",
    "\\",
    "\\\\N",
    "",
    'a "quoted", ; text',
    "deux\nlignes\r\nici",
    "Zoë 🌱 O'Brien <&>",
]


def _fill(database: Database) -> None:
    load_demo(database, "small", seed=7, today=date(2026, 11, 27))
    with database.transaction() as session:
        settings = session.get(OrganisationSettings, 1)
        assert settings is not None
        settings.logo = bytes(range(256)) * 40
        settings.address = TRICKY[5]
        for n, value in enumerate(TRICKY):
            session.add(
                Person(
                    first_name=value or "x",
                    last_name=f"Tricky {n}",
                    job_title=value,
                    email=None,
                    archived_at=datetime(2025, 1, 2, 3, 4, 5, 678901, tzinfo=UTC),
                )
            )
        journal = session.scalars(select(Journal).order_by(Journal.id)).first()
        assert journal is not None
        journal.confidential_notes = "\\N"
        journal.mentor_rating = None


def test_round_trip_loses_nothing(database: Database, tmp_path: Path) -> None:
    _fill(database)
    archive_file = tmp_path / "everything.zip"
    progress: list[int] = []

    exported = export_archive(
        database, archive_file, lambda p, _t: progress.append(p), notes_password=PASSWORD
    )

    assert progress[-1] == 100 and progress == sorted(progress)
    copy = open_database(str(tmp_path / "copy.sqlite3"))
    imported = import_archive(copy, archive_file, password=PASSWORD)
    assert imported.tables == tuple(sorted(exported.tables))
    differences = [t for t in compare(database, copy) if not t.identical]
    assert differences == []
    with copy.reading() as session:
        titles = {p.job_title for p in session.scalars(select(Person))}
        assert set(TRICKY) <= titles
        assert session.get(OrganisationSettings, 1).logo == bytes(range(256)) * 40  # type: ignore[union-attr]
    # a second export of the copy is the same, table for table
    again = tmp_path / "again.zip"
    export_archive(copy, again, notes_password=PASSWORD)
    with pyzipper.AESZipFile(archive_file) as first, pyzipper.AESZipFile(again) as second:
        first.setpassword(PASSWORD.encode())
        second.setpassword(PASSWORD.encode())
        for name in first.namelist():
            if name.startswith("tables/"):
                assert first.read(name) == second.read(name), name
    # new rows after an import get fresh ids
    with copy.transaction() as session:
        newest = Person(first_name="Nouvelle", last_name="Arrivée")
        session.add(newest)
        session.flush()
        assert newest.id > max(session.scalars(select(Person.id).where(Person.id != newest.id)))
    copy.close()


def test_manifest_and_csv_are_readable_without_mentorat(
    sqlite_database: Database, tmp_path: Path
) -> None:
    _fill(sqlite_database)
    archive_file = tmp_path / "everything.zip"
    report = export_archive(sqlite_database, archive_file)
    with zipfile.ZipFile(archive_file) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        person_csv = archive.read("tables/person.csv").decode("utf-8-sig")
    assert manifest["format"] == "mentorat-archive"
    assert manifest["schema_revision"] == report.revision
    counts = {t["name"]: t["rows"] for t in manifest["tables"]}
    assert counts["person"] == report.count("person") > 40
    assert person_csv.splitlines()[0].startswith("id,first_name,last_name,email")
    assert "2025-01-02T03:04:05.678901+00:00" in person_csv


@pytest.mark.postgres
def test_sqlite_archive_imports_into_postgres(
    sqlite_database: Database, postgres_url: str, tmp_path: Path
) -> None:
    _empty_postgres(postgres_url)
    _fill(sqlite_database)
    archive_file = tmp_path / "everything.zip"
    export_archive(sqlite_database, archive_file, notes_password=PASSWORD)
    server = open_database(postgres_url)
    try:
        import_archive(server, archive_file, password=PASSWORD)
        assert [t.name for t in compare(sqlite_database, server) if not t.identical] == []
    finally:
        server.close()


def test_import_refuses_a_database_with_data(sqlite_database: Database, tmp_path: Path) -> None:
    _fill(sqlite_database)
    archive_file = tmp_path / "everything.zip"
    export_archive(sqlite_database, archive_file)
    with pytest.raises(TransferRefusedError, match="already holds data"):
        import_archive(sqlite_database, archive_file)


def _rewrite(source: Path, target: Path, change) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            new.writestr(name, change(name, old.read(name)))


def test_import_refuses_damaged_or_foreign_archives(
    sqlite_database: Database, tmp_path: Path
) -> None:
    _fill(sqlite_database)
    good = tmp_path / "good.zip"
    export_archive(sqlite_database, good)
    empty = open_database(str(tmp_path / "empty.sqlite3"))

    tampered = tmp_path / "tampered.zip"
    _rewrite(
        good, tampered, lambda n, d: d.replace(b"Tricky 1", b"Tricky 9") if "person" in n else d
    )
    with pytest.raises(ArchiveError, match="checksum"):
        import_archive(empty, tampered)

    def newer(name: str, data: bytes) -> bytes:
        return (
            data.replace(b'"schema_revision": "', b'"schema_revision": "9')
            if name == "manifest.json"
            else data
        )

    future = tmp_path / "future.zip"
    _rewrite(good, future, newer)
    with pytest.raises(ArchiveError, match="newer version"):
        import_archive(empty, future)

    not_zip = tmp_path / "staff.zip"
    not_zip.write_text("name;email\n")
    with pytest.raises(ArchiveError, match="not a readable ZIP"):
        import_archive(empty, not_zip)

    foreign = tmp_path / "photos.zip"
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("holiday.jpg", b"\xff\xd8")
    with pytest.raises(ArchiveError, match="no manifest"):
        import_archive(empty, foreign)

    with empty.reading() as session:  # nothing half-imported
        assert session.scalars(select(Person)).first() is None
    empty.close()


def test_cli_archive_export_then_import(sqlite_database: Database, tmp_path: Path) -> None:
    _fill(sqlite_database)
    archive_file = tmp_path / "all.zip"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "mentorat_desktop", "--lang", "en", *args],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    exported = run(
        "--database",
        str(sqlite_database.sqlite_file),
        "archive",
        "export",
        "--with-notes",
        str(archive_file),
    )
    assert exported.returncode == 0, exported.stderr
    assert "rows exported" in exported.stdout
    target = tmp_path / "new.sqlite3"
    imported = run("--database", str(target), "archive", "import", str(archive_file))
    assert imported.returncode == 0, imported.stderr
    again = run("--database", str(target), "archive", "import", str(archive_file))
    assert again.returncode == 2 and "already holds data" in again.stderr
    copy = open_database(str(target))
    assert [t.name for t in compare(sqlite_database, copy) if not t.identical] == []
    copy.close()
