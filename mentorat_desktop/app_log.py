"""The app's log in the data folder, and standard streams for a start with no console.

A windowed program (``mentorat.exe`` from a shortcut, pythonw) has no console: Python then
sets ``sys.stdout`` and ``sys.stderr`` to None, and the first ``print`` or traceback raises
instead of being shown. Missing streams are pointed at the log, and the window's session
logs its start, uncaught exceptions, warnings and fatal errors (faulthandler) there, so a
coordinator can send the file when something went wrong. The log holds no personal data
beyond what a traceback shows; it is owner-only, as the database is.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import platform
import sys
from pathlib import Path
from types import TracebackType
from typing import TextIO

from mentorat_desktop.config import log_path
from mentorat_desktop.db.sqlite_files import restrict_to_owner

LOGGER = "mentorat"
MAX_BYTES = 1_000_000  # rolled over to mentorat.log.1 at start past this: a few weeks of use
_state: dict[str, logging.FileHandler] = {}


class _LoggedStream(io.TextIOBase):
    """A text stream whose lines go to the log (what a console would have shown)."""

    def __init__(self, name: str, level: int) -> None:
        super().__init__()
        self._logger = logging.getLogger(f"{LOGGER}.{name}")
        self._level = level
        self._pending = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            if line.strip():
                self._logger.log(self._level, line)
        return len(text)

    def flush(self) -> None:
        if self._pending.strip():
            self._logger.log(self._level, self._pending)
        self._pending = ""


def _roll_over(path: Path) -> None:
    """One earlier log is kept; done at start only, so the open file never changes under
    faulthandler, which writes to its descriptor."""
    try:
        if path.stat().st_size > MAX_BYTES:
            path.replace(path.with_name(path.name + ".1"))
    except OSError:
        pass


def _log_uncaught(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    logging.getLogger(LOGGER).critical("Uncaught exception", exc_info=(kind, value, trace))
    if not isinstance(sys.stderr, _LoggedStream):  # a console shows it as well
        sys.__excepthook__(kind, value, trace)


def start_log(path: Path | None = None, *, announce: bool = True) -> Path | None:
    """Log to ``path`` (the data folder's mentorat.log) from now on; None when the folder
    cannot be written (the app then runs without its log, as before). The window's start
    says which version started (``announce_start``) once its shell is shown: reading the
    version costs importlib.metadata."""
    if "handler" in _state:
        return Path(_state["handler"].baseFilename)
    path = path or log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _roll_over(path)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    restrict_to_owner(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger(LOGGER)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logging.getLogger("py.warnings").addHandler(handler)
    logging.captureWarnings(True)
    sys.excepthook = _log_uncaught
    if handler.stream is not None:
        faulthandler.enable(handler.stream)
    _state["handler"] = handler
    if announce:
        announce_start()
    return path


def announce_start() -> None:
    """The log's line that says what started: the version, Python's and the system's."""
    from mentorat_desktop import __version__

    logging.getLogger(LOGGER).info(
        "Mentorat %s started: Python %s, %s%s",
        __version__,
        platform.python_version(),
        platform.platform(),
        ", frozen" if getattr(sys, "frozen", False) else "",
    )


def attach_missing_streams(*, announce: bool = True) -> bool:
    """Point a missing sys.stdout or sys.stderr (no console) at the log; True when one was.

    Called first thing, before argparse or anything else may write. (The window's start
    announces itself later: ``start_log``.)"""
    missing = [name for name in ("stdout", "stderr") if getattr(sys, name) is None]
    if not missing:
        return False
    logged = start_log(announce=announce) is not None
    for name in missing:
        stream: TextIO
        if logged:
            level = logging.INFO if name == "stdout" else logging.ERROR
            stream = _LoggedStream(name, level)  # type: ignore[assignment]
        else:
            stream = open(  # noqa: SIM115  (kept for the process's life, as a console is)
                "nul" if sys.platform == "win32" else "/dev/null", "w", encoding="utf-8"
            )
        setattr(sys, name, stream)
    return True


def stop_log() -> None:
    """Close the log (tests; at exit logging closes it anyway)."""
    handler = _state.pop("handler", None)
    if handler is None:
        return
    if faulthandler.is_enabled():
        faulthandler.disable()
    logging.getLogger(LOGGER).removeHandler(handler)
    logging.getLogger("py.warnings").removeHandler(handler)
    logging.captureWarnings(False)
    sys.excepthook = sys.__excepthook__
    handler.close()
