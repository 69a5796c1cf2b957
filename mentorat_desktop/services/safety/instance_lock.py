"""One Mentorat per database file, even when the file sits on a share two PCs can reach.

A lock file beside the database holds the process id and the computer's name (QLockFile
writes both). A lock left by a crash on this computer is stale and taken over at once; a
lock held from another computer is only broken when the user says so, after a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    this_computer: bool


class InstanceLock:
    """Held for as long as the app has the database open; ``release()`` at exit."""

    def __init__(self, db_file: Path) -> None:
        self.path = lock_path(db_file)
        self._lock = QLockFile(str(self.path))
        # Never stale by age: a lock from another computer is not refreshed while its app runs.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> LockHolder | None:
        """None once the lock is ours; otherwise who holds it."""
        if self._lock.tryLock(0):
            return None
        return self.holder()

    def holder(self) -> LockHolder | None:
        found, pid, hostname, _app = _lock_info(self._lock)
        if not found:
            return None
        return LockHolder(pid, hostname, this_computer=_same_computer(hostname))

    def force(self) -> bool:
        """Break a lock the user knows is not in use (the other computer crashed) and take it."""
        self._lock.removeStaleLockFile()
        return self._lock.tryLock(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def lock_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".lock")


def _lock_info(lock: QLockFile) -> tuple[bool, int, str, str]:
    info = lock.getLockInfo()
    if isinstance(info, tuple) and len(info) == 3:  # PySide6: (pid, hostname, appname)
        pid, hostname, app = info
        return bool(pid), int(pid), str(hostname), str(app)
    return False, 0, "", ""


def _same_computer(hostname: str) -> bool:
    return not hostname or hostname.casefold() == QSysInfo.machineHostName().casefold()
