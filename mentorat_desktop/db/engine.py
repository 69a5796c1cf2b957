"""Engines that behave the same everywhere: SQLite pragmas, URL resolution, network paths."""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

NETWORK_FILESYSTEMS = {"cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "9p", "afs"}
BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "mentorat_write"  # execution option of a transaction that will write


_CREDENTIALS = re.compile(r"(://[^/@:\s]*:)[^@/\s]*@")


def shown_target(target: str) -> str:
    """What a message may show of a path or URL: never its password."""
    if "://" not in target:
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except Exception:  # malformed: mask anything between "user:" and "@"
        return _CREDENTIALS.sub(r"\1***@", target)


def without_password(text: str, target: str) -> str:
    """``text`` (a driver's error, say) with the target's password masked wherever it is."""
    masked = _CREDENTIALS.sub(r"\1***@", text)
    try:
        password = make_url(target).password if "://" in target else None
    except Exception:
        password = None
    if password:
        from urllib.parse import quote

        for form in {str(password), quote(str(password), safe="")}:
            masked = masked.replace(form, "***")
    return masked


def to_url(target: str) -> URL:
    """An SQLAlchemy URL from what the user gave: a URL, or a path to a SQLite file."""
    if "://" in target:
        return make_url(target)
    path = Path(target).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases or in-memory ones."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def is_network_path(path: Path) -> bool:
    """Whether the file lives on a network share, where WAL journaling is unsafe."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0]
        if drive:
            drive_remote = 4
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote
        return False
    return _mount_fstype(path) in NETWORK_FILESYSTEMS


def _mount_fstype(path: Path) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    resolved = str(path.resolve())
    best, fstype = "", None
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, fstype = mount_point, fields[2]
    return fstype


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    """An engine with our connection settings applied on every new connection.

    ``read_only``: a file on a read-only medium, opened so that SQLite writes nothing (no
    journal, no shared-memory file; ``immutable`` when even the folder is read-only).
    """
    path = sqlite_path(url)
    if read_only and path is not None:
        return _read_only_engine(url, path)
    if url.get_backend_name() == "sqlite":
        on_network = path is not None and is_network_path(path)
        engine = create_engine(
            url,
            poolclass=NullPool if path is None else None,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        )
        _install_sqlite_pragmas(engine, on_network=on_network)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _read_only_engine(url: URL, path: Path) -> Engine:
    immutable = "" if os.access(path.parent, os.W_OK) else "&immutable=1"
    uri = f"{path.resolve().as_uri()}?mode=ro{immutable}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)

    engine = create_engine(url, creator=connect)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA query_only = ON")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _install_sqlite_pragmas(engine: Engine, *, on_network: bool) -> None:
    journal = "DELETE" if on_network else "WAL"
    synchronous = "FULL" if on_network else "NORMAL"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # pysqlite's own transaction handling would defer BEGIN; let SQLAlchemy emit it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA journal_mode = {journal}")
        cursor.execute(f"PRAGMA synchronous = {synchronous}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A write takes the lock before it reads: a deferred BEGIN that read a row another
        # writer then changed fails with "database is locked" instead of seeing the change
        # (and refusing the stale save with a sentence).
        immediate = connection.get_execution_options().get(WRITE_OPTION)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
