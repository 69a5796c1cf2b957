"""Everything in one portable archive: a ZIP with one CSV per table and a manifest.

The archive is readable without Mentorat (any spreadsheet or script opens the CSV files)
and imports back into an empty database losing nothing. In the CSV files an empty cell is an
empty text and ``\\N`` is "no value" (PostgreSQL's convention); a text that starts with a
backslash gets one more. Binary data (the logo) is base64, times are ISO 8601 in UTC.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum as PyEnum
from pathlib import Path

from sqlalchemy import Boolean, Column, Date, Enum, Integer, LargeBinary, Table, delete
from sqlalchemy.exc import SQLAlchemyError

from mentorat_desktop import __version__
from mentorat_desktop.db.database import Database
from mentorat_desktop.db.migrate import current_revision, head_revision, known_revisions
from mentorat_desktop.db.models import OrganisationSettings
from mentorat_desktop.db.sqlite_files import restrict_to_owner
from mentorat_desktop.db.types import UTCDateTime
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate
from mentorat_desktop.io import sheets
from mentorat_desktop.services.changes import EVERYTHING, mutates
from mentorat_desktop.services.safety.transfer import (
    BATCH_ROWS,
    all_tables,
    ensure_empty,
    insert_rows,
    reset_sequences,
    row_batches,
    row_counts,
)

FORMAT = "mentorat-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
NULL = "\\N"
ENCODING = "utf-8-sig"  # the BOM lets Excel read the accents
Progress = Callable[[int, str], None]


class ArchiveError(ServiceError):
    """The archive cannot be written or imported; the message says why."""


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


def decode(column: Column, cell: str) -> object:  # type: ignore[type-arg]
    if cell == NULL:
        return None
    if cell.startswith("\\"):
        cell = cell[1:]
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(cell)
    if isinstance(kind, Boolean):
        return cell == "true"
    if isinstance(kind, Integer):
        return int(cell)
    if isinstance(kind, Date):
        return date.fromisoformat(cell)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(cell)
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(cell)
    return cell


def _member(table: Table) -> str:
    return f"tables/{table.name}.csv"


class _HashingWriter(io.RawIOBase):
    """Counts what goes into a ZIP member, so the manifest can carry its checksum."""

    def __init__(self, target: io.BufferedIOBase) -> None:
        self.target, self.digest = target, hashlib.sha256()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[no-untyped-def,override]
        self.digest.update(data)
        return self.target.write(data)


def export_archive(
    database: Database, path: Path, progress: Progress | None = None
) -> ArchiveReport:
    """Write every table of the database into ``path`` (replaced when it exists)."""
    partial = path.with_name(path.name + ".part")
    entries, counts = [], []
    try:
        with (
            database.engine.connect() as connection,
            zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            revision = current_revision(database.engine) or head_revision()
            stamp = datetime.now().timetuple()[:6]
            tables = all_tables()
            for index, table in enumerate(tables):
                if progress:
                    progress(int(95 * index / len(tables)), table.name)
                rows = 0
                info = zipfile.ZipInfo(_member(table), date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                with archive.open(info, "w") as raw:
                    hashing = _HashingWriter(raw)  # type: ignore[arg-type]
                    text = io.TextIOWrapper(hashing, encoding=ENCODING, newline="")
                    writer = sheets.CsvSheet(text, delimiter=",")  # no cell runs as a formula
                    names = [c.name for c in table.columns]
                    writer.writerow(names)
                    for batch in row_batches(connection, table):
                        writer.writerows([encode(row[n]) for n in names] for row in batch)
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
                "tables": entries,
            }
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
        restrict_to_owner(partial)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ArchiveError(
            translate("Archive", "Cannot write “{path}”: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    if progress:
        progress(100, "")
    return ArchiveReport(path, revision, tuple(counts))


def read_manifest(archive: zipfile.ZipFile, name: str) -> dict:  # type: ignore[type-arg]
    try:
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except (KeyError, ValueError) as exc:
        raise ArchiveError(
            translate("Archive", "“{name}” is not a Mentorat archive (no manifest).").format(
                name=name
            )
        ) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(
            translate("Archive", "“{name}” is not a Mentorat archive.").format(name=name)
        )
    revision = str(manifest.get("schema_revision"))
    if manifest.get("format_version", 0) > FORMAT_VERSION or revision not in known_revisions():
        raise ArchiveError(
            translate(
                "Archive",
                "“{name}” was made by a newer version of Mentorat (schema {revision}): "
                "install the latest version to import it.",
            ).format(name=name, revision=revision)
        )
    if revision != head_revision():
        raise ArchiveError(
            translate(
                "Archive",
                "“{name}” was made by an older version of Mentorat (schema {revision}). "
                "Import it with that version, let this version upgrade the database, then "
                "export it again.",
            ).format(name=name, revision=revision)
        )
    return manifest


def _rows(
    archive: zipfile.ZipFile,
    entry: dict,
    table: Table,
    name: str,  # type: ignore[type-arg]
) -> Iterator[list[dict[str, object]]]:
    data = archive.read(entry["file"])
    if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
        raise ArchiveError(
            translate(
                "Archive", "“{name}” is damaged ({table} does not match its checksum)."
            ).format(name=name, table=table.name)
        )
    reader = csv.reader(io.StringIO(data.decode(ENCODING), newline=""))
    header = next(reader, [])
    if sorted(header) != sorted(c.name for c in table.columns):
        raise ArchiveError(
            translate(
                "Archive", "“{name}”: the columns of {table} are not the expected ones."
            ).format(name=name, table=table.name)
        )
    columns = [table.c[h] for h in header]
    batch: list[dict[str, object]] = []
    for cells in reader:
        batch.append(
            {
                c.name: decode(c, sheets.unescape_csv_text(cell))
                for c, cell in zip(columns, cells, strict=True)
            }
        )
        if len(batch) == BATCH_ROWS:
            yield batch
            batch = []
    if batch:
        yield batch


@mutates(EVERYTHING)
def import_archive(
    database: Database, path: Path, progress: Progress | None = None
) -> ArchiveReport:
    """Load an archive into an empty database (its organisation settings are replaced)."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ArchiveError(
            translate("Archive", "“{name}” is not a readable ZIP archive.").format(name=path.name)
        ) from exc
    with archive:
        manifest = read_manifest(archive, path.name)
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
        try:
            with database.engine.begin() as writer:
                writer.execute(delete(OrganisationSettings.__table__))
                for index, table in enumerate(tables):
                    if progress:
                        progress(int(95 * index / len(tables)), table.name)
                    insert_rows(
                        writer, table, _rows(archive, entries[table.name], table, path.name)
                    )
                reset_sequences(writer)
                counts = row_counts(writer)
                wrong = [t for t in counts if counts[t] != entries[t]["rows"]]
                if wrong:
                    raise ArchiveError(
                        translate("Archive", "“{name}”: row counts differ for {tables}.").format(
                            name=path.name, tables=", ".join(wrong)
                        )
                    )
        except (ValueError, KeyError, UnicodeDecodeError, csv.Error, SQLAlchemyError) as exc:
            raise ArchiveError(
                translate("Archive", "“{name}” is damaged: {reason}").format(
                    name=path.name, reason=str(exc).splitlines()[0] if str(exc) else "?"
                )
            ) from exc
    if progress:
        progress(100, "")
    return ArchiveReport(path, manifest["schema_revision"], tuple(sorted(counts.items())))


csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a logo in base64 is one long cell
