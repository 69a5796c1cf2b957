"""Check a backup, say what it holds, and put it in place of the current database.

Nothing is replaced before the backup has passed every check (an SQLite file, intact, a
Mentorat schema this version can read, upgraded to the current schema when older), and a
copy of the current database is taken first. A damaged database is set aside, never
overwritten.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine

from mentorat_desktop.db.migrate import (
    NotMentoratDatabaseError,
    SchemaTooNewError,
    check_schema,
    head_revision,
)
from mentorat_desktop.db.schema_check import describe, file_schema_problems
from mentorat_desktop.db.sqlite_files import (
    STAMP_FORMAT,
    companions,
    file_problem,
    restrict_database_files,
)
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate
from mentorat_desktop.os_errors import os_reason
from mentorat_desktop.services.safety.backup import (
    BEFORE_RESTORE,
    BackupFile,
    create_backup,
    describe_file,
    list_backups,
)

ZIP_HEADER = b"PK\x03\x04"
# A backup unpacks to at most 1 GiB: 20 times a large company's database (about 50 MB).
MAX_BACKUP_BYTES = 1 << 30


class BackupCheckError(ServiceError):
    """The file cannot be restored: not a database, damaged, foreign or too new."""


class PasswordNeededError(BackupCheckError):
    """An encrypted backup, and no password (or a wrong one) was given."""


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    taken_at: datetime
    revision: str
    upgrade_needed: bool
    people: int
    pairs: int
    sessions: int
    encrypted: bool
    journals: int = 0

    @property
    def holds_data(self) -> bool:
        return any((self.people, self.pairs, self.sessions, self.journals))


@dataclass(frozen=True)
class RestoreOutcome:
    summary: BackupSummary
    safety_copy: Path | None  # the database as it was, in backups/
    damaged_copy: Path | None  # a damaged database set aside


@contextmanager
def _plain_copy(path: Path, password: str | None) -> Iterator[Path]:
    """A private SQLite copy of the backup to check (and upgrade) without touching it."""
    with tempfile.TemporaryDirectory(prefix="mentorat-restore-") as scratch:
        copy = Path(scratch) / "backup.sqlite3"
        try:
            with path.open("rb") as handle:
                header = handle.read(4)
        except OSError as exc:
            raise BackupCheckError(
                translate("Restore", "Cannot read “{path}”: {reason}").format(
                    path=path, reason=os_reason(exc)
                )
            ) from exc
        if header == ZIP_HEADER:
            _extract(path, copy, password)
        else:
            if path.stat().st_size > MAX_BACKUP_BYTES:
                raise _too_large(path)
            shutil.copyfile(path, copy)
        yield copy


def _extract(path: Path, destination: Path, password: str | None) -> None:
    import pyzipper  # AES: slow to import, and only an encrypted backup needs it

    try:
        with pyzipper.AESZipFile(path) as archive:
            members = [m for m in archive.infolist() if m.filename.endswith(".sqlite3")]
            if len(members) != 1:
                raise BackupCheckError(
                    translate(
                        "Restore", "“{name}” is a ZIP file, but not a Mentorat backup."
                    ).format(name=path.name)
                )
            encrypted = bool(members[0].flag_bits & 0x1)
            if encrypted and not password:
                raise PasswordNeededError(
                    translate("Restore", "“{name}” is encrypted: enter its password.").format(
                        name=path.name
                    )
                )
            if password:
                archive.setpassword(password.encode("utf-8"))
            if members[0].file_size > MAX_BACKUP_BYTES:
                raise _too_large(path)
            written = 0
            with archive.open(members[0]) as source, destination.open("wb") as target:
                while chunk := source.read(1 << 20):
                    written += len(chunk)
                    if written > MAX_BACKUP_BYTES:
                        raise _too_large(path)
                    target.write(chunk)
    except RuntimeError as exc:  # pyzipper's "Bad password for file"
        raise PasswordNeededError(
            translate("Restore", "Wrong password for “{name}”.").format(name=path.name)
        ) from exc
    except (zipfile.BadZipFile, pyzipper.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise BackupCheckError(
            translate("Restore", "“{name}” is damaged: {reason}").format(name=path.name, reason=exc)
        ) from exc


def _too_large(path: Path) -> BackupCheckError:
    return BackupCheckError(
        translate(
            "Restore",
            "“{name}” unpacks to more than {limit} MB, far more than any Mentorat database: "
            "it is not a Mentorat backup.",
        ).format(name=path.name, limit=MAX_BACKUP_BYTES >> 20)
    )


def _taken_at(path: Path) -> datetime:
    try:
        return describe_file(path).taken_at
    except OSError:
        return datetime.now().replace(microsecond=0)


def _count(connection: sqlite3.Connection, table: str) -> int:
    found = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()[0]
    if not found:
        return 0
    return int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def _check(copy: Path, original: Path, encrypted: bool) -> BackupSummary:
    problem = file_problem(copy)
    if problem is not None:
        raise BackupCheckError(
            translate("Restore", "“{name}” is not an intact Mentorat backup ({problem}).").format(
                name=original.name, problem=problem
            )
        )
    engine = create_engine(f"sqlite:///{copy}")
    try:
        revision = check_schema(engine)
    except SchemaTooNewError as exc:
        raise BackupCheckError(
            translate(
                "Restore",
                "“{name}” was made by a newer version of Mentorat (schema {revision}): "
                "install the latest version to restore it.",
            ).format(name=original.name, revision=exc.revision)
        ) from exc
    except NotMentoratDatabaseError as exc:
        raise BackupCheckError(
            translate("Restore", "“{name}” is a database, but not a Mentorat one.").format(
                name=original.name
            )
        ) from exc
    finally:
        engine.dispose()
    if revision is None:
        raise BackupCheckError(
            translate("Restore", "“{name}” is an empty database: nothing to restore.").format(
                name=original.name
            )
        )
    problems = file_schema_problems(copy, revision)
    if problems:
        raise BackupCheckError(
            translate(
                "Restore",
                "“{name}” does not have the schema Mentorat builds ({problems}): "
                "it was not restored.",
            ).format(name=original.name, problems=describe(problems))
        )
    connection = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
    try:
        people, pairs, sessions, journals = (
            _count(connection, t) for t in ("person", "pair", "session", "journal")
        )
    finally:
        connection.close()
    return BackupSummary(
        path=original,
        taken_at=_taken_at(original),
        revision=revision,
        upgrade_needed=revision != head_revision(),
        people=people,
        pairs=pairs,
        sessions=sessions,
        encrypted=encrypted,
        journals=journals,
    )


def inspect_backup(path: Path, password: str | None = None) -> BackupSummary:
    """Date, schema and what the backup holds, after every check; the file is not changed."""
    if not path.is_file():
        raise BackupCheckError(
            translate("Restore", "There is no file at “{path}”.").format(path=path)
        )
    with _plain_copy(path, password) as copy:
        return _check(copy, path, _is_zip(path))


def _is_zip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == ZIP_HEADER


def latest_good_backup(db_file: Path) -> BackupFile | None:
    """The newest unencrypted copy in backups/ that passes every check."""
    for backup in list_backups(db_file):
        if backup.encrypted:
            continue
        try:
            inspect_backup(backup.path)
        except BackupCheckError:
            continue
        return backup
    return None


def _set_aside(db_file: Path, now: datetime) -> Path:
    """Move a damaged database (and its WAL) out of the way, keeping it for an expert."""
    aside = db_file.with_name(f"{db_file.stem}-damaged-{now.strftime(STAMP_FORMAT)}.sqlite3")
    for source, target in zip(companions(db_file), companions(aside), strict=True):
        if source.exists():
            source.replace(target)
    return aside


def restore_backup(
    db_file: Path, backup: Path, password: str | None = None, now: datetime | None = None
) -> RestoreOutcome:
    """Replace the database with the backup, after checking (and upgrading) the backup."""
    from mentorat_desktop.db.database import open_database

    when = now or datetime.now()
    with _plain_copy(backup, password) as copy:
        summary = _check(copy, backup, _is_zip(backup))
        try:
            if summary.upgrade_needed:
                open_database(str(copy)).close()  # migrates the private copy only
            safety_copy = damaged_copy = None
            if db_file.exists() and file_problem(db_file) is None:
                safety_copy = create_backup(db_file, kind=BEFORE_RESTORE, now=when).path
                _copy_into(copy, db_file)
            else:
                if db_file.exists():
                    damaged_copy = _set_aside(db_file, when)
                db_file.parent.mkdir(parents=True, exist_ok=True)
                _copy_into(copy, db_file)
        except (OSError, sqlite3.Error) as exc:
            raise BackupCheckError(
                translate("Restore", "The restore failed, nothing was replaced: {reason}").format(
                    reason=exc
                )
            ) from exc
    restrict_database_files(db_file)
    return RestoreOutcome(summary, safety_copy, damaged_copy)


def _copy_into(source: Path, db_file: Path) -> None:
    """Through the backup API, so connections still open on the database see the new content."""
    reader = sqlite3.connect(source)
    try:
        writer = sqlite3.connect(db_file, timeout=10)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()
