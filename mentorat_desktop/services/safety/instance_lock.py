"""One writer per database file, even when the file sits on a share two PCs can reach.

The lock is a small file beside the database (``mentorat.sqlite3.lock``): the app and every
command that writes find it from the database path alone, and so does a second computer
reaching the same share. It holds the process id, the computer's name and the process's
start time, so a lock left by a crash is recognised even when the system has since given
its process id to another program (Windows reuses them quickly). A stale lock on this
computer is taken over at once; a lock held from another computer is only broken when the
user says so, after a warning. Plain Python (no QLockFile): commands run without Qt.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

APP = "app"
COMMAND = "command"
UNREADABLE_GRACE_S = 5.0  # a lock file being written by its owner is empty for an instant
POLL_S = 0.2


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    this_computer: bool
    purpose: str = APP  # the app, or a command such as import-staff


class InstanceLock:
    """Held for as long as the app or a writing command has the database; ``release()``."""

    def __init__(self, db_file: Path, purpose: str = APP) -> None:
        self.path = lock_path(db_file)
        self.purpose = purpose
        self._held = False

    def acquire(self, wait: float = 0.0) -> LockHolder | None:
        """None once the lock is ours; otherwise who holds it (after ``wait`` seconds)."""
        deadline = time.monotonic() + wait
        while True:
            holder = self._try()
            if holder is None or time.monotonic() >= deadline:
                return holder
            time.sleep(POLL_S)

    def _try(self) -> LockHolder | None:
        for _attempt in range(3):
            if self._create():
                return None
            record = _read(self.path)
            if record is None:
                if not self.path.exists():
                    continue
                if _age(self.path) < UNREADABLE_GRACE_S:
                    return LockHolder(0, "", this_computer=True, purpose=COMMAND)
                self._remove_stale()  # a crash while writing the lock left it empty
                continue
            holder = _holder(record)
            if holder.this_computer and not _running(record):
                self._remove_stale()
                continue
            return holder
        return self.holder()

    def _create(self) -> bool:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return False
        except OSError:
            return True  # a folder that refuses the lock file: opening reports the real problem
        pid = os.getpid()
        record = {
            "pid": pid,
            "hostname": socket.gethostname(),
            "started": process_start(pid) or "",
            "purpose": self.purpose,
        }
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(record, handle)
        self._held = True
        return True

    def _remove_stale(self) -> None:
        """Move it aside before deleting, so two processes breaking it never delete a new one."""
        aside = self.path.with_name(f"{self.path.name}.stale-{os.getpid()}")
        with contextlib.suppress(OSError):
            self.path.replace(aside)
            aside.unlink()

    def holder(self) -> LockHolder | None:
        record = _read(self.path)
        return None if record is None else _holder(record)

    def force(self) -> bool:
        """Break a lock the user knows is not in use (the other computer crashed) and take it."""
        self._remove_stale()
        return self._create() and self._held

    @property
    def held(self) -> bool:
        return self._held

    def release(self) -> None:
        if self._held:
            self._held = False
            with contextlib.suppress(OSError):
                self.path.unlink()


def lock_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".lock")


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


@dataclass(frozen=True)
class _Record:
    """What a lock file says about the process holding it."""

    pid: int
    hostname: str = ""
    purpose: str = ""
    started: str = ""


def _read(path: Path) -> _Record | None:
    """The lock's record; also reads the older QLockFile format (pid, app, host lines)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if not text.strip():
        return None
    with contextlib.suppress(ValueError):
        record = json.loads(text)
        if isinstance(record, dict) and isinstance(record.get("pid"), int):
            return _Record(
                record["pid"],
                str(record.get("hostname") or ""),
                str(record.get("purpose") or ""),
                str(record.get("started") or ""),
            )
    lines = text.splitlines()
    if lines and lines[0].strip().isdigit():
        return _Record(int(lines[0]), lines[2] if len(lines) > 2 else "")
    return None


def _holder(record: _Record) -> LockHolder:
    return LockHolder(
        record.pid,
        record.hostname,
        this_computer=_same_computer(record.hostname),
        purpose=record.purpose or APP,
    )


def _same_computer(hostname: str) -> bool:
    return not hostname or hostname.casefold() == socket.gethostname().casefold()


def _running(record: _Record) -> bool:
    """Whether the process that wrote the lock still runs: same id AND same start time."""
    pid = record.pid
    started = process_start(pid)
    if started is None and sys.platform.startswith("linux"):
        return False  # /proc knows every process: gone, or a zombie that holds nothing
    if not started:  # the system cannot tell its start time: the id alone must do
        return _exists(pid)
    recorded = record.started
    return not recorded or recorded == started


def _exists(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_start(pid) is not None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def process_start(pid: int) -> str | None:
    """When the process started, as an opaque text; None when there is no such process or
    the system cannot tell."""
    if sys.platform == "win32":
        return _windows_start(pid)
    if sys.platform.startswith("linux"):
        return _linux_start(pid)
    return _ps_start(pid)


def _linux_start(pid: int) -> str | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[-1].split()  # the name in parentheses may hold spaces
    if len(fields) < 20 or fields[0] in ("Z", "X"):  # ended, not yet reaped by its parent
        return None
    return f"{boot}:{fields[19]}"


def _ps_start(pid: int) -> str | None:
    import subprocess

    try:
        out = subprocess.run(
            ["ps", "-o", "lstart=", "-p", str(pid)],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def _windows_start(pid: int) -> str | None:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL(  # type: ignore[attr-defined]  # Windows only: absent from Linux stubs
        "kernel32", use_last_error=True
    )
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    kernel32.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
    kernel32.GetProcessTimes.argtypes = [wintypes.HANDLE, *[ctypes.POINTER(wintypes.FILETIME)] * 4]
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    query_limited_information, access_denied, still_active = 0x1000, 5, 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        # Another user's process (a service): it exists, its start time is out of reach.
        denied = ctypes.get_last_error() == access_denied  # type: ignore[attr-defined]  # Windows
        return "" if denied else None
    try:
        exit_code = wintypes.DWORD()
        if kernel32.GetExitCodeProcess(handle, ctypes.byref(exit_code)) and (
            exit_code.value != still_active
        ):
            return None  # ended; a handle elsewhere keeps its id from being reused yet
        times = [wintypes.FILETIME() for _ in range(4)]
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return ""
        created = times[0]
        return str((created.dwHighDateTime << 32) | created.dwLowDateTime)
    finally:
        kernel32.CloseHandle(handle)
