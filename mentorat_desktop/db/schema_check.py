"""Compare an SQLite file's schema with the one our migrations build, before trusting it.

A file saying "schema 0002" in alembic_version may hold anything: a trigger that copies
confidential notes into a field that is exported, a view, a missing table. The reference is
built at run time by migrating an empty in-memory database to the file's revision, so it
follows every new migration; it is built once per process (keyed by the migration scripts'
content) and never written to the user's folders. Only SQLite's own
catalogue (sqlite_master and PRAGMAs) is read from the file: no SQL stored in it is run.

The head revision's reference also ships beside this module (``schema_reference.json``,
keyed the same way), so a start on a current file imports neither Alembic nor runs the
migrations (about a third of a second); a key that does not match the scripts is ignored and
the reference is built as before. Regenerate it with
``python -m mentorat_desktop.db.schema_check`` after adding a migration (a test says when).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from mentorat_desktop.db.migrate import MIGRATIONS_DIR, alembic_config
from mentorat_desktop.i18n import translate


@dataclass(frozen=True)
class Shape:
    """A schema as SQLite's catalogue describes it, table by table."""

    tables: dict[str, list[list[object]]]  # [[column, type, notnull, pk], ...]
    indexes: dict[str, list[list[object]]]  # [[unique, [columns]], ...]
    foreign_keys: dict[str, list[list[object]]]
    others: list[list[str]]  # [[kind, name], ...]: triggers and views


MAX_PROBLEMS_SHOWN = 5
_references: dict[str, Shape] = {}
SHIPPED_REFERENCE = Path(__file__).resolve().parent / "schema_reference.json"


def read_shape(connection: sqlite3.Connection) -> Shape:
    """The file's tables, columns, indexes, foreign keys, triggers and views."""
    catalogue = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    tables: dict[str, list[list[object]]] = {}
    indexes: dict[str, list[list[object]]] = {}
    foreign_keys: dict[str, list[list[object]]] = {}
    others: list[list[str]] = []
    for kind, name in catalogue:
        if kind == "table":
            quoted = '"' + str(name).replace('"', '""') + '"'
            tables[name] = [
                [r[1], str(r[2]).upper(), int(r[3]), int(r[5])]
                for r in connection.execute(f"PRAGMA table_info({quoted})")
            ]
            found = []
            for index in connection.execute(f"PRAGMA index_list({quoted})"):
                index_name = '"' + str(index[1]).replace('"', '""') + '"'
                columns = [r[2] for r in connection.execute(f"PRAGMA index_info({index_name})")]
                found.append([int(index[2]), columns])
            indexes[name] = sorted(found, key=json.dumps)
            foreign_keys[name] = sorted(
                (
                    [r[2], r[3], r[4], r[6]]
                    for r in connection.execute(f"PRAGMA foreign_key_list({quoted})")
                ),
                key=json.dumps,
            )
        elif kind in ("trigger", "view"):
            others.append([kind, name])
    return Shape(tables, indexes, foreign_keys, others)


def _scripts_key(revision: str) -> str:
    digest = hashlib.sha256(revision.encode())
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        digest.update(script.name.encode())
        digest.update(script.read_bytes())
    return digest.hexdigest()[:24]


def _build_reference(revision: str) -> Shape:
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
        raw = engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert isinstance(driver, sqlite3.Connection)  # the sqlite:// engine above
            return read_shape(driver)
        finally:
            raw.close()
    finally:
        engine.dispose()


def reference_shape(revision: str) -> Shape:
    """What our migrations build at ``revision`` (migrated once per process, then cached)."""
    key = _scripts_key(revision)
    if key not in _references:
        _references[key] = shipped_reference(key) or _build_reference(revision)
    return _references[key]


def shipped_reference(key: str) -> Shape | None:
    """The reference shipped with the package, when it was made from these very scripts."""
    try:
        shipped = json.loads(SHIPPED_REFERENCE.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # absent from a bundle, say: built instead
        return None
    if not isinstance(shipped, dict) or shipped.get("key") != key:
        return None
    shape = shipped.get("shape")
    if not isinstance(shape, dict) or set(shape) != set(Shape.__dataclass_fields__):
        return None
    return Shape(**shape)


def write_shipped_reference() -> Path:
    """Build the head revision's reference with Alembic and write it beside this module."""
    from mentorat_desktop.db.migrate import head_revision

    revision = head_revision()
    content = {
        "revision": revision,
        "key": _scripts_key(revision),
        "shape": asdict(_build_reference(revision)),
    }
    SHIPPED_REFERENCE.write_text(json.dumps(content, indent=1) + "\n", encoding="utf-8")
    return SHIPPED_REFERENCE


def schema_problems(found: Shape, expected: Shape) -> list[str]:
    """What differs, in the user's words; empty when the file has exactly our schema."""
    problems: list[str] = []
    for kind, name in found.others:
        if kind == "trigger":
            problems.append(translate("Schema", "an unexpected trigger “{name}”").format(name=name))
        else:
            problems.append(translate("Schema", "an unexpected view “{name}”").format(name=name))
    tables, reference = found.tables, expected.tables
    for table in sorted(set(reference) - set(tables)):
        problems.append(translate("Schema", "the table “{table}” is missing").format(table=table))
    for table in sorted(set(tables) - set(reference)):
        problems.append(translate("Schema", "an unexpected table “{table}”").format(table=table))
    for table in sorted(set(tables) & set(reference)):
        problems.extend(_column_problems(table, tables[table], reference[table]))
        pairs = ((found.indexes, expected.indexes), (found.foreign_keys, expected.foreign_keys))
        for have, want in pairs:
            if have.get(table) != want.get(table):
                problems.append(
                    translate("Schema", "the indexes or keys of “{table}” differ").format(
                        table=table
                    )
                )
                break
    return problems


def _column_problems(
    table: str, columns: list[list[object]], expected: list[list[object]]
) -> list[str]:
    have = {str(c[0]): c for c in columns}
    want = {str(c[0]): c for c in expected}
    problems = [
        translate("Schema", "the column “{table}.{column}” is missing").format(
            table=table, column=name
        )
        for name in want
        if name not in have
    ]
    problems += [
        translate("Schema", "an unexpected column “{table}.{column}”").format(
            table=table, column=name
        )
        for name in have
        if name not in want
    ]
    problems += [
        translate("Schema", "the column “{table}.{column}” is not of the expected type").format(
            table=table, column=name
        )
        for name in want
        if name in have and list(have[name][1:]) != list(want[name][1:])
    ]
    return problems


def describe(problems: list[str]) -> str:
    """The first few problems as one phrase (the rest counted)."""
    shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
    more = len(problems) - MAX_PROBLEMS_SHOWN
    if more > 0:
        shown += translate("Schema", "; and %n more", None, more)
    return shown


def file_schema_problems(path: Path, revision: str) -> list[str]:
    """Compare the SQLite file at ``path`` (opened read-only) with our schema at ``revision``."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = read_shape(connection)
    finally:
        connection.close()
    return schema_problems(found, reference_shape(revision))


if __name__ == "__main__":
    print(write_shipped_reference())
