"""Backups of the SQLite file: taken, listed and pruned.

Copies go through SQLite's online backup API, so taking one while the app writes is safe.
They live in ``backups/`` beside the database; the last 7 daily and 4 weekly copies are
kept, and the safety copies taken before a migration, a restore or an anonymisation for
four weeks. A copy carried away (a USB key) can be an AES-256 encrypted ZIP (WinZip's AE-2
format, through pyzipper) that 7-Zip, WinZip, PeaZip or Keka open with the password.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from mentorat_desktop.db.sqlite_files import (
    SQLITE_HEADER,
    STAMP_FORMAT,
    backup_name,
    checked_copy,
    companions,
    restrict_to_owner,
)
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate
from mentorat_desktop.os_errors import os_reason

BACKUPS_FOLDER = "backups"
DAILY_KEPT = 7
WEEKLY_KEPT = 4
SAFETY_KEPT = timedelta(days=28)
DUE_AFTER = timedelta(days=1)
OVERDUE_AFTER = timedelta(days=7)
MIN_PASSWORD_LENGTH = 8

DAILY = "daily"
MANUAL = "manual"
AUTO = "auto"  # after changes: a writing command, the app closing, every 10 minutes of work
BEFORE_RESTORE = "before-restore"
BEFORE_ANONYMISATION = "before-anonymisation"
SAFETY_PREFIX = "before-"

NAME_PATTERN = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z0-9-]+)\.(?P<ext>sqlite3|zip)$"
)

Key = TypeVar("Key", bound=Hashable)


class BackupError(ServiceError):
    """A backup could not be written; the message says where and why."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time, as in the file name
    kind: str
    encrypted: bool

    @property
    def safety(self) -> bool:
        """Taken before a risky operation rather than on the daily or manual rhythm."""
        return self.kind.startswith(SAFETY_PREFIX)


def backups_folder(db_file: Path) -> Path:
    return db_file.parent / BACKUPS_FOLDER


def describe_file(path: Path) -> BackupFile:
    """Date and kind from the name Mentorat gave it, else from the file's modification time."""
    match = NAME_PATTERN.match(path.name)
    encrypted = path.suffix.lower() == ".zip"
    if match:
        taken_at = datetime.strptime(match["stamp"], STAMP_FORMAT)
        return BackupFile(path, taken_at, match["kind"], encrypted)
    return BackupFile(path, datetime.fromtimestamp(path.stat().st_mtime), MANUAL, encrypted)


def list_backups(db_file: Path) -> list[BackupFile]:
    """The copies in the backups folder, newest first."""
    folder = backups_folder(db_file)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = NAME_PATTERN.match(path.name)
        if match and match["stem"] == db_file.stem and _looks_whole(path):
            found.append(describe_file(path))
    # Two copies in the same second (a start, then a command): the one written last is newer.
    return sorted(found, key=lambda b: (b.taken_at, _written_at(b.path)), reverse=True)


def _written_at(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _looks_whole(path: Path) -> bool:
    """A file that can be a backup: not empty (a full disk leaves 0-byte files), with the
    SQLite or ZIP signature. The full check is the restore's."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return head == SQLITE_HEADER or head.startswith(b"PK\x03\x04")


def last_backup(db_file: Path) -> BackupFile | None:
    backups = list_backups(db_file)
    return backups[0] if backups else None


def backup_due(db_file: Path, now: datetime | None = None) -> bool:
    """Whether the start-up backup should run: the last copy is more than a day old."""
    if not db_file.exists():
        return False
    last = last_backup(db_file)
    return last is None or (now or datetime.now()) - last.taken_at >= DUE_AFTER


def backup_overdue(db_file: Path, now: datetime | None = None) -> bool:
    """More than a week without a copy: the dashboard warns."""
    last = last_backup(db_file)
    return last is None or (now or datetime.now()) - last.taken_at > OVERDUE_AFTER


def _unique(path: Path) -> Path:
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise BackupError(
            translate(
                "Backup", "The password needs at least %n characters.", None, MIN_PASSWORD_LENGTH
            )
        )


def create_backup(
    db_file: Path,
    *,
    kind: str = MANUAL,
    folder: Path | None = None,
    password: str | None = None,
    now: datetime | None = None,
) -> BackupFile:
    """A consistent copy of the database; into ``backups/`` (then pruned) or a chosen folder."""
    when = now or datetime.now()
    local = folder is None
    destination_folder = backups_folder(db_file) if folder is None else folder
    if not db_file.is_file():
        raise BackupError(
            translate("Backup", "There is no database at “{path}” to back up.").format(path=db_file)
        )
    if password is not None:
        check_password(password)
    name = backup_name(db_file.stem, kind, when)
    try:
        destination_folder.mkdir(parents=True, exist_ok=True)
        if local:
            restrict_to_owner(destination_folder, folder=True)
        if password is None:
            destination = _unique(destination_folder / name)
            _checked_into(db_file, destination)
        else:
            destination = _unique(destination_folder / Path(name).with_suffix(".zip"))
            _encrypted_copy(db_file, destination, name, password)
    except OSError as exc:
        raise BackupError(
            translate("Backup", "Cannot write the backup into “{folder}”: {reason}").format(
                folder=destination_folder, reason=os_reason(exc)
            )
        ) from exc
    except BackupError:
        raise
    except Exception as exc:  # sqlite3.Error: the database could not be read
        raise BackupError(
            translate("Backup", "Cannot read the database to back it up: {reason}").format(
                reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            )
        ) from exc
    if local:
        prune_backups(db_file, when)
    return BackupFile(destination, when.replace(microsecond=0), kind, password is not None)


def _partial(destination: Path) -> Path:
    """A hidden name no listing counts as a backup until the copy is checked."""
    return destination.with_name(f".{destination.name}.partial")


def _remove(path: Path) -> None:
    for file in companions(path):
        file.unlink(missing_ok=True)


def _checked_into(db_file: Path, destination: Path) -> None:
    """Copy, check (quick_check, row counts), then rename; a failed copy is removed."""
    partial = _partial(destination)
    try:
        problem = checked_copy(db_file, partial)
        if problem is not None:
            raise BackupError(
                translate(
                    "Backup", "The backup failed its check and was removed: {problem}"
                ).format(problem=problem)
            )
        partial.replace(destination)
    finally:
        _remove(partial)


def _encrypted_copy(db_file: Path, destination: Path, member: str, password: str) -> None:
    import pyzipper

    with tempfile.TemporaryDirectory(prefix="mentorat-backup-") as scratch:
        plain = Path(scratch) / member
        _checked_into(db_file, plain)
        partial = _partial(destination)
        try:
            with pyzipper.AESZipFile(
                partial, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
            ) as archive:
                archive.setpassword(password.encode("utf-8"))
                archive.setencryption(pyzipper.WZ_AES, nbits=256)
                archive.write(plain, arcname=member)
            restrict_to_owner(partial)
            partial.replace(destination)
        finally:
            partial.unlink(missing_ok=True)


def prune_plan(
    backups: Sequence[tuple[Key, datetime, bool]],
    now: datetime,
    *,
    daily: int = DAILY_KEPT,
    weekly: int = WEEKLY_KEPT,
    safety_kept: timedelta = SAFETY_KEPT,
) -> set[Key]:
    """Which copies to delete, from (key, taken at, is a safety copy).

    Regular copies: the newest of each of the last ``daily`` days that have one, then the
    newest of each of the ``weekly`` weeks before those. Safety copies: kept for
    ``safety_kept`` (an anonymised person's data must not linger in them for ever). Pure, so
    a month can be simulated in a test.
    """
    regular = sorted((b for b in backups if not b[2]), key=lambda b: b[1], reverse=True)
    keep: set[Key] = set()
    days: set[date] = set()
    for key, taken_at, _ in regular:
        if len(days) == daily:
            break
        if taken_at.date() not in days:
            days.add(taken_at.date())
            keep.add(key)
    weeks_seen = {d.isocalendar()[:2] for d in days}
    weeks: set[tuple[int, int]] = set()
    for key, taken_at, _ in regular:
        if len(weeks) == weekly:
            break
        week = taken_at.isocalendar()[:2]
        if week not in weeks_seen and week not in weeks:
            weeks.add(week)
            keep.add(key)
    safety = [b for b in backups if b[2]]
    keep.update(key for key, taken_at, _ in safety if now - taken_at <= safety_kept)
    return {b[0] for b in backups} - keep


def prune_backups(db_file: Path, now: datetime | None = None) -> list[Path]:
    """Delete the copies the policy no longer keeps; returns what was deleted."""
    backups = list_backups(db_file)
    doomed = prune_plan([(b.path, b.taken_at, b.safety) for b in backups], now or datetime.now())
    deleted = []
    for path in sorted(doomed):
        try:
            path.unlink()
        except OSError:
            continue  # held open by an antivirus or a viewer: pruned next time
        deleted.append(path)
    return deleted
