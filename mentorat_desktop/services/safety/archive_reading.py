"""Reading an archive that may be hostile: every manifest field and every cell is checked.

Each table's CSV is streamed (never read whole), its declared and actual sizes are capped,
and a cell that does not fit its column's type is refused with its line and column. The
limits are far above a real company's data: 500 people with 50,000 sessions make about
50 MB of CSV in all.
"""

from __future__ import annotations

import base64
import binascii
import csv
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import IO, Any, TypeVar, cast

from sqlalchemy import Boolean, Column, Date, Enum, Integer, LargeBinary, String, Table

from mentorat_desktop.db.migrate import head_revision, known_revisions
from mentorat_desktop.db.types import UTCDateTime
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate
from mentorat_desktop.io import sheets

T = TypeVar("T")

MAX_TABLE_BYTES = 1 << 30  # one table's CSV: 1 GiB
MAX_ARCHIVE_BYTES = 2 << 30  # every table together: 2 GiB
MAX_MANIFEST_BYTES = 1 << 20  # 1 MiB
MAX_CELL_CHARS = 16 << 20  # a 5 MB logo is about 7 MB of base64
MAX_ROWS = 100_000_000
FORMAT = "mentorat-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
NULL = "\\N"
ENCODING = "utf-8-sig"
BATCH_ROWS = 1000
_INTEGER = re.compile(r"-?[0-9]{1,19}\Z", re.ASCII)
_SHA256 = re.compile(r"[0-9a-f]{64}\Z", re.ASCII)
_INT64 = 2**63


class ArchiveError(ServiceError):
    """The archive cannot be written or imported; the message says why."""


class ArchivePasswordNeeded(ArchiveError):
    """The archive is encrypted (it holds the confidential notes): a password is needed."""


def _mb(size: int) -> int:
    return size >> 20


def too_large(name: str, part: str, limit: int) -> ArchiveError:
    return ArchiveError(
        translate(
            "Archive",
            "“{name}”: {part} unpacks to more than {limit} MB, far more than any company's "
            "data; it was not imported.",
        ).format(name=name, part=part, limit=_mb(limit))
    )


class LimitedReader(io.RawIOBase):
    """A ZIP member read in chunks, refused as soon as it passes its limit; hashed on the way."""

    def __init__(self, source: IO[bytes], limit: int, on_excess: ArchiveError) -> None:
        self.source, self.limit, self.on_excess = source, limit, on_excess
        self.size, self.digest = 0, hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.source.read(min(len(buffer), 1 << 16))
        self.size += len(data)
        if self.size > self.limit:
            raise self.on_excess
        self.digest.update(data)
        buffer[: len(data)] = data
        return len(data)


def _not_valid(name: str, field: str) -> ArchiveError:
    return ArchiveError(
        translate(
            "Archive", "“{name}” is not a valid Mentorat archive (its manifest's “{field}”)."
        ).format(name=name, field=field)
    )


def _is_int(value: object, low: int = 0, high: int = MAX_ROWS) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def read_manifest(archive: zipfile.ZipFile, name: str) -> dict[str, Any]:
    """The manifest, after checking the type and range of every field."""
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError as exc:
        raise ArchiveError(
            translate("Archive", "“{name}” is not a Mentorat archive (no manifest).").format(
                name=name
            )
        ) from exc
    if info.file_size > MAX_MANIFEST_BYTES:
        raise too_large(name, MANIFEST, MAX_MANIFEST_BYTES)
    with archive.open(info) as source:
        raw = source.read(MAX_MANIFEST_BYTES + 1)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise too_large(name, MANIFEST, MAX_MANIFEST_BYTES)
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise ArchiveError(
            translate("Archive", "“{name}” is not a Mentorat archive (no manifest).").format(
                name=name
            )
        ) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(
            translate("Archive", "“{name}” is not a Mentorat archive.").format(name=name)
        )
    version, revision = manifest.get("format_version"), manifest.get("schema_revision")
    if not _is_int(version, 1, 10**6):
        raise _not_valid(name, "format_version")
    if not isinstance(revision, str) or len(revision) > 32:
        raise _not_valid(name, "schema_revision")
    if int(cast(int, version)) > FORMAT_VERSION or revision not in known_revisions():
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
    if not isinstance(manifest.get("confidential_notes", False), bool):
        raise _not_valid(name, "confidential_notes")
    _check_entries(manifest.get("tables"), name)
    return manifest


def _check_entries(entries: object, name: str) -> None:
    if not isinstance(entries, list) or len(entries) > 1000:
        raise _not_valid(name, "tables")
    for entry in entries:
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("name"), str)
            and entry.get("file") == f"tables/{entry.get('name')}.csv"
            and _is_int(entry.get("rows"))
            and isinstance(entry.get("sha256"), str)
            and _SHA256.match(entry["sha256"])
        ):
            raise _not_valid(name, "tables")


def _cell_error(name: str, table: str, line: int, column: str, reason: str) -> ArchiveError:
    return ArchiveError(
        translate(
            "Archive", "“{name}”, {table}.csv line {line}, column “{column}”: {reason}."
        ).format(name=name, table=table, line=line, column=column, reason=reason)
    )


def decode(column: Column[Any], cell: str) -> object:
    """The cell's value for its column; ValueError (in the user's words) when it does not fit."""
    if cell == NULL:
        if not column.nullable and not column.primary_key:
            raise ValueError(translate("Archive", "a value is required"))
        return None
    if cell.startswith("\\"):
        cell = cell[1:]
    kind = column.type
    if isinstance(kind, UTCDateTime):
        value = _parse(datetime.fromisoformat, cell, translate("Archive", "not a date and time"))
        if value.tzinfo is None:
            raise ValueError(translate("Archive", "a time without its time zone"))
        return value
    if isinstance(kind, Boolean):
        if cell not in ("true", "false"):
            raise ValueError(
                translate("Archive", "“{cell}” is not true or false").format(cell=cell[:40])
            )
        return cell == "true"
    if isinstance(kind, Integer):
        if not _INTEGER.match(cell) or not -_INT64 <= int(cell) < _INT64:
            raise ValueError(
                translate("Archive", "“{cell}” is not a whole number").format(cell=cell[:40])
            )
        return int(cell)
    if isinstance(kind, Date):
        return _parse(date.fromisoformat, cell, translate("Archive", "not a date"))
    if isinstance(kind, LargeBinary):
        try:
            return base64.b64decode(cell, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError(translate("Archive", "not base64 data")) from exc
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return _parse(kind.enum_class, cell, translate("Archive", "not one of the known values"))
    if "\x00" in cell:
        raise ValueError(translate("Archive", "a NUL character"))
    limit = kind.length if isinstance(kind, String) else None
    if limit is not None and len(cell) > limit:
        raise ValueError(translate("Archive", "longer than %n characters", None, limit))
    return cell


def _parse(parse: Callable[[str], T], cell: str, reason: str) -> T:
    try:
        return parse(cell)
    except (ValueError, TypeError) as exc:
        raise ValueError(reason) from exc


def table_rows(
    archive: zipfile.ZipFile, entry: dict[str, Any], table: Table, name: str, budget: list[int]
) -> Iterator[list[dict[str, object]]]:
    """The table's rows in batches, streamed; ``budget`` is what the archive may still unpack."""
    try:
        info = archive.getinfo(entry["file"])
    except KeyError as exc:
        raise ArchiveError(
            translate("Archive", "“{name}” lacks tables: {tables}.").format(
                name=name, tables=table.name
            )
        ) from exc
    limit = min(MAX_TABLE_BYTES, budget[0])
    if info.file_size > limit:
        raise too_large(name, info.filename, limit)
    with archive.open(info) as member:
        reader = LimitedReader(member, limit, too_large(name, info.filename, limit))
        text = io.TextIOWrapper(io.BufferedReader(reader), encoding=ENCODING, newline="")
        rows = csv.reader(text)
        try:
            header = next(rows, [])
            if sorted(header) != sorted(c.name for c in table.columns):
                raise ArchiveError(
                    translate(
                        "Archive", "“{name}”: the columns of {table} are not the expected ones."
                    ).format(name=name, table=table.name)
                )
            columns = [table.c[h] for h in header]
            width = len(columns)
            batch: list[dict[str, object]] = []
            for cells in rows:
                if len(cells) != len(columns):
                    raise _cell_error(
                        name,
                        table.name,
                        rows.line_num,
                        columns[min(len(cells), len(columns) - 1)].name,
                        translate("Archive", "the line does not have %n cells", None, width),
                    )
                batch.append(_decoded_row(columns, cells, name, table.name, rows.line_num))
                if len(batch) == BATCH_ROWS:
                    yield batch
                    batch = []
            if batch:
                yield batch
        except (UnicodeDecodeError, csv.Error) as exc:
            raise ArchiveError(
                translate("Archive", "“{name}”, {table}.csv line {line}: {reason}").format(
                    name=name, table=table.name, line=rows.line_num, reason=exc
                )
            ) from exc
        budget[0] -= reader.size
    if reader.digest.hexdigest() != entry["sha256"]:
        raise ArchiveError(
            translate(
                "Archive", "“{name}” is damaged ({table} does not match its checksum)."
            ).format(name=name, table=table.name)
        )


def _decoded_row(
    columns: list[Column[Any]],
    cells: list[str],
    name: str,
    table: str,
    line: int,
) -> dict[str, object]:
    row: dict[str, object] = {}
    for column, cell in zip(columns, cells, strict=True):
        try:
            row[column.name] = decode(column, sheets.unescape_csv_text(cell))
        except ValueError as exc:
            raise _cell_error(name, table, line, column.name, str(exc)) from exc
    return row


csv.field_size_limit(MAX_CELL_CHARS)
