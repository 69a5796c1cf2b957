"""Everything in one portable archive: a ZIP with one CSV per table and a manifest.

The archive is readable without Mentorat (any spreadsheet or script opens the CSV files)
and imports back into an empty database losing nothing. In the CSV files an empty cell is an
empty text and ``\\N`` is "no value" (PostgreSQL's convention); a text that starts with a
backslash gets one more. Binary data (the logo) is base64, times are ISO 8601 in UTC.

The journal's confidential notes are left out (written as empty cells) unless the user asks
for them, and then the whole archive is encrypted with a password (AES-256, as the
backups), since the README promises the notes never leave the journal window in clear.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum as PyEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, cast

import pyzipper

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer
from sqlalchemy import Table, delete
from sqlalchemy.exc import SQLAlchemyError

from mentorat_desktop import __version__
from mentorat_desktop.db.database import Database
from mentorat_desktop.db.migrate import current_revision, head_revision
from mentorat_desktop.db.models import Journal, OrganisationSettings
from mentorat_desktop.db.sqlite_files import restrict_to_owner
from mentorat_desktop.i18n import translate
from mentorat_desktop.io import sheets
from mentorat_desktop.os_errors import os_reason
from mentorat_desktop.services.changes import EVERYTHING, mutates
from mentorat_desktop.services.safety.archive_reading import (
    ENCODING,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_ARCHIVE_BYTES,
    NULL,
    ArchiveError,
    ArchivePasswordNeeded,
    decode,
    read_manifest,
    table_rows,
)
from mentorat_desktop.services.safety.backup import check_password
from mentorat_desktop.services.safety.transfer import (
    all_tables,
    ensure_empty,
    insert_rows,
    reset_sequences,
    row_batches,
    row_counts,
)

Progress = Callable[[int, str], None]
NOTES_COLUMN = (Journal.__tablename__, "confidential_notes")
__all__ = ["ArchiveError", "ArchivePasswordNeeded", "ArchiveReport", "decode", "encode"]


@dataclass(frozen=True)
class ArchiveReport:
    path: Path
    revision: str
    tables: tuple[tuple[str, int], ...]

    @property
    def rows(self) -> int:
        return sum(count for _, count in self.tables)

    def count(self, table: str) -> int:
        return dict(self.tables).get(table, 0)


def encode(value: object) -> str:
    if value is None:
        return NULL
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, PyEnum):
        value = value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    text = str(value)
    return "\\" + text if text.startswith("\\") else text


def _member(table: Table) -> str:
    return f"tables/{table.name}.csv"


class _HashingWriter(io.RawIOBase):
    """Counts what goes into a ZIP member, so the manifest can carry its checksum."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target, self.digest = target, hashlib.sha256()

    @property
    def name(self) -> str:
        """The member's name, which TextIOWrapper expects of the stream it wraps."""
        return self.target.name

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        self.digest.update(data)
        return self.target.write(data)


_BAD_ZIP = (zipfile.BadZipFile, pyzipper.BadZipFile, zipfile.LargeZipFile, EOFError)


def _open_for_writing(partial: Path, notes_password: str | None) -> zipfile.ZipFile:
    if notes_password is None:
        return zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED)
    archive = pyzipper.AESZipFile(
        partial, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
    )
    archive.setpassword(notes_password.encode("utf-8"))
    archive.setencryption(pyzipper.WZ_AES, nbits=256)
    return cast(zipfile.ZipFile, archive)


def export_archive(
    database: Database,
    path: Path,
    progress: Progress | None = None,
    *,
    notes_password: str | None = None,
) -> ArchiveReport:
    """Write every table of the database into ``path`` (replaced when it exists).

    The confidential notes are written only with ``notes_password``, which encrypts the
    whole archive; without it their cells are empty.
    """
    if notes_password is not None:
        check_password(notes_password)
    partial = path.with_name(path.name + ".part")
    entries, counts = [], []
    try:
        with (
            database.engine.connect() as connection,
            _open_for_writing(partial, notes_password) as archive,
        ):
            revision = current_revision(database.engine) or head_revision()
            tables = all_tables()
            for index, table in enumerate(tables):
                if progress:
                    progress(int(95 * index / len(tables)), table.name)
                names = [c.name for c in table.columns]
                blank = {
                    n for n in names if (table.name, n) == NOTES_COLUMN and notes_password is None
                }
                rows = 0
                with archive.open(_member(table), "w") as raw:
                    hashing = _HashingWriter(raw)
                    text = io.TextIOWrapper(hashing, encoding=ENCODING, newline="")
                    writer = sheets.CsvSheet(text, delimiter=",")  # no cell runs as a formula
                    writer.writerow(names)
                    for batch in row_batches(connection, table):
                        writer.writerows(
                            ["" if n in blank else encode(row[n]) for n in names] for row in batch
                        )
                        rows += len(batch)
                    text.flush()
                    text.detach()
                entries.append(
                    {
                        "name": table.name,
                        "file": _member(table),
                        "rows": rows,
                        "columns": names,
                        "sha256": hashing.digest.hexdigest(),
                    }
                )
                counts.append((table.name, rows))
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "application": f"Mentorat {__version__}",
                "schema_revision": revision,
                "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "encoding": "UTF-8",
                "null": NULL,
                "confidential_notes": notes_password is not None,
                "tables": entries,
            }
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
        restrict_to_owner(partial)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ArchiveError(
            translate("Archive", "Cannot write “{path}”: {reason}").format(
                path=path, reason=os_reason(exc)
            )
        ) from exc
    if progress:
        progress(100, "")
    return ArchiveReport(path, revision, tuple(counts))


def _open_for_reading(path: Path, password: str | None) -> zipfile.ZipFile:
    try:
        archive = pyzipper.AESZipFile(path)
    except (OSError, ValueError, *_BAD_ZIP) as exc:
        raise ArchiveError(
            translate("Archive", "“{name}” is not a readable ZIP archive.").format(name=path.name)
        ) from exc
    if any(info.flag_bits & 0x1 for info in archive.infolist()):
        if not password:
            archive.close()
            raise ArchivePasswordNeeded(
                translate(
                    "Archive",
                    "“{name}” is encrypted (it holds the confidential notes): enter its password.",
                ).format(name=path.name)
            )
        archive.setpassword(password.encode("utf-8"))
    return cast(zipfile.ZipFile, archive)


@mutates(EVERYTHING)
def import_archive(
    database: Database,
    path: Path,
    progress: Progress | None = None,
    *,
    password: str | None = None,
) -> ArchiveReport:
    """Load an archive into an empty database (its organisation settings are replaced)."""
    archive = _open_for_reading(path, password)
    with archive:
        try:
            manifest = read_manifest(archive, path.name)
        except RuntimeError as exc:  # pyzipper's "Bad password"
            raise ArchivePasswordNeeded(
                translate("Archive", "Wrong password for “{name}”.").format(name=path.name)
            ) from exc
        ensure_empty(database, ignore=frozenset({OrganisationSettings.__tablename__}))
        entries = {e["name"]: e for e in manifest["tables"]}
        tables = all_tables()
        missing = [t.name for t in tables if t.name not in entries]
        if missing:
            raise ArchiveError(
                translate("Archive", "“{name}” lacks tables: {tables}.").format(
                    name=path.name, tables=", ".join(missing)
                )
            )
        budget = [MAX_ARCHIVE_BYTES]
        try:
            with database.engine.begin() as writer:
                writer.execute(delete(cast(Table, OrganisationSettings.__table__)))
                for index, table in enumerate(tables):
                    if progress:
                        progress(int(95 * index / len(tables)), table.name)
                    batches = table_rows(archive, entries[table.name], table, path.name, budget)
                    insert_rows(writer, table, batches)
                reset_sequences(writer)
                counts = row_counts(writer)
                wrong = [t for t in counts if counts[t] != entries[t]["rows"]]
                if wrong:
                    raise ArchiveError(
                        translate("Archive", "“{name}”: row counts differ for {tables}.").format(
                            name=path.name, tables=", ".join(wrong)
                        )
                    )
        except (*_BAD_ZIP, OSError, RuntimeError, SQLAlchemyError) as exc:
            raise ArchiveError(
                translate("Archive", "“{name}” is damaged: {reason}").format(
                    name=path.name, reason=str(exc).splitlines()[0] if str(exc) else "?"
                )
            ) from exc
    if progress:
        progress(100, "")
    return ArchiveReport(path, manifest["schema_revision"], tuple(sorted(counts.items())))
