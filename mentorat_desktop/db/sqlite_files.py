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

COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700
STAMP_FORMAT = "%Y%m%d-%H%M%S"


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


def backup_name(stem: str, kind: str, when: datetime) -> str:
    """``mentorat-20260105-093000-daily.sqlite3``: sorts by date, says why it was taken."""
    return f"{stem}-{when.strftime(STAMP_FORMAT)}-{kind}.sqlite3"
