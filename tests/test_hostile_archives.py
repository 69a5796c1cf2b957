"""Hostile archives and backups: notes stay out, bombs are refused early, every cell is typed."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import pyzipper
from sqlalchemy import select

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.db.models import Journal, Person
from mentorat_desktop.demo import load_demo
from mentorat_desktop.services.safety import archive_reading, restore
from mentorat_desktop.services.safety.archive import (
    ArchiveError,
    ArchivePasswordNeeded,
    export_archive,
    import_archive,
)
from mentorat_desktop.services.safety.restore import BackupCheckError, restore_backup

SECRET = "Ne pas répéter : conflit avec son manager"
PASSWORD = "correct horse battery"


@pytest.fixture
def filled(sqlite_database: Database) -> Database:
    load_demo(sqlite_database, "small", seed=3, today=date(2026, 11, 27))
    with sqlite_database.transaction() as session:
        journal = session.scalars(select(Journal).order_by(Journal.id)).first()
        assert journal is not None
        journal.confidential_notes = SECRET
    return sqlite_database


@pytest.fixture
def good_archive(filled: Database, tmp_path: Path) -> Path:
    path = tmp_path / "good.zip"
    export_archive(filled, path)
    return path


@pytest.fixture
def empty(tmp_path: Path) -> Database:
    database = open_database(str(tmp_path / "empty.sqlite3"))
    yield database  # type: ignore[misc]
    database.close()


def _rewrite(
    source: Path, target: Path, table: str, change: Callable[[str], str] | None = None, **manifest
) -> Path:
    """A copy of the archive with one table's CSV changed, its checksum made to match."""
    with zipfile.ZipFile(source) as old:
        data = {n: old.read(n) for n in old.namelist()}
    meta = json.loads(data["manifest.json"])
    if change is not None:
        member = f"tables/{table}.csv"
        data[member] = change(data[member].decode("utf-8-sig")).encode("utf-8-sig")
        for entry in meta["tables"]:
            if entry["name"] == table:
                entry["sha256"] = hashlib.sha256(data[member]).hexdigest()
    meta.update(manifest)
    data["manifest.json"] = json.dumps(meta).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name, content in data.items():
            new.writestr(name, content)
    return target


def _first_cell(column: str, value: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        rows = list(csv.reader(io.StringIO(text, newline="")))
        rows[1][rows[0].index(column)] = value
        out = io.StringIO()
        csv.writer(out).writerows(rows)
        return out.getvalue()

    return change


def test_the_archive_leaves_the_confidential_notes_out_by_default(good_archive: Path) -> None:
    with zipfile.ZipFile(good_archive) as archive:
        assert not any(info.flag_bits & 1 for info in archive.infolist())
        everything = b"".join(archive.read(n) for n in archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
    assert SECRET.encode() not in everything
    assert manifest["confidential_notes"] is False


def test_notes_travel_only_in_an_encrypted_archive(
    filled: Database, empty: Database, tmp_path: Path
) -> None:
    path = tmp_path / "with-notes.zip"
    export_archive(filled, path, notes_password=PASSWORD)
    with pyzipper.AESZipFile(path) as archive:
        assert all(info.flag_bits & 1 for info in archive.infolist())
    assert SECRET.encode() not in path.read_bytes()
    with pytest.raises(ArchivePasswordNeeded, match="encrypted"):
        import_archive(empty, path)
    with pytest.raises(ArchivePasswordNeeded, match="Wrong password"):
        import_archive(empty, path, password="not the password")
    import_archive(empty, path, password=PASSWORD)
    with empty.reading() as session:
        assert SECRET in session.scalars(select(Journal.confidential_notes)).all()


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ({"tables": 5}, "“tables”"),
        ({"tables": [5]}, "“tables”"),
        ({"tables": [{"name": "person", "file": "/etc/passwd", "rows": 1}]}, "“tables”"),
        ({"format_version": "x"}, "“format_version”"),
        ({"format_version": True}, "“format_version”"),
        ({"format_version": 10**30}, "“format_version”"),
        ({"schema_revision": ["0002"]}, "“schema_revision”"),
        ({"confidential_notes": "yes"}, "“confidential_notes”"),
    ],
)
def test_manifest_fields_of_the_wrong_type_are_refused(
    good_archive: Path, empty: Database, tmp_path: Path, manifest: dict, message: str
) -> None:
    crafted = _rewrite(good_archive, tmp_path / "crafted.zip", "person", None, **manifest)
    with pytest.raises(ArchiveError, match=message):
        import_archive(empty, crafted)


@pytest.mark.parametrize(
    ("table", "column", "value", "message"),
    [
        ("person", "id", "1" * 30, "not a whole number"),
        ("person", "id", "²", "not a whole number"),
        ("pair", "reciprocal", "maybe", "not true or false"),
        ("person", "hire_date", "2026-13-45", "not a date"),
        ("person", "archived_at", "2026-01-01T10:00:00", "time zone"),
        ("pair", "status", "bogus", "not one of the known values"),
        ("person", "first_name", "Zo\x00e", "NUL"),
        ("person", "first_name", "x" * 500, "longer than"),
        ("person", "first_name", "\\N", "a value is required"),
    ],
)
def test_a_cell_that_does_not_fit_its_column_names_line_and_column(
    good_archive: Path,
    empty: Database,
    tmp_path: Path,
    table: str,
    column: str,
    value: str,
    message: str,
) -> None:
    crafted = _rewrite(good_archive, tmp_path / "c.zip", table, _first_cell(column, value))
    with pytest.raises(ArchiveError, match=f"{table}.csv line 2, column “{column}”: .*{message}"):
        import_archive(empty, crafted)
    with empty.reading() as session:
        assert session.scalars(select(Person)).first() is None


def test_a_ragged_line_is_refused_with_its_number(
    good_archive: Path, empty: Database, tmp_path: Path
) -> None:
    crafted = _rewrite(good_archive, tmp_path / "c.zip", "person", lambda t: t + "1,2\r\n")
    with pytest.raises(ArchiveError, match=r"line .* does not have"):
        import_archive(empty, crafted)


def test_an_archive_bomb_is_refused_before_it_is_unpacked(
    good_archive: Path, empty: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_reading, "MAX_TABLE_BYTES", 1 << 20)
    crafted = _rewrite(good_archive, tmp_path / "bomb.zip", "person", lambda t: t + " " * (8 << 20))
    assert crafted.stat().st_size < 200_000
    with pytest.raises(ArchiveError, match="more than 1 MB"):
        import_archive(empty, crafted)


def test_a_lying_declared_size_is_caught_while_reading(
    good_archive: Path, empty: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crafted = _rewrite(good_archive, tmp_path / "bomb.zip", "person", lambda t: t + " " * (3 << 20))
    monkeypatch.setattr(archive_reading, "MAX_TABLE_BYTES", 1 << 20)
    real_getinfo = zipfile.ZipFile.getinfo

    def lying(self, name):  # type: ignore[no-untyped-def]
        info = real_getinfo(self, name)
        info.file_size = min(info.file_size, 100)
        return info

    monkeypatch.setattr(zipfile.ZipFile, "getinfo", lying)
    with pytest.raises(ArchiveError):
        import_archive(empty, crafted)
    with empty.reading() as session:
        assert session.scalars(select(Person)).first() is None


def test_a_restore_bomb_is_refused_early(
    sqlite_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(restore, "MAX_BACKUP_BYTES", 1 << 20)
    bomb = tmp_path / "backup.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mentorat.sqlite3", b"SQLite format 3\x00" + bytes(8 << 20))
    with pytest.raises(BackupCheckError, match="more than 1 MB"):
        restore_backup(sqlite_database.sqlite_file, bomb)  # type: ignore[arg-type]


def test_a_fake_zip_is_refused_with_a_sentence(sqlite_database: Database, tmp_path: Path) -> None:
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"PK\x03\x04" + b"garbage" * 100)
    with pytest.raises(BackupCheckError, match="damaged"):
        restore_backup(sqlite_database.sqlite_file, fake)  # type: ignore[arg-type]
    with pytest.raises(ArchiveError, match="not a readable ZIP"):
        import_archive(sqlite_database, fake)
