"""Around every command: one writer at a time, a backup after a change, and plain words for
a damaged, locked or foreign database instead of a traceback. Light to import: the parser
is built with it, the database layer is imported when a command runs."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop.cli.arguments import fail
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate
from mentorat_desktop.os_errors import os_reason

if TYPE_CHECKING:
    from mentorat_desktop.services.safety.autobackup import ChangeWatch

Handler = Callable[[argparse.Namespace, str], int]
# What a command writes into: None for a command that only reads.
Writes = Callable[[argparse.Namespace, str], str | None]
LOCK_WAIT_S = 10.0  # a command waits this long for the app or another command


def writes_target(_args: argparse.Namespace, target: str) -> str | None:
    return target


def _describe(exc: BaseException, target: str) -> str:
    if isinstance(exc, OSError) and exc.filename and not _is_database(exc.filename, target):
        return translate("CLI", "Cannot use “{path}”: {reason}").format(
            path=exc.filename, reason=os_reason(exc)
        )
    from mentorat_desktop.db.database import describe_database_error

    return describe_database_error(target, exc)


def _is_database(filename: object, target: str) -> bool:
    path = _sqlite_file(target)
    return path is not None and Path(str(filename)).name.startswith(path.name)


def _sqlite_file(target: str) -> Path | None:
    from mentorat_desktop.db.engine import sqlite_path, to_url

    try:
        return sqlite_path(to_url(target))
    except Exception:  # a malformed URL: the command itself reports it
        return None


def run_command(handler: Handler, args: argparse.Namespace, target: str) -> int:
    """Run the command; whatever the database or the disk says becomes one sentence."""
    from sqlalchemy.exc import SQLAlchemyError

    writes: Writes | None = getattr(args, "writes", None)
    written = writes(args, target) if writes else None
    try:
        if written is None:
            return handler(args, target)
        with writing(written):
            return handler(args, target)
    except ServiceError as exc:
        return fail(exc.message)
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        return fail(_describe(exc, written or target))


@contextmanager
def writing(target: str) -> Iterator[None]:
    """Hold the database's lock for the command; back up what it changed when it ends."""
    from mentorat_desktop.services.safety.autobackup import ChangeWatch
    from mentorat_desktop.services.safety.instance_lock import COMMAND, InstanceLock

    path = _sqlite_file(target)
    if path is None:  # a server keeps its own locks and backups
        yield
        return
    lock = InstanceLock(path, purpose=COMMAND)
    holder = lock.acquire(wait=LOCK_WAIT_S) if path.parent.is_dir() else None
    if holder is not None:
        raise ServiceError(_held_message(holder.this_computer, holder.hostname))
    try:
        watch = ChangeWatch(path) if path.is_file() else None
        yield
        if path.is_file() and (watch is None or watch.changed()):
            _back_up(ChangeWatch(path) if watch is None else watch)
    finally:
        lock.release()


def _held_message(this_computer: bool, hostname: str) -> str:
    if this_computer:
        return translate(
            "CLI",
            "Mentorat is working on this database on this computer and still was after "
            "{seconds} seconds: close the app (or wait for the other command), then try again.",
        ).format(seconds=int(LOCK_WAIT_S))
    return translate(
        "CLI",
        "Mentorat is open on this database on the computer “{computer}”: close it there, "
        "then try again.",
    ).format(computer=hostname)


def _back_up(watch: ChangeWatch) -> None:
    from mentorat_desktop.services.safety.backup import BackupError

    try:
        backup = watch.back_up()
    except BackupError as exc:
        print(
            translate("CLI", "The changes are saved, but the backup failed: {reason}").format(
                reason=exc.message
            ),
            file=sys.stderr,
        )
        return
    print(translate("CLI", "Backup written: {path}").format(path=backup.path))
