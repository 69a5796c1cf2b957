"""Move a company's data between databases (SQLite file ⇄ PostgreSQL), losing nothing.

Rows keep their ids, so every relation survives; the copy is one transaction on the
destination; at the end both sides are read again and compared table by table.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Select, Table, func, select, text, update

from mentorat_desktop.db.base import Base
from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate

BATCH_ROWS = 2000
Progress = Callable[[int, str], None]


class TransferRefusedError(ServiceError):
    """The transfer cannot start: same database, or a destination that already holds data."""


@dataclass(frozen=True)
class TableReport:
    name: str
    source_rows: int
    destination_rows: int
    identical: bool


@dataclass(frozen=True)
class TransferReport:
    source: str
    destination: str
    tables: tuple[TableReport, ...]

    @property
    def ok(self) -> bool:
        return all(t.identical and t.source_rows == t.destination_rows for t in self.tables)

    @property
    def rows(self) -> int:
        return sum(t.source_rows for t in self.tables)


def all_tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def row_counts(connection: Connection) -> dict[str, int]:
    return {
        table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
        for table in all_tables()
    }


def _ordered(table: Table) -> Select[Any]:
    return select(table).order_by(*table.primary_key.columns)


def row_batches(connection: Connection, table: Table) -> Iterator[list[dict[str, object]]]:
    result = connection.execution_options(yield_per=BATCH_ROWS).execute(_ordered(table))
    for partition in result.mappings().partitions(BATCH_ROWS):
        yield [dict(row) for row in partition]


def _self_references(table: Table) -> list[str]:
    """Columns pointing at the same table (a person's manager): filled in after the rows."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def insert_rows(
    destination: Connection, table: Table, batches: Iterable[list[dict[str, object]]]
) -> None:
    """Insert batches of rows keeping their ids; links to the same table are set afterwards."""
    deferred = _self_references(table)
    later: list[dict[str, object]] = []
    key = next(iter(table.primary_key.columns)).name
    for rows in batches:
        for row in rows:
            values = {c: row[c] for c in deferred if row[c] is not None}
            if values:
                later.append({"_key": row[key], **values})
                for column in values:
                    row[column] = None
        destination.execute(table.insert(), rows)
    for row in later:
        values = {c: v for c, v in row.items() if c != "_key"}
        destination.execute(update(table).where(table.c[key] == row["_key"]).values(values))


def _copy_table(source: Connection, destination: Connection, table: Table) -> None:
    insert_rows(destination, table, row_batches(source, table))


def reset_sequences(destination: Connection) -> None:
    """PostgreSQL's id sequences must continue past the highest copied id."""
    if destination.dialect.name != "postgresql":
        return
    for table in all_tables():
        columns = list(table.primary_key.columns)
        if len(columns) != 1 or not columns[0].autoincrement or columns[0].name != "id":
            continue
        destination.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 1), "
                f"(SELECT MAX(id) FROM {table.name}) IS NOT NULL)"
            )
        )


def _normal(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if isinstance(value, Enum):
        return str(value.value)
    return repr(value)


def _digest(rows: Iterable[dict[str, object]]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update("\x1f".join(_normal(row[k]) for k in sorted(row)).encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def _table_digest(connection: Connection, table: Table) -> str:
    return _digest(row for batch in row_batches(connection, table) for row in batch)


def compare(source: Database, destination: Database) -> tuple[TableReport, ...]:
    """Row counts and contents of every table, on both sides."""
    reports = []
    with source.engine.connect() as left, destination.engine.connect() as right:
        left_counts, right_counts = row_counts(left), row_counts(right)
        for table in all_tables():
            identical = _table_digest(left, table) == _table_digest(right, table)
            reports.append(
                TableReport(
                    table.name, left_counts[table.name], right_counts[table.name], identical
                )
            )
    return tuple(reports)


def ensure_empty(destination: Database, *, ignore: frozenset[str] = frozenset()) -> None:
    """Refuse a destination that holds data (in tables other than ``ignore``)."""
    with destination.engine.connect() as connection:
        filled = {n: c for n, c in row_counts(connection).items() if c and n not in ignore}
    if filled:
        raise TransferRefusedError(
            translate(
                "Transfer",
                "The destination already holds data ({tables}): Mentorat only copies into "
                "an empty database, so that nothing is overwritten.",
            ).format(tables=", ".join(sorted(filled)))
        )


def transfer(
    source_target: str, destination_target: str, progress: Progress | None = None
) -> TransferReport:
    """Copy everything from source to an empty destination, then check the copy."""
    source = open_database(source_target, reading=True)  # a mistyped source is not created
    try:
        destination = open_database(destination_target)
    except Exception:
        source.close()
        raise
    try:
        if source.url.render_as_string() == destination.url.render_as_string():
            raise TransferRefusedError(
                translate("Transfer", "The source and the destination are the same database.")
            )
        ensure_empty(destination)
        tables = all_tables()
        with source.engine.connect() as reader, destination.engine.begin() as writer:
            for index, table in enumerate(tables):
                if progress:
                    progress(int(90 * index / len(tables)), table.name)
                _copy_table(reader, writer, table)
            reset_sequences(writer)
        if progress:
            progress(90, "")
        report = TransferReport(source.location, destination.location, compare(source, destination))
        if progress:
            progress(100, "")
        return report
    finally:
        source.close()
        destination.close()
