"""Backups that follow the work: after a writing command, when the app closes after changes,
and while it is open at most every ``AUTO_INTERVAL`` of changes (never on an idle database).

A change is seen in the database's files (their size and modification time, the WAL's
included), so writes by the app, a command or another computer all count. The time of the
last change seen is recorded beside the backups, where the recovery dialog can still read
it when the database itself is damaged.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from mentorat_desktop.db.sqlite_files import companions, restrict_to_owner
from mentorat_desktop.services.safety.backup import (
    AUTO,
    BackupFile,
    backups_folder,
    create_backup,
    last_backup,
)

AUTO_INTERVAL = timedelta(minutes=10)
LAST_CHANGE_FILE = "{stem}-last-change.json"

Fingerprint = tuple[tuple[int, int], ...]


def fingerprint(db_file: Path) -> Fingerprint:
    """Size and modification time of the database and its WAL: what any write changes."""
    found = []
    for path in companions(db_file)[:2]:
        try:
            stat = path.stat()
        except OSError:
            continue
        if stat.st_size:
            found.append((stat.st_size, stat.st_mtime_ns))
    return tuple(found)


def _modified_at(db_file: Path) -> datetime:
    times = [0.0]
    for path in companions(db_file)[:2]:
        with contextlib.suppress(OSError):
            times.append(path.stat().st_mtime)
    return datetime.fromtimestamp(max(times)).replace(microsecond=0)


def record_change(db_file: Path, when: datetime | None = None) -> None:
    """Note the time of the latest change; never a reason to stop (a read-only folder)."""
    stamp = when or _modified_at(db_file)
    path = backups_folder(db_file) / LAST_CHANGE_FILE.format(stem=db_file.stem)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"changed_at": stamp.isoformat()}), encoding="utf-8")
        restrict_to_owner(path)


def last_recorded_change(db_file: Path) -> datetime | None:
    path = backups_folder(db_file) / LAST_CHANGE_FILE.format(stem=db_file.stem)
    try:
        return datetime.fromisoformat(json.loads(path.read_text(encoding="utf-8"))["changed_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


@dataclass
class ChangeWatch:
    """Whether the database changed since the last backup this watch took (or since it began)."""

    db_file: Path
    seen: Fingerprint = field(default=())
    backed_up_at: datetime | None = None
    noted: Fingerprint = field(default=())

    def __post_init__(self) -> None:
        self.seen = self.noted = fingerprint(self.db_file)
        last = last_backup(self.db_file)
        self.backed_up_at = last.taken_at if last else None

    def changed(self) -> bool:
        return fingerprint(self.db_file) != self.seen

    def note(self) -> None:
        """Record the time of a change not yet backed up, so that after a crash the recovery
        dialog can say a backup is older than the last work."""
        current = fingerprint(self.db_file)
        if current not in (self.noted, self.seen):
            record_change(self.db_file)
            self.noted = current

    def due(self, now: datetime | None = None) -> bool:
        """Changed, and the last backup is at least ``AUTO_INTERVAL`` old."""
        if not self.changed():
            return False
        moment = now or datetime.now()
        return self.backed_up_at is None or moment - self.backed_up_at >= AUTO_INTERVAL

    def back_up(self, now: datetime | None = None) -> BackupFile:
        """A checked backup of the changes; a failure raises BackupError and marks nothing."""
        record_change(self.db_file)
        backup = create_backup(self.db_file, kind=AUTO, now=now)
        self.seen = fingerprint(self.db_file)
        self.backed_up_at = backup.taken_at
        return backup
