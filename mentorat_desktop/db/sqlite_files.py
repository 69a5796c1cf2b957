"""The SQLite file itself: consistent copies, owner-only permissions, companion files.

Copies go through SQLite's online backup API, which is safe while other connections read
and write (a plain file copy of a database in WAL mode can miss committed pages).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from mentorat_desktop.i18n import translate
from mentorat_desktop.os_errors import os_reason

COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700
STAMP_FORMAT = "%Y%m%d-%H%M%S"
SQLITE_HEADER = b"SQLite format 3\x00"


def companions(path: Path) -> list[Path]:
    """The database file and the WAL, shared-memory and journal files beside it."""
    return [path, *(path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES)]


def restrict_to_owner(path: Path, *, folder: bool = False) -> None:
    """Readable by the owner only on Linux and macOS; Windows keeps the profile's ACLs.

    The files hold employees' personal data, and a home folder is often world-readable.
    """
    if sys.platform == "win32":
        return
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, OWNER_ONLY_FOLDER if folder else OWNER_ONLY_FILE)


def restrict_database_files(path: Path) -> None:
    for file in companions(path):
        restrict_to_owner(file)


def online_copy(source: Path, destination: Path) -> None:
    """A consistent snapshot of ``source`` into ``destination`` (created or overwritten).

    One step (``pages=-1``) copies every page under a single read transaction, so writers on
    other connections carry on and the copy is one committed state.
    """
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(destination)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode = DELETE")  # a copy is one self-contained file
        finally:
            writer.close()
    finally:
        reader.close()
    restrict_database_files(destination)


def _row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: int(connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def checked_copy(source: Path, destination: Path) -> str | None:
    """Copy as ``online_copy`` does, then check the copy: None when it passes ``quick_check``
    and holds as many rows in each table as the source did at the moment of the copy."""
    # Read-write when allowed, so that the last connection to close tidies the WAL away.
    if os.access(source, os.W_OK) and os.access(source.parent, os.W_OK):
        mode = "rw"
    else:  # a read-only medium: not even SQLite's shared-memory file can be made there
        mode = "ro" if os.access(source.parent, os.W_OK) else "ro&immutable=1"
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode={mode}", uri=True)
    reader.isolation_level = None
    try:
        reader.execute("BEGIN")  # one snapshot for the counts and the copy
        expected = _row_counts(reader)
        writer = sqlite3.connect(destination)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode = DELETE")
            checked = [str(row[0]) for row in writer.execute("PRAGMA quick_check")]
            found = _row_counts(writer)
        finally:
            writer.close()
        reader.execute("COMMIT")
    finally:
        reader.close()
    restrict_database_files(destination)
    if checked != ["ok"]:
        return "; ".join(checked[:3])
    differing = sorted(n for n in expected if found.get(n) != expected[n])
    if differing or destination.stat().st_size == 0:
        return ", ".join(differing) or "0 bytes"
    return None


def file_problem(path: Path) -> str | None:
    """None when the file is an intact SQLite database, else what is wrong with it. Light to
    import, so that a start checks the file while the database layer is being imported."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return os_reason(exc)
    if not header:
        return None  # an empty file is an empty database, which SQLite fills in
    if header != SQLITE_HEADER:
        return translate("Restore", "not an SQLite database")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [str(r[0]) for r in connection.execute("PRAGMA quick_check")]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows[:3])


def backup_name(stem: str, kind: str, when: datetime) -> str:
    """``mentorat-20260105-093000-daily.sqlite3``: sorts by date, says why it was taken."""
    return f"{stem}-{when.strftime(STAMP_FORMAT)}-{kind}.sqlite3"
